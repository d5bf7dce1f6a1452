package rules

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/scrapelint/scrapelint/article"
)

// ---------------------------------------------------------------- tags

// mkFormatTags are the tags that only format text; in Markdown prose they
// are residue of the page the text was copied from.
var mkFormatTags = map[string]bool{"br": true, "p": true, "div": true, "span": true, "font": true, "center": true}

// mkHTMLElements are element names recognised as tags in a text file.
var mkHTMLElements = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields("a abbr address article aside b big blockquote body br caption center cite code dd del " +
		"details dfn div dl dt em figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img " +
		"input ins kbd label li main mark nav noscript ol p picture pre q s section small source span strike strong sub " +
		"summary sup table tbody td tfoot th thead time tr tt u ul video wbr") {
		m[t] = true
	}
	return m
}()

var mkAnchorIDRe = lazyRegexp(`(?i)^<span\s[^>]*\b(?:id|name)\s*=`)

func checkTags(ctx *Context) {
	d := ctx.Doc
	if d.Format == article.HTML {
		return
	}
	src := d.Src
	var lines *mkLines
	done := -1
	for _, h := range ctx.Hits() {
		if h < done || h < d.FrontMatterEnd || h+1 >= len(src) {
			continue
		}
		c := src[h+1]
		if !isASCIIAlpha(c) && c != '/' {
			continue
		}
		sp, own := mkOwnSpan(d, h)
		if !own {
			continue
		}
		sp.End = mkTagEnd(src, h)
		if sp.End <= h || sp.End-h > 600 {
			continue
		}
		name, _ := mkTagName(src, h)
		if !mkTagReportable(d, &lines, h, sp, name) {
			continue
		}
		// Group a run of reportable tags separated only by blanks.
		s, e := h, sp.End
		for {
			k := e
			for k < len(src) && (src[k] == ' ' || src[k] == '\t') {
				k++
			}
			if k >= len(src) || src[k] != '<' {
				break
			}
			sp2, own2 := mkOwnSpan(d, k)
			if !own2 && !mkTagAfterTag(d, k, e) {
				break
			}
			sp2 = article.Span{Start: k, End: mkTagEnd(src, k)}
			if sp2.End <= k || sp2.End-k > 600 {
				break
			}
			n2, _ := mkTagName(src, k)
			if !mkTagReportable(d, &lines, k, sp2, n2) {
				break
			}
			e = sp2.End
		}
		done = e
		fe := e
		if s > 0 && (src[s-1] == ' ' || src[s-1] == '\t') {
			// "a <br> b": drop one of the two spaces too.
			fe = spaceAfter(src, e)
		}
		ctx.Report(s, e, fmt.Sprintf("HTML tag %s left in the text", mkShorten(string(src[s:e]))),
			ctx.Replace(s, fe, mkTagGap(src, s, fe), "remove the tag"))
	}
}

// mkJSXName reports whether the tag at src[i] is named like a JSX
// component: a capital followed by a lower-case letter (<Script>, <Link>).
// HTML tag names are case-insensitive but written in one case.
func mkJSXName(src []byte, i int) bool {
	j := i + 1
	if j < len(src) && src[j] == '/' {
		j++
	}
	return j+1 < len(src) && src[j] >= 'A' && src[j] <= 'Z' && src[j+1] >= 'a' && src[j+1] <= 'z'
}

// mkTagAfterTag reports whether the tag at k directly follows the tag that
// ended at e (the non-prose scanner merges adjacent tags into one range).
func mkTagAfterTag(d *article.Doc, k, e int) bool {
	return k == e && d.InNonProse(k)
}

// mkTagEnd returns the offset past the '>' that closes the tag opening at
// src[i] (quotes honoured), or i.
func mkTagEnd(src []byte, i int) int {
	q := byte(0)
	for j := i + 1; j < len(src) && j < i+4096; j++ {
		c := src[j]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			if src[j-1] == '=' {
				q = c
			}
		case c == '>':
			return j + 1
		case c == '<' || c == '\n' && j+1 < len(src) && src[j+1] == '\n':
			return i
		}
	}
	return i
}

// mkElementEnd returns the end of a script or style element (through its
// closing tag) or of a void tag.
func mkElementEnd(src []byte, i int, name string) int {
	e := mkTagEnd(src, i)
	if e <= i || name != "script" && name != "style" && name != "noscript" {
		return e
	}
	k := indexFold(src[e:], []byte("</"+name))
	if k < 0 {
		return e
	}
	if ce := mkTagEnd(src, e+k); ce > e+k {
		return ce
	}
	return e + k + len(name) + 2
}

// mkTagReportable decides whether the tag at h (spanning sp) is residue.
func mkTagReportable(d *article.Doc, lines **mkLines, h int, sp article.Span, name string) bool {
	src := d.Src
	if d.Format == article.Markdown && mkJSXName(src, h) {
		// An MDX/JSX component (<Link>, <Span>), not an HTML tag.
		return false
	}
	fnb := mkFirstNonBlank(d, h)
	if name == "br" && mkLeadingBr(src, fnb, h) {
		// markup/wrapper-br reports line-leading <br> runs.
		return false
	}
	if d.Format == article.Text {
		return mkHTMLElements[name] && d.LineOf(sp.End-1) == d.LineOf(h)
	}
	if !mkFormatTags[name] || d.LineOf(sp.End-1) != d.LineOf(h) {
		return false
	}
	if *lines == nil {
		*lines = mkAnalyse(d)
	}
	ln := d.LineOf(h)
	if (*lines).html[ln] && !(name == "br" && (*lines).htmlBody) {
		// Inside raw HTML only stray <br> tags of an HTML export count.
		return false
	}
	if name == "br" && (*lines).embeds.contains(h) {
		return false
	}
	if name == "span" && mkAnchorSpan(d, h, sp.End) {
		// An anchor others may link to.
		return false
	}
	// A <br> in a table cell is the only way to break a line there.
	return src[fnb] != '|' && bytes.Count(d.LineText(ln), []byte("|")) < 2
}

// mkAnchorSpan reports whether the span tag at h (ending at e) is an anchor
// (<span id=…>) or closes one opened earlier on the same line.
func mkAnchorSpan(d *article.Doc, h, e int) bool {
	src := d.Src
	if src[h+1] != '/' {
		return mkAnchorIDRe().Match(src[h:e])
	}
	s, _, _ := d.Line(d.LineOf(h))
	if h-s > 2048 {
		s = h - 2048
	}
	k := lastIndexFold(src[s:h], []byte("<span"))
	if k < 0 {
		return false
	}
	te := mkTagEnd(src, s+k)
	return te > s+k && mkAnchorIDRe().Match(src[s+k:te])
}

// mkLeadingBr reports whether only <br> tags and blanks stand between the
// first non-blank byte of the line (fnb) and h.
func mkLeadingBr(src []byte, fnb, h int) bool {
	k := fnb
	for k < h {
		if src[k] == ' ' || src[k] == '\t' {
			k++
			continue
		}
		if n, ok := mkBrAt(src, k); ok {
			k += n
			continue
		}
		return false
	}
	return true
}

var mkBrRe = lazyRegexp(`(?i)^<br(?:\s+[^<>]{0,80})?/?>`)

// mkBrAt matches a <br>, <br/> or <br /> tag at src[i].
func mkBrAt(src []byte, i int) (int, bool) {
	end := i + 96
	if end > len(src) {
		end = len(src)
	}
	m := mkBrRe().Find(src[i:end])
	return len(m), m != nil
}

// mkTagGap returns what replaces removed tags: a space when they separated
// two words, nothing otherwise.
func mkTagGap(src []byte, s, e int) string {
	if s == 0 || e >= len(src) {
		return ""
	}
	a, b := src[s-1], src[e]
	if a == ' ' || a == '\t' || a == '\n' || b == ' ' || b == '\t' || b == '\n' || b == '\r' || a == '>' || b == '<' {
		return ""
	}
	if bytes.IndexByte([]byte(".,;:!?)"), b) >= 0 {
		return ""
	}
	return " "
}

func mkShorten(s string) string {
	const n = 60
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// ---------------------------------------------------------------- wrapper <br>

func checkWrapperBr(ctx *Context) {
	d := ctx.Doc
	if d.Format == article.HTML {
		return
	}
	src := d.Src
	done := -1
	for _, h := range ctx.Hits() {
		if h < done || h < d.FrontMatterEnd {
			continue
		}
		ln := d.LineOf(h)
		s, e, next := d.Line(ln)
		done = next
		fnb := mkFirstNonBlank(d, h)
		if fnb != h {
			continue
		}
		if _, own := mkOwnSpan(d, h); !own {
			continue
		}
		k := h
		for k < e {
			if src[k] == ' ' || src[k] == '\t' {
				k++
				continue
			}
			n, ok := mkBrAt(src, k)
			if !ok {
				break
			}
			k += n
		}
		if k == h {
			continue
		}
		if k >= e {
			ctx.ReportLines(ln, ln, "line holds nothing but <br> tags", "delete the line")
			continue
		}
		ctx.Report(s, e, "line starts with a <br> left by an HTML export", ctx.Replace(h, k, "", "remove the leading <br>"))
	}
}

// ---------------------------------------------------------------- page code

// mkEmbedScriptRe() marks scripts that belong to the embeds family, and
// mkAdScriptRe those of the ads family.
var mkEmbedScriptRe = lazyRegexp(`(?i)widgets\.js|embeds?\.js|/embed[/.?"']|platform\.(?:twitter|instagram|linkedin)|connect\.facebook\.net|tiktok\.com|embed\.reddit|imgur\.com|giphy\.com|s\.imgur|player\.vimeo|youtube\.com/iframe_api|bsky\.app|threads\.net`)

func checkPageCode(ctx *Context) {
	d := ctx.Doc
	if d.Format == article.HTML {
		return
	}
	src := d.Src
	done := -1
	cssDone := -1
	runs := &mkLineRuns{}
	defer runs.report(ctx)
	for _, h := range ctx.Hits() {
		if h < done || h < d.FrontMatterEnd {
			continue
		}
		if src[h] == '{' {
			if h < cssDone {
				continue
			}
			ln := d.LineOf(h)
			_, _, next := d.Line(ln)
			cssDone = next
			if first, last, ok := mkCSSAt(d, ln); ok {
				runs.add(first, last, "CSS rule of the source page left in the text", "delete the CSS")
				_, _, cssDone = d.Line(last)
				done = cssDone
			}
			continue
		}
		if src[h] != '<' {
			if h < cssDone {
				continue
			}
			ln := d.LineOf(h)
			_, _, next := d.Line(ln)
			cssDone = next
			if last, ok := mkJSAt(d, ln, h); ok {
				runs.add(ln, last, "script code of the source page left in the text", "delete the script code")
				_, _, cssDone = d.Line(last)
				done = cssDone
			}
			continue
		}
		sp, own := mkOwnSpan(d, h)
		if !own {
			continue
		}
		name, closing := mkTagName(src, h)
		if closing || mkJSXName(src, h) {
			continue
		}
		sp.End = mkElementEnd(src, h, name)
		if sp.End <= h {
			continue
		}
		el := src[sp.Start:sp.End]
		var what string
		switch name {
		case "script":
			head := el
			if len(head) > 2048 {
				head = head[:2048]
			}
			// Embed loaders name their source in the start tag; ad code
			// shows itself in its first statements.
			if mkEmbedScriptRe().Match(src[h:mkTagEnd(src, h)]) || mkHasAdMarker(head) && adScriptRe().Match(head) {
				continue
			}
			what = "page script"
		case "noscript":
			what = "noscript fallback"
		case "style":
			what = "style block"
		case "link":
			if !bytes.Contains(bytes.ToLower(el), []byte("stylesheet")) && !bytes.Contains(bytes.ToLower(el), []byte("text/css")) {
				continue
			}
			what = "stylesheet link"
		default:
			continue
		}
		done = sp.End
		msg := fmt.Sprintf("%s of the source page left in the article", what)
		if first, last, ok := mkWholeLines(d, sp.Start, sp.End); ok {
			runs.add(first, last, msg, "delete the "+what)
			continue
		}
		ctx.Report(sp.Start, sp.End, msg, ctx.Replace(sp.Start, sp.End, "", "remove the "+what))
	}
}

// mkLineRuns collects whole-line findings so that code blocks on adjacent
// lines (a script followed by a style block) become one finding whose fix
// deletes them together, leaving no doubled blank line.
type mkLineRuns struct {
	first, last []int
	msg, desc   []string
}

func (r *mkLineRuns) add(first, last int, msg, desc string) {
	if n := len(r.last); n > 0 && first <= r.last[n-1]+1 {
		if last > r.last[n-1] {
			r.last[n-1] = last
		}
		return
	}
	r.first = append(r.first, first)
	r.last = append(r.last, last)
	r.msg = append(r.msg, msg)
	r.desc = append(r.desc, desc)
}

func (r *mkLineRuns) report(ctx *Context) {
	for i := range r.first {
		ctx.ReportLines(r.first[i], r.last[i], r.msg[i], r.desc[i])
	}
}

// mkJSLineRe() matches a line that is a JavaScript statement: a variable
// declaration, a window/document call or assignment, a function header, a
// jQuery ready call, a data-layer push or an analytics call.
var mkJSLineRe = lazyRegexp(`^(?:(?:var|let|const)\s+[\w$]+\s*=\s*\S.*;|(?:window|document)\.[\w$.]+(?:\[[^\]]*\])?\s*(?:=[^=].*|\(.*\));?|function\s*[\w$]*\s*\([\w$,\s]*\)\s*\{.*|\(function\s*\(.*|(?:jQuery|\$)\(\s*(?:document|window|function|['"]).*|[\w$]+(?:\.[\w$]+)*\.push\(.*\);|(?:gtag|fbq|_gaq\.push|ga)\(.*\);)$`)

// mkJSLineStart is a cheap pre-check for mkJSLineRe(): a JavaScript line ends
// in ';', '{' or ')' and starts with an identifier, '(' or '$'.
func mkJSLineStart(t []byte) bool {
	last := t[len(t)-1]
	if last != ';' && last != '{' && last != ')' && last != '}' {
		return false
	}
	c := t[0]
	return c == '(' || c == '$' || c == '_' || isASCIIAlpha(c)
}

// mkJSTailRe() matches lines that only close a JavaScript block.
var mkJSTailRe = lazyRegexp(`^[})\];,\s]+$`)

// mkJSAt reports a run of JavaScript lines starting at line ln (the hit h
// must be on it) and returns its last line.
func mkJSAt(d *article.Doc, ln, h int) (int, bool) {
	t := bytes.TrimSpace(d.LineText(ln))
	if len(t) == 0 || len(t) > 2000 || !mkJSLineStart(t) || !mkJSLineRe().Match(t) || lineInCode(d, ln) || mkInsideOther(d, h) {
		return 0, false
	}
	if adScriptRe().Match(t) || mkEmbedScriptRe().Match(t) {
		return 0, false
	}
	last := ln
	for j := ln + 1; j < d.LineCount() && j < ln+200; j++ {
		u := bytes.TrimSpace(d.LineText(j))
		if len(u) == 0 || adScriptRe().Match(u) || !(mkJSLineStart(u) && mkJSLineRe().Match(u) || mkJSTailRe().Match(u)) {
			break
		}
		last = j
	}
	return last, true
}

// mkCSSProp matches the property names that make a brace block CSS.
const mkCSSProp = `(?:(?:background|margin|padding|font|border|text|min|max|line|letter|word|list|box|flex|grid|align|justify|overflow|transition|transform|animation|outline|vertical|white|table)[-a-z]*|color|display|width|height|position|top|left|right|bottom|float|clear|z-index|opacity|visibility|content|cursor|src)`

var (
	mkCSSDecl = `\s*` + mkCSSProp + `\s*:\s*[^;{}\n]{1,200}?\s*;?\s*`
	// A selector: class, id, pseudo-class or attribute parts, or an element name with them.
	mkCSSSel = `(?:[a-zA-Z][a-zA-Z0-9]*)?(?:[.#:][-\w()]+|\[[^\]\n]{1,80}\])+(?:\s*[>+~,]?\s*(?:[a-zA-Z][a-zA-Z0-9]*)?(?:[.#:][-\w()]+|\[[^\]\n]{1,80}\])*)*|(?:body|html|p|a|div|span|img|h[1-6]|ul|li|table|td|figure|figcaption)`
	// One line of CSS rules, @media wrappers and closing braces.
	mkCSSLineRe = lazyRegexp(`^\s*(?:(?:@media[^{}\n]{1,200}\{\s*|(?:` + mkCSSSel + `)\s*\{(?:` + mkCSSDecl + `)+\}\s*|\}\s*))+$`)
	// The first line of a multi-line rule and its declaration lines.
	mkCSSOpenRe = lazyRegexp(`^\s*(?:` + mkCSSSel + `)(?:\s*,\s*(?:` + mkCSSSel + `))*\s*\{\s*$`)
	mkCSSDeclRe = lazyRegexp(`^(?:` + mkCSSDecl + `)+$`)
)

// mkCSSAt reports CSS rule lines starting at line ln.
func mkCSSAt(d *article.Doc, ln int) (int, int, bool) {
	if lineInCode(d, ln) {
		return 0, 0, false
	}
	line := d.LineText(ln)
	if len(line) > 2000 {
		return 0, 0, false
	}
	t := bytes.TrimSpace(line)
	if len(t) == 0 || bytes.IndexByte(t, ':') < 0 && t[len(t)-1] != '{' {
		return 0, 0, false
	}
	if t[len(t)-1] == '}' && mkCSSLineRe().Match(line) {
		s, _, _ := d.Line(ln)
		if d.OverlapsNonProse(s, s+len(line)) && mkInsideOther(d, s+bytes.IndexByte(line, '{')) {
			return 0, 0, false
		}
		return ln, ln, true
	}
	if t[len(t)-1] != '{' || !mkCSSOpenRe().Match(line) {
		return 0, 0, false
	}
	decls := 0
	for j := ln + 1; j < d.LineCount() && j < ln+60; j++ {
		t := bytes.TrimSpace(d.LineText(j))
		switch {
		case len(t) == 1 && t[0] == '}':
			if decls == 0 {
				return 0, 0, false
			}
			return ln, j, true
		case mkCSSDeclRe().Match(t):
			decls++
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// ---------------------------------------------------------------- links

var (
	// "[text] (url)": a space breaks the link.
	mkSpacedLinkRe = lazyRegexp(`!?\[([^\[\]\n]{1,300})\] \(((?:https?://|www\.|mailto:)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)\)`)
	// "[text]()" or "[text](<>)": no destination.
	mkEmptyLinkRe = lazyRegexp(`!?\[([^\[\]\n]{1,300})\]\(\s*(?:<>)?\s*\)`)
	// "[](url)": a link with no text, invisible to the reader.
	mkNoTextLinkRe = lazyRegexp(`(?:^|[^!\]\\])\[\s*\]\((?:https?://|www\.|/)[^()\s]*\)`)
)

func checkBrokenLinks(ctx *Context) {
	d := ctx.Doc
	if d.Format != article.Markdown {
		return
	}
	src := d.Src
	for _, ln := range ctx.HitLines() {
		s, e, _ := d.Line(ln)
		if lineInCode(d, ln) {
			continue
		}
		line := src[s:e]
		spaced := bytes.Contains(line, []byte("] ("))
		empty := bytes.Contains(line, []byte("]()")) || bytes.Contains(line, []byte("](<>)")) || bytes.Contains(line, []byte("]( "))
		noText := bytes.Contains(line, []byte("[](")) || bytes.Contains(line, []byte("[ ]("))
		for _, m := range mkSpacedLinkRe().FindAllSubmatchIndex(mkIf(spaced, line), -1) {
			ms, me := s+m[0], s+m[1]
			if mkInsideOther(d, ms) || d.InNonProse(ms) {
				continue
			}
			gap := s + m[3] + 1 // the space after ']'
			ctx.Report(ms, me, fmt.Sprintf("link %s does not render: a space stands between ] and (", mkShorten(string(src[ms:me]))),
				ctx.Replace(gap, gap+1, "", "join the link text and its destination"))
		}
		for _, m := range mkEmptyLinkRe().FindAllSubmatchIndex(mkIf(empty, line), -1) {
			ms, me := s+m[0], s+m[1]
			if d.InNonProse(ms) {
				continue
			}
			text := string(src[s+m[2] : s+m[3]])
			var fix *Fix
			if src[ms] != '!' {
				fix = ctx.Replace(ms, me, text, "keep the link text, drop the empty link")
			}
			ctx.Report(ms, me, fmt.Sprintf("link %s has an empty destination", mkShorten(string(src[ms:me]))), fix)
		}
		for _, m := range mkNoTextLinkRe().FindAllIndex(mkIf(noText, line), -1) {
			if len(strings.Fields(d.VisibleLine(ln))) < 3 {
				// A row of icon links (share buttons): boilerplate, not a
				// broken link in a sentence.
				break
			}
			ms, me := s+m[0], s+m[1]
			if src[ms] != '[' {
				ms++
			}
			if d.InNonProse(ms) {
				continue
			}
			ctx.Report(ms, me, fmt.Sprintf("link %s has no text, so readers cannot see or follow it", mkShorten(string(src[ms:me]))), nil)
		}
		// Unclosed destinations: "](" with no balancing ")" before the end of the line.
		for k := 0; k+1 < len(line); k++ {
			if line[k] != ']' || line[k+1] != '(' {
				continue
			}
			open := bytes.LastIndexByte(line[:k], '[')
			if open < 0 || d.InNonProse(s+open) || mkInsideOther(d, s+k) {
				continue
			}
			if mkClosesParen(line[k+1:]) {
				if mkSpaceInDest(line[k+2:]) {
					ctx.Report(s+open, s+k+2+bytes.IndexByte(line[k+2:], ')')+1, fmt.Sprintf("link %s has a space inside its URL, so it does not render", mkShorten(string(line[open:]))), nil)
				}
				continue
			}
			rest := bytes.TrimSpace(line[k+2:])
			if len(rest) > 0 && !bytes.HasPrefix(rest, []byte("http")) && !bytes.HasPrefix(rest, []byte("/")) && !bytes.HasPrefix(rest, []byte("www.")) && !bytes.HasPrefix(rest, []byte("#")) {
				continue
			}
			ctx.Report(s+open, e, fmt.Sprintf("link %s is never closed", mkShorten(string(line[open:]))), nil)
			break
		}
	}
}

// mkHasAdMarker is a literal pre-check for adScriptRe(): one of the ads
// family's trigger markers occurs in b.
func mkHasAdMarker(b []byte) bool {
	low := bytes.ToLower(b)
	for _, m := range adScriptMarkers {
		if bytes.Contains(low, []byte(m)) {
			return true
		}
	}
	return false
}

// mkIf returns b when ok and nil otherwise: a literal pre-check that keeps
// a regexp off the lines that cannot match it.
func mkIf(ok bool, b []byte) []byte {
	if ok {
		return b
	}
	return nil
}

// mkSpaceInDest reports whether a link destination (b starts after "](")
// is a URL broken by a space that does not start a link title.
func mkSpaceInDest(b []byte) bool {
	if !(bytes.HasPrefix(b, []byte("http://")) || bytes.HasPrefix(b, []byte("https://")) || bytes.HasPrefix(b, []byte("www."))) {
		return false
	}
	end := bytes.IndexByte(b, ')')
	if end < 0 {
		return false
	}
	sp := bytes.IndexAny(b[:end], " \t")
	if sp < 0 {
		return false
	}
	rest := bytes.TrimLeft(b[sp:end], " \t")
	return len(rest) > 0 && rest[0] != '"' && rest[0] != '\'' && rest[0] != '('
}

// mkClosesParen reports whether the "(" at b[0] is balanced within b.
func mkClosesParen(b []byte) bool {
	depth := 0
	for _, c := range b {
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

var mkPlaceholderRe = lazyRegexp(`(?i)[(\[](?:(?:link|url|hyperlink|image|photo|video|embed|tweet)s? (?:removed|deleted|unavailable|expired|broken|redacted|omitted|no longer available)|(?:removed|deleted|broken|dead|expired) (?:link|url|hyperlink)s?)[)\]]`)

func checkLinkPlaceholders(ctx *Context) {
	d := ctx.Doc
	src := d.Src
	for _, ln := range ctx.HitLines() {
		s, e, _ := d.Line(ln)
		for _, m := range mkPlaceholderRe().FindAllIndex(src[s:e], -1) {
			ms, me := s+m[0], s+m[1]
			if d.InNonProse(ms) {
				continue
			}
			msg := fmt.Sprintf("placeholder %s left where a link was removed", src[ms:me])
			if len(strings.TrimSpace(d.VisibleLine(ln))) == me-ms {
				ctx.ReportLines(ln, ln, msg, "delete the line")
				break
			}
			fs := ms
			for fs > s && (src[fs-1] == ' ' || src[fs-1] == '\t') {
				fs--
			}
			fe := me
			if fs == s || fs > s && src[fs-1] == '(' {
				fs = ms
				fe = spaceAfter(src, me)
			}
			ctx.Report(ms, me, msg, ctx.Replace(fs, fe, "", "remove the placeholder"))
		}
	}
}

// ---------------------------------------------------------------- quote markers

// mkQuoteMarkRe() finds a ">" joined between two words of a quotation.
var mkQuoteMarkRe = lazyRegexp(`[\p{L}\p{N}.,;:!?'’”")\]…*_] > [\p{L}\p{N}‘“"'(\[\\*_$]`)

func checkQuoteMarkers(ctx *Context) {
	d := ctx.Doc
	if d.Format != article.Markdown {
		return
	}
	src := d.Src
	for _, ln := range ctx.HitLines() {
		s, e, _ := d.Line(ln)
		line := src[s:e]
		t := bytes.TrimLeft(line, " \t")
		if len(t) == 0 || t[0] != '>' || lineInCode(d, ln) {
			continue
		}
		body := len(line) - len(t) + 1
		var edits []article.Edit
		first, last := -1, -1
		for _, m := range mkQuoteMarkRe().FindAllIndex(line[body:], -1) {
			// m covers "x > y"; the marker is the " >" after the first rune.
			ge := body + m[0] + bytes.Index(line[body+m[0]:body+m[1]], []byte(" > "))
			if d.InNonProse(s + ge + 1) {
				continue
			}
			edits = append(edits, article.Edit{Offset: s + ge, End: s + ge + 2, Text: ""})
			if first < 0 {
				first = s + ge + 1
			}
			last = s + ge + 2
		}
		n := len(edits)
		long := len(line) >= 100
		if n == 0 || n == 1 && !long {
			continue
		}
		if bytes.HasSuffix(line, []byte(" >")) {
			edits = append(edits, article.Edit{Offset: e - 2, End: e, Text: ""})
			last = e
		}
		var fix *Fix
		if ctx.meta.Fix != NoFix {
			fix = &Fix{Safety: ctx.meta.Fix, Description: "remove the joined quote markers", Edits: edits}
		}
		ctx.Report(first, last, fmt.Sprintf("%d blockquote marker(s) '>' joined into the middle of the quoted text", n), fix)
	}
}
