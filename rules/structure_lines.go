package rules

import (
	"bytes"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// Line and paragraph helpers of the structure family. The structure rules
// compare and classify whole paragraphs, so they need to know which lines
// are prose paragraphs and which are headings, list items, table rows,
// quotes or code.

// stLineKind classifies a body line.
type stLineKind int

const (
	stBlank stLineKind = iota
	stProse
	stHeading
	stList
	stTable
	stQuote
	stCode
	stMarkup // only tags, images or link syntax: nothing a reader sees as text
)

// stKind returns the kind of a 0-based line.
func stKind(d *article.Doc, ln int) stLineKind {
	raw := bytes.TrimSpace(d.LineText(ln))
	if len(raw) == 0 {
		return stBlank
	}
	if lineInCode(d, ln) {
		return stCode
	}
	if d.Format != article.HTML || raw[0] != '<' {
		switch raw[0] {
		case '#':
			if d.Format == article.Markdown {
				return stHeading
			}
		case '>':
			if d.Format == article.Markdown {
				return stQuote
			}
		case '|':
			return stTable
		case '-', '*', '+':
			if len(raw) > 1 && raw[1] == ' ' && d.Format != article.HTML {
				return stList
			}
		}
		if d.Format != article.HTML && stOrderedItem(raw) {
			return stList
		}
	}
	if d.Format == article.Markdown && ln+1 < d.LineCount() {
		next := bytes.TrimSpace(d.LineText(ln + 1))
		if len(next) >= 3 && (stAll(next, '=') || stAll(next, '-')) {
			return stHeading
		}
	}
	if stAll(raw, '=') || stAll(raw, '-') || stAll(raw, '*') || stAll(raw, '_') {
		return stMarkup
	}
	if bytes.HasPrefix(raw, []byte("<h")) && len(raw) > 2 && raw[2] >= '1' && raw[2] <= '6' {
		return stHeading
	}
	if bytes.HasPrefix(raw, []byte("<blockquote")) {
		return stQuote
	}
	if bytes.HasPrefix(raw, []byte("<li")) || bytes.HasPrefix(raw, []byte("<td")) || bytes.HasPrefix(raw, []byte("<tr")) {
		return stList
	}
	if !stShowsText(raw) && d.VisibleLine(ln) == "" {
		return stMarkup
	}
	return stProse
}

// stShowsText reports whether a trimmed, non-empty line is sure to show
// text, so that its visible text need not be computed to know that:
// article.Visible copies a first byte that is neither markup nor a marker
// it trims, and the letters or digits after emphasis markers or the
// opening bracket of a link or image.
func stShowsText(raw []byte) bool {
	switch raw[0] {
	case '*', '_', '[', '!':
		i := 0
		for i < len(raw) && (raw[i] == '*' || raw[i] == '_' || raw[i] == '[' || raw[i] == '!') {
			i++
		}
		if i == len(raw) {
			return false
		}
		c := raw[i] | 0x20
		return c >= 'a' && c <= 'z' || raw[i] >= '0' && raw[i] <= '9'
	case '<', ']', '&', '#', '>', '-', '+':
		return false
	}
	return raw[0] > ' '
}

// Byte classes for the scans of plain text below.
const (
	stClsSpace  = 1 << iota // ' ', '\t', '\r', '\n': white space everywhere
	stClsVF                 // '\v', '\f': white space to strings.Fields only
	stClsMarkup             // bytes article.Visible may act on
	stClsLead               // lead bytes of the non-ASCII white space runes
	stClsHigh               // non-ASCII
	stClsMarker             // '#', '>', '-', '+': trimmed at the start of a line
	stClsNL                 // '\n'
	stClsTabCR              // '\t', '\r'
)

var stClass = func() (t [256]uint8) {
	for _, c := range " \t\r\n" {
		t[c] = stClsSpace
	}
	t['\n'] |= stClsNL
	t['\t'] |= stClsTabCR
	t['\r'] |= stClsTabCR
	t['\v'], t['\f'] = stClsVF, stClsVF
	for _, c := range "<[]*_&" {
		t[c] = stClsMarkup
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = stClsHigh
	}
	for _, c := range "#>-+" {
		t[c] = stClsMarker
	}
	for _, c := range []byte{0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] |= stClsLead
	}
	return t
}()

// stLeadMarker reports the bytes that article.Visible trims at the start
// of a line ("#", ">", "- ", "+ ").
func stLeadMarker(c byte) bool {
	return c == '#' || c == '>' || c == '-' || c == '+'
}

// stAppendPlain appends the visible text of a plain line: one that
// article.Visible leaves as it is apart from its white space (no tags,
// links, emphasis or entities, and no leading marker that it trims). That
// text is the line's words, split at Unicode white space as strings.Fields does, joined
// by single spaces. ok is false, and dst is returned as it was, for a
// line that is not plain.
func stAppendPlain(dst, b []byte) (_ []byte, ok bool) {
	start := len(dst)
	space := false
	for i := 0; i < len(b); {
		c := b[i]
		cl := stClass[c]
		if cl&(stClsSpace|stClsVF) != 0 {
			space = true
			i++
			continue
		}
		if cl&stClsLead != 0 {
			if r, n := utf8.DecodeRune(b[i:]); unicode.IsSpace(r) {
				space = true
				i += n
				continue
			}
		}
		if cl&stClsMarkup != 0 || len(dst) == start && stLeadMarker(c) {
			return dst[:start], false
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		// Copy up to the next byte that needs a look.
		j := i + 1
		for j < len(b) && stClass[b[j]]&(stClsSpace|stClsVF|stClsMarkup|stClsLead) == 0 {
			j++
		}
		dst = append(dst, b[i:j]...)
		i = j
	}
	return dst, true
}

// stLongLine reports whether the visible text of line raw is sure to
// have at least words words (stWords) and alnum bytes of normalised text
// (stNorm), reading only as much of the line as that takes. It looks at
// the start of the line up to any markup, which article.Visible copies
// as it is, and counts only what it keeps: ASCII letters and digits, and
// words ended by ASCII white space. It returns false when unsure.
func stLongLine(raw []byte, words, alnum int) bool {
	i := 0
	for i < len(raw) && stClass[raw[i]]&(stClsSpace|stClsVF) != 0 {
		i++
	}
	if i == len(raw) || stLeadMarker(raw[i]) || raw[i] >= utf8.RuneSelf {
		return false
	}
	n, a := 0, 0
	letter := uint8(0)
	for ; i < len(raw); i++ {
		t := stLongClass[raw[i]]
		if t < stLongSpace {
			// Other bytes, non-ASCII ones included, count as neither
			// letters nor separators.
			a += int(t & stLongAlnum)
			letter |= t
			continue
		}
		if t&stLongMarkup != 0 {
			return false
		}
		if letter&stLongLetter != 0 {
			n++
		}
		letter = 0
		if n >= words && a >= alnum {
			return true
		}
	}
	return false
}

// The byte classes of stLongLine.
const (
	stLongAlnum  = 1 << iota // ASCII letter or digit
	stLongLetter             // ASCII letter
	stLongSpace              // ASCII white space
	stLongMarkup             // stClsMarkup
)

var stLongClass = func() (t [256]uint8) {
	for c := range 256 {
		switch cl := stClass[c]; {
		case cl&stClsMarkup != 0:
			t[c] = stLongMarkup
		case cl&(stClsSpace|stClsVF) != 0:
			t[c] = stLongSpace
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			t[c] = stLongAlnum | stLongLetter
		case c >= '0' && c <= '9':
			t[c] = stLongAlnum
		}
	}
	return t
}()

// stVisible returns d.VisibleLine(ln): the cached text when another rule
// has computed it, else, for plain lines (stAppendPlain), the line only
// collapsed, without going through article.Visible and its cache.
func stVisible(d *article.Doc, ln int) string {
	if v, ok := d.CachedVisibleLine(ln); ok {
		return v
	}
	t := d.LineText(ln)
	if b, ok := stAppendPlain(make([]byte, 0, len(t)), t); ok {
		return string(b)
	}
	return d.VisibleLine(ln)
}

// stShowsTextLine reports whether line ln shows text (d.VisibleLine(ln)
// is not empty), computing the visible text only when it must.
func stShowsTextLine(d *article.Doc, ln int) bool {
	if t := bytes.TrimSpace(d.LineText(ln)); len(t) > 0 && stShowsText(t) {
		return true
	}
	return d.VisibleLine(ln) != ""
}

// stAppendVisible appends the visible text of line ln (d.VisibleLine):
// a copy of the cached text when there is one, else computed in place for
// plain lines.
func stAppendVisible(dst []byte, d *article.Doc, ln int) []byte {
	if v, ok := d.CachedVisibleLine(ln); ok {
		return append(dst, v...)
	}
	if b, ok := stAppendPlain(dst, d.LineText(ln)); ok {
		return b
	}
	return append(dst, d.VisibleLine(ln)...)
}

func stAll(b []byte, c byte) bool {
	for _, x := range b {
		if x != c && x != ' ' {
			return false
		}
	}
	return len(b) > 0
}

func stOrderedItem(b []byte) bool {
	i := 0
	for i < len(b) && i < 4 && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(b) && (b[i] == '.' || b[i] == ')') && b[i+1] == ' '
}

// stBlankOrEdge reports whether line ln is blank or outside the body.
func stBlankOrEdge(d *article.Doc, ln int) bool {
	return ln < d.FirstBodyLine() || ln >= d.LineCount() || d.IsBlankLine(ln)
}

// stStandalone reports whether line ln is a paragraph by itself: in plain
// text every line is a paragraph (scrapers write one paragraph a line); in
// Markdown and HTML the line must stand between blank lines or be a whole
// <p> element.
func stStandalone(d *article.Doc, ln int) bool {
	if d.Format == article.Text {
		return true
	}
	if stBlankOrEdge(d, ln-1) && stBlankOrEdge(d, ln+1) {
		return true
	}
	raw := bytes.TrimSpace(d.LineText(ln))
	return bytes.HasPrefix(raw, []byte("<p")) && bytes.HasSuffix(raw, []byte("</p>"))
}

// stParagraph returns the first and last line of the paragraph holding ln:
// the run of non-blank lines around it (one line in plain text).
func stParagraph(d *article.Doc, ln int) (int, int) {
	if d.Format == article.Text {
		return ln, ln
	}
	first, last := ln, ln
	body := d.FirstBodyLine()
	for first > body && !d.IsBlankLine(first-1) {
		first--
	}
	for last+1 < d.LineCount() && !d.IsBlankLine(last+1) {
		last++
	}
	return first, last
}

// stWords counts the words of s that contain a letter.
func stWords(s string) int { return stWordsUpTo(s, math.MaxInt) }

// stWordsUpTo is stWords, but stops counting at limit.
func stWordsUpTo[T string | []byte](s T, limit int) int {
	n, inWord, letter := 0, false, false
	for i := 0; i < len(s); {
		c := s[i]
		var space, isLetter bool
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
			isLetter = c|0x20 >= 'a' && c|0x20 <= 'z'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
			space = unicode.IsSpace(r)
			isLetter = unicode.IsLetter(r)
			i += size
		}
		if space {
			if inWord && letter {
				if n++; n >= limit {
					return n
				}
			}
			inWord, letter = false, false
			continue
		}
		inWord = true
		if isLetter {
			letter = true
		}
	}
	if inWord && letter {
		n++
	}
	return n
}

// stNorm reduces text to lower-case letters and digits separated by single
// spaces, so that punctuation, quotes and markup do not hide a repeat.
func stNorm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c == '\'':
				// "it's" and "its" spelled with either apostrophe match.
				continue
			default:
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if r == '’' || r == '\u00ad' {
			continue
		}
		space = true
	}
	return b.String()
}

// stEndsSentence reports whether visible text ends like a finished
// sentence: terminal punctuation, optionally followed by closing quotes or
// brackets.
func stEndsSentence[T string | []byte](s T) bool {
	e := len(s)
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	for e > 0 {
		// The last rune lies in the last utf8.UTFMax bytes.
		r, n := utf8.DecodeLastRuneInString(string(s[max(0, e-utf8.UTFMax):e]))
		switch r {
		case '"', '\'', '”', '’', '»', ')', ']', '*', '_':
			e -= n
			continue
		case '.', '!', '?', '…', ':', ';':
			return true
		}
		return false
	}
	return false
}

// stLastRune returns the last rune of s after trailing blanks.
func stLastRune(s string) rune {
	s = strings.TrimRight(s, " \t")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
