package rules

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/corpus"
)

// stDupReference is checkDuplicateParagraphs as it was before paragraphs
// were first sorted out by their signatures: every eligible paragraph is
// scanned and hashed.
func stDupReference(ctx *Context) {
	d := ctx.Doc
	units := stUnits(d)
	if len(units) < 2 {
		return
	}
	seen := make(map[uint64]int, len(units))
	// Copies that differ only in markup ("<p>X</p>" and "X", "**X**"
	// and "X") are found by their visible text and only reported.
	seenText := make(map[uint64]int, len(units))
	var buf []byte
	for i, u := range units {
		// The key as compared: with its white space collapsed, which most
		// keys need not be.
		collapse, plain := stScanKey(u.key)
		ck := u.key
		if collapse {
			buf = stAppendCollapsed(buf[:0], u.key)
			ck = buf
		}
		h := maphash.Bytes(stSeed, ck)
		j, ok := seen[h]
		if !ok || !stEqualCollapsed(units[j].key, u.key) {
			if !ok {
				seen[h] = i
			}
			// The visible text is hashed as built in buf (for plain text
			// it is the collapsed source); the strings are made only for a
			// candidate copy.
			hn, vlen := h, len(ck)
			if !plain {
				buf = stAppendUnitText(buf[:0], d, u)
				hn, vlen = maphash.Bytes(stSeed, buf), len(buf)
			}
			k, dup := seenText[hn]
			if !dup {
				seenText[hn] = i
				continue
			}
			if vlen < stDupMinFix {
				continue
			}
			n := stUnitText(d, u)
			if stUnitText(d, units[k]) == n && stWords(n) >= 7 && !stDataLike(n) {
				fs, _, _ := d.Line(units[k].first)
				s, _, _ := d.Line(u.first)
				_, e, _ := d.Line(u.last)
				msg := fmt.Sprintf("paragraph repeats the text of line %d (with different markup): %q", units[k].first+1, stClip(stUnitText(d, u), 60))
				ctx.Report(s, e, msg, nil, Related{Offset: fs, Message: "first copy"})
			}
			continue
		}
		first := units[j]
		v := stUnitText(d, u)
		if len([]rune(v)) < stDupMinReport || stWords(v) < 7 || stDataLike(v) || stVerse(d, u) {
			continue
		}
		fs, _, _ := d.Line(first.first)
		s, _, _ := d.Line(u.first)
		_, e, _ := d.Line(u.last)
		msg := fmt.Sprintf("paragraph repeats line %d word for word: %q", first.first+1, stClip(v, 60))
		var fix *Fix
		if len([]rune(v)) >= stDupMinFix && (d.Format == article.Text || stStandaloneUnit(d, u) || stWholeElement(u.key)) {
			fix = &Fix{Safety: Safe, Description: "delete the second copy", Edits: []article.Edit{d.DeleteLines(u.first, u.last)}}
		}
		ctx.Report(s, e, msg, fix, Related{Offset: fs, Message: "first copy"})
	}
}

// stDupVariants rewrites a paragraph the ways scrapers and editors copy
// one: other markup, other white space, other line breaks.
var stDupVariants = []func(string) string{
	func(s string) string { return s },
	func(s string) string { return "<p>" + s + "</p>" },
	func(s string) string { return "**" + s + "**" },
	func(s string) string { return "*" + s + "*" },
	func(s string) string { return "_" + s + "_" },
	func(s string) string { return "> " + s },
	func(s string) string { return "  " + s + "  " },
	func(s string) string { return "\t" + s },
	func(s string) string { return strings.ReplaceAll(s, " ", "  ") },
	func(s string) string { return strings.Replace(s, " ", "\t", 3) },
	func(s string) string { return strings.Replace(s, " ", "\u00a0", 2) },
	func(s string) string { return strings.Replace(s, " ", "\n", 2) },
	func(s string) string { return strings.Replace(s, " ", " \n ", 1) },
	func(s string) string { return strings.Replace(s, " ", "\n\n", 1) },
	func(s string) string { return strings.Replace(s, " ", "\r\n", 1) },
	func(s string) string { return strings.Replace(s, " ", " <br> ", 1) },
	func(s string) string { return strings.Replace(s, " ", "<br>\n", 1) },
	func(s string) string { return strings.Replace(s, " ", " &amp; ", 1) },
	func(s string) string { return strings.Replace(s, " ", "&nbsp;", 1) },
	func(s string) string { return strings.Replace(s, " ", "\u2009", 1) },
	func(s string) string { return strings.Replace(s, "a", "&#97;", 1) },
	func(s string) string {
		w := strings.Fields(s)
		if len(w) > 2 {
			w[1] = "[" + w[1] + "](https://example.org/" + w[1] + ")"
			w[len(w)-1] = "**" + w[len(w)-1] + "**"
		}
		return strings.Join(w, " ")
	},
	func(s string) string {
		w := strings.Fields(s)
		if len(w) == 0 {
			return s
		}
		w[0] = "[" + w[0] + "](/x)"
		return strings.Join(w, " ")
	},
	func(s string) string {
		w := strings.Fields(s)
		if len(w) == 0 {
			return s
		}
		w[len(w)-1] = "<a href=\"/x\">" + w[len(w)-1] + "</a>"
		return strings.Join(w, " ")
	},
	func(s string) string { return "<blockquote>" + s + "</blockquote>" },
	func(s string) string { return "- " + s },
	func(s string) string { return "# " + s },
	func(s string) string { return "<!-- c -->" + s },
	func(s string) string { return s + " <img src=\"x.png\">" },
	func(s string) string { return "![](x.png) " + s },
	func(s string) string { return s + "\u00a0" },
	func(s string) string { return s + " \\" },
	func(s string) string { return strings.TrimRight(s, ".") + " [...]" },
	func(s string) string { return s + "\n" + s },
}

// TestDuplicateCandidatesMatchReference checks that sorting paragraphs out
// by their signatures loses no copy: findings over articles with copies
// made in many ways equal those of stDupReference.
func TestDuplicateCandidatesMatchReference(t *testing.T) {
	g := &corpus.Generator{Seed: corpus.DefaultSeed}
	rng := rand.New(rand.NewPCG(1, 2))
	meta := &Meta{ID: "structure/duplicate-paragraph"}
	docs, found, markup := 0, 0, 0
	for i := 0; i < 300; i++ {
		a := g.Article(i)
		paras := strings.Split(string(a.Data), "\n\n")
		for _, ext := range []string{".md", ".txt", ".html"} {
			for round := 0; round < 4; round++ {
				ps := append([]string(nil), paras...)
				for k := 0; k < 6; k++ {
					src := ps[rng.IntN(len(ps))]
					if strings.HasPrefix(src, "---") {
						continue
					}
					// A copy of a paragraph, or of one of its lines.
					if ls := strings.Split(src, "\n"); rng.IntN(2) == 0 && len(ls) > 1 {
						src = ls[rng.IntN(len(ls))]
					}
					v := stDupVariants[rng.IntN(len(stDupVariants))](src)
					if rng.IntN(3) == 0 {
						// The first copy in other markup too.
						at := rng.IntN(len(ps))
						ps[at] = stDupVariants[rng.IntN(len(stDupVariants))](src)
					}
					at := rng.IntN(len(ps) + 1)
					ps = append(ps[:at], append([]string{v}, ps[at:]...)...)
				}
				sep := "\n\n"
				if ext == ".txt" && round%2 == 0 {
					sep = "\n"
				}
				data := []byte(strings.Join(ps, sep))
				name := strings.TrimSuffix(a.Name, ".md") + ext
				n, m := stDupCompare(t, meta, name, data)
				docs++
				found += n
				markup += m
			}
		}
	}
	t.Logf("%d documents, %d findings, %d in other markup", docs, found, markup)
	if found == 0 || markup == 0 {
		t.Fatal("no copies found: the test makes none")
	}
}

func stDupCompare(t *testing.T, meta *Meta, name string, data []byte) (n, markup int) {
	t.Helper()
	return stCompareRule(t, meta, stDupReference, checkDuplicateParagraphs, name, data)
}

// stCompareRule runs a rule's check and its reference on data, fails the
// test when their findings differ, and counts the findings and those
// whose message says "different markup".
func stCompareRule(t *testing.T, meta *Meta, ref, check func(*Context), name string, data []byte) (n, markup int) {
	t.Helper()
	d1, err := article.Parse(name, data)
	if err != nil {
		return 0, 0
	}
	d2, _ := article.Parse(name, bytes.Clone(data))
	want := &Context{Doc: d1, meta: meta}
	ref(want)
	got := &Context{Doc: d2, meta: meta}
	check(got)
	if !reflect.DeepEqual(want.out, got.out) {
		t.Fatalf("%s: findings differ\nwant %+v\ngot  %+v\n%s", name, want.out, got.out, data)
	}
	// Again with every visible line cached, as other rules leave them in
	// a full run.
	d3, _ := article.Parse(name, bytes.Clone(data))
	d3.PrecomputeVisible()
	warm := &Context{Doc: d3, meta: meta}
	check(warm)
	if !reflect.DeepEqual(want.out, warm.out) {
		t.Fatalf("%s: findings differ on cached lines\nwant %+v\ngot  %+v\n%s", name, want.out, warm.out, data)
	}
	for _, f := range got.out {
		if strings.Contains(f.Message, "different markup") {
			markup++
		}
	}
	return len(got.out), markup
}

func TestDuplicateCandidatesEdges(t *testing.T) {
	meta := &Meta{ID: "structure/duplicate-paragraph"}
	p := "The council approved the new budget on Monday after a long debate."
	var srcs []string
	for _, a := range stDupVariants {
		for _, b := range stDupVariants {
			srcs = append(srcs, a(p)+"\n\nMiddle line.\n\n"+b(p)+"\n")
		}
	}
	n := 0
	for i, s := range srcs {
		for _, ext := range []string{"md", "txt", "html"} {
			k, _ := stDupCompare(t, meta, fmt.Sprintf("e%d.%s", i, ext), []byte(s))
			n += k
		}
	}
	t.Logf("%d findings", n)
}

// TestBlankOrEdgeMatchesFirstBodyLine checks stBlankOrEdge against its
// definition with d.FirstBodyLine.
func TestBlankOrEdgeMatchesFirstBodyLine(t *testing.T) {
	g := &corpus.Generator{Seed: corpus.DefaultSeed}
	srcs := []string{"", "\n", "---\ntitle: x\n---", "---\ntitle: x\n---\n", "---\ntitle: x\n---\n\nBody.\n", "\ufeff---\ntitle: x\n---\nBody\n", "+++\ntitle = 1\n+++\r\nA\r\n"}
	for i := 0; i < 50; i++ {
		srcs = append(srcs, string(g.Article(i).Data))
	}
	for _, src := range srcs {
		for _, ext := range []string{".md", ".txt", ".html"} {
			d, err := article.Parse("a"+ext, []byte(src))
			if err != nil {
				continue
			}
			for ln := -2; ln <= d.LineCount()+1; ln++ {
				want := ln < d.FirstBodyLine() || ln >= d.LineCount() || d.IsBlankLine(ln)
				if got := stBlankOrEdge(d, ln); got != want {
					t.Fatalf("stBlankOrEdge(%q, %d) = %v, want %v", src, ln, got, want)
				}
			}
		}
	}
}
