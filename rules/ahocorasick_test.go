package rules

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/scrapelint/scrapelint/corpus"
)

type acMatch struct{ pat, start int }

// naive finds every (case-insensitive) occurrence of every pattern.
func naive(patterns []string, text string) []acMatch {
	var out []acMatch
	asciiLower := func(s string) string {
		b := []byte(s)
		for i := range b {
			b[i] = lower(b[i])
		}
		return string(b)
	}
	lt := asciiLower(text)
	for i, p := range patterns {
		lp := asciiLower(p)
		for k := 0; k+len(lp) <= len(lt); k++ {
			if lt[k:k+len(lp)] == lp {
				out = append(out, acMatch{i, k})
			}
		}
	}
	return out
}

func sorted(ms []acMatch) []acMatch {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].start != ms[j].start {
			return ms[i].start < ms[j].start
		}
		return ms[i].pat < ms[j].pat
	})
	return ms
}

func TestMatcherAgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := "abAB c.[]é"
	randStr := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for round := 0; round < 400; round++ {
		var pats []string
		for i := 0; i < 1+rng.IntN(8); i++ {
			pats = append(pats, randStr(1+rng.IntN(4)))
		}
		n := rng.IntN(60)
		if round%4 == 0 {
			// Long enough for the two-lane scan, with matches across
			// its midpoint.
			n = scanSplit + rng.IntN(3*scanSplit)
		}
		text := randStr(n)
		m := newMatcher(pats)
		var got []acMatch
		m.scan([]byte(text), func(p, s int) { got = append(got, acMatch{p, s}) })
		want := naive(pats, text)
		got, want = sorted(got), sorted(want)
		if len(got) != len(want) {
			t.Fatalf("patterns %q text %q: got %v want %v", pats, text, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("patterns %q text %q: got %v want %v", pats, text, got, want)
			}
		}
	}
}

func TestMatcherCaseAndOverlap(t *testing.T) {
	m := newMatcher([]string{"[ad", "ad", "Advert", "he", "she", "hers"})
	var got []string
	text := "[AD_1] ushers an ADVERT"
	m.scan([]byte(text), func(p, s int) { got = append(got, text[s:s+m.pats[p]]) })
	want := "[AD AD she he hers AD ADVERT"
	if strings.Join(got, " ") != want {
		t.Fatalf("got %q want %q", strings.Join(got, " "), want)
	}
}

// BenchmarkTriggerScan is the one pass over every file that finds all
// trigger literals of the default rules.
func BenchmarkTriggerScan(b *testing.B) {
	var pats []string
	seen := map[string]bool{}
	for _, r := range All() {
		for _, t := range r.Meta().Triggers {
			if !seen[t] {
				seen[t] = true
				pats = append(pats, t)
			}
		}
	}
	m := newMatcher(pats)
	g := &corpus.Generator{Seed: corpus.DefaultSeed}
	var docs [][]byte
	var size int64
	for i := 0; i < 200; i++ {
		a := g.Article(i)
		docs = append(docs, a.Data)
		size += int64(len(a.Data))
	}
	b.SetBytes(size)
	hits := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			m.scan(d, func(int, int) { hits++ })
		}
	}
	if hits == 0 {
		b.Fatal("no trigger found in the generated corpus")
	}
}
