package rules_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/rules"
)

// BenchmarkTranslation runs the translation family over the real corpus
// (when it is present beside the repository).
func BenchmarkTranslation(b *testing.B) {
	files, _ := filepath.Glob("../../shared/corpus/real/*")
	if len(files) == 0 {
		b.Skip("corpus not present")
	}
	var docs [][]byte
	var names []string
	total := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		docs = append(docs, src)
		names = append(names, f)
		total += len(src)
	}
	rs, err := rules.Select([]string{"translation"}, nil)
	if err != nil {
		b.Fatal(err)
	}
	e := rules.NewEngine(rs)
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range docs {
			d, err := article.Parse(names[j], src)
			if err != nil {
				continue
			}
			e.Run(d)
		}
	}
}
