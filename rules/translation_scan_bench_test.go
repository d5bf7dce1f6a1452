package rules

import (
	"testing"
)

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
