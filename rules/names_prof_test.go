package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/scrapelint/scrapelint/article"
)

func BenchmarkNamesProf(b *testing.B) {
	dir := os.Getenv("NAMES_BENCH")
	if dir == "" {
		b.Skip()
	}
	var docs [][]byte
	var paths []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && len(docs) < 1500 && filepath.Ext(p) != ".json" {
			bs, _ := os.ReadFile(p)
			docs = append(docs, bs)
			paths = append(paths, p)
		}
		return nil
	})
	rs, _ := Select([]string{"names"}, nil)
	e := NewEngine(rs)
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, src := range docs {
			d, _ := article.Parse(paths[k], src)
			e.Run(d)
		}
	}
}
