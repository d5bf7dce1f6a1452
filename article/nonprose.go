package article

import (
	"bytes"
	"sort"
)

// scanNonProse finds the ranges of the body that are not prose. It is a
// deliberately forgiving scanner, not a Markdown parser: scraped files mix
// Markdown, raw HTML and template syntax, and a strict parser would give up
// on exactly the files that need linting.
func scanNonProse(d *Doc) []Span {
	src := d.Src
	body := d.FrontMatterEnd
	var out []Span
	add := func(s, e int) {
		if e > s {
			out = append(out, Span{s, e})
		}
	}
	if d.Format == Markdown {
		out = markdownBlocks(d, out)
	}
	// Inline constructs, skipping what block scanning already covered.
	h := &htmlScanner{src: src}
	blocks := append([]Span(nil), out...)
	bi := 0
	i := body
	for i < len(src) {
		for bi < len(blocks) && blocks[bi].End <= i {
			bi++
		}
		if bi < len(blocks) && blocks[bi].Start <= i {
			i = blocks[bi].End
			continue
		}
		c := src[i]
		switch {
		case c == '<':
			if e := h.construct(i); e > i {
				add(i, e)
				i = e
				continue
			}
		case c == '`' && d.Format == Markdown:
			if e := codeSpan(src, i); e > i {
				add(i, e)
				i = e
				continue
			}
		case c == ']' && d.Format == Markdown && i+1 < len(src) && src[i+1] == '(':
			if e := linkDest(src, i+1); e > i {
				add(i+1, e)
				i = e
				continue
			}
		case c == '{' && i+1 < len(src) && (src[i+1] == '{' || src[i+1] == '%'):
			if e := templateTag(src, i); e > i {
				add(i, e)
				i = e
				continue
			}
		case (c == 'h' || c == 'H') && hasURLPrefix(src[i:]) && (i == 0 || !isWordByte(src[i-1])):
			e := urlEnd(src, i)
			add(i, e)
			i = e
			continue
		}
		i++
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return merge(out)
}

func merge(in []Span) []Span {
	if len(in) == 0 {
		return in
	}
	out := in[:1]
	for _, s := range in[1:] {
		last := &out[len(out)-1]
		// Overlapping ranges merge; touching ones stay apart, so a comment
		// right after a tag is still found where it starts.
		if s.Start < last.End {
			if s.End > last.End {
				last.End = s.End
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// markdownBlocks finds fenced and indented code blocks and link reference
// definitions.
func markdownBlocks(d *Doc, out []Span) []Span {
	n := d.LineCount()
	first := d.FirstBodyLine()
	prevBlank, prevIndentedCode, prevList := true, false, false
	for i := first; i < n; i++ {
		s, e, next := d.Line(i)
		line := d.Src[s:e]
		trim := bytes.TrimLeft(line, " ")
		indent := len(line) - len(trim)
		if indent < 4 && (bytes.HasPrefix(trim, []byte("```")) || bytes.HasPrefix(trim, []byte("~~~"))) {
			fence := trim[:fenceLen(trim)]
			j := i + 1
			end := len(d.Src)
			for ; j < n; j++ {
				_, le, lnext := d.Line(j)
				ls, _, _ := d.Line(j)
				t := bytes.TrimSpace(d.Src[ls:le])
				if bytes.HasPrefix(t, fence) && len(bytes.Trim(t, string(fence[:1]))) == 0 {
					end = lnext
					break
				}
			}
			out = append(out, Span{s, end})
			if j >= n {
				return out
			}
			i = j
			prevBlank, prevIndentedCode, prevList = false, false, false
			continue
		}
		blank := len(bytes.TrimSpace(line)) == 0
		isIndented := (indent >= 4 || bytes.HasPrefix(line, []byte("\t"))) && !blank
		lead := bytes.TrimLeft(line, " \t")
		if isIndented && (prevBlank || prevIndentedCode) && !prevList && len(lead) > 0 && lead[0] != '<' {
			out = append(out, Span{s, next})
			prevIndentedCode, prevBlank = true, false
			continue
		}
		if !blank {
			prevList = isListItem(trim) || (prevList && isIndented)
			if !isIndented && !isListItem(trim) {
				prevList = false
			}
			prevIndentedCode = false
		}
		if indent < 4 && isLinkRefDef(trim) {
			// "[label]: url" — the destination is not prose.
			if k := bytes.Index(line, []byte("]:")); s+k+2 < e {
				out = append(out, Span{s + k + 2, e})
			}
		}
		prevBlank = blank
	}
	return out
}

func fenceLen(b []byte) int {
	n := 0
	for n < len(b) && b[n] == b[0] {
		n++
	}
	return n
}

func isListItem(t []byte) bool {
	if len(t) >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ' {
		return true
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i < len(t)-1 && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

func isLinkRefDef(t []byte) bool {
	if len(t) < 4 || t[0] != '[' {
		return false
	}
	k := bytes.Index(t, []byte("]:"))
	return k > 1 && bytes.IndexByte(t[:k], '\n') < 0
}

// codeSpan returns the end of a backtick code span starting at i, or i.
func codeSpan(src []byte, i int) int {
	n := 0
	for i+n < len(src) && src[i+n] == '`' {
		n++
	}
	j := i + n
	limit := j + 2000
	if limit > len(src) {
		limit = len(src)
	}
	for j < limit {
		k := bytes.IndexByte(src[j:limit], '`')
		if k < 0 {
			return i
		}
		j += k
		m := 0
		for j+m < len(src) && src[j+m] == '`' {
			m++
		}
		if m == n {
			return j + m
		}
		// A blank line ends the paragraph, and with it the chance of a span.
		if bytes.Contains(src[i:j], []byte("\n\n")) {
			return i
		}
		j += m
	}
	return i
}

// linkDest returns the end of "(destination "title")" starting at i.
func linkDest(src []byte, i int) int {
	depth := 0
	for j := i; j < len(src) && j < i+2048; j++ {
		switch src[j] {
		case '(':
			depth++
			if depth > 4 {
				return i
			}
		case ')':
			depth--
			if depth == 0 {
				return j + 1
			}
		case '\n':
			return i
		}
	}
	return i
}

// templateTag covers Hugo shortcodes, Liquid and Go template actions.
func templateTag(src []byte, i int) int {
	var closer []byte
	switch {
	case bytes.HasPrefix(src[i:], []byte("{{")):
		closer = []byte("}}")
	case bytes.HasPrefix(src[i:], []byte("{%")):
		closer = []byte("%}")
	default:
		return i
	}
	limit := i + 4096
	if limit > len(src) {
		limit = len(src)
	}
	k := bytes.Index(src[i+2:limit], closer)
	if k < 0 {
		return i
	}
	return i + 2 + k + len(closer)
}

var rawTextTags = []string{"script", "style", "pre", "code", "textarea"}

// htmlScanner finds HTML constructs. It remembers where the next closing
// "-->" or "</script" lies, so a file full of unclosed openers stays linear.
type htmlScanner struct {
	src []byte
	// next[k] is the offset of the next closer k at or after the last
	// search position, or -1 when there is none.
	next map[string]int
}

// closer returns the offset of the next occurrence of the closer at or
// after from (ASCII case-insensitive), or -1.
func (h *htmlScanner) closer(c string, from int) int {
	if h.next == nil {
		h.next = map[string]int{}
	}
	if p, ok := h.next[c]; ok && (p < 0 || p >= from) {
		return p
	}
	p := indexFold(h.src[from:], []byte(c))
	if p >= 0 {
		p += from
	}
	h.next[c] = p
	return p
}

// construct returns the end of an HTML comment, tag or raw-text element
// (script, style, pre, code) starting at i, or i when src[i:] is not one.
func (h *htmlScanner) construct(i int) int {
	src := h.src
	rest := src[i:]
	if bytes.HasPrefix(rest, []byte("<!--")) {
		if k := h.closer("-->", i+4); k >= 0 {
			return k + 3
		}
		return i
	}
	e := tagEnd(src, i)
	if e <= i {
		return i
	}
	name := tagName(rest)
	for _, t := range rawTextTags {
		if name == t && rest[1] != '/' {
			if k := h.closer("</"+t, e); k >= 0 {
				if ce := tagEnd(src, k); ce > k {
					return ce
				}
				return k + len(t) + 2
			}
			return e
		}
	}
	return e
}

// tagEnd returns the offset past the '>' closing a tag that opens at i, or
// i when the bytes are not a plausible tag ("a < b" in prose).
func tagEnd(src []byte, i int) int {
	if i+1 >= len(src) {
		return i
	}
	c := src[i+1]
	if !isASCIILetter(c) && c != '/' && c != '!' && c != '?' {
		return i
	}
	if c == '/' && (i+2 >= len(src) || !isASCIILetter(src[i+2])) {
		return i
	}
	quote := byte(0)
	limit := i + 4096
	if limit > len(src) {
		limit = len(src)
	}
	for j := i + 1; j < limit; j++ {
		b := src[j]
		switch {
		case quote != 0:
			if b == quote {
				quote = 0
			}
		case b == '"' || b == '\'':
			// Quotes only delimit attribute values after '='.
			if j > 0 && (src[j-1] == '=' || src[j-1] == ' ' && quote == 0 && j > 1 && src[j-2] == '=') {
				quote = b
			}
		case b == '>':
			return j + 1
		case b == '<':
			return i
		case b == '\n' && j+1 < len(src) && src[j+1] == '\n':
			return i
		}
	}
	return i
}

func tagName(b []byte) string {
	j := 1
	if j < len(b) && b[j] == '/' {
		j++
	}
	k := j
	for k < len(b) && (isASCIILetter(b[k]) || (k > j && b[k] >= '0' && b[k] <= '9') || b[k] == '-') {
		k++
	}
	return string(bytes.ToLower(b[j:k]))
}

// indexFold is an ASCII case-insensitive bytes.Index for a sub that starts
// with a non-letter ('<', '-'), so candidates can be found with IndexByte.
func indexFold(s, sub []byte) int {
	n := len(sub)
	for i := 0; i+n <= len(s); {
		k := bytes.IndexByte(s[i:], sub[0])
		if k < 0 || i+k+n > len(s) {
			return -1
		}
		i += k
		if bytes.EqualFold(s[i:i+n], sub) {
			return i
		}
		i++
	}
	return -1
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isWordByte(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9' || c == '_' || c == '/' || c == '.'
}

func hasURLPrefix(b []byte) bool {
	return len(b) > 8 && (bytes.EqualFold(b[:7], []byte("http://")) || bytes.EqualFold(b[:8], []byte("https://")))
}

// urlEnd returns the end of a bare URL starting at i. Trailing sentence
// punctuation is not part of the URL.
func urlEnd(src []byte, i int) int {
	j := i
	for j < len(src) {
		c := src[j]
		if c <= ' ' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '`' || c == ')' && !bytes.Contains(src[i:j], []byte("(")) {
			break
		}
		j++
	}
	for j > i && bytes.IndexByte([]byte(".,;:!?"), src[j-1]) >= 0 {
		j--
	}
	return j
}
