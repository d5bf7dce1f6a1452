package article

import (
	"bytes"
	"html"
	"strings"
)

// Visible returns what a reader would see of a line: HTML tags and
// comments removed, Markdown links reduced to their text, emphasis,
// heading, quote and list markers dropped, entities decoded and runs of
// white space collapsed. Line-level rules ("a line that is only
// Advertisement") match against this, so that "<br>[ad_2]" and
// "**Share this:**" are recognised like their bare forms.
func Visible(line []byte) string {
	var b strings.Builder
	b.Grow(len(line))
	h := &htmlScanner{src: line}
	i := 0
	for i < len(line) {
		c := line[i]
		if !visibleSpecial[c] {
			// Copy the run of ordinary bytes up to the next one that may
			// start markup.
			j := i + 1
			for j < len(line) && !visibleSpecial[line[j]] {
				j++
			}
			b.Write(line[i:j])
			i = j
			continue
		}
		switch c {
		case '<':
			if e := h.construct(i); e > i {
				// Keep word boundaries where tags separated text.
				b.WriteByte(' ')
				i = e
				continue
			}
		case '!', '[':
			// Drop the opening bracket of a link or image ("[text](url)",
			// "[text][ref]"); bare tokens such as "[ad_1]" stay as written.
			j := i
			if c == '!' {
				j++
			}
			if j < len(line) && line[j] == '[' && isLinkOpen(line, j) {
				i = j + 1
				continue
			}
		case ']':
			if i+1 < len(line) && line[i+1] == '(' {
				if e := linkDest(line, i+1); e > i+1 {
					i = e
					continue
				}
			}
			if i+1 < len(line) && line[i+1] == '[' {
				// Reference link "[text][ref]".
				if k := bytes.IndexByte(line[i+1:], ']'); k > 0 {
					i += k + 2
					continue
				}
			}
		case '*', '_':
			// Emphasis markers: a run of two or more, or one at a word
			// edge. A lone '_' inside a word (snake_case) stays.
			n := 1
			for i+n < len(line) && line[i+n] == c {
				n++
			}
			edge := i == 0 || line[i-1] == ' ' || i+n == len(line) || line[i+n] == ' ' || !isWordByte(line[i-1]) || !isWordByte(line[i+n])
			if n >= 2 || edge {
				i += n
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	s := b.String()
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	s = collapseSpace(s)
	s = strings.TrimLeft(s, "#> ")
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "- "), "+ "))
	return s
}

// visibleSpecial marks the bytes Visible looks at: the others are copied.
var visibleSpecial = [256]bool{'<': true, '!': true, '[': true, ']': true, '*': true, '_': true}

// collapseSpace is strings.Join(strings.Fields(s), " "), without
// allocating for the common line that is already collapsed.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCollapsed reports whether s has no leading, trailing or doubled space
// and no other white space (unicode.IsSpace: ASCII controls, U+0085,
// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
func isCollapsed(s string) bool {
	n := len(s)
	if n > 0 && (s[0] == ' ' || s[n-1] == ' ') {
		return false
	}
	for i := 0; i < n; i++ {
		switch c := s[i]; {
		case c == ' ':
			if s[i+1] == ' ' { // s[n-1] is not a space, so i+1 < n
				return false
			}
		case c >= '\t' && c <= '\r':
			return false
		case c == 0xC2:
			if i+1 < n && (s[i+1] == 0x85 || s[i+1] == 0xA0) {
				return false
			}
		case c == 0xE1:
			if i+2 < n && s[i+1] == 0x9A && s[i+2] == 0x80 {
				return false
			}
		case c == 0xE2:
			if i+2 < n {
				c1, c2 := s[i+1], s[i+2]
				if c1 == 0x80 && (c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) || c1 == 0x81 && c2 == 0x9F {
					return false
				}
			}
		case c == 0xE3:
			if i+2 < n && s[i+1] == 0x80 && s[i+2] == 0x80 {
				return false
			}
		}
	}
	return true
}

// isLinkOpen reports whether the '[' at i opens a link: its closing ']' is
// followed by '(' or '['.
func isLinkOpen(line []byte, i int) bool {
	depth := 0
	// Link texts are short; the bound keeps a line of brackets linear.
	for j := i; j < len(line) && j < i+512; j++ {
		switch line[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return j+1 < len(line) && (line[j+1] == '(' || line[j+1] == '[')
			}
		}
	}
	return false
}
