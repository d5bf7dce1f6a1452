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

// BenchmarkScanWords times the shared word scan alone, on parsed
// documents.
func BenchmarkScanWords(b *testing.B) {
	ds, size := benchDocs(b)
	tort, mt := tortured(), mistranslationIndex()
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range ds {
			scanWords(d, tort, mt)
		}
	}
}

// BenchmarkVerbless times checkVerblessFragments alone, on parsed
// documents whose visible lines are already cached.
func BenchmarkVerbless(b *testing.B) {
	ds, size := benchDocs(b)
	verbs()
	m := &Meta{ID: "translation/verbless-fragment"}
	for _, d := range ds {
		checkVerblessFragments(&Context{Doc: d, meta: m})
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range ds {
			checkVerblessFragments(&Context{Doc: d, meta: m})
		}
	}
}
