package rules

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/scrapelint/scrapelint/article"
)

// Player and embed chrome, placeholders and bare embed URLs.

var embChromeLines = newLineSet(loadList("embeds-chrome.txt"))

// embWeakChromeRe() matches player lines that are chrome only inside a
// block of stronger chrome ("Share", "Watch later", "0:00 / 4:31").
var embWeakChromeRe = lazyRegexp(`^(?:watch later|share|copy link|info|shopping|search|watch on|•?\s*live|•|more videos|cancel|confirm|\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?|[\d.,]+[kmb]? subscribers|.{1,120} - youtube|photo image of .{1,80})$`)

// embPlaceholderRe() matches an HTML-to-Markdown converter's stand-in for
// an embed inside a line.
var embPlaceholderRe = lazyRegexp(`(?i)\[embedded content\](?:\([^)\s]*\))?`)

// embIGViewInlineRe() is the button text as Instagram prints it; lower-case
// "view this post on Instagram" inside a sentence is prose.
var embIGViewInlineRe = lazyRegexp(strings.TrimPrefix(embIGViewRe().String(), "(?i)"))

// embTimelineRe() is the text a Twitter timeline widget leaves.
var embTimelineRe = lazyRegexp(`^tweets by @?\w{1,15}$`)

func checkEmbedChrome(ctx *Context) {
	d := ctx.Doc
	n := d.LineCount()
	strong := func(ln int) bool {
		if s, e, _ := d.Line(ln); e-s > 400 || embIsHeading(d.Src[s:e]) {
			return false // chrome lines are short; a heading is the author's
		}
		v := normLine(d.VisibleLine(ln))
		if v == "" {
			return false
		}
		return embChromeLines[v] || embTimelineRe().MatchString(v) || strings.HasPrefix(d.VisibleLine(ln), "♬") && !embTikTokOwned(d, ln)
	}
	weak := func(ln int) bool {
		if s, e, _ := d.Line(ln); e-s > 400 {
			return false
		}
		raw := d.VisibleLine(ln)
		v := normLine(raw)
		if v == "" {
			// "•", "|": separators of the player's toolbar.
			return raw != "" && embRuneLen(raw) <= 3
		}
		return embRuneLen(v) <= 140 && embWeakChromeRe().MatchString(v)
	}
	// titled reports whether line k is the player's "<channel>" line under
	// a "<title> - YouTube" line: short, unpunctuated, right below it.
	titled := func(k int) (int, bool) {
		v := d.VisibleLine(k)
		if v == "" || embWordCount(v) > 8 || strings.ContainsAny(v[len(v)-1:], ".!?:") {
			return 0, false
		}
		p := embPrevNonBlank(d, k, 1)
		if p < 0 || !strings.HasSuffix(strings.ToLower(d.VisibleLine(p)), " - youtube") {
			return 0, false
		}
		return p, true
	}
	skip := func(ln int) bool {
		return lineInCode(d, ln) || embInCodeBlockLine(d, ln) || embInRawEmbed(d, embLineStart(d, ln))
	}
	// Strong chrome lines carry a trigger literal, so only the lines of
	// the hits are examined; the block around each grows over weak lines.
	done := -1
	for _, h := range ctx.Hits() {
		if h < d.Body() {
			continue
		}
		ln := d.LineOf(h)
		if ln <= done {
			continue
		}
		done = ln
		if !strong(ln) || skip(ln) {
			embChromeInline(ctx, ln)
			continue
		}
		first, last := ln, ln
		for k := ln - 1; k >= d.FirstBodyLine(); k-- {
			if d.IsBlankLine(k) {
				continue
			}
			if !strong(k) && !weak(k) || skip(k) {
				if p, ok := titled(k); ok && !skip(p) {
					first = p
				}
				break
			}
			first = k
		}
		for k := ln + 1; k < n; k++ {
			if d.IsBlankLine(k) {
				continue
			}
			if !strong(k) && !weak(k) || skip(k) {
				break
			}
			last = k
		}
		done = last
		what := normLine(d.VisibleLine(first))
		if first != last {
			what = fmt.Sprintf("%d lines of embed or player text", last-first+1)
		}
		ctx.Report(embLineStart(d, first), embLineEnd(d, last), fmt.Sprintf("embed chrome left where an embed was (%s)", embShorten(what)),
			&Fix{Safety: Safe, Description: "delete the chrome lines", Edits: []article.Edit{d.DeleteLines(first, last)}})
	}
}

func embLineEnd(d *article.Doc, ln int) int {
	_, e, _ := d.Line(ln)
	return e
}

// embChromeInline reports chrome glued into a line of text: Instagram's
// button text and converter placeholders.
func embChromeInline(ctx *Context, ln int) {
	d := ctx.Doc
	s, e, _ := d.Line(ln)
	line := d.Src[s:e]
	if !bytes.Contains(line, []byte("Instagram")) && !bytes.Contains(line, []byte("この投稿")) && !bytes.Contains(line, []byte("mbedded c")) && !bytes.Contains(line, []byte("MBEDDED C")) {
		return
	}
	for _, re := range []*regexp.Regexp{embIGViewInlineRe(), embPlaceholderRe()} {
		for _, m := range re.FindAllIndex(line, -1) {
			ms, me := s+m[0], s+m[1]
			if embInCode(d, ms) || embInRawEmbed(d, ms) || d.InNonProse(ms) {
				continue
			}
			ctx.Report(ms, me, fmt.Sprintf("embed chrome %q glued into the text", string(line[m[0]:m[1]])), ctx.Replace(ms, me, "", "remove the chrome text"))
		}
	}
}

// embTikTokOwned reports whether a "♬" line belongs to a TikTok post whose
// "@user" line is above it (the flattened-post rule rebuilds that one).
func embTikTokOwned(d *article.Doc, ln int) bool {
	for u, k := ln-1, 0; u >= d.FirstBodyLine() && k < 6; u, k = u-1, k+1 {
		v := d.VisibleLine(u)
		if embTikTokUserRe().MatchString(v) {
			return true
		}
		if embRuneLen(v) > 300 {
			return false
		}
	}
	return false
}

// ---- bare embed URLs ----

// embBareEmbedRe() matches a line that is only the address of an embeddable
// post or video: what WordPress oEmbed and many converters leave.
var embBareEmbedRe = lazyRegexp(`(?i)^<?(https?://(?:(?:www\.|m\.)?youtube(?:-nocookie)?\.com/(?:watch\?\S*v=|embed/|shorts/|live/)[\w-]{11}|youtu\.be/[\w-]{11}|(?:www\.|player\.)?vimeo\.com/(?:video/)?\d{5,12}|(?:www\.)?instagram\.com/(?:p|reel|tv)/[\w-]{5,40}|(?:www\.)?tiktok\.com/@[\w.]{2,24}/video/\d{5,25}|(?:www\.)?facebook\.com/[^\s/]+/videos/[\w.]+|(?:www\.)?dailymotion\.com/video/\w+|open\.spotify\.com/(?:track|episode|album|playlist)/\w+|soundcloud\.com/[\w-]+/[\w-]+)[^\s<>]*)>?$`)

func checkBareEmbedURLs(ctx *Context) {
	d := ctx.Doc
	done := -1
	for _, h := range ctx.Hits() {
		if h < d.Body() {
			continue
		}
		ln := d.LineOf(h)
		if ln <= done {
			continue
		}
		done = ln
		s, e, _ := d.Line(ln)
		t := strings.TrimSpace(string(d.Src[s:e]))
		t = strings.TrimSuffix(strings.TrimPrefix(t, "<p>"), "</p>")
		m := embBareEmbedRe().FindStringSubmatch(t)
		if m == nil || embInCodeBlockLine(d, ln) || embInBlockquote(d, s) || embInRawEmbed(d, s) {
			continue
		}
		u := m[1]
		// A URL alone in a list item or between other lines of a paragraph
		// is a link the author wrote, not an oEmbed left behind.
		if p := ln - 1; p >= d.FirstBodyLine() && !d.IsBlankLine(p) && d.Format == article.Markdown {
			continue
		}
		if p := ln + 1; p < d.LineCount() && !d.IsBlankLine(p) && d.Format == article.Markdown {
			continue
		}
		var fix *Fix
		if d.Format == article.Markdown {
			repl := fmt.Sprintf("[%s](%s)", embBareLabel(u), u)
			desc := "turn the bare embed address into a labelled link"
			if embHugoSite(d) {
				if sc := embHugoShortcode(u); sc != "" {
					repl, desc = sc, "replace the bare embed address with a Hugo shortcode"
				}
			}
			fix = &Fix{Safety: Unsafe, Description: desc, Edits: []article.Edit{{Offset: s, End: e, Text: repl}}}
		}
		ctx.Report(s, e, fmt.Sprintf("bare embed address %s left on its own line where the embed was", embShorten(u)), fix)
	}
}

func embBareLabel(u string) string {
	l := strings.ToLower(u)
	switch {
	case strings.Contains(l, "youtu"):
		return "Video on YouTube"
	case strings.Contains(l, "vimeo"):
		return "Video on Vimeo"
	case strings.Contains(l, "dailymotion"):
		return "Video on Dailymotion"
	case strings.Contains(l, "twitter.com") || strings.Contains(l, "//x.com") || strings.Contains(l, ".x.com"):
		return "Post on X (Twitter)"
	case strings.Contains(l, "instagram"):
		return "Post on Instagram"
	case strings.Contains(l, "tiktok"):
		return "Video on TikTok"
	case strings.Contains(l, "facebook"):
		return "Post on Facebook"
	case strings.Contains(l, "spotify"):
		return "Listen on Spotify"
	case strings.Contains(l, "soundcloud"):
		return "Listen on SoundCloud"
	}
	return "Embedded media"
}

var embInstagramIDRe = lazyRegexp(`(?i)instagram\.com/(?:p|reel|tv)/([\w-]{5,40})`)

// embHugoShortcode writes a Hugo built-in shortcode for an embed URL.
func embHugoShortcode(u string) string {
	if m := embYouTubeIDRe().FindStringSubmatch(u); m != nil {
		return fmt.Sprintf("{{< youtube %s >}}", m[1])
	}
	if m := embVimeoIDRe().FindStringSubmatch(u); m != nil {
		return fmt.Sprintf("{{< vimeo %s >}}", m[1])
	}
	if m := embStatusRe().FindStringSubmatch(u); m != nil {
		return fmt.Sprintf(`{{< tweet user="%s" id="%s" >}}`, m[1], m[2])
	}
	if m := embInstagramIDRe().FindStringSubmatch(u); m != nil {
		return fmt.Sprintf("{{< instagram %s >}}", m[1])
	}
	return ""
}
