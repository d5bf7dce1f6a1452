package rules

import (
	"bytes"

	"github.com/scrapelint/scrapelint/article"
)

// Helpers shared by the line-oriented families.

// lineInCode reports whether a line lies inside a code block, a script or
// another non-prose range that extends beyond the line itself: text there
// is program text, not residue.
func lineInCode(d *article.Doc, ln int) bool {
	s, e, _ := d.Line(ln)
	k := s
	for k < e && (d.Src[k] == ' ' || d.Src[k] == '\t') {
		k++
	}
	if k == e {
		return false
	}
	sp, ok := d.NonProseAt(k)
	return ok && (sp.Start < s || sp.End > e)
}

// enclosingElement finds the HTML element with one of the given tag names
// that contains offset off, searching at most 8 KB back. It returns the
// span from "<tag" to the end of "</tag>" (or of the start tag for void
// and unclosed elements).
func enclosingElement(src []byte, off int, tags []string) (article.Span, bool) {
	lo := off - 8192
	if lo < 0 {
		lo = 0
	}
	best := article.Span{Start: -1}
	for _, t := range tags {
		open := []byte("<" + t)
		i := lastIndexFold(src[lo:off+1], open)
		if i < 0 {
			continue
		}
		start := lo + i
		gt := bytes.IndexByte(src[start:], '>')
		if gt < 0 {
			continue
		}
		end := start + gt + 1
		if c := indexFold(src[end:], []byte("</"+t)); c >= 0 {
			if ce := bytes.IndexByte(src[end+c:], '>'); ce >= 0 {
				end = end + c + ce + 1
			}
		}
		if end <= off || start <= best.Start {
			continue
		}
		best = article.Span{Start: start, End: end}
	}
	return best, best.Start >= 0
}

// indexFold is an ASCII case-insensitive bytes.Index. It jumps between
// occurrences of sub's first byte (in either case) with IndexByte, keeping
// the next position of each case so no stretch is scanned twice.
func indexFold(s, sub []byte) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	if n > len(s) {
		return -1
	}
	lo, up := sub[0], sub[0]
	if 'a' <= lo && lo <= 'z' {
		up = lo - 32
	} else if 'A' <= lo && lo <= 'Z' {
		lo = up + 32
	}
	last := len(s) - n + 1
	next := func(c byte, from int) int {
		if k := bytes.IndexByte(s[from:last], c); k >= 0 {
			return from + k
		}
		return last
	}
	nl, nu := next(lo, 0), last
	if up != lo {
		nu = next(up, 0)
	}
	for {
		i := min(nl, nu)
		if i >= last {
			return -1
		}
		if bytes.EqualFold(s[i:i+n], sub) {
			return i
		}
		if i == nl {
			nl = next(lo, i+1)
		}
		if i == nu && up != lo {
			nu = next(up, i+1)
		}
	}
}

func lastIndexFold(s, sub []byte) int {
	n := len(sub)
	for i := len(s) - n; i >= 0; i-- {
		if bytes.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// voidTags never have a closing tag.
var voidTags = map[string]bool{"br": true, "img": true, "hr": true, "input": true, "meta": true, "link": true, "wbr": true, "source": true, "embed": true, "col": true, "area": true, "base": true, "param": true, "track": true}

// htmlBalanced reports whether deleting the bytes b would leave the HTML
// around them as well-formed as before: every element opened in b is also
// closed in b. A line such as "</figcaption></figure><figure …>Ad" is not:
// removing it would break the page's structure even though its text is
// residue.
func htmlBalanced(b []byte) bool {
	if bytes.IndexByte(b, '<') < 0 {
		return true
	}
	depth := map[string]int{}
	for i := 0; i < len(b); i++ {
		if b[i] != '<' || i+1 >= len(b) {
			continue
		}
		if bytes.HasPrefix(b[i:], []byte("<!--")) {
			k := bytes.Index(b[i+4:], []byte("-->"))
			if k < 0 {
				return false
			}
			i += 4 + k + 2
			continue
		}
		closing := b[i+1] == '/'
		j := i + 1
		if closing {
			j++
		}
		k := j
		for k < len(b) && (isAlnum(b[k]) || b[k] == '-') {
			k++
		}
		if k == j {
			continue
		}
		name := string(bytes.ToLower(b[j:k]))
		gt := bytes.IndexByte(b[k:], '>')
		if gt < 0 {
			return false
		}
		selfClosing := b[k+gt-1] == '/'
		i = k + gt
		if voidTags[name] || selfClosing {
			continue
		}
		if closing {
			depth[name]--
			if depth[name] < 0 {
				return false
			}
		} else {
			depth[name]++
		}
	}
	for _, n := range depth {
		if n != 0 {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// appendLowerASCII appends w to buf with its ASCII letters in lower case
// (other bytes as they are): the keys of the lower-cased dictionaries.
func appendLowerASCII(buf, w []byte) []byte {
	for _, c := range w {
		buf = append(buf, lower(c))
	}
	return buf
}
