package rules

import (
	"testing"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/corpus"
)

// benchDocs parses the first 200 articles of the generated benchmark
// corpus once.
func benchDocs(b *testing.B) ([]*article.Doc, int64) {
	b.Helper()
	g := &corpus.Generator{Seed: corpus.DefaultSeed}
	var ds []*article.Doc
	var size int64
	for i := 0; i < 200; i++ {
		a := g.Article(i)
		d, err := article.Parse(a.Name, a.Data)
		if err != nil {
			b.Fatal(err)
		}
		ds = append(ds, d)
		size += int64(len(a.Data))
	}
	return ds, size
}
