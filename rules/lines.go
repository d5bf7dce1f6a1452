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
	line := d.Src[s:e]
	k := len(line) - len(bytes.TrimLeft(line, " \t"))
	if k == len(line) {
		return false
	}
	for _, sp := range d.NonProse() {
		if sp.End <= s+k {
			continue
		}
		if sp.Start > s+k {
			return false
		}
		return sp.Start < s || sp.End > e
	}
	return false
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

func indexFold(s, sub []byte) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if bytes.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
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
