// Package corpus generates the synthetic benchmark corpus: news-style
// articles in Markdown with YAML front matter, plain text and HTML, with
// artifacts of every rule family injected at known rates, and a manifest
// of the exact injected counts.
//
// Generation is deterministic: article i depends only on the seed and i
// (a PCG source seeded with both), so a corpus of 1,000 files is the first
// 1,000 files of a corpus of 10,000 with the same seed, and the output is
// the same bytes on every machine. Nothing is read from disk or network.
package corpus

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// DefaultSeed is the seed of the corpus the benchmarks report.
const DefaultSeed = 42

// FilesPerDir is how many articles go into each subfolder.
const FilesPerDir = 1000

// MaxArticleSize is the upper bound of an article's size in bytes; the
// lower one is MinArticleSize.
const (
	MinArticleSize = 2048
	MaxArticleSize = 10240
)

// Article is one generated file.
type Article struct {
	Name   string // relative path: "000/article-000000.md"
	Ext    string // ".md", ".txt" or ".html"
	Data   []byte
	Counts Counts
}

// Generator makes articles for one seed.
type Generator struct {
	Seed uint64
	// Clean turns injection off: the base text alone, for checking that
	// it holds nothing a rule should report.
	Clean bool
}

// format of an article's file.
type format int

const (
	fmtMarkdown format = iota
	fmtText
	fmtHTML
	fmtBig // plain text for the single large file
)

var extOf = [...]string{".md", ".txt", ".html", ".txt"}

// Article returns article i.
func (g *Generator) Article(i int) Article {
	r := rand.New(rand.NewPCG(g.Seed, uint64(i)))
	f := fmtMarkdown
	switch u := r.Float64(); {
	case u < 0.08:
		f = fmtHTML
	case u < 0.20:
		f = fmtText
	}
	a := g.build(r, i, f)
	a.Name = fmt.Sprintf("%03d/article-%06d%s", i/FilesPerDir, i, a.Ext)
	return a
}

// bigArticle returns article i of the single large file: plain text.
func (g *Generator) bigArticle(i int) Article {
	r := rand.New(rand.NewPCG(g.Seed^0xb16f11e, uint64(i)))
	return g.build(r, i, fmtBig)
}

// ExtStat is the number and size of files of one extension.
type ExtStat struct {
	Files int   `json:"files"`
	Bytes int64 `json:"bytes"`
}

// Manifest describes a generated corpus and what was injected into it.
type Manifest struct {
	Generator string             `json:"generator"`
	Seed      uint64             `json:"seed"`
	Files     int                `json:"files"`
	Articles  int                `json:"articles"`
	Bytes     int64              `json:"bytes"`
	MinSize   int                `json:"min_file_bytes,omitempty"`
	MaxSize   int                `json:"max_file_bytes,omitempty"`
	ByExt     map[string]ExtStat `json:"by_ext,omitempty"`
	Rates     map[string]float64 `json:"rates"`
	Families  map[string]int     `json:"families"`
	Injected  map[string]int     `json:"injected"`
}

func newManifest(g *Generator) *Manifest {
	rates := Rates
	if g.Clean {
		rates = map[string]float64{}
	}
	return &Manifest{Generator: "scrapelint corpus v1", Seed: g.Seed, ByExt: map[string]ExtStat{},
		Rates: rates, Families: map[string]int{}, Injected: map[string]int{}}
}

func (m *Manifest) setCounts(c Counts) {
	for k := range numKinds {
		m.Injected[k.String()] = c[k]
		m.Families[k.Family()] += c[k]
	}
}

// WriteDir writes n articles into dir (in subfolders of FilesPerDir) and
// dir/MANIFEST.json, and returns the manifest.
func (g *Generator) WriteDir(dir string, n int) (*Manifest, error) {
	m := newManifest(g)
	var total Counts
	for i := range n {
		a := g.Article(i)
		p := filepath.Join(dir, filepath.FromSlash(a.Name))
		if i%FilesPerDir == 0 {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return nil, err
			}
		}
		if err := os.WriteFile(p, a.Data, 0o644); err != nil {
			return nil, err
		}
		total.Add(a.Counts)
		m.Files++
		m.Articles++
		m.Bytes += int64(len(a.Data))
		if m.MinSize == 0 || len(a.Data) < m.MinSize {
			m.MinSize = len(a.Data)
		}
		m.MaxSize = max(m.MaxSize, len(a.Data))
		e := m.ByExt[a.Ext]
		e.Files++
		e.Bytes += int64(len(a.Data))
		m.ByExt[a.Ext] = e
	}
	m.setCounts(total)
	return m, writeJSON(filepath.Join(dir, "MANIFEST.json"), m)
}

// WriteBig writes one plain-text file of at least size bytes made of whole
// articles, and path+".manifest.json".
func (g *Generator) WriteBig(path string, size int64) (*Manifest, error) {
	m := newManifest(g)
	m.Files = 1
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	var total Counts
	for i := 0; m.Bytes < size; i++ {
		a := g.bigArticle(i)
		if _, err := f.Write(a.Data); err != nil {
			f.Close()
			return nil, err
		}
		total.Add(a.Counts)
		m.Articles++
		m.Bytes += int64(len(a.Data))
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	m.ByExt = nil
	m.setCounts(total)
	return m, writeJSON(path+".manifest.json", m)
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// sizeTarget draws an article's body size: mostly 4–8 KB like the shared
// generator, with short and long tails inside 2–10 KB.
func sizeTarget(r *rand.Rand) int {
	switch u := r.Float64(); {
	case u < 0.06:
		return 2600 + r.IntN(1500)
	case u < 0.94:
		return 4300 + r.IntN(4100)
	default:
		return 8400 + r.IntN(700)
	}
}

// pick returns a random element of s.
func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

// chance reports whether an event of probability p happens (never when
// injection is off).
func (b *builder) chance(key string) bool {
	if b.g.Clean {
		b.r.Float64() // keep the stream the same either way
		return false
	}
	return b.r.Float64() < Rates[key]
}

// joinTitle formats a title: the first letter upper case, no final period.
func joinTitle(s string) string {
	s = strings.TrimRight(s, ". ")
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}
