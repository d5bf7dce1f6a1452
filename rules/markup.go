package rules

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/scrapelint/scrapelint/article"
)

// The markup family: HTML entities and tags that leaked into Markdown or
// text, wrapper <br> lines of HTML exports, inline page code (scripts,
// styles, CSS rules), broken Markdown links and link placeholders, and
// blockquote markers joined into the middle of a line.

func init() {
	Register(New(Meta{
		ID:       "markup/html-entity",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "HTML entity left in Markdown, text or front matter (`&amp;`, `&#8217;`, `&apos;`, double-escaped `&amp;quot;`).",
		What: "Finds HTML character references that a scraper or exporter left undecoded: `&amp;`, `&nbsp;`, " +
			"`&#8217;`, `&#x2014;`, `&apos;`, `&quot;`, and double-escaped ones such as `&amp;amp;`, " +
			"`&amp;#8217;` or an attribute value wrapped in `&quot;…&quot;`. Only references that end in `;` and " +
			"are in the HTML5 table count. In Markdown prose, text files and front matter every such reference is " +
			"reported. Inside raw HTML in a Markdown file an entity is ordinary HTML, so it is reported only when " +
			"the file shows an exporter's over-escaping (`&apos;`, `&quot;` or numeric references in its text); " +
			"`&lt;` and `&gt;` and references for Markdown punctuation (`&#42;`, `&#124;`) in Markdown, and every " +
			"entity in an .html file, are left alone.",
		Why: "Front matter and text files are not HTML, so the reference is shown as typed; in Markdown bodies " +
			"exported from HTML it marks text that went through an escaping step twice, and readers of the source " +
			"(feeds, search snippets, plain-text views) see `Fieri&apos;s` instead of `Fieri's`.",
		FixNote: "Safe: replaces the reference with the character it stands for (all levels of a double escape at " +
			"once). Front matter findings are reported without a fix (the engine never rewrites front matter); the " +
			"rule still computes the character escaped for the YAML/TOML string it sits in. No fix is offered where decoding would create markup " +
			"(`&amp;lt;script&amp;gt;`) or Markdown syntax.",
		Examples: []Example{
			{Bad: "The shop&#8217;s owner said no.\n", Good: "The shop’s owner said no.\n", Fixed: "The shop’s owner said no.\n"},
			{Bad: "Profits at AT&amp;T rose.\n", Good: "Profits at AT&T rose.\n", Fixed: "Profits at AT&T rose.\n"},
			{Bad: "He said &amp;quot;no&amp;quot; twice.\n", Good: "Write `&amp;` in HTML for an ampersand.\n", Fixed: "He said \"no\" twice.\n"},
			{Bad: "---\ntitle: 'Iran&#039;s president to visit'\n---\nText.\n", Good: "---\ntitle: 'Iran''s president to visit'\n---\nText.\n"},
			{Bad: "<p>It&apos;s closed.</p>\n\n<p>The city&apos;s inspectors came.</p>\n", Good: "<div class=\"quote\"><span>&mdash;</span> a reader</div>\n\nSome *Markdown* text.\n", Fixed: "<p>It's closed.</p>\n\n<p>The city's inspectors came.</p>\n"},
			{Bad: "<div id=\"\" height=\"&quot;555&quot;\">A gallery.</div>\n", Good: "<a href=\"/search?q=a&amp;page=2\">next</a>\n", Fixed: "<div id=\"\" height=\"555\">A gallery.</div>\n"},
			{Good: "<p>Fish &amp; chips &#8212; &apos;fresh&apos;</p>\n", Path: "menu.html"},
			{Bad: "Use &lt;b&gt; for bold.\n", Path: "notes.txt", Fixed: "Use <b> for bold.\n"},
			{Good: "In Markdown, write &lt;b&gt; to show a tag and &#42; for a literal star.\n"},
		},
		Triggers:         []string{"&"},
		ReadsFrontMatter: true,
	}, checkEntities))

	Register(New(Meta{
		ID:       "markup/html-tag",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "HTML formatting tag leaked into Markdown or text (`<br>`, `</p>`, `<span>`, `<font>`).",
		What: "Finds formatting tags left in prose: `<br>`, `<p>`, `</p>`, `<div>`, `<span>`, `<font>`, `<center>` " +
			"inside a Markdown paragraph or on a `<p>`/`<font>`-wrapped line of an otherwise Markdown article, and " +
			"any HTML tag in a plain-text file. Inline HTML that Markdown authors use on purpose (`<a>`, `<b>`, " +
			"`<em>`, `<sup>`, `<kbd>`) and MDX/JSX components are not reported. In a Markdown file whose body is " +
			"raw HTML (an HTML export) the tags are the content, so only stray `<br>` tags are reported there. Raw " +
			"HTML blocks written on purpose (a `<div class=…>` pull quote, a `<figure>`), anchors with an `id`, " +
			"tables, embed blocks and code are left alone.",
		Why: "The tag is a remnant of the page the text was copied from. In a text file it is shown literally; in " +
			"Markdown a stray `<br>` or `</p>` breaks the paragraph where the author did not.",
		FixNote: "Safe: removes the tag (a space is kept where it separated two words). Only formatting tags " +
			"are removed; the text between them stays.",
		Examples: []Example{
			{Bad: "The vote passed.</p>\n", Good: "The vote passed.\n", Fixed: "The vote passed.\n"},
			{Bad: "First line<br>second line.\n", Good: "A <b>bold</b> claim and H<sub>2</sub>O.\n", Fixed: "First line second line.\n"},
			{Bad: "Prices rose <span style=\"color:red\">sharply</span> today.\n", Good: "See **m**<span id=\"kix.abc\" class=\"anchor\"></span>**ore**.\n", Fixed: "Prices rose sharply today.\n"},
			{Bad: "The council met.<p>It voted.\n", Path: "notes.txt", Fixed: "The council met. It voted.\n"},
			{Good: "| a | b<br>c |\n|---|---|\n| 1 | 2 |\n"},
			{Bad: "<p>Photo: <img src=\"a.jpg\"> <br> <i>(Credit)</i></p>\n", Good: "<p>Photo: <img src=\"a.jpg\"> <i>(Credit)</i></p>\n", Fixed: "<p>Photo: <img src=\"a.jpg\"> <i>(Credit)</i></p>\n"},
		},
		Triggers: []string{"<"},
	}, checkTags))

	Register(New(Meta{
		ID:       "markup/wrapper-br",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Line that starts with a `<br>` left by an HTML export (`<br><div id=\"\"><p>…`, `<br>[ad_2]`).",
		What: "Finds lines that begin with one or more `<br>` tags: the wrapper an autoblog or exporter put " +
			"between the pieces of an HTML body saved as Markdown (`<br><div id=\"\"><p>…`, `<br>[ad_2]`, " +
			"`<br><a href=…>Source</a>`), and lines that are nothing but `<br>` tags.",
		Why: "The `<br>` joins template pieces, not lines of the article: it adds empty lines in the rendered " +
			"page and marks the post as machine-assembled.",
		FixNote: "Safe: removes the leading `<br>` tags, or the whole line when nothing else is on it.",
		Examples: []Example{
			{Bad: "Intro.\n<br><div id=\"\"><p>The story.</p></div>\n", Good: "Intro.\n<div id=\"\"><p>The story.</p></div>\n", Fixed: "Intro.\n<div id=\"\"><p>The story.</p></div>\n"},
			{Bad: "Text.\n\n<br><br>\n\nMore text.\n", Good: "Text.\n\nMore text.\n", Fixed: "Text.\n\nMore text.\n"},
			{Bad: "Text.\n<br/> <a href=\"https://example.org/a\">Source </a>\n", Good: "```html\n<br><p>code</p>\n```\n", Fixed: "Text.\n<a href=\"https://example.org/a\">Source </a>\n"},
		},
		Triggers: []string{"<br"},
	}, checkWrapperBr))

	Register(New(Meta{
		ID:       "markup/page-code",
		Severity: Error,
		Fix:      Safe,
		Summary:  "Page script, style block, stylesheet link or CSS rule leaked into the article (`<script type=\"text/javascript\">`, `.byline {padding: 0}`).",
		What: "Finds the page's own code copied along with the article: `<script>` elements (gallery and page " +
			"scripts, JSON data), `<style>` blocks, `<link rel=\"stylesheet\">` tags, and bare CSS rule lines such " +
			"as `a.supporter:hover {background:#EC4438!important;}` or a multi-line `selector { prop: value; }` " +
			"block. Ad-network scripts (`ads`) and social embed scripts such as `widgets.js` (`embeds`) are left to " +
			"their own families; .html files and code blocks are never reported.",
		Why: "A Markdown or text article cannot run the code: it is either shown as text or silently injected " +
			"into the republished page, where it may load third-party resources.",
		FixNote: "Safe: deletes the lines the code occupies, or just the element when text shares its line.",
		Examples: []Example{
			{Bad: "Intro.\n<script type=\"text/javascript\">\nvar photo = {\"id\": 1};\n</script>\nBody.\n", Good: "Intro.\n\n```html\n<script>var a = 1;</script>\n```\n", Fixed: "Intro.\nBody.\n"},
			{Bad: "<link rel=\"stylesheet\" type=\"text/css\" href=\"https://example.org/gallery.css\">\n<p>Text.</p>\n", Good: "<p>Text.</p>\n", Fixed: "<p>Text.</p>\n"},
			{Bad: "Text.\n\na.supporter:hover {background:#EC4438!important;}\n\nMore.\n", Good: "The set {a, b} has two members: {x: y} maps keys.\n", Fixed: "Text.\n\nMore.\n"},
			{Bad: "Text.\n<style type=\"text/css\">\n#box { min-height: 300px; }\n</style>\nMore.\n", Good: "Text.\n<script async src=\"https://platform.twitter.com/widgets.js\"></script>\n", Fixed: "Text.\nMore.\n"},
			{Bad: "Before.\n\n.gallery-caption {\n  color: #333;\n  font-size: 12px;\n}\n\nAfter.\n", Good: "Before.\n\nAfter.\n", Fixed: "Before.\n\nAfter.\n"},
			{Bad: "Text.\n\nwindow.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\ngtag('js', new Date());\n\nMore.\n", Good: "Let the function run once, the engineer said; var is old syntax.\n", Fixed: "Text.\n\nMore.\n"},
		},
		Triggers: []string{"<script", "<style", "<link", "<noscript", "{", "var ", "let ", "const ", "window.", "document.", "function", "jquery(", "$(", ".push(", "gtag(", "fbq(", "ga("},
	}, checkPageCode))

	Register(New(Meta{
		ID:       "markup/broken-link",
		Severity: Warning,
		Fix:      Unsafe,
		Summary:  "Markdown link or image that does not render (`[text] (url)`, `[text]()`, `[text](url` unclosed).",
		What: "Finds Markdown links and images broken in conversion: a space between `]` and `(` " +
			"(`[report] (https://…)`), an empty destination (`[report]()`, `![photo]()`), a destination that is " +
			"never closed before the line ends (`[report](https://…`), a URL broken by a space " +
			"(`[report](https://example.org/a report.pdf)`), and a link with no text (`[](https://…)`), " +
			"usually what is left of a linked image.",
		Why: "The reader sees brackets and a raw URL instead of a link, or link text that leads nowhere.",
		FixNote: "Unsafe: joins `] (` into `](`, and turns an empty link into its plain text; both change the " +
			"structure of the text, so review them. Unclosed links, URLs with spaces and links without text are " +
			"reported only: where the URL ends, or what the text should be, is a guess.",
		Examples: []Example{
			{Bad: "Read [the report] (https://example.org/report) now.\n", Good: "Read [the report](https://example.org/report) now.\n", Fixed: "Read [the report](https://example.org/report) now.\n"},
			{Bad: "Read [the report]() now.\n", Good: "The list [sic] (as printed) was short.\n", Fixed: "Read the report now.\n"},
			{Bad: "Read [the report](https://example.org/report\nnow.\n", Good: "See [the wiki](https://en.wikipedia.org/wiki/Go_(game)).\n"},
		},
		Triggers: []string{"](", "] ("},
	}, checkBrokenLinks))

	Register(New(Meta{
		ID:       "markup/link-placeholder",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Placeholder left where a link was stripped (`(link removed)`, `[link removed]`).",
		What: "Finds placeholders that an export or moderation step put in place of a link: `(link removed)`, " +
			"`[link removed]`, `(URL deleted)`, `[broken link]`, `(image removed)`.",
		Why: "The placeholder is not part of the sentence; it tells the reader something is missing without " +
			"saying what.",
		FixNote: "Safe: removes the placeholder and the space before it; the sentence around it is unchanged.",
		Examples: []Example{
			{Bad: "Sign up for our newsletter (link removed) to hear more.\n", Good: "The link was removed from the page last year.\n", Fixed: "Sign up for our newsletter to hear more.\n"},
			{Bad: "Updates in our newsletter (link removed), and on social media.\n", Good: "Updates in our [newsletter](https://example.org/news), and on social media.\n", Fixed: "Updates in our newsletter, and on social media.\n"},
		},
		Triggers: []string{"removed", "deleted", "broken", "dead", "unavailable", "expired", "redacted", "omitted"},
	}, checkLinkPlaceholders))

	Register(New(Meta{
		ID:       "markup/quote-marker",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Blockquote `>` markers left in the middle of a line (`modern > intellectual life`).",
		What: "Finds blockquote lines that carry the `>` markers of a hard-wrapped quotation in the middle of " +
			"the text: the line breaks of the quote were joined but its markers stayed (`… in modern > " +
			"intellectual life is based on … and > the Ghost …`).",
		Why: "The markers read as stray 'greater than' signs inside the quotation.",
		FixNote: "Safe: removes each joined marker (and a dangling one at the end of the line), leaving one " +
			"space between the words. Menu paths and comparisons outside blockquotes are not touched.",
		Examples: []Example{
			{Bad: "> the dominant theory in modern > intellectual life is based on the Blank Slate, and > the Ghost in the Machine. >\n", Good: "> the dominant theory in modern intellectual life is based on the Blank Slate.\n", Fixed: "> the dominant theory in modern intellectual life is based on the Blank Slate, and the Ghost in the Machine.\n"},
			{Bad: "> one line of the quote > and the next line of the quote > and the third one.\n", Good: "Use *Help > Send Feedback > Report a Problem* to file it.\n", Fixed: "> one line of the quote and the next line of the quote and the third one.\n"},
		},
		Triggers: []string{" > ", " >\n", " >\r"},
	}, checkQuoteMarkers))
}

// ---------------------------------------------------------------- entities

// mkCand is one entity occurrence under consideration.
type mkCand struct {
	s, e     int
	v        string
	depth    int
	htmlLine bool
	embed    bool
	strong   bool // numeric, &apos; or &quot;: an exporter's escaping
}

func checkEntities(ctx *Context) {
	d := ctx.Doc
	if d.Format == article.HTML {
		return
	}
	src := d.Src
	var lines *mkLines
	var cands []mkCand
	exported := false
	done := -1
	for _, h := range ctx.Hits() {
		if h < done || h < d.BOM {
			continue
		}
		end, v, depth, ok := mkEntityAt(src, h)
		if !ok {
			continue
		}
		done = end
		raw := string(src[h:end])
		if h < d.FrontMatterEnd {
			text, ok := mkFrontMatterText(d, h, v)
			var fix *Fix
			if ok {
				fix = ctx.Replace(h, end, text, "decode the entity")
			}
			ctx.Report(h, end, fmt.Sprintf("HTML entity %s in front matter; it stands for %q", raw, v), fix)
			continue
		}
		if d.InNonProse(h) {
			mkAttrEntity(ctx, h, end, v, depth)
			continue
		}
		if d.Format == article.Text {
			mkReportEntity(ctx, h, end, v, depth, false)
			continue
		}
		if lines == nil {
			lines = mkAnalyse(d)
		}
		c := mkCand{s: h, e: end, v: v, depth: depth, htmlLine: lines.html[d.LineOf(h)]}
		if c.htmlLine {
			c.embed = lines.embeds.contains(h)
			name := raw[1 : len(raw)-1]
			c.strong = name[0] == '#' || name == "apos" || name == "quot"
			if c.strong && !c.embed {
				exported = true
			}
		}
		cands = append(cands, c)
	}
	for _, c := range cands {
		if c.depth == 1 {
			if c.v == "<" || c.v == ">" || len(c.v) == 1 && strings.Contains("*_`[]#\\|~", c.v) {
				// The way Markdown and HTML spell these characters literally.
				continue
			}
			if c.htmlLine && !exported {
				// Ordinary HTML inside a raw HTML block.
				continue
			}
		}
		mkReportEntity(ctx, c.s, c.e, c.v, c.depth, d.Format == article.Markdown)
	}
}

func mkReportEntity(ctx *Context, s, e int, v string, depth int, markdown bool) {
	raw := string(ctx.Doc.Src[s:e])
	text := v
	fixable := true
	if len(v) == 1 && v[0] < 0x20 {
		// "&#13;" and friends: the line break is already in the text.
		text = ""
	}
	if depth > 1 {
		next := byte(0)
		if e < len(ctx.Doc.Src) {
			next = ctx.Doc.Src[e]
		}
		if v == "<" && (isASCIIAlpha(next) || next == '/' || next == '!') || markdown && len(v) == 1 && strings.Contains("*_`[]#\\|~<>", v) {
			fixable = false
		}
	}
	msg := fmt.Sprintf("HTML entity %s left in the text; it stands for %q", raw, v)
	if depth > 1 {
		msg = fmt.Sprintf("double-escaped HTML entity %s (escaped %d times); it stands for %q", raw, depth, v)
	}
	var fix *Fix
	if fixable {
		fix = ctx.Replace(s, e, text, "decode the entity")
	}
	ctx.Report(s, e, msg, fix)
}

// mkAttrEntity reports escaping done twice inside a tag: "&amp;quot;" or an
// attribute value wrapped in "&quot;…&quot;" (height="&quot;555&quot;").
func mkAttrEntity(ctx *Context, h, end int, v string, depth int) {
	d := ctx.Doc
	src := d.Src
	if !mkInTag(d, h) {
		return
	}
	if depth > 1 {
		ctx.Report(h, end, fmt.Sprintf("double-escaped HTML entity %s in an attribute; it stands for %q", src[h:end], v),
			ctx.Replace(h, end, mkAttrSafe(v), "decode one level of escaping"))
		return
	}
	if v != "\"" && v != "'" || h < 2 || src[h-1] != '"' && src[h-1] != '\'' || src[h-2] != '=' {
		return
	}
	q := src[h-1]
	close := bytes.IndexByte(src[end:], q)
	if close < 0 || close > 512 {
		return
	}
	close += end
	val := src[h:close]
	ent := src[h:end]
	if close-h <= 2*len(ent) || !bytes.HasSuffix(val, ent) {
		return
	}
	inner := string(src[end : close-len(ent)])
	ctx.Report(h, close, fmt.Sprintf("attribute value wrapped in escaped quotes %s…%s (escaped twice)", ent, ent),
		ctx.Replace(h, close, inner, "remove the escaped quotes"))
}

// mkAttrSafe re-escapes a decoded character for use inside an attribute.
func mkAttrSafe(v string) string {
	switch v {
	case "\"":
		return "&quot;"
	case "&":
		return "&amp;"
	case "<":
		return "&lt;"
	case ">":
		return "&gt;"
	}
	return v
}

// mkInTag reports whether off lies inside an HTML start tag (an attribute
// value), not in code, a URL or a script body.
func mkInTag(d *article.Doc, off int) bool {
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
	if lo >= len(sp) || sp[lo].Start > off {
		return false
	}
	s := sp[lo]
	return mkStartsWithTag(d.Src[s.Start:s.End]) && mkInStartTag(d.Src, s.Start, off)
}

// mkInStartTag scans the tag opening at start, honouring quotes, and reports
// whether off lies before its closing '>'.
func mkInStartTag(src []byte, start, off int) bool {
	q := byte(0)
	for j := start + 1; j < len(src) && j < start+8192; j++ {
		c := src[j]
		if j == off {
			return true
		}
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		case c == '>':
			return false
		}
	}
	return false
}

// mkFrontMatterText returns the text that replaces an entity in a front
// matter value, escaped for the YAML/TOML string around it.
func mkFrontMatterText(d *article.Doc, off int, v string) (string, bool) {
	ln := d.LineOf(off)
	s, e, _ := d.Line(ln)
	line := d.Src[s:e]
	pos := off - s
	vs := mkFMValueStart(line, d.FrontMatter == article.TOMLFrontMatter)
	if vs < 0 || vs > pos {
		return "", false
	}
	if strings.ContainsAny(v, "\r\n") {
		return "", false
	}
	q := line[vs]
	switch {
	case q == '\'':
		if d.FrontMatter != article.YAMLFrontMatter {
			return v, !strings.Contains(v, "'")
		}
		return strings.ReplaceAll(v, "'", "''"), true
	case q == '"':
		r := strings.ReplaceAll(v, "\\", "\\\\")
		return strings.ReplaceAll(r, "\"", "\\\""), true
	case d.FrontMatter != article.YAMLFrontMatter:
		return "", false
	}
	// A plain YAML scalar: a few characters would change its syntax.
	if strings.ContainsAny(v, "#:\"'\\") || pos == vs && strings.ContainsAny(v[:1], "&*!|>%@`[]{},-?") {
		return "", false
	}
	return v, true
}

// mkFMValueStart returns the offset in a front matter line where its value
// starts, or -1.
func mkFMValueStart(line []byte, toml bool) int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	skip := func(j int) int {
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		if j >= len(line) {
			return -1
		}
		return j
	}
	if toml {
		if k := bytes.IndexByte(line, '='); k >= 0 {
			return skip(k + 1)
		}
		return skip(i)
	}
	if bytes.HasPrefix(line[i:], []byte("- ")) {
		return skip(i + 2)
	}
	if k := bytes.Index(line, []byte(": ")); k >= 0 && !bytes.ContainsAny(line[i:k], "\"'&") {
		return skip(k + 2)
	}
	return skip(i)
}
