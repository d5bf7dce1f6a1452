package rules_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/corpus"
	"github.com/scrapelint/scrapelint/fixers"
	"github.com/scrapelint/scrapelint/rules"
)

// TestFixPropertiesOnCorpora runs --fix (safe fixes) over the generated
// benchmark corpus and, when it is beside the checkout, the shared corpus of
// real articles, and checks for every file: fixing is idempotent, it never
// increases the number of findings, and a file with no safe fix is left
// byte for byte as it was.
func TestFixPropertiesOnCorpora(t *testing.T) {
	type file struct {
		name string
		data []byte
	}
	var files []file
	n := 300
	if testing.Short() {
		n = 50
	}
	g := &corpus.Generator{Seed: corpus.DefaultSeed}
	for i := 0; i < n; i++ {
		a := g.Article(i)
		files = append(files, file{a.Name, a.Data})
	}
	real, _ := filepath.Glob("../../shared/corpus/real/*")
	for _, p := range real {
		if filepath.Ext(p) == ".tsv" {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			files = append(files, file{filepath.Base(p), b})
		}
	}
	engine := rules.NewEngine(rules.All())
	count := func(name string, b []byte) ([]rules.Finding, error) {
		d, err := article.Parse(name, b)
		if err != nil {
			return nil, err
		}
		return engine.Run(d), nil
	}
	for _, f := range files {
		before, err := count(f.name, f.data)
		if err != nil {
			continue // binary: skipped by the tool too
		}
		lint := func(b []byte) ([][]article.Edit, error) {
			fs, err := count(f.name, b)
			return rules.Edits(fs, rules.Safe), err
		}
		fixed, ok, err := fixers.Loop(f.data, lint)
		if err != nil || !ok {
			t.Errorf("%s: fix loop converged=%v err=%v", f.name, ok, err)
			continue
		}
		again, _, _ := fixers.Loop(fixed, lint)
		if !bytes.Equal(again, fixed) {
			t.Errorf("%s: a second --fix changed the file", f.name)
		}
		after, _ := count(f.name, fixed)
		if len(after) > len(before) {
			t.Errorf("%s: fixing raised the findings from %d to %d", f.name, len(before), len(after))
			for _, x := range after {
				t.Logf("  after: %d:%d %s %s", x.Line, x.Column, x.Rule, x.Message)
			}
		}
		if len(rules.Edits(before, rules.Safe)) == 0 && !bytes.Equal(fixed, f.data) {
			t.Errorf("%s: changed although it had no safe fix", f.name)
		}
	}
	if len(files) < n {
		t.Fatalf("only %d files", len(files))
	}
}
