package rules

import (
	"fmt"
	"strings"

	"github.com/scrapelint/scrapelint/article"
)

// Flattened posts of other platforms: Instagram's "A post shared by
// Name (@handle)", Facebook's "Posted by Page on Friday, April 10, 2020",
// Reddit's "by u/name in r/sub" and TikTok's "@user … ♬ sound" lines.

// embIGAttrRe() matches Instagram's attribution, in English and the common
// localised forms, with the optional date older embeds append.
var embIGAttrRe = lazyRegexp(`(?i)(?:A (?:post|photo|video|reel) (?:shared|posted) by|\bUna publicación compartida (?:de|por)|\bUne publication partagée par|\bEin Beitrag geteilt von|\bUn post condiviso da|\bUma publicação compartilhada por|\bEen bericht gedeeld door)[ \t\x{a0}]*(?:<a\s[^>]*>|\[)?([^()\n]{0,100}?)[ \t\x{a0}]*\(@([\w.]{1,30})\)(?:</a>|\]\([^)\s]*\))?(?:[ \t\x{a0}]*on[ \t\x{a0}]*(?:<time[^>]*>)?(` + embMonth + `[ \t\x{a0}]\d{1,2},?[ \t\x{a0}]\d{4}(?:[ \t]+at[ \t]+\d{1,2}:\d{2}[ \t]*[ap]\.?m\.?(?:[ \t]+[A-Z]{2,4})?)?)(?:</time>)?)?`)

// embIGViewRe() matches Instagram's "View this post on Instagram" button
// text and its localised forms.
var embIGViewRe = lazyRegexp(`(?i)View this (?:post|photo|video|profile) on Instagram|Ver esta publicación en Instagram|Voir cette publication sur Instagram|Sieh dir diesen Beitrag auf Instagram an|Visualizza questo post su Instagram|Ver essa foto no Instagram|Ver esta publicação no Instagram|Bekijk dit bericht op Instagram|この投稿をInstagramで見る`)

// embFBRe() matches Facebook's post attribution on a visible line.
var embFBRe = lazyRegexp(`^Posted by (.{1,80}?) on (?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,? (` + embMonth + ` \d{1,2}, \d{4}|\d{1,2} ` + embMonth + `,? \d{4}))?)\.?$`)

// embRedditRe() matches a Reddit embed byline at the end of a visible line;
// spaces are often lost around the links ("byu/name inr/sub").
var embRedditRe = lazyRegexp(`(?i)(?:^|\s)(?:Comment )?by ?u/([\w-]{3,20}) ?(?:from discussion (.{1,200}?) )?in ?(r/)?(\w{2,21})\s*$`)

// embTikTokUserRe() is a visible line that is only a TikTok handle.
var embTikTokUserRe = lazyRegexp(`^@[\w.]{2,24}$`)

// embPost is one flattened post: lines first..last, the words it carries
// and the attribution the rebuilt quotation ends with.
type embPost struct {
	first, last int
	start, end  int // reported span
	prefix      string
	text        []string
	attribution string
	suffix      string
	platform    string
}

func checkFlattenedPosts(ctx *Context) {
	d := ctx.Doc
	var posts []embPost
	seen := map[int]bool{}
	for _, h := range ctx.Hits() {
		if h < d.Body() {
			continue
		}
		ln := d.LineOf(h)
		if seen[ln] {
			continue
		}
		seen[ln] = true
		s, _, _ := d.Line(ln)
		if embInCode(d, s) || embInBlockquote(d, h) || embInRawEmbed(d, h) {
			continue
		}
		if p, ok := embPostAt(d, ln); ok {
			if len(posts) > 0 && p.first <= posts[len(posts)-1].last {
				continue // the line is already part of the previous post
			}
			posts = append(posts, p)
		}
	}
	for _, p := range posts {
		block := embBlockquote(p.text, "— "+p.attribution)
		if p.suffix != "" {
			_, le, lnext := d.Line(p.last)
			nl := embLineEnding(d, le, lnext)
			sep := nl
			if d.Format == article.Markdown {
				sep = nl + nl
			}
			block += sep + p.suffix
		}
		var fix *Fix
		if d.Format != article.HTML {
			// In an HTML page a Markdown quotation would be wrong; report only.
			fix = &Fix{Safety: Unsafe, Description: "rebuild the " + p.platform + " post as a blockquote with its attribution",
				Edits: []article.Edit{embLinesReplace(d, p.first, p.last, p.prefix, block)}}
		}
		ctx.Report(p.start, p.end, fmt.Sprintf("flattened %s post: its attribution line %q is embed residue", p.platform, embShorten(p.attribution)), fix)
	}
}

func embShorten(s string) string {
	if embRuneLen(s) <= 60 {
		return s
	}
	r := []rune(s)
	return string(r[:57]) + "…"
}

// embPostAt recognises a flattened post whose attribution is on line ln.
func embPostAt(d *article.Doc, ln int) (embPost, bool) {
	s, e, _ := d.Line(ln)
	line := d.Src[s:e]
	v := d.VisibleLine(ln)
	if m := embIGAttrRe().FindSubmatchIndex(line); m != nil {
		name := embTrimSpace(embVisibleText(line[m[2]:m[3]]))
		attr := fmt.Sprintf("%s (@%s) on Instagram", name, line[m[4]:m[5]])
		if name == "" {
			attr = fmt.Sprintf("@%s on Instagram", line[m[4]:m[5]])
		}
		if m[6] >= 0 {
			attr += ", " + string(line[m[6]:m[7]])
		}
		p := embPost{first: ln, last: ln, start: s, end: e, attribution: attr, platform: "Instagram"}
		before := string(line[embLeadMarkup(line):m[0]])
		before = strings.TrimSpace(embIGViewRe().ReplaceAllString(before, ""))
		after := strings.TrimSpace(string(line[m[1]:embTrailMarkup(line)]))
		if before != "" || after != "" {
			// Glued into a line of prose: keep the prose around it. A
			// sentence that merely uses the words ("a post shared by the
			// mayor (@mayor) on Instagram showed…") has spaces around them
			// and neither the date nor the button text.
			glued := m[0] > 0 && line[m[0]-1] != ' ' && line[m[0]-1] != '\t' ||
				m[1] < len(line) && line[m[1]] != ' ' && line[m[1]] != '\t' && line[m[1]] != '<' && line[m[1]] != '\r'
			if !glued && m[6] < 0 && !embIGViewRe().Match(line) {
				return embPost{}, false
			}
			p.prefix, p.suffix = before, after
			return p, true
		}
		if c := embPrevNonBlank(d, ln, 1); c >= 0 && embLooksLikeCaption(d, c) {
			p.first = c
			p.start, _, _ = d.Line(c)
			p.text = []string{strings.TrimSpace(string(d.LineText(c)))}
		}
		return p, true
	}
	if m := embFBRe().FindStringSubmatch(v); m != nil {
		attr := m[1] + " on Facebook, " + m[2]
		if m[3] != "" {
			attr += ", " + m[3]
		}
		p := embPost{first: ln, last: ln, start: s, end: e, attribution: attr, platform: "Facebook"}
		if c := embPrevNonBlank(d, ln, 1); c >= 0 && embPlainLine(d, c) {
			p.first = c
			p.start, _, _ = d.Line(c)
			p.text = []string{strings.TrimSpace(string(d.LineText(c)))}
		}
		return p, true
	}
	if m := embRedditRe().FindStringSubmatchIndex(v); m != nil {
		sub := v[m[8]:m[9]]
		attr := fmt.Sprintf("u/%s in r/%s on Reddit", v[m[2]:m[3]], sub)
		if m[4] >= 0 {
			attr = fmt.Sprintf("u/%s on “%s” in r/%s on Reddit", v[m[2]:m[3]], v[m[4]:m[5]], sub)
		}
		p := embPost{first: ln, last: ln, start: s, end: e, attribution: attr, platform: "Reddit"}
		title := strings.TrimSpace(v[:m[0]])
		if title != "" {
			if embRuneLen(title) > 300 {
				return embPost{}, false
			}
			p.text = []string{title}
		} else if c := embPrevNonBlank(d, ln, 1); c >= 0 && embPlainLine(d, c) && embRuneLen(d.VisibleLine(c)) <= 300 {
			p.first = c
			p.start, _, _ = d.Line(c)
			p.text = []string{d.VisibleLine(c)}
		}
		return p, true
	}
	if k := strings.Index(v, "♬"); k >= 0 {
		// TikTok: "@user" line, caption lines, then the "♬ sound" line.
		if k > 0 {
			// One flattened line: "@user caption ♬ sound - artist".
			f := strings.Fields(v[:k])
			if len(f) == 0 || !embTikTokUserRe().MatchString(f[0]) {
				return embPost{}, false
			}
			p := embPost{first: ln, last: ln, start: s, end: e, attribution: f[0] + " on TikTok", platform: "TikTok"}
			if cap := strings.TrimSpace(strings.TrimPrefix(v[:k], f[0])); cap != "" {
				p.text = []string{cap}
			}
			return p, true
		}
		for u, n := ln-1, 0; u >= d.FirstBodyLine() && n < 6; u, n = u-1, n+1 {
			uv := d.VisibleLine(u)
			if embTikTokUserRe().MatchString(uv) {
				p := embPost{first: u, last: ln, attribution: uv + " on TikTok", platform: "TikTok", end: e}
				p.start, _, _ = d.Line(u)
				for c := u + 1; c < ln; c++ {
					if t := strings.TrimSpace(string(d.LineText(c))); t != "" {
						p.text = append(p.text, t)
					}
				}
				return p, true
			}
			if uv != "" && (embRuneLen(uv) > 300 || embIsHeading(d.LineText(u))) {
				break
			}
		}
	}
	return embPost{}, false
}

// embLooksLikeCaption reports whether a line above an Instagram
// attribution is the post's caption (handles, hashtags, or the leading
// space of a flattened caption block) rather than article prose.
func embLooksLikeCaption(d *article.Doc, ln int) bool {
	if !embPlainLine(d, ln) {
		return false
	}
	raw := string(d.LineText(ln))
	v := d.VisibleLine(ln)
	if embIGViewRe().MatchString(v) {
		return false
	}
	return strings.HasPrefix(raw, " ") || strings.HasPrefix(raw, "\u00a0") || strings.Contains(v, "@") || strings.Contains(v, "#")
}

// embPlainLine reports whether a line is ordinary text that a flattened
// post's words could be: not blank, a heading, a quotation, code, or
// another post's attribution.
func embPlainLine(d *article.Doc, ln int) bool {
	raw := d.LineText(ln)
	s, _, _ := d.Line(ln)
	v := d.VisibleLine(ln)
	if v == "" || embIsHeading(raw) || embInCode(d, s) || embInBlockquote(d, s) || embRuneLen(v) > 2200 {
		return false
	}
	if embWordCount(embStripURLs(v)) == 0 || embShortcodeRe().Match(raw) || embChromeLines[normLine(v)] || strings.Contains(v, "♬") {
		return false // an address, a shortcode or chrome: residue of its own
	}
	return embFindSig(raw) == nil && !embIGAttrRe().Match(raw) && !embFBRe().MatchString(v) && !embRedditRe().MatchString(v)
}
