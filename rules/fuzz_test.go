package rules_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/fixers"
	"github.com/scrapelint/scrapelint/rules"
)

// insideRune reports whether off cuts a valid multi-byte character (an
// offset next to a stray invalid byte is a boundary).
func insideRune(src []byte, off int) bool {
	for k := 1; k <= 3 && off-k >= 0 && off < len(src); k++ {
		if utf8.RuneStart(src[off-k]) {
			r, size := utf8.DecodeRune(src[off-k:])
			return (r != utf8.RuneError || size > 1) && off-k+size > off
		}
	}
	return false
}

var fuzzPaths = []string{"a.md", "a.html", "a.txt"}

// fuzzRules runs the given rules and the fix loop over arbitrary input and
// checks the promises the tool makes about any file: no panic, spans inside
// the file on rune boundaries, fixes reach a fixed point (so fixing twice
// changes nothing), valid UTF-8 stays valid, front matter is never
// rewritten, and the --diff patch applied to the input gives the fixed
// output.
func fuzzRules(f *testing.F, rs []rules.Rule) {
	for _, dir := range []string{"../testdata/fuzz/seeds", "../testdata/examples"} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if b, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil {
				f.Add(b, uint8(len(e.Name())))
			}
		}
	}
	for _, r := range rs {
		for _, ex := range r.Meta().Examples {
			f.Add([]byte(ex.Bad), uint8(0))
		}
	}
	engine := rules.NewEngine(rs)
	f.Fuzz(func(t *testing.T, src []byte, sel uint8) {
		path := fuzzPaths[int(sel)%len(fuzzPaths)]
		doc, err := article.Parse(path, src)
		if err != nil {
			return
		}
		for _, fd := range engine.Run(doc) {
			if fd.Offset < 0 || fd.EndOffset > len(src) || fd.Offset > fd.EndOffset {
				t.Fatalf("%s: span %d..%d outside the file (%d bytes)", fd.Rule, fd.Offset, fd.EndOffset, len(src))
			}
			if insideRune(src, fd.Offset) || insideRune(src, fd.EndOffset) {
				t.Fatalf("%s: span not on rune boundaries", fd.Rule)
			}
			if fd.Line < 1 || fd.Column < 1 || fd.EndLine < fd.Line {
				t.Fatalf("%s: position %d:%d-%d:%d", fd.Rule, fd.Line, fd.Column, fd.EndLine, fd.EndColumn)
			}
		}
		for _, allow := range []rules.Safety{rules.Safe, rules.Unsafe} {
			lint := func(b []byte) ([][]article.Edit, error) {
				d, err := article.Parse(path, b)
				if err != nil {
					return nil, err
				}
				return rules.Edits(engine.Run(d), allow), nil
			}
			out, ok, err := fixers.Loop(src, lint)
			if err != nil {
				t.Fatalf("fix loop (%s): %v", allow, err)
			}
			if !ok {
				t.Fatalf("fix loop (%s) did not reach a fixed point", allow)
			}
			if again, _, _ := fixers.Loop(out, lint); !bytes.Equal(again, out) {
				t.Fatalf("fix (%s) is not idempotent", allow)
			}
			if utf8.Valid(src) && !utf8.Valid(out) {
				t.Fatalf("fix (%s) made invalid UTF-8", allow)
			}
			if !bytes.HasPrefix(out, src[:doc.FrontMatterEnd]) {
				t.Fatalf("fix (%s) changed the front matter", allow)
			}
			if patch := fixers.UnifiedDiff("a.md", src, out); patch != "" {
				applied, err := fixers.ApplyDiff(src, patch)
				if err != nil || !bytes.Equal(applied, out) {
					t.Fatalf("the --diff patch does not give the fixed text (%v)", err)
				}
			}
		}
	})
}

func family(cat string) []rules.Rule {
	rs, err := rules.Select([]string{cat}, nil)
	if err != nil {
		panic(err)
	}
	return rs
}

// FuzzLintAndFix runs every rule together, as a user's run does.
func FuzzLintAndFix(f *testing.F) { fuzzRules(f, rules.All()) }

// One target per family, so a long fuzzing session can be spent where a
// family changed.
func FuzzFamilyAds(f *testing.F)         { fuzzRules(f, family("ads")) }
func FuzzFamilyBoilerplate(f *testing.F) { fuzzRules(f, family("boilerplate")) }
func FuzzFamilyEmbeds(f *testing.F)      { fuzzRules(f, family("embeds")) }
func FuzzFamilyMarkup(f *testing.F)      { fuzzRules(f, family("markup")) }
func FuzzFamilyEncoding(f *testing.F)    { fuzzRules(f, family("encoding")) }
func FuzzFamilyTranslation(f *testing.F) { fuzzRules(f, family("translation")) }
func FuzzFamilyNames(f *testing.F)       { fuzzRules(f, family("names")) }
func FuzzFamilyStructure(f *testing.F)   { fuzzRules(f, family("structure")) }
