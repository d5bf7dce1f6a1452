package rules

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// Text that went missing or was inserted when a page was flattened.

// checkInsertedHeadlines finds, in plain-text articles (one paragraph a
// line), a headline of another story standing between two paragraphs of
// running prose: the "related story" links that news pages put inside the
// article body. Plain text has no heading markup, so only headline-length
// lines with no punctuation of their own are taken, and only between two
// full prose paragraphs; short subheads stay alone.
func checkInsertedHeadlines(ctx *Context) {
	d := ctx.Doc
	if d.Format != article.Text {
		return
	}
	var content []int
	for ln := d.FirstBodyLine(); ln < d.LineCount(); ln++ {
		if !d.IsBlankLine(ln) && stShowsTextLine(d, ln) {
			content = append(content, ln)
		}
	}
	var buf []byte
	for i := 2; i+1 < len(content); i++ {
		ln := content[i]
		v, cached := d.CachedVisibleLine(ln)
		if cached {
			// stHeadlineShape rejects these too, after counting words.
			if strings.ContainsAny(v, stHeadlinePunct) {
				continue
			}
		} else if b, ok := stAppendPlain(buf[:0], d.LineText(ln)); ok {
			// Most lines are sentences: look at the text before making a
			// string of it.
			if buf = b; bytes.ContainsAny(b, stHeadlinePunct) {
				continue
			}
			v = string(b)
		} else {
			v = d.VisibleLine(ln)
		}
		if !stHeadlineShape(v) {
			continue
		}
		prev, next := stVisible(d, content[i-1]), stVisible(d, content[i+1])
		if stWords(prev) < 12 || stWords(next) < 12 || !stEndsSentence(prev) || !stEndsSentence(next) {
			continue
		}
		s, e, _ := d.Line(ln)
		ctx.Report(s, e, "the headline \""+stClip(v, 60)+"\" stands between two paragraphs: a related-story link flattened into the text", nil)
	}
}

// stHeadlinePunct is what a headline between paragraphs does not hold.
const stHeadlinePunct = ".!?;:\"“”«»()[]|/@#"

// stHeadlineShape: 8 to 20 words, capitalised, one phrase without
// sentence punctuation, quotes or links.
func stHeadlineShape(v string) bool {
	n := stWords(v)
	if n < 8 || n > 20 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(v)
	if !unicode.IsUpper(r) {
		return false
	}
	if strings.ContainsAny(v, stHeadlinePunct) || strings.Contains(v, "—") || strings.Contains(v, " - ") {
		return false
	}
	last := stLastRune(v)
	return unicode.IsLetter(last)
}

// stDroppedTitleRe() finds a naming verb left without its name: "a seminar
// titled The seminar was presented", "a report entitled , which".
var stDroppedTitleRe = lazyRegexp(`\b(?:titled|entitled|headlined)(?:\s+[,.;]|\s+(?:The|A|An|This|It|He|She|They|We|Our|His|Her|Its)\s+[a-z][\w-]*\s+(?:was|were|is|are|has|had|will|would|also)\b)`)

func checkDroppedTitles(ctx *Context) {
	d := ctx.Doc
	for _, ln := range ctx.HitLines() {
		s, e, _ := d.Line(ln)
		k := stKind(d, ln)
		if k == stCode || k == stMarkup || k == stBlank {
			continue
		}
		for _, m := range stDroppedTitleRe().FindAllIndex(d.Src[s:e], -1) {
			ms, me := s+m[0], s+m[1]
			if d.OverlapsNonProse(ms, me) {
				continue
			}
			ctx.Report(ms, me, "\""+string(d.Src[ms:me])+"\": the name or title that belonged here was stripped", nil)
		}
	}
}
