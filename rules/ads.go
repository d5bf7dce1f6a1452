package rules

import (
	"fmt"
	"regexp"
	"strings"
)

// The ads family: placeholder tokens of autoblog and ad plugins, ad-slot
// label lines and leaked ad scripts.

// adTokenRe() matches ad-plugin shortcodes and autoblog template tags. It is
// written for the family: every "[ad…]" shortcode with an optional
// attribute list, the ad plugins' own shortcodes, and the WP Automatic /
// feed-to-post template tags that were meant to be replaced at publish time.
var adTokenRe = lazyRegexp(`(?i)\[/?(?:` +
	// [ad], [ads], [ad_1], [ad-2], [ad1], [ads_3], [adsense], [ad_slot …], [ad_unit], [ad_code], [ad_block], [ad_space], [ad_zone], [ad id="…"]
	`ads?(?:[_-]?\d{1,3})?|adsense\w*|ads?[_-]?(?:slot|unit|block|code|space|zone|box|banner|widget|spot|placement|inserter|manager)\w*|ad[_-]?(?:top|middle|mid|bottom|inline|sidebar)\w*|` +
	// plugin shortcodes: Advanced Ads, Ad Inserter, AdRotate, Quick Adsense (quads), WP QUADS, Ad Injection, WP In Post Ads
	`the_ad(?:_group|_placement)?|adinserter|ad_inserter|adrotate(?:_group)?|quads(?:_ad)?|advanced_ads?\w*|wpquads|wp_ad_camp_\d+|ai_ad|ad_injection|inpostads|bsa_pro_ad_space\w*|` +
	// autoblog template tags left unrendered
	`source_link|source_url|source_domain|source_url_(?:en|de)coded|matched_content|original_title|original_link|original_author|original_date|feed_name|feed_url|enclosure_link|og_img|redirect_url|rule_\d+(?:_plain)?|(?:vid|item|product|post|pin|img)_(?:player|title|embed|price|url|link|desc|description|images?|author|content)` +
	`)` +
	// shortcode attributes: key="value", key='value', key=value, or a bare id
	// (WordPress may have curled the quotes: id=”123″)
	`(?:\s+(?:[\w-]+\s*=\s*(?:"[^"\]\n]{0,200}"|'[^'\]\n]{0,200}'|[“”″][^\]\n]{0,200}?[“”″]|[^\s\]"'“”″]{1,200})|\d{1,10}))*\s*\]`)

var adTokenTriggers = []string{"[ad", "[/ad", "[the_ad", "[quads", "[wpquads", "[wp_ad_camp", "[ai_ad", "[inpostads", "[bsa_pro",
	"[source_", "[matched_content", "[original_", "[feed_", "[enclosure_link", "[og_img", "[redirect_url", "[rule_",
	"[vid_", "[item_", "[product_", "[post_", "[pin_", "[img_"}

func init() {
	Register(New(Meta{
		ID:       "ads/placeholder-token",
		Severity: Error,
		Fix:      Safe,
		Summary:  "Ad-plugin shortcode or autoblog template tag left in the text (`[ad_1]`, `[adsense]`, `[source_link]`).",
		What: "Finds placeholder tokens that ad plugins and autoblog templates put where an ad or a " +
			"piece of the source page was to be inserted: `[ad_1]`, `[ads]`, `[adsense]`, `[ad id=\"…\"]`, " +
			"`[the_ad id=\"…\"]`, `[adinserter block=\"1\"]`, `[quads id=1]`, and template tags such as " +
			"`[source_link]` or `[matched_content]`.",
		Why: "The token was meant to be replaced when the page was rendered. Left in the text it is " +
			"visible noise that marks the article as scraped.",
		FixNote: "Safe: deletes the line when the token is all it holds, otherwise removes the token. " +
			"Only tokens of known ad plugins and template engines match, so citations like `[1]` stay.",
		Examples: []Example{
			{Bad: "[ad_1]\nThe council met on Monday.\n", Good: "The council met on Monday [1].\n", Fixed: "The council met on Monday.\n"},
			{Bad: "The vote passed. [the_ad id=\"4012\"] It was close.\n", Good: "The vote passed. It was close.\n", Fixed: "The vote passed. It was close.\n"},
			{Bad: "Read the report.\n\n[adinserter block=\"3\"]\n\nIt is long.\n", Good: "Read the [report](https://example.org/ad_1).\n", Fixed: "Read the report.\n\nIt is long.\n"},
			{Bad: "Text.\n<br>[source_link]\n", Good: "An [adsense-style] auction.\n", Fixed: "Text.\n"},
		},
		Triggers: adTokenTriggers,
	}, checkAdTokens))

	Register(New(Meta{
		ID:       "ads/label-line",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "A line that is only an ad-slot label (`Advertisement`, `Story continues below advertisement`).",
		What: "Finds lines whose whole visible text is a label printed around an ad slot: " +
			"`Advertisement`, `ADVERTISEMENT`, `Sponsored content`, `Story continues below advertisement`, " +
			"`Scroll to continue with content`, `Advertisement - scroll to continue reading`, and the same " +
			"labels in other languages (`Publicité`, `Werbung`, `Anuncio`).",
		Why: "The ad was stripped but its label stayed; it interrupts the article mid-paragraph.",
		FixNote: "Safe: deletes the line. Only whole lines match: the word inside a sentence is prose " +
			"and is never touched.",
		Examples: []Example{
			{Bad: "First paragraph.\n\nADVERTISEMENT\n\nSecond paragraph.\n", Good: "The advertisement ran during the final.\n", Fixed: "First paragraph.\n\nSecond paragraph.\n"},
			{Bad: "One.\n— Story continues below advertisement —\nTwo.\n", Good: "## Advertising revenue fell\n", Fixed: "One.\nTwo.\n"},
			{Bad: "One.\n<p>Advertisement - scroll to continue reading</p>\nTwo.\n", Good: "Sponsored content is labelled, the paper said.\n", Fixed: "One.\nTwo.\n"},
			{Bad: "One.\n\n**Sponsored Content**\n\nTwo.\n", Good: "One.\n\n[ads]\n\nTwo.\n", Fixed: "One.\n\nTwo.\n"},
		},
		Triggers: []string{"advert", "ad", "sponsor", "promoted", "paid", "continue", "publicit", "pub", "werbung", "anzeige", "anuncio", "publicidad", "pubblicit", "реклама", "广告", "taboola", "outbrain", "adchoices"},
	}, checkAdLabels))

	Register(New(Meta{
		ID:       "ads/script",
		Severity: Error,
		Fix:      Safe,
		Summary:  "Ad-network script or ad iframe leaked into the text (`(adsbygoogle = window.adsbygoogle || []).push({});`).",
		What: "Finds the code and markup of ad networks that scrapers copy along with the article: " +
			"AdSense's `adsbygoogle` push call and `<ins class=\"adsbygoogle\">` slot, Google Publisher Tag " +
			"`googletag` calls and `div-gpt-ad` slots, Taboola, Outbrain and Amazon widgets, and ad-unit iframes.",
		Why:     "Readers see the code as text, and in a republished page the script may even run ads for someone else.",
		FixNote: "Safe: removes the script element, or the whole line when the snippet is all it holds.",
		Examples: []Example{
			{Bad: "Intro.\n(adsbygoogle = window.adsbygoogle || []).push({});\nBody.\n", Good: "AdSense is Google's ad network.\n", Fixed: "Intro.\nBody.\n"},
			{Bad: "Intro. <script>googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });</script> Body.\n", Good: "Intro. Body.\n", Fixed: "Intro.  Body.\n"},
		},
		Triggers: adScriptMarkers,
	}, checkAdScripts))
}

func checkAdTokens(ctx *Context) {
	d := ctx.Doc
	for _, ln := range ctx.HitLines() {
		s, e, _ := d.Line(ln)
		line := d.Src[s:e]
		matches := adTokenRe().FindAllIndex(line, -1)
		// A line holding nothing but tokens goes as a whole (decided once
		// per line: a long line may hold thousands of tokens).
		if len(matches) > 0 && onlyTokens(d.VisibleLine(ln), adTokenRe()) && !d.InNonProse(s+matches[0][0]) {
			tok := string(line[matches[0][0]:matches[0][1]])
			ctx.ReportLines(ln, ln, fmt.Sprintf("placeholder token %s left by an ad plugin or autoblog template", tok), "delete the line")
			continue
		}
		for _, m := range matches {
			ms, me := s+m[0], s+m[1]
			if d.InNonProse(ms) {
				continue
			}
			tok := string(d.Src[ms:me])
			msg := fmt.Sprintf("placeholder token %s left by an ad plugin or autoblog template", tok)
			ctx.Report(ms, me, msg, ctx.Replace(ms, spaceAfter(d.Src, me), "", "remove the token"))
		}
	}
}

// onlyTokens reports whether a visible line consists of nothing but
// matches of re (and white space).
func onlyTokens(visible string, re *regexp.Regexp) bool {
	if visible == "" {
		return false
	}
	return strings.TrimSpace(re.ReplaceAllString(visible, "")) == ""
}

// spaceAfter extends a removal over the blanks that follow it, so that
// removing an inline token leaves one space between the words, not two.
func spaceAfter(src []byte, e int) int {
	for e < len(src) && (src[e] == ' ' || src[e] == '\t') {
		e++
	}
	return e
}

func checkAdLabels(ctx *Context) {
	d := ctx.Doc
	// Only lines holding a trigger word can be labels.
	for _, ln := range ctx.HitLines() {
		s, e, _ := d.Line(ln)
		if e-s > 400 {
			continue // a label line is short even with its markup
		}
		v := d.VisibleLine(ln)
		if v == "" || len(v) > 80 {
			continue
		}
		n := normLine(v)
		if !adLabels[n] && !adLabelRe().MatchString(n) {
			continue
		}
		if adTokenRe().MatchString(v) {
			continue // "[ads]" is a placeholder token, reported as one
		}
		// A label inside page structure (a hidden span in a slideshow) is
		// part of the page's HTML, not a line of residue.
		if lineInCode(d, ln) || !htmlBalanced(d.LineText(ln)) {
			continue
		}
		ctx.ReportLines(ln, ln, fmt.Sprintf("ad-slot label %q left where an ad was", v), "delete the line")
	}
}

var adLabels = newLineSet(loadList("ad-labels.txt"))

// adLabelRe() covers the variable forms of the continuation banners.
var adLabelRe = lazyRegexp(`^(?:advertisement\W+)?(?:the\s+)?(?:story|article|text|content|post|page|video)\s+continues\s+(?:below|after|under)(?:\s+(?:this|the))?(?:\s+(?:advertisement|ad|advert|sponsored content))?$|^advertisement\W+(?:scroll|continue|story|article)\b[\w\s]{0,40}$`)

var adScriptMarkers = []string{"adsbygoogle", "googletag.", "div-gpt-ad", "_taboola", "outbrain", "amzn_assoc_", "google_ad_client", "googlesyndication", "doubleclick.net", "adunit", "ad-unit", "ad_unit", "google_ads_iframe"}

var adScriptRe = lazyRegexp(`(?i)adsbygoogle|googletag\.|div-gpt-ad|window\._taboola|_taboola\s*=|OBR\.extern|amzn_assoc_|google_ad_client|googlesyndication\.com|doubleclick\.net|google_ads_iframe|class="[^"]*\b(?:gallery)?ad-?unit\b[^"]*"|class="[^"]*\b\w*AdUnit\b[^"]*"`)

func checkAdScripts(ctx *Context) {
	d := ctx.Doc
	for _, ln := range ctx.HitLines() {
		s, e, _ := d.Line(ln)
		line := d.Src[s:e]
		loc := adScriptRe().FindIndex(line)
		if loc == nil || lineInCode(d, ln) {
			continue
		}
		h := s + loc[0]
		el, inElement := enclosingElement(d.Src, h, []string{"script", "ins", "iframe"})
		if inElement && (el.Start > s || el.End < e) && len(strings.TrimSpace(d.VisibleLine(ln))) > 0 {
			ctx.Report(el.Start, el.End, "ad-network code left in the article", ctx.Replace(el.Start, el.End, "", "remove the ad element"))
			continue
		}
		// The snippet is all the line holds (as code or as a bare element).
		first, last := ln, ln
		if inElement {
			first, last = d.LineOf(el.Start), d.LineOf(el.End-1)
		}
		ctx.ReportLines(first, last, "ad-network code left in the article", "delete the ad code")
	}
}
