package rules

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// Truncation: RSS excerpt markers, "read the full story" tails, endings
// cut off mid-sentence and beginnings that lost their first words.

var stEllipsisTokens = []string{"[…]", "[...]", "[&hellip;]", "[&#8230;]", "[ … ]", "[ ... ]", "[&#x2026;]", "[…", "[...", "&#91;&hellip;&#93;", "&#91;…&#93;"}

// stJSONMemberRe() recognises a line that is a JSON string member, where
// the end of the string is the end of the text.
var stJSONMemberRe = lazyRegexp(`^\s*[\[{]?\s*"[\w.-]{1,40}"\s*:\s*"`)

// stReadMoreRe() matches what feeds put after the excerpt marker.
var stReadMoreRe = lazyRegexp(`(?i)^(?:\s|</?(?:a|p|span|em|strong|div)\b[^>]*>|read (?:more|the (?:full|rest)[\w ]{0,20})|continue reading[^<\n]{0,60}|more|[»→›>]|\[|\]\([^)\s]*\))*$`)

func checkTruncationMarkers(ctx *Context) {
	d := ctx.Doc
	done := -1
	for _, h := range ctx.Hits() {
		if h < done || h < d.FrontMatterEnd || d.InNonProse(h) {
			continue
		}
		ln := d.LineOf(h)
		s, e, next := d.Line(ln)
		tokEnd := -1
		for _, t := range stEllipsisTokens {
			if len(d.Src) >= h+len(t) && string(d.Src[h:h+len(t)]) == t {
				tokEnd = h + len(t)
				break
			}
		}
		if tokEnd < 0 {
			continue
		}
		if tokEnd < e && d.Src[tokEnd-1] != ']' {
			// "[…" without its bracket must be the last thing on the line.
			if len(bytes.TrimSpace(d.Src[tokEnd:e])) > 0 {
				continue
			}
		}
		done = next
		k := stKind(d, ln)
		if k == stCode || k == stQuote || stEnclosedIn(d.Src, h, "blockquote") {
			// An elision inside a quotation is the quoting writer's.
			continue
		}
		rest := string(d.Src[tokEnd:e])
		json := stJSONMemberRe().Match(d.Src[s:e])
		switch {
		case json:
			r := strings.TrimSpace(rest)
			if r != `"` && r != `",` && r != `"}` && r != `"},` {
				continue
			}
		case !stReadMoreRe().MatchString(rest):
			continue
		case d.Format == article.Markdown && ln+1 < d.LineCount() && !d.IsBlankLine(ln+1) && stKind(d, ln+1) == stProse:
			// The paragraph goes on: the marker is not at its end.
			continue
		}
		ctx.Report(h, e, "text ends with the excerpt marker "+string(d.Src[h:tokEnd])+": the feed cut the article short", nil)
	}
}

// stEnclosedIn reports whether offset off lies inside an open <tag> element
// on the same or earlier lines (searching at most 4 KB back).
func stEnclosedIn(src []byte, off int, tag string) bool {
	lo := off - 4096
	if lo < 0 {
		lo = 0
	}
	open := lastIndexFold(src[lo:off], []byte("<"+tag))
	if open < 0 {
		return false
	}
	return lastIndexFold(src[lo+open:off], []byte("</"+tag)) < 0
}

// stFullStoryRe() matches a closing line that sends the reader elsewhere for
// the rest of the article.
var stFullStoryRe = lazyRegexp(`(?i)^[\s(\[*_>»–—-]*(?:(?:to )?(?:read|see|view|get) (?:the )?(?:full|entire|complete|whole|rest of the|original|remainder of the) (?:story|article|post|report|piece|text|interview|release|feature|column)\b|continue reading (?:at|on|in)\b|continue reading\W*$|the (?:full|complete) (?:story|article|report) (?:is available|can be (?:found|read)|continues)\b|this (?:story|article|post) (?:continues|is continued) (?:at|on)\b)`)

// stEndLines returns up to n last body lines that show text, last first.
func stEndLines(d *article.Doc, n int) []int {
	var out []int
	for ln := d.LineCount() - 1; ln >= d.FirstBodyLine() && len(out) < n; ln-- {
		if d.IsBlankLine(ln) || !stShowsTextLine(d, ln) {
			continue
		}
		out = append(out, ln)
	}
	return out
}

func checkTruncatedEnding(ctx *Context) {
	d := ctx.Doc
	ends := stEndLines(d, 4)
	var buf []byte
	for _, ln := range ends {
		if !stMayReadFullStory(d.LineText(ln)) || stLongLine(d.LineText(ln), 21, 0) {
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
		if stEndsFinished(d, last) {
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
		if !stCutOff(v, func() bool { return stPunctuatedBefore(d, first) }) {
			return
		}
		s, _, _ := d.Line(first)
		_, e, _ := d.Line(last)
		ctx.Report(s, e, "the last paragraph stops mid-sentence (\"…"+stTail(v, 40)+"\"): the article was cut off", nil)
		return
	}
}

// stFullStoryFirst are the first words that stFullStoryRe() can match
// after its leading punctuation.
var stFullStoryFirst = []string{"to", "read", "see", "view", "get", "continue", "the", "this"}

// stMayReadFullStory reports whether the visible text of line raw may
// match stFullStoryRe(): false when it surely starts with another word.
// That is when the line starts with ASCII letters, which
// article.Visible keeps as they are, followed by a byte that it does not
// join to them (not markup, not an entity, not a non-ASCII letter, which
// case folding could match) and they are none of stFullStoryFirst.
func stMayReadFullStory(raw []byte) bool {
	i := 0
	for i < len(raw) && (raw[i] == ' ' || raw[i] == '\t') {
		i++
	}
	j := i
	for j < len(raw) && raw[j]|0x20 >= 'a' && raw[j]|0x20 <= 'z' {
		j++
	}
	if j == i || j < len(raw) && (raw[j] >= utf8.RuneSelf || raw[j] == '!' || stClass[raw[j]]&stClsMarkup != 0) {
		return true
	}
	for _, w := range stFullStoryFirst {
		if len(w) == j-i && bytes.EqualFold(raw[i:j], []byte(w)) {
			return true
		}
	}
	return false
}

// stEndsFinished reports whether the visible text v of line ln ends a
// sentence and not with an ellipsis: stEndsSentence(v) and no "..." or
// "…" at its end. The last word of the line tells, when it shows as it
// is (stPlainLastWord): before it v has a space, where stEndsSentence
// stops and which no such suffix holds.
func stEndsFinished(d *article.Doc, ln int) bool {
	if w, ok := stPlainLastWord(d.LineText(ln)); ok {
		return stEndsSentence(w) && !bytes.HasSuffix(w, []byte("...")) && !bytes.HasSuffix(w, []byte("…"))
	}
	lv := stVisible(d, ln)
	return stEndsSentence(lv) && !strings.HasSuffix(lv, "...") && !strings.HasSuffix(lv, "…")
}

// stDangling are words a finished English sentence never ends with.
var stDangling = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "and": true, "or": true, "but": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "that": true,
	"which": true, "who": true, "whose": true, "is": true, "are": true, "was": true, "were": true, "as": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "your": true, "my": true, "this": true,
	"these": true, "those": true, "into": true, "than": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "could": true, "should": true, "be": true, "been": true, "not": true,
	"if": true, "when": true, "while": true, "because": true, "about": true, "after": true, "before": true,
	"said": true, "says": true, "also": true, "such": true, "more": true, "most": true, "very": true,
}

// stCutOff reports whether paragraph text ends in the middle of a
// sentence: a dangling comma or dash, a function word, or a bare
// lower-case word with no closing punctuation.
func stCutOff(v string, punctuated func() bool) bool {
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
	long := stWords(v) >= 25 || punctuated()
	return long && stWords(tail) >= 8 && !strings.ContainsAny(tail, "—–/@#:|") && !strings.Contains(tail, " - ")
}

func stTail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// stStartWords are lower-case words an article never begins with: a first
// paragraph that starts with one lost its opening words.
var stStartWords = map[string]bool{
	"and": true, "but": true, "or": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"for": true, "with": true, "by": true, "from": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "said": true, "says": true, "will": true, "would": true,
	"the": true, "a": true, "an": true, "that": true, "which": true, "who": true, "as": true, "than": true,
	"been": true, "be": true, "its": true, "their": true, "his": true, "her": true,
}

// stAuxStart() matches a first sentence that opens with a capitalised
// auxiliary verb but is a statement, not a question: the subject before
// it was dropped ("Is set to face a fine.").
var stAuxStart = lazyRegexp(`^(?:Is|Are|Was|Were|Has|Had|Have) (?:set|expected|due|likely|facing|being|been|now|also|reportedly|said|to|planning|poised|understood|believed|thought|known|going|scheduled|slated|under|among|in|on|at|one|the|a|an)\b[^?]{10,}?[.!](?:\s|$)`)

func checkTruncatedStart(ctx *Context) {
	d := ctx.Doc
	for ln := d.FirstBodyLine(); ln < d.LineCount(); ln++ {
		k := stKind(d, ln)
		if k == stBlank || k == stMarkup || k == stHeading {
			continue
		}
		if k != stProse {
			return
		}
		v := stVisible(d, ln)
		if stWordsUpTo(v, 8) < 8 {
			// Datelines, bylines and kickers come before the first paragraph.
			continue
		}
		w := v
		if i := strings.IndexByte(v, ' '); i >= 0 {
			w = v[:i]
		}
		bad := stStartWords[w] || strings.HasPrefix(v, "'s ") || strings.HasPrefix(v, "’s ") || stAuxStart().MatchString(v)
		if r, _ := utf8.DecodeRuneInString(v); !bad && (r == ',' || r == ';') {
			bad = true
		}
		if bad {
			s, e, _ := d.Line(ln)
			ctx.Report(s, e, "the first paragraph starts mid-sentence (\""+stClip(v, 40)+"\"): its opening words were lost", nil)
		}
		return
	}
}

// stPunctuatedBefore reports whether the prose paragraphs before line
// limit end their sentences properly (at least two, and four in five of
// them), so that one that does not stands out.
func stPunctuatedBefore(d *article.Doc, limit int) bool {
	n, ok := 0, 0
	for ln := d.FirstBodyLine(); ln < limit; ln++ {
		if d.Format != article.Text && !stStandalone(d, ln) {
			continue
		}
		v := stVisible(d, ln)
		if stWordsUpTo(v, 8) < 8 || stKind(d, ln) != stProse {
			continue
		}
		n++
		if stEndsSentence(v) {
			ok++
		}
	}
	return n >= 2 && ok*5 >= n*4
}
