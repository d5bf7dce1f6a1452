package rules_test

import (
	"testing"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/corpus"
	"github.com/scrapelint/scrapelint/fixers"
	"github.com/scrapelint/scrapelint/rules"
)

// benchArticles returns the first n articles of the generated benchmark
// corpus (the same bytes as `go run ./cmd/gencorpus`), and their size.
func benchArticles(b *testing.B, n int) ([]corpus.Article, int64) {
	b.Helper()
	g := &corpus.Generator{Seed: corpus.DefaultSeed}
	var as []corpus.Article
	var size int64
	for i := 0; i < n; i++ {
		a := g.Article(i)
		as = append(as, a)
		size += int64(len(a.Data))
	}
	return as, size
}

func benchEngine(b *testing.B, e *rules.Engine) {
	as, size := benchArticles(b, 200)
	// Build lazily loaded dictionaries before timing: start-up has its own
	// benchmark (BenchmarkStartup in cmd/scrapelint).
	for _, a := range as[:5] {
		d, _ := article.Parse(a.Name, a.Data)
		e.Run(d)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range as {
			d, err := article.Parse(a.Name, a.Data)
			if err != nil {
				b.Fatal(err)
			}
			e.Run(d)
		}
	}
}

// BenchmarkAllRules is the default rule set over the generated corpus; its
// MB/s is the single-core throughput of `scrapelint lint`.
func BenchmarkAllRules(b *testing.B) { benchEngine(b, rules.NewEngine(rules.All())) }

// BenchmarkFamily measures each family alone (parsing included, as in a
// real run, so subtract BenchmarkParse for the family's own share).
func BenchmarkFamily(b *testing.B) {
	for _, cat := range rules.Categories {
		b.Run(cat, func(b *testing.B) {
			rs, err := rules.Select([]string{cat}, nil)
			if err != nil {
				b.Fatal(err)
			}
			benchEngine(b, rules.NewEngine(rs))
		})
	}
}

// BenchmarkLanguageShare runs the default rule set with and without the
// three language families (translation, names, structure). Their share of
// rule time is (all - without) / (all - BenchmarkParse); benchstat prints
// both lines side by side.
func BenchmarkLanguageShare(b *testing.B) {
	without, err := rules.Select(nil, []string{"translation", "names", "structure"})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("all", func(b *testing.B) { benchEngine(b, rules.NewEngine(rules.All())) })
	b.Run("without-language", func(b *testing.B) { benchEngine(b, rules.NewEngine(without)) })
}

// BenchmarkRule measures each rule alone, to find the expensive one in a
// family: go test ./rules -run '^$' -bench 'Rule/names'. Work that rules
// share (VisibleLine, the names analysis) is charged to each of them here.
func BenchmarkRule(b *testing.B) {
	for _, r := range rules.All() {
		b.Run(r.Meta().ID, func(b *testing.B) { benchEngine(b, rules.NewEngine([]rules.Rule{r})) })
	}
}

// BenchmarkParse is the article model alone: format, front matter, line
// index and non-prose ranges.
func BenchmarkParse(b *testing.B) {
	as, size := benchArticles(b, 200)
	b.SetBytes(size)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, a := range as {
			if _, err := article.Parse(a.Name, a.Data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkFixLoop is --fix --unsafe-fixes: lint, apply, re-lint to a
// fixed point, for every article.
func BenchmarkFixLoop(b *testing.B) {
	as, size := benchArticles(b, 100)
	e := rules.NewEngine(rules.All())
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range as {
			name := a.Name
			_, _, err := fixers.Loop(a.Data, func(src []byte) ([][]article.Edit, error) {
				d, err := article.Parse(name, src)
				if err != nil {
					return nil, err
				}
				return rules.Edits(e.Run(d), rules.Unsafe), nil
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
