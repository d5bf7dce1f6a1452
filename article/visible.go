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
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimLeft(s, "#> ")
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "- "), "+ "))
	return s
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
