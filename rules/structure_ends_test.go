package rules

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/corpus"
)

// stEndingReference is checkTruncatedEnding as it was before the ends of
// lines were read from their source.
func stEndingReference(ctx *Context) {
	d := ctx.Doc
	ends := stEndLines(d, 4)
	var buf []byte
	for _, ln := range ends {
		if stLongLine(d.LineText(ln), 21, 0) {
			continue
		}
		var v string
		if vb, ok := stAppendPlain(buf[:0], d.LineText(ln)); ok {
			// Count the words of a plain line before making a string.
			if buf = vb; stWordsUpTo(vb, 21) > 20 {
				continue
			}
			v = string(vb)
		} else {
			v = d.VisibleLine(ln)
		}
		if stWordsUpTo(v, 21) > 20 || !stFullStoryRe().MatchString(v) || stKind(d, ln) == stCode {
			continue
		}
		s, e, _ := d.Line(ln)
		ctx.Report(s, e, "the article ends by sending the reader elsewhere (\""+stClip(v, 50)+"\"): only an excerpt was copied", nil)
		return
	}
	// The last prose paragraph stops mid-sentence.
	for i, ln := range ends {
		if i > 2 {
			break
		}
		first, last := stParagraph(d, ln)
		if last > ln {
			last = ln
		}
		if lv := stVisible(d, last); stEndsSentence(lv) && !strings.HasSuffix(lv, "...") && !strings.HasSuffix(lv, "…") {
			return
		}
		// Short trailing lines ("Source link", "[ad_2]") are residue, not
		// the end of the paragraph.
		for last > first && stWords(stVisible(d, last)) < 4 {
			last--
		}
		if stKind(d, first) != stProse || stKind(d, last) != stProse {
			continue
		}
		var parts []string
		for l := first; l <= last; l++ {
			parts = append(parts, stVisible(d, l))
		}
		v := strings.Join(parts, " ")
		if stWords(v) < 12 {
			continue
		}
		if stJSONMemberRe().MatchString(v) || d.Format == article.Text && bytes.HasPrefix(bytes.TrimSpace(d.Src), []byte("[")) {
			return
		}
		if !stCutOffReference(v, stPunctuatedBefore(d, first)) {
			return
		}
		s, _, _ := d.Line(first)
		_, e, _ := d.Line(last)
		ctx.Report(s, e, "the last paragraph stops mid-sentence (\"…"+stTail(v, 40)+"\"): the article was cut off", nil)
		return
	}
}

func stCutOffReference(v string, punctuated bool) bool {
	v = strings.TrimSpace(v)
	if v == "" {
		return false
	}
	if strings.HasSuffix(v, "...") || strings.HasSuffix(v, "…") {
		// An excerpt cut with a bare ellipsis: "…said that the...".
		w := strings.TrimRight(v, ".… ")
		if i := strings.LastIndexByte(w, ' '); i >= 0 {
			w = w[i+1:]
		}
		r, _ := utf8.DecodeLastRuneInString(v[:len(strings.TrimRight(v, ".… "))])
		return len(v) > len(strings.TrimRight(v, ".…")) && unicode.IsLower(r) && (stDangling[strings.ToLower(w)] || stWords(v) >= 20)
	}
	if stEndsSentence(v) {
		return false
	}
	r := stLastRune(v)
	if r == ',' || r == '-' || r == '–' || r == '—' || r == '(' {
		return true
	}
	if !unicode.IsLower(r) {
		return false
	}
	w := v
	if i := strings.LastIndexByte(v, ' '); i >= 0 {
		w = v[i+1:]
	}
	if stDangling[strings.ToLower(w)] {
		return true
	}
	// A lower-case ending after a long run of prose: the sentence
	// stopped (often mid-word) where the feed cut it. The unfinished
	// sentence itself must be long, so that an attribution ("— name") or
	// a sign-off after the last full stop does not count.
	tail := v
	if i := strings.LastIndexAny(v, ".!?…"); i >= 0 {
		tail = v[i+1:]
	}
	long := stWords(v) >= 25 || punctuated
	return long && stWords(tail) >= 8 && !strings.ContainsAny(tail, "—–/@#:|") && !strings.Contains(tail, " - ")
}

// stEndingLines are lines that end a scraped article, or its last
// paragraph.
var stEndingLines = []string{
	"Read the full story at the Daily Example.", "<p>Read the full story at the Daily Example.</p>",
	"**Continue reading on Example News**", "read the full story", "To read the entire article, visit us.",
	"Read more about it here", "Readers said the full story was long.", "The full article is available at example.org",
	"This story continues at example.org", "— Read the full story", "(Read the full story)", "Rea&#100; the full story at x",
	"ſee the full story at x", "<a href=\"/x\">Read the full story</a>", "Continue reading", "Continue reading…",
	"Source link", "[ad_2]", "ADVERTISEMENT", "Share this:", "",
	"The council said the new rules would apply to all landlords in the district from the start of the",
	"The council said the new rules would apply to all landlords in the district from the start of May.",
	"The council said the new rules would apply to all landlords in the district from the start of May",
	"The council said the new rules would apply to all landlords in the district from the start of may",
	"The council said the new rules would apply to all landlords in the district, from the start,",
	"The council said the new rules would apply to all landlords in the district from the start of …",
	"The council said the new rules would apply to all landlords in the district from the start of...",
	"The council said the new rules would apply to all landlords in the district from the start of May...",
	"The council said the new rules would apply to all landlords in the district from the start “of May.”",
	"The council said the new rules would apply to all landlords in the district from the start of “May”",
	"The council said the new rules would apply to all landlords in the district from the start of **May**.",
	"The council said the new rules would apply to all landlords in the district from the start of [May](x).",
	"The council said the new rules would apply to all landlords in the district from the start of May.\"",
	"The council said the new rules would apply to all landlords in the district from the start of '.'",
	"The council said the new rules would apply to all landlords in the district from the start of . .",
	"The council said the new rules would apply to all landlords in the district from the start of &hellip;",
	"The council said the new rules would apply to all landlords in the district from the start of foo&#46;",
	"The council said the new rules would apply to all landlords in the district from the start of —",
	"The council said the new rules would apply to all landlords in the district from the start of 2024 ”",
	"The council said the new rules would apply to all landlords in the district from the start of the fore\u00a0",
	"<p>The council said the new rules would apply to all landlords in the district from the start of the</p>",
	"The council said the new rules would apply to all landlords in the district from the start of the  \t",
	"Officials from both countries met on Tuesday and agreed to continue the talks, but no date was set for the next round because the foreign minis",
}

// TestTruncatedEndingMatchesReference checks checkTruncatedEnding against
// stEndingReference on articles with many kinds of endings.
func TestTruncatedEndingMatchesReference(t *testing.T) {
	g := &corpus.Generator{Seed: corpus.DefaultSeed}
	rng := rand.New(rand.NewPCG(7, 8))
	meta := &Meta{ID: "structure/truncated-ending"}
	docs, found := 0, 0
	for i := 0; i < 300; i++ {
		a := g.Article(i)
		src := strings.TrimRight(string(a.Data), "\n")
		for round := 0; round < 8; round++ {
			var tail []string
			for k := rng.IntN(4); k > 0; k-- {
				tail = append(tail, stEndingLines[rng.IntN(len(stEndingLines))])
			}
			sep := "\n\n"
			if rng.IntN(2) == 0 {
				sep = "\n"
			}
			data := src
			if j := strings.LastIndex(src, "</article>"); j >= 0 {
				data = src[:j] + strings.Join(tail, "\n") + "\n" + src[j:]
			} else if len(tail) > 0 {
				data = src + sep + strings.Join(tail, sep)
			}
			if rng.IntN(2) == 0 {
				data += "\n"
			}
			n, _ := stCompareRule(t, meta, stEndingReference, checkTruncatedEnding, a.Name, []byte(data))
			docs++
			found += n
		}
	}
	t.Logf("%d documents, %d findings", docs, found)
	if found == 0 {
		t.Fatal("no truncated ending found: the test makes none")
	}
}

// TestEndsFinishedMatchesVisible checks the reading of a line's end from
// its source against its visible text.
func TestEndsFinishedMatchesVisible(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	pieces := []string{"word", " ", " ", ".", "...", "…", "\"", "'", "”", "’", "»", ")", "]", "*", "_", "**", "!", "?", ":", ";",
		",", "<b>", "</p>", "&amp;", "&#46;", "&hellip;", "[x](y)", "\t", "\u00a0", "é", "-", "#", ">", "2024", "%", "$", "/", "@", "<"}
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		d := stDoc(t, "a.md", b.String()+"\n")
		lv := d.VisibleLine(0)
		want := stEndsSentence(lv) && !strings.HasSuffix(lv, "...") && !strings.HasSuffix(lv, "…")
		if got := stEndsFinished(d, 0); got != want {
			t.Fatalf("stEndsFinished(%q) = %v, visible %q", b.String(), got, lv)
		}
		if got, want := stMayReadFullStory(d.LineText(0)), stFullStoryRe().MatchString(lv); want && !got {
			t.Fatalf("stMayReadFullStory(%q) = false, visible %q matches", b.String(), lv)
		}
	}
}

func stDoc(t *testing.T, name, src string) *article.Doc {
	t.Helper()
	d, err := article.Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}
