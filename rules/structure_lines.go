package rules

import (
	"bytes"
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
	if d.VisibleLine(ln) == "" {
		return stMarkup
	}
	return stProse
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
func stWords(s string) int {
	n, inWord, letter := 0, false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if inWord && letter {
				n++
			}
			inWord, letter = false, false
			continue
		}
		inWord = true
		if unicode.IsLetter(r) {
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
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if r == '\'' || r == '’' || r == '\u00ad' {
			// "it's" and "its" spelled with either apostrophe match.
			continue
		}
		space = true
	}
	return b.String()
}

// stEndsSentence reports whether visible text ends like a finished
// sentence: terminal punctuation, optionally followed by closing quotes or
// brackets.
func stEndsSentence(s string) bool {
	s = strings.TrimRight(s, " \t")
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '”', '’', '»', ')', ']', '*', '_':
			s = s[:len(s)-n]
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
