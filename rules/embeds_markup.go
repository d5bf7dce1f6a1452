package rules

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"

	"github.com/scrapelint/scrapelint/article"
)

// Raw embed markup in Markdown and text (iframes, platform blockquotes,
// widget scripts), WordPress media shortcodes, player chrome and bare embed
// URLs.

// ---- raw embed blocks and iframes ----

// embWidgetScriptRe() matches a platform widget <script> element.
var embWidgetScriptRe = lazyRegexp(`(?is)<script\b[^>]*\bsrc\s*=\s*["']?[^"'>]*(?:platform\.twitter\.com/widgets\.js|instagram\.com/(?:[a-z_]+/)?embeds?\.js|tiktok\.com/embed\.js|embed\.reddit\.com/widgets\.js|redditmedia\.com/widgets|connect\.facebook\.net/[^"'>]*sdk\.js|s\.imgur\.com/min/embed\.js|assets\.tumblr\.com/post\.js|embed\.bsky\.app/static/embed\.js|threads\.net/embed\.js|cdn\.embedly\.com/widgets/platform\.js)[^>]*>\s*</script\s*>`)

var embBlockOpenRe = lazyRegexp(`(?i)<blockquote\b[^>]*>`)

func embAllowsRaw(d *article.Doc) bool { return d.Format != article.HTML }

// embRawEmbed is one raw embed element (with its widget script).
type embRawEmbed struct {
	start, end int
	kind       string // "iframe" or the platform of a blockquote
}

func embFindRawEmbeds(d *article.Doc, hits []int) []embRawEmbed {
	var out []embRawEmbed
	last := -1
	for _, h := range hits {
		if h < d.Body() || h < last {
			continue
		}
		src := d.Src
		switch {
		case hasPrefixFold(src[h:], "<iframe"):
			if embInCode(d, h) {
				continue
			}
			end := bytes.IndexByte(src[h:], '>')
			if end < 0 {
				continue
			}
			end += h + 1
			if src[end-2] != '/' {
				if c := embFirstTag(src[end:minInt(len(src), end+4096)], "</iframe"); c >= 0 {
					if ce := bytes.IndexByte(src[end+c:], '>'); ce >= 0 {
						end = end + c + ce + 1
					}
				}
			}
			out = append(out, embRawEmbed{start: h, end: end, kind: "iframe"})
			last = end
		case hasPrefixFold(src[h:], "<blockquote"):
			loc := embBlockOpenRe().FindIndex(src[h:minInt(len(src), h+4096)])
			if loc == nil || loc[0] != 0 || !embEmbedClassRe().Match(src[h:h+loc[1]]) || embInCode(d, h) {
				continue
			}
			end := h + loc[1]
			if c := embFirstTag(src[end:minInt(len(src), end+65536)], "</blockquote"); c >= 0 {
				if ce := bytes.IndexByte(src[end+c:], '>'); ce >= 0 {
					end = end + c + ce + 1
				}
			}
			// The widget script that renders it belongs to the embed.
			j := end
			for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\r' || src[j] == '\n') && j < end+8 {
				j++
			}
			if loc := embWidgetScriptRe().FindIndex(src[j:minInt(len(src), j+1024)]); loc != nil && loc[0] == 0 {
				end = j + loc[1]
			}
			out = append(out, embRawEmbed{start: h, end: end, kind: embPlatformOf(src[h : h+minInt(400, end-h)])})
			last = end
		}
	}
	return out
}

func embPlatformOf(open []byte) string {
	o := strings.ToLower(string(open))
	switch {
	case strings.Contains(o, "twitter"):
		return "tweet"
	case strings.Contains(o, "instagram"):
		return "Instagram post"
	case strings.Contains(o, "tiktok"):
		return "TikTok video"
	case strings.Contains(o, "reddit"):
		return "Reddit post"
	case strings.Contains(o, "fb-"):
		return "Facebook post"
	}
	return "social-media post"
}

func checkRawEmbeds(ctx *Context) {
	d := ctx.Doc
	if !embAllowsRaw(d) {
		return
	}
	for _, r := range embFindRawEmbeds(d, ctx.Hits()) {
		var msg string
		if r.kind == "iframe" {
			msg = fmt.Sprintf("raw <iframe> embed of %s in the article text", embHostOf(embAttr(d.Src[r.start:r.end], "src")))
		} else {
			msg = fmt.Sprintf("raw %s embed markup (blockquote and widget script) in the article text", r.kind)
		}
		ctx.Report(r.start, r.end, msg, embRawFix(d, r))
	}
}

// embAttr returns the value of attribute name in the first tag of b.
func embAttr(b []byte, name string) string {
	gt := bytes.IndexByte(b, '>')
	if gt < 0 {
		gt = len(b)
	}
	re := embAttrRegexp(`(?i)\s` + regexp.QuoteMeta(name) + `\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`)
	m := re.FindSubmatch(b[:gt])
	if m == nil {
		return ""
	}
	for _, g := range m[1:] {
		if g != nil {
			return string(g)
		}
	}
	return ""
}

// embArchiveRe() strips a Wayback Machine prefix from an embedded URL.
var embArchiveRe = lazyRegexp(`^(?:https?:)?//web\.archive\.org/web/\d+[a-z_]*/`)

// embCanonURL resolves an embed source to the page a reader can open.
func embCanonURL(src string) string {
	u := embArchiveRe().ReplaceAllString(strings.TrimSpace(src), "")
	if strings.HasPrefix(u, "//") {
		u = "https:" + u
	}
	if m := embYouTubeIDRe().FindStringSubmatch(u); m != nil {
		return "https://www.youtube.com/watch?v=" + m[1]
	}
	if m := embVimeoIDRe().FindStringSubmatch(u); m != nil {
		return "https://vimeo.com/" + m[1]
	}
	return u
}

func embHostOf(src string) string {
	u, err := url.Parse(embCanonURL(src))
	if err != nil || u.Host == "" || strings.IndexFunc(u.Host, func(r rune) bool {
		return !(r == '.' || r == '-' || r == ':' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) >= 0 {
		return "an external page"
	}
	return strings.TrimPrefix(u.Host, "www.")
}

var embYouTubeIDRe = lazyRegexp(`(?i)(?:youtube(?:-nocookie)?\.com/(?:embed/|watch\?(?:[^#\s]*&)?v=|shorts/|live/)|youtu\.be/)([\w-]{11})`)
var embVimeoIDRe = lazyRegexp(`(?i)(?:player\.)?vimeo\.com/(?:video/)?(\d{5,12})`)

// embWrapperRe() is markup that may surround an embed on its lines.
var embWrapperRe = lazyRegexp(`(?i)</?(?:center|p|div|figure|span)\b[^>]*>|<br\s*/?>|\s+`)

// embOwnsLines reports whether [start,end) is all that lines
// first..last hold apart from balanced wrapper tags, so the lines can be
// replaced by a Markdown block.
func embOwnsLines(d *article.Doc, start, end int) (int, int, bool) {
	first, last := d.LineOf(start), d.LineOf(end-1)
	ls, _, _ := d.Line(first)
	_, le, _ := d.Line(last)
	outside := string(d.Src[ls:start]) + string(d.Src[end:le])
	if embWrapperRe().ReplaceAllString(outside, "") != "" {
		return first, last, false
	}
	o := strings.ToLower(outside)
	for _, t := range []string{"center", "p", "div", "figure", "span"} {
		opens := strings.Count(o, "<"+t+">") + strings.Count(o, "<"+t+" ")
		if opens != strings.Count(o, "</"+t+">") {
			return first, last, false
		}
	}
	return first, last, d.Format == article.Markdown || d.Format == article.Text
}

// embRawFix rebuilds a raw embed as plain content: a quotation with its
// attribution and link for a post, a link (or Hugo shortcode) for an
// iframe; an iframe with no source is removed.
func embRawFix(d *article.Doc, r embRawEmbed) *Fix {
	el := d.Src[r.start:r.end]
	first, last, owns := embOwnsLines(d, r.start, r.end)
	hugo := owns && d.Format == article.Markdown && embHugoSite(d)
	var mdBlock, htmlBlock, desc string
	if r.kind == "iframe" {
		src := embAttr(el, "src")
		if src == "" || strings.HasPrefix(strings.ToLower(src), "about:") || strings.HasPrefix(strings.ToLower(src), "javascript:") {
			if owns {
				return &Fix{Safety: Unsafe, Description: "delete the empty iframe", Edits: []article.Edit{d.DeleteLines(first, last)}}
			}
			return &Fix{Safety: Unsafe, Description: "delete the empty iframe", Edits: []article.Edit{{Offset: r.start, End: r.end}}}
		}
		u := embCanonURL(src)
		label := strings.TrimSpace(embAttr(el, "title"))
		if label == "" {
			label = "Embedded media from " + embHostOf(src)
			if embYouTubeIDRe().MatchString(u) || embVimeoIDRe().MatchString(u) || strings.Contains(u, "/video") {
				label = "Video on " + embHostOf(src)
			}
		}
		mdBlock = fmt.Sprintf("[%s](%s)", embMDEscape(label), u)
		htmlBlock = fmt.Sprintf(`<a href="%s">%s</a>`, embHTMLEscape(u), embHTMLEscape(label))
		if m := embYouTubeIDRe().FindStringSubmatch(u); m != nil && hugo {
			mdBlock = fmt.Sprintf("{{< youtube %s >}}", m[1])
		} else if m := embVimeoIDRe().FindStringSubmatch(u); m != nil && hugo {
			mdBlock = fmt.Sprintf("{{< vimeo %s >}}", m[1])
		}
		desc = "replace the iframe with a link to what it showed"
	} else {
		text, attribution, link := embPostParts(el)
		mdAttr, htmlAttr := attribution, embHTMLEscape(attribution)
		if link != "" && attribution != "" {
			mdAttr += fmt.Sprintf(" ([link](%s))", link)
			htmlAttr += fmt.Sprintf(` (<a href="%s">link</a>)`, embHTMLEscape(link))
		}
		var lines []string
		if text != "" {
			lines = append(lines, text)
		}
		mdBlock = embBlockquote(lines, mdAttr)
		hb := "<blockquote>"
		if text != "" {
			hb += "<p>" + embHTMLEscape(text) + "</p>"
		}
		if attribution != "" {
			hb += "<p>" + htmlAttr + "</p>"
		}
		htmlBlock = hb + "</blockquote>"
		if sm := embStatusRe().FindSubmatch(el); sm != nil && hugo && r.kind == "tweet" {
			mdBlock = fmt.Sprintf(`{{< tweet user="%s" id="%s" >}}`, sm[1], sm[2])
		}
		desc = "rebuild the embed as a plain quotation with its attribution and link"
	}
	if owns {
		return &Fix{Safety: Unsafe, Description: desc, Edits: []article.Edit{embLinesReplace(d, first, last, "", mdBlock)}}
	}
	return &Fix{Safety: Unsafe, Description: desc, Edits: []article.Edit{{Offset: r.start, End: r.end, Text: htmlBlock}}}
}

func embMDEscape(s string) string {
	return strings.NewReplacer("[", `\[`, "]", `\]`).Replace(s)
}

func embHTMLEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// embSpacePunctRe() finds the space that removed tags leave before
// punctuation ("@Twitter , shows").
var embSpacePunctRe = lazyRegexp(`\s+([,.;:!?])(\s|$)`)

// embPostParts reads the words, attribution and link out of a platform
// embed blockquote.
func embPostParts(el []byte) (text, attribution, link string) {
	inner := embWidgetScriptRe().ReplaceAll(el, nil)
	// Keep the paragraphs apart when the tags go.
	v := embVisibleText(bytes.ReplaceAll(inner, []byte("\n"), []byte(" ")))
	v = strings.TrimSpace(embIGViewRe().ReplaceAllString(v, ""))
	v = embSpacePunctRe().ReplaceAllString(v, "$1$2")
	if sm := embStatusRe().FindSubmatch(el); sm != nil {
		link = fmt.Sprintf("https://twitter.com/%s/status/%s", sm[1], sm[2])
	} else if p := embAttr(el, "data-instgrm-permalink"); p != "" {
		link = embCanonURL(strings.SplitN(p, "?", 2)[0])
	} else if p := embAttr(el, "cite"); p != "" {
		link = embCanonURL(strings.SplitN(p, "?", 2)[0])
	}
	if m := embFindSig([]byte(v)); m != nil {
		text = strings.TrimSpace(v[:m[0]])
		name := strings.TrimSpace(v[m[2]:m[3]])
		attribution = strings.Replace(fmt.Sprintf("— %s (@%s) %s", name, v[m[4]:m[5]], v[m[6]:m[7]]), "—  (", "— (", 1)
		return text, attribution, link
	}
	if m := embIGAttrRe().FindStringSubmatchIndex(v); m != nil {
		text = strings.TrimSpace(v[:m[0]] + " " + v[m[1]:])
		name := strings.TrimSpace(v[m[2]:m[3]])
		attribution = fmt.Sprintf("— %s (@%s) on Instagram", name, v[m[4]:m[5]])
		if name == "" {
			attribution = fmt.Sprintf("— @%s on Instagram", v[m[4]:m[5]])
		}
		if m[6] >= 0 {
			attribution += ", " + v[m[6]:m[7]]
		}
		return text, attribution, link
	}
	if k := strings.Index(v, "♬"); k >= 0 {
		// TikTok: "@user caption #tags ♬ sound - artist".
		f := strings.Fields(v[:k])
		if len(f) > 0 && embTikTokUserRe().MatchString(f[0]) {
			return strings.TrimSpace(strings.TrimPrefix(v[:k], f[0])), "— " + f[0] + " on TikTok", link
		}
		return strings.TrimSpace(v[:k]), "", link
	}
	return v, "", link
}

func checkWidgetScripts(ctx *Context) {
	d := ctx.Doc
	if !embAllowsRaw(d) {
		return
	}
	raw := embFindRawEmbeds(d, embFindAll(d, "<blockquote", "<iframe"))
	done := -1
	for _, h := range ctx.Hits() {
		if h < d.Body() || h < done || !hasPrefixFold(d.Src[h:], "<script") {
			continue
		}
		loc := embWidgetScriptRe().FindIndex(d.Src[h:minInt(len(d.Src), h+2048)])
		if loc == nil || loc[0] != 0 {
			continue
		}
		s, e := h, h+loc[1]
		done = e
		covered := false
		for _, r := range raw {
			if s < r.end && e > r.start {
				covered = true
			}
		}
		if covered {
			continue
		}
		// The script is program text only inside a code block; the scanner
		// marks every script element as non-prose, so ask about its line.
		if embInCodeBlockLine(d, d.LineOf(s)) || embInCode(d, s) {
			continue
		}
		msg := "platform widget script left in the article text"
		if first, last, owns := embOwnsLines(d, s, e); owns {
			ctx.Report(s, e, msg, &Fix{Safety: Safe, Description: "delete the script line", Edits: []article.Edit{d.DeleteLines(first, last)}})
			continue
		}
		ctx.Report(s, e, msg, ctx.Replace(s, e, "", "remove the script element"))
	}
}

// embInCodeBlockLine reports whether a line lies in a fenced or indented
// code block.
func embInCodeBlockLine(d *article.Doc, ln int) bool {
	s, e, _ := d.Line(ln)
	for _, sp := range d.NonProse() {
		if sp.End <= s {
			continue
		}
		if sp.Start > e {
			return false
		}
		if sp.Start <= s && sp.End >= e && (d.Src[sp.Start] == '`' || d.Src[sp.Start] == '~' || d.Src[sp.Start] == ' ' || d.Src[sp.Start] == '\t') {
			return true
		}
		if sp.Start < s && hasPrefixFold(d.Src[sp.Start:], "<pre") {
			return true
		}
	}
	return false
}

// ---- WordPress shortcodes ----

var embShortcodeRe = lazyRegexp(`(?i)\[(caption|wp_caption|embed|gallery|video|audio|playlist|tweet|youtube|vimeo|instagram|soundcloud|spotify|facebook)\b([^\]\n]{0,600})\]`)

func checkShortcodes(ctx *Context) {
	d := ctx.Doc
	done := -1
	for _, h := range ctx.Hits() {
		if h < d.Body() || h < done || d.Src[h] != '[' {
			continue
		}
		loc := embShortcodeRe().FindSubmatchIndex(d.Src[h:minInt(len(d.Src), h+700)])
		if loc == nil || loc[0] != 0 {
			continue
		}
		if h > 0 && d.Src[h-1] == '[' || embInCode(d, h) {
			continue // "[[caption]]" is WordPress's escape for a literal
		}
		// A Markdown link "[video](url)", "[video][ref]" or a reference
		// definition "[video]: url" is not a shortcode.
		at := strings.TrimSpace(string(d.Src[h+loc[4] : h+loc[5]]))
		bare := at == ""
		if end := h + loc[1]; end < len(d.Src) && (d.Src[end] == '(' || bare && (d.Src[end] == '[' || d.Src[end] == ':')) {
			continue
		}
		// Shortcode attributes are key="value" pairs, an address or one id;
		// "[video of the match]" is bracketed prose.
		if !bare && !strings.Contains(at, "=") && !strings.Contains(at, "://") && strings.ContainsAny(at, " \t") {
			continue
		}
		name := strings.ToLower(string(d.Src[h+loc[2] : h+loc[3]]))
		attrs := string(d.Src[h+loc[4] : h+loc[5]])
		s, openEnd := h, h+loc[1]
		e := openEnd
		inner := ""
		closer := "[/" + name + "]"
		if c := embFirstTag(d.Src[openEnd:minInt(len(d.Src), openEnd+8192)], closer); c >= 0 {
			inner = string(d.Src[openEnd : openEnd+c])
			e = openEnd + c + len(closer)
		}
		done = e
		if bare && inner == "" && e == openEnd {
			// "[video]" without attributes or a closing tag counts only
			// when it stands alone on its line; in a sentence it is prose.
			ls, le := embLineStart(d, d.LineOf(s)), embLineEnd(d, d.LineOf(s))
			if strings.TrimSpace(string(d.Src[ls:s])+string(d.Src[e:le])) != "" {
				continue
			}
		}
		var repl, desc string
		switch name {
		case "caption", "wp_caption":
			repl = strings.TrimSpace(inner)
			desc = "unwrap the caption shortcode, keeping the image and caption text"
			if repl == "" {
				repl = embShortcodeAttr(attrs, "caption")
			}
		case "gallery", "playlist":
			desc = "remove the gallery shortcode (it shows nothing outside WordPress)"
		default:
			repl = embShortcodeURL(name, attrs, inner)
			desc = "replace the " + name + " shortcode with the URL it embeds"
			if repl == "" {
				desc = "remove the " + name + " shortcode"
			}
		}
		msg := fmt.Sprintf("WordPress [%s] shortcode left unrendered", name)
		first, last := d.LineOf(s), d.LineOf(e-1)
		ls, _, _ := d.Line(first)
		_, le, _ := d.Line(last)
		if repl == "" && strings.TrimSpace(string(d.Src[ls:s])+string(d.Src[e:le])) == "" {
			ctx.Report(s, e, msg, &Fix{Safety: Safe, Description: desc, Edits: []article.Edit{d.DeleteLines(first, last)}})
			continue
		}
		ctx.Report(s, e, msg, ctx.Replace(s, e, repl, desc))
	}
}

func embShortcodeAttr(attrs, name string) string {
	re := embAttrRegexp(`(?i)\b` + regexp.QuoteMeta(name) + `\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))`)
	m := re.FindStringSubmatch(attrs)
	if m == nil {
		return ""
	}
	return m[1] + m[2] + m[3]
}

var embBareURLRe = lazyRegexp(`(?i)https?://[^\s"'\]]+`)

// embShortcodeURL finds the address a media shortcode embeds.
func embShortcodeURL(name, attrs, inner string) string {
	if u := strings.TrimSpace(inner); embBareURLRe().MatchString(u) && !strings.ContainsAny(u, " \n") {
		return u
	}
	for _, a := range []string{"url", "src", "mp4", "m4v", "webm", "ogv", "mp3", "ogg", "wav", "m4a", "flv", "wmv", "href"} {
		if u := embShortcodeAttr(attrs, a); u != "" {
			return u
		}
	}
	if u := embBareURLRe().FindString(attrs); u != "" {
		return u
	}
	a := strings.TrimSpace(attrs)
	if id := embShortcodeAttr(attrs, "id"); id != "" {
		a = id
	}
	switch name {
	case "youtube":
		if embYouTubeBareIDRe().MatchString(a) {
			return "https://www.youtube.com/watch?v=" + a
		}
	case "tweet":
		if embDigitsRe().MatchString(a) && len(a) >= 5 && len(a) <= 25 {
			return "https://twitter.com/i/status/" + a
		}
	case "vimeo":
		if embDigitsRe().MatchString(a) && len(a) >= 5 && len(a) <= 12 {
			return "https://vimeo.com/" + a
		}
	}
	return ""
}

// embFindAll returns the sorted body offsets of the given ASCII literals
// (case-insensitive), for a rule that must know about constructs its own
// triggers do not cover.
func embFindAll(d *article.Doc, lits ...string) []int {
	var out []int
	src := d.Src
	for i := d.Body(); i < len(src); i++ {
		if src[i] != '<' {
			continue
		}
		for _, l := range lits {
			if hasPrefixFold(src[i:], l) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

var (
	embYouTubeBareIDRe = lazyRegexp(`^[\w-]{11}$`)
	embDigitsRe        = lazyRegexp(`^\d+$`)
	embAttrREs         sync.Map
)

// embAttrRegexp compiles an attribute pattern once.
func embAttrRegexp(pat string) *regexp.Regexp {
	if re, ok := embAttrREs.Load(pat); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(pat)
	embAttrREs.Store(pat, re)
	return re
}
