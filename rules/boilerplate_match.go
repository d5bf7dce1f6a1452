package rules

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/scrapelint/scrapelint/article"
)

// Shared machinery of the boilerplate family: whole-line phrase lists,
// runs of adjacent residue lines, page-edge positions and removals that
// keep HTML balanced.

// bpNorm lower-cases a visible line, unifies quotes and trims everything
// that is not a letter or digit at both ends (emoji, arrows, bullets,
// "»", trailing ":" or "..."), so "🔗 Read more »" and "READ MORE:" meet
// the list entry "read more".
func bpNorm(v string) string {
	if v == "" {
		return ""
	}
	s := strings.ToLower(v)
	if strings.ContainsAny(s, "’‘\u00a0") {
		s = strings.NewReplacer("’", "'", "‘", "'", "\u00a0", " ").Replace(s)
	}
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// bpList is a whole-line phrase list. Entries written with a leading "~"
// are weak: too common alone ("Website", "Search"), they count only beside
// a strong line of the same rule or at the very edge of the article.
type bpList struct {
	strong, weak map[string]bool
}

func newBPList(name string) bpList {
	l := bpList{strong: map[string]bool{}, weak: map[string]bool{}}
	for _, e := range loadList(name) {
		if w, ok := strings.CutPrefix(e, "~"); ok {
			l.weak[bpNorm(w)] = true
			continue
		}
		l.strong[bpNorm(e)] = true
	}
	return l
}

// triggers derives trigger literals from the entries: the longest ASCII
// word of each (every matching line contains it), or the whole entry when
// it has no ASCII word.
func (l bpList) triggers(extra ...string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(t string) {
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, m := range []map[string]bool{l.strong, l.weak} {
		for e := range m {
			add(bpTriggerWord(e))
		}
	}
	for _, t := range extra {
		add(t)
	}
	sort.Strings(out)
	return out
}

func bpTriggerWord(e string) string {
	best := ""
	for _, w := range strings.FieldsFunc(e, func(r rune) bool { return r > 127 || !unicode.IsLetter(r) }) {
		if len(w) > len(best) {
			best = w
		}
	}
	if best == "" {
		// Non-Latin entry: its first run of letters.
		f := strings.FieldsFunc(e, func(r rune) bool { return !unicode.IsLetter(r) })
		if len(f) > 0 {
			best = f[0]
		}
	}
	return best
}

// bpMatch is the verdict on one line.
type bpMatch int

const (
	bpNone bpMatch = iota
	bpWeak
	bpStrong
)

func (l bpList) match(n string) bpMatch {
	switch {
	case l.strong[n]:
		return bpStrong
	case l.weak[n]:
		return bpWeak
	}
	return bpNone
}

// bpCandidates returns the body lines (0-based, ascending, distinct) that
// hold one of the rule's trigger hits and whose visible text is at most
// maxVisible bytes long; lines inside code are skipped.
func bpCandidates(ctx *Context, maxVisible int) []int {
	return bpCandidatesW(ctx, maxVisible, 1<<30)
}

// bpCandidatesW is bpCandidates that also skips lines of more than
// maxWords words, counted on the raw line before any visible text is built.
func bpCandidatesW(ctx *Context, maxVisible, maxWords int) []int {
	d := ctx.Doc
	body := d.FirstBodyLine()
	var out []int
	next := -1
	for _, h := range ctx.Hits() {
		if h < next || h < d.FrontMatterEnd {
			continue
		}
		ln := d.LineOf(h)
		_, _, next = d.Line(ln)
		if ln < body {
			continue
		}
		s, e, _ := d.Line(ln)
		if maxVisible < 1<<20 {
			if bpTooLong(d.Src[s:e], 2*maxVisible+40, maxWords+2) {
				// A paragraph of prose: skip it before building its visible text.
				continue
			}
			if len(d.VisibleLine(ln)) > maxVisible {
				continue
			}
		}
		if lineInCode(d, ln) || bpContinuation(d, ln) {
			continue
		}
		out = append(out, ln)
	}
	return out
}

// bpTooLong reports whether a raw line has more than maxLen text bytes or
// maxWords words outside markup; it stops as soon as it knows.
func bpTooLong(line []byte, maxLen, maxWords int) bool {
	if len(line) <= maxLen && len(line) <= 2*maxWords {
		return false
	}
	if bytes.IndexByte(line, '<') < 0 && bytes.IndexByte(line, ']') < 0 {
		// No markup to skip (most lines): every byte up to the last
		// non-blank one counts as text.
		if len(bytes.TrimRight(line, " \t")) > maxLen {
			return true
		}
		words, in := 0, false
		for _, c := range line {
			if c == ' ' || c == '\t' {
				in = false
			} else if !in {
				if words++; words > maxWords {
					return true
				}
				in = true
			}
		}
		return false
	}
	return bpTooLongMarkup(line, maxLen, maxWords)
}

// bpTooLongMarkup is bpTooLong for a line that may hold tags and links.
func bpTooLongMarkup(line []byte, maxLen, maxWords int) bool {
	n, words, in := 0, 0, false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '<':
			if j := bytes.IndexByte(line[i:], '>'); j > 0 {
				i += j
				continue
			}
		case c == ']' && i+1 < len(line) && line[i+1] == '(':
			if j := bytes.IndexByte(line[i:], ')'); j > 0 {
				i += j
				continue
			}
		case c == ' ' || c == '\t':
			in = false
			n++
			continue
		}
		if !in {
			if words++; words > maxWords {
				return true
			}
			in = true
		}
		if n++; n > maxLen {
			return true
		}
	}
	return false
}

// bpContinuation reports whether a Markdown line continues the sentence of
// the line before it (semantic line breaks, hard-wrapped paragraphs): the
// previous line is text that does not end a sentence.
func bpContinuation(d *article.Doc, ln int) bool {
	if d.Format != article.Markdown || ln == 0 || ln <= d.FirstBodyLine() || d.IsBlankLine(ln-1) {
		return false
	}
	raw := d.LineText(ln - 1)
	p := bytes.TrimRight(raw, " \t")
	t := bytes.TrimLeft(p, " \t")
	if len(t) == 0 || t[0] == '#' || t[0] == '<' || t[0] == '|' || bytes.HasSuffix(raw, []byte("  ")) || bytes.HasSuffix(raw, []byte("\\")) {
		return false
	}
	c := p[len(p)-1]
	return (c >= 'a' && c <= 'z' || c == ',') && bpWords(d.VisibleLine(ln-1)) >= 5
}

// bpLine is a classified residue line.
type bpLine struct {
	ln   int
	kind bpMatch
	what string // the text to quote in the message
}

// bpRuns groups lines separated only by blank lines into runs and keeps
// the runs that hold a strong line. With edge, a run of weak lines also
// survives as the article's last visible line (a trailing "Search"), or its
// first when that is not the title (a heading, or a plain-text first line).
func bpRuns(d *article.Doc, lines []bpLine, edge bool) [][]bpLine {
	var runs [][]bpLine
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && bpOnlyBlankBetween(d, lines[j-1].ln, lines[j].ln) {
			j++
		}
		run := lines[i:j]
		keep := false
		for _, l := range run {
			if l.kind == bpStrong {
				keep = true
				break
			}
		}
		if !keep && edge && bpWeakAtEdge(d, run) {
			keep = true
		}
		if keep {
			runs = append(runs, run)
		}
		i = j
	}
	return runs
}

func bpWeakAtEdge(d *article.Doc, run []bpLine) bool {
	for _, l := range run {
		if bpIsHeading(d, l.ln) {
			return false
		}
	}
	if bpNonBlankAfter(d, run[len(run)-1].ln, 1) == 0 {
		return true
	}
	return d.Format != article.Text && bpNonBlankBefore(d, run[0].ln, 1) == 0
}

// bpOnlyBlankBetween reports whether only blank lines, or lines without
// visible text (an empty list bullet, a wrapper tag), stand between a and b.
func bpOnlyBlankBetween(d *article.Doc, a, b int) bool {
	if b <= a || b-a > 12 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !d.IsBlankLine(k) && (bpTrimVisible(d, k) != "" || lineInCode(d, k) || bpHasMedia(d.LineText(k))) {
			return false
		}
	}
	return true
}

// bpHasMedia reports whether a line holds an image, a player or a
// template tag: content without visible text that must not be swept away
// with the residue around it.
func bpHasMedia(t []byte) bool {
	if bytes.Contains(t, []byte("![")) || bytes.Contains(t, []byte("{{")) || bytes.Contains(t, []byte("{%")) {
		return true
	}
	for _, tag := range [][]byte{[]byte("<img"), []byte("<iframe"), []byte("<video"), []byte("<audio"), []byte("<picture"), []byte("<figure"), []byte("<svg"), []byte("<table"), []byte("<embed"), []byte("<object")} {
		if indexFold(t, tag) >= 0 {
			return true
		}
	}
	return false
}

// bpNonBlankAfter counts the non-blank lines after ln, stopping at limit.
func bpNonBlankAfter(d *article.Doc, ln, limit int) int {
	n := 0
	for k := ln + 1; k < d.LineCount() && n < limit; k++ {
		if !d.IsBlankLine(k) && bpTrimVisible(d, k) != "" {
			n++
		}
	}
	return n
}

// bpNonBlankBefore counts the non-blank body lines before ln, up to limit.
func bpNonBlankBefore(d *article.Doc, ln, limit int) int {
	n := 0
	for k := ln - 1; k >= d.FirstBodyLine() && n < limit; k-- {
		if !d.IsBlankLine(k) && bpTrimVisible(d, k) != "" {
			n++
		}
	}
	return n
}

// bpTrimVisible is the visible text of a line, empty for lines that hold
// only markup (wrapper <div>s, <br>) or a heading underline.
func bpTrimVisible(d *article.Doc, ln int) string {
	v := d.VisibleLine(ln)
	if strings.Trim(v, "=-_*~ ") == "" {
		return ""
	}
	return v
}

// bpInTail reports whether ln is among the last k visible lines.
func bpInTail(d *article.Doc, ln, k int) bool { return bpNonBlankAfter(d, ln, k) < k }

// bpIsHeading reports whether a line is a Markdown or HTML heading (or is
// underlined as one); a heading "Facebook" names a section, it is not a
// share button.
func bpIsHeading(d *article.Doc, ln int) bool {
	t := bytes.TrimLeft(d.LineText(ln), " \t>")
	if len(t) > 0 && t[0] == '#' && d.Format != article.HTML {
		return true
	}
	if len(t) > 2 && t[0] == '<' && (t[1] == 'h' || t[1] == 'H') && t[2] >= '1' && t[2] <= '6' {
		return true
	}
	if d.Format == article.Markdown && ln+1 < d.LineCount() {
		u := bytes.TrimSpace(d.LineText(ln + 1))
		if len(u) >= 2 && (len(bytes.Trim(u, "=")) == 0 || len(bytes.Trim(u, "-")) == 0) {
			return true
		}
	}
	return false
}

// bpReport reports each run as one finding. A run whose lines can all go
// as whole lines gets one fix deleting them; a line that shares its markup
// with the rest of the page (an unbalanced HTML line) gets a fix removing
// only the element that holds the text, or no fix when none is found.
// safe=false reports without a fix (the line may carry content here).
func bpReport(ctx *Context, runs [][]bpLine, msg func(run []bpLine) string, desc string, safe func(run []bpLine) bool) {
	d := ctx.Doc
	for _, run := range runs {
		first, last := run[0].ln, run[len(run)-1].ln
		// The lines go as a block when their markup is balanced as a whole
		// (a share <div> spread over its list lines counts).
		whole := bpWholeLine(d, first, last)
		ok := safe == nil || safe(run)
		if whole {
			if ok {
				ctx.ReportLines(first, last, msg(run), desc)
			} else {
				s, _, _ := d.Line(first)
				_, e, _ := d.Line(last)
				ctx.Report(s, e, msg(run), nil)
			}
			continue
		}
		for _, l := range run {
			one := []bpLine{l}
			if bpWholeLine(d, l.ln, l.ln) {
				if ok {
					ctx.ReportLines(l.ln, l.ln, msg(one), desc)
				} else {
					s, e, _ := d.Line(l.ln)
					ctx.Report(s, e, msg(one), nil)
				}
				continue
			}
			s, e, _ := d.Line(l.ln)
			var fix *Fix
			if el, found := bpTextElement(d, l.ln); found && ok {
				fix = ctx.Replace(el.Start, el.End, "", desc)
				s, e = el.Start, el.End
			}
			ctx.Report(s, e, msg(one), fix)
		}
	}
}

var bpVoidTags = map[string]bool{"br": true, "hr": true, "img": true, "input": true, "meta": true, "link": true, "wbr": true, "source": true, "area": true, "base": true, "col": true, "embed": true, "param": true, "track": true}

// bpWholeLine reports whether deleting the lines first..last keeps the
// page's markup intact: every HTML element opened in them is closed in them
// and vice versa.
func bpWholeLine(d *article.Doc, first, last int) bool {
	s, _, _ := d.Line(first)
	_, e, _ := d.Line(last)
	line := d.Src[s:e]
	if bytes.IndexByte(line, '<') < 0 {
		return true
	}
	var stack []string
	for i := 0; i < len(line); i++ {
		if line[i] != '<' {
			continue
		}
		j := bytes.IndexByte(line[i:], '>')
		if j < 0 {
			return false
		}
		tag := line[i+1 : i+j]
		i += j
		if len(tag) == 0 || tag[0] == '!' || tag[0] == '?' {
			continue
		}
		closing := tag[0] == '/'
		if closing {
			tag = tag[1:]
		}
		k := 0
		for k < len(tag) && (tag[k] >= 'a' && tag[k] <= 'z' || tag[k] >= 'A' && tag[k] <= 'Z' || tag[k] >= '0' && tag[k] <= '9' || tag[k] == '-') {
			k++
		}
		if k == 0 {
			continue // not a tag ("a < b")
		}
		name := strings.ToLower(string(tag[:k]))
		if bpVoidTags[name] || bytes.HasSuffix(tag, []byte("/")) {
			continue
		}
		if closing {
			if len(stack) == 0 || stack[len(stack)-1] != name {
				return false
			}
			stack = stack[:len(stack)-1]
			continue
		}
		stack = append(stack, name)
	}
	return len(stack) == 0
}

var bpTextTags = []string{"a", "span", "p", "li", "strong", "em", "b", "i", "small", "button", "h1", "h2", "h3", "h4", "h5", "h6", "div", "nav", "footer", "aside"}

// bpTextElement finds the element on line ln that holds all of the line's
// visible text, so that it can be removed without touching the tags that
// the line shares with the rest of the page.
func bpTextElement(d *article.Doc, ln int) (article.Span, bool) {
	s, e, _ := d.Line(ln)
	line := d.Src[s:e]
	// First byte of text outside tags.
	off := -1
	for i := 0; i < len(line); i++ {
		if line[i] == '<' {
			if j := bytes.IndexByte(line[i:], '>'); j >= 0 {
				i += j
				continue
			}
		}
		if line[i] != ' ' && line[i] != '\t' {
			off = s + i
			break
		}
	}
	if off < 0 {
		return article.Span{}, false
	}
	el, ok := enclosingElement(d.Src, off, bpTextTags)
	if !ok || el.Start < s || el.End > e {
		return article.Span{}, false
	}
	if strings.TrimSpace(article.Visible(d.Src[el.Start:el.End])) != strings.TrimSpace(d.VisibleLine(ln)) {
		return article.Span{}, false
	}
	return el, true
}

// bpWords counts the words of a visible line.
func bpWords(v string) int {
	n, in := 0, false
	for _, r := range v {
		sp := r == ' ' || r == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// bpQuote shortens a line for a message.
func bpQuote(v string) string {
	r := []rune(v)
	if len(r) > 60 {
		return string(r[:57]) + "..."
	}
	return v
}

// bpMatchRe reports whether any of the regexps matches s.
func bpMatchRe(s string, res ...*regexp.Regexp) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}
