package rules

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// Helpers of the markup family: how a Markdown file's lines split into raw
// HTML and prose, whether an offset is the start of its own tag (rather than
// inside code), embed blocks, and entity parsing.

// mkLines describes the body lines of a Markdown or text article.
type mkLines struct {
	// html[i] is true when body line i belongs to a raw HTML block: it
	// starts with a tag, or continues a block that did (no blank line yet).
	html []bool
	// htmlBody is true when most of the body is raw HTML (an HTML export
	// saved as .md): there the tags are the content, not residue.
	htmlBody bool
	embeds   mkEmbeds
}

func mkAnalyse(d *article.Doc) *mkLines {
	n := d.LineCount()
	l := &mkLines{html: make([]bool, n)}
	if d.Format != article.Markdown {
		return l
	}
	l.embeds = mkFindEmbeds(d.Src)
	nonBlank, htmlN := 0, 0
	blocks, htmlBlocks := 0, 0
	prev, prevBlank := false, true
	// formatOpen[i]: line i is in an HTML block opened by a bare formatting
	// tag ("<p>", "<br>", "<font>"), the shape of leaked tags.
	formatOpen := make([]bool, n)
	for i := d.FirstBodyLine(); i < n; i++ {
		t := bytes.TrimLeft(d.LineText(i), " \t")
		if len(bytes.TrimSpace(t)) == 0 {
			prev, prevBlank = false, true
			continue
		}
		nonBlank++
		isTag := mkStartsWithTag(t)
		if prevBlank {
			blocks++
			if isTag {
				htmlBlocks++
			}
		}
		prevBlank = false
		if !prev && isTag {
			name, _ := mkTagName(t, 0)
			formatOpen[i] = name == "p" || name == "font" || name == "center" || mkBareTagRe().Match(t)
		} else if prev {
			formatOpen[i] = formatOpen[i-1]
		}
		l.html[i] = isTag || prev
		prev = l.html[i]
		if isTag {
			htmlN++
		}
	}
	l.htmlBody = nonBlank > 0 && htmlN*2 >= nonBlank
	if blocks > 0 && htmlBlocks*10 < blocks*3 && !l.htmlBody {
		// A Markdown article with a few lines wrapped in <p> or <font>: those
		// tags leaked in; authored HTML blocks (div, figure, blockquote) stay.
		for i := range l.html {
			if formatOpen[i] {
				l.html[i] = false
			}
		}
	}
	return l
}

// mkBareTagRe() matches a line opening with an attribute-less <div> or <span>.
var mkBareTagRe = lazyRegexp(`(?i)^<(?:div|span)>`)

// mkStartsWithTag reports whether b starts with an HTML tag or comment.
func mkStartsWithTag(b []byte) bool {
	if len(b) < 2 || b[0] != '<' {
		return false
	}
	c := b[1]
	if c == '/' && len(b) > 2 {
		c = b[2]
	}
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c == '!'
}

// mkOwnSpan returns the non-prose span that starts exactly at off (a tag,
// a script or style element). ok is false when off lies inside some other
// non-prose range (code, an attribute, a template tag) or in none.
func mkOwnSpan(d *article.Doc, off int) (article.Span, bool) {
	sp := d.NonProse()
	lo, hi := 0, len(sp)
	for lo < hi {
		mid := (lo + hi) / 2
		if sp[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(sp) && sp[lo].Start == off {
		return sp[lo], true
	}
	return article.Span{}, false
}

// mkInsideOther reports whether off lies inside a non-prose range that
// starts before it (code block, code span, tag attribute, script body).
func mkInsideOther(d *article.Doc, off int) bool {
	if !d.InNonProse(off) {
		return false
	}
	_, own := mkOwnSpan(d, off)
	return !own
}

var mkEmbedClassRe = lazyRegexp(`(?i)class\s*=\s*["'][^"']*\b(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|reddit-embed|fb-post|fb-video|bluesky-embed|mastodon-embed|imgur-embed|tumblr-post|threads-post|text-post-media)`)

// mkEmbeds lists the social-media embed blocks of a document (tweet or
// Instagram blockquotes): their markup is the platform's own code and
// belongs to the embeds family.
type mkEmbeds []article.Span

func mkFindEmbeds(src []byte) mkEmbeds {
	var out mkEmbeds
	open := []byte("<blockquote")
	for i := 0; i < len(src); {
		k := bytes.IndexByte(src[i:], '<')
		if k < 0 {
			break
		}
		s := i + k
		if len(src)-s < len(open) || !bytes.EqualFold(src[s:s+len(open)], open) {
			i = s + 1
			continue
		}
		gt := bytes.IndexByte(src[s:], '>')
		if gt < 0 {
			break
		}
		e := s + gt + 1
		if mkEmbedClassRe().Match(src[s:e]) {
			if c := indexFold(src[e:], []byte("</blockquote")); c >= 0 {
				e += c + len("</blockquote>")
			}
			if e > len(src) {
				e = len(src)
			}
			out = append(out, article.Span{Start: s, End: e})
		}
		i = e
	}
	return out
}

func (m mkEmbeds) contains(off int) bool {
	lo, hi := 0, len(m)
	for lo < hi {
		mid := (lo + hi) / 2
		if m[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo < len(m) && m[lo].Start <= off
}

// mkEntityAt parses an HTML character reference at src[i] ('&'). It follows
// double escaping ("&amp;#8217;" → "’") and returns the end of the whole
// run, the decoded text and how many levels were decoded. Only references
// that end in ';' and are in the HTML5 table count.
func mkEntityAt(src []byte, i int) (end int, decoded string, depth int, ok bool) {
	e, v, ok := mkOneEntity(src, i, 0)
	if !ok {
		return 0, "", 0, false
	}
	depth = 1
	for v == "&" {
		// "&amp;" followed by the body of another reference.
		e2, v2, ok2 := mkOneEntity(src, e, 1)
		if !ok2 {
			break
		}
		e, v = e2, v2
		depth++
	}
	return e, v, depth, true
}

// mkOneEntity parses one reference. With skip 0 it starts at the '&' in
// src[i]; with skip 1 the '&' is implied (it came from decoding "&amp;")
// and the name starts at src[i].
func mkOneEntity(src []byte, i, skip int) (int, string, bool) {
	j := i + 1 - skip
	if skip == 0 && (i >= len(src) || src[i] != '&') {
		return 0, "", false
	}
	limit := j + 33
	if limit > len(src) {
		limit = len(src)
	}
	k := j
	for k < limit && src[k] != ';' {
		c := src[k]
		if !(c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' || c == '#' && k == j) {
			return 0, "", false
		}
		k++
	}
	if k >= limit || k == j || src[k] != ';' {
		return 0, "", false
	}
	name := string(src[j:k])
	if name[0] == '#' {
		if len(name) < 2 {
			return 0, "", false
		}
		if name[1] == 'x' || name[1] == 'X' {
			if len(name) < 3 || len(name) > 8 || strings.Trim(name[2:], "0123456789abcdefABCDEF") != "" {
				return 0, "", false
			}
		} else if len(name) > 8 || strings.Trim(name[1:], "0123456789") != "" {
			return 0, "", false
		}
	} else if c := name[0]; !(c|0x20 >= 'a' && c|0x20 <= 'z') {
		return 0, "", false
	}
	ref := "&" + name + ";"
	v := html.UnescapeString(ref)
	if v == ref && len(name) > 2 && name[0] != '#' && strings.ToUpper(name) == name {
		// All-caps text upper-cased its entities too: "P&EACUTE;REZ".
		v = html.UnescapeString("&" + name[:1] + strings.ToLower(name[1:]) + ";")
		if v != "&"+name[:1]+strings.ToLower(name[1:])+";" {
			v = strings.ToUpper(v)
		} else {
			v = ref
		}
	}
	if v == ref || v == "\uFFFD" && name != "#xFFFD" && name != "#65533" {
		return 0, "", false
	}
	// html.UnescapeString also decodes legacy names without ';' as a prefix
	// ("&notit;" → "¬it;"): such a result keeps part of the name.
	if utf8.RuneCountInString(v) > 2 || strings.HasSuffix(v, ";") && name != "semi" {
		return 0, "", false
	}
	return k + 1, v, true
}

// mkFirstNonBlank returns the offset of the first non-blank byte of the line
// holding off.
func mkFirstNonBlank(d *article.Doc, off int) int {
	s, e, _ := d.Line(d.LineOf(off))
	k := s
	for k < e && (d.Src[k] == ' ' || d.Src[k] == '\t') {
		k++
	}
	return k
}

// mkTagName returns the lower-cased element name of the tag at src[i] and
// whether it is a closing tag.
func mkTagName(src []byte, i int) (string, bool) {
	j := i + 1
	closing := false
	if j < len(src) && src[j] == '/' {
		closing = true
		j++
	}
	k := j
	for k < len(src) && (isASCIIAlpha(src[k]) || k > j && src[k] >= '0' && src[k] <= '9') {
		k++
	}
	return strings.ToLower(string(src[j:k])), closing
}

func isASCIIAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// mkWholeLines reports whether [s,e) covers whole lines apart from white
// space, and returns those lines.
func mkWholeLines(d *article.Doc, s, e int) (first, last int, ok bool) {
	first, last = d.LineOf(s), d.LineOf(e-1)
	ls, _, _ := d.Line(first)
	_, le, _ := d.Line(last)
	if len(bytes.TrimSpace(d.Src[ls:s])) > 0 || e < le && len(bytes.TrimSpace(d.Src[e:le])) > 0 {
		return first, last, false
	}
	return first, last, true
}
