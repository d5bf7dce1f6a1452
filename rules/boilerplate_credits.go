package rules

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/scrapelint/scrapelint/article"
)

// Checks of the boilerplate rules about credits and notices: copyright
// footers, republishers' attribution lines and orphaned image credits.

// ---- copyright footer --------------------------------------------------------------

var (
	bpCopyrightRe = lazyRegexp(`^(?:copyright\s*)?(?:©|\(c\)|&copy;?)\s*\S|^copyright\s+(?:©\s*)?(?:\d{4}|the associated press|reuters|afp)\b|\ball rights reserved\W*$|\bmay not be (?:published|reproduced),? broadcast, rewritten,? or redistributed\W*$`)
)

func checkCopyright(ctx *Context) {
	d := ctx.Doc
	var lines []bpLine
	for _, ln := range bpCandidatesW(ctx, 400, 45) {
		v := d.VisibleLine(ln)
		// bpNorm would trim the "©" itself; lower-case and trim spaces only.
		n := strings.TrimSpace(strings.ToLower(v))
		n = strings.TrimLeft(n, "*_-–—|•· ")
		if n == "" || !bpHasAny(n, "©", "(c)", "&copy", "copyright", "rights reserved", "may not be") || bpWords(n) > 45 || !bpCopyrightRe().MatchString(n) {
			continue
		}
		if bpWords(n) > 12 && !bpHasAny(n, "copyright", "rights reserved", "may not be") {
			// "© Site" glued to a sentence: the line is mostly text.
			continue
		}
		if bpHasAny(n, "licensed under", "licence", "license", "creative commons", "cc by", "cc-by", "cc0", "public domain") {
			// A licence statement tells readers what they may do with the
			// text: content, not chrome.
			continue
		}
		lines = append(lines, bpLine{ln: ln, kind: bpStrong, what: v})
	}
	bpReport(ctx, bpRuns(d, lines, false), func(run []bpLine) string {
		return fmt.Sprintf("copyright footer %q of the source page", bpQuote(run[0].what))
	}, "delete the copyright footer", func(run []bpLine) bool { return bpInTail(d, run[len(run)-1].ln, 8) })
}

// ---- attribution line -------------------------------------------------------------

var bpEdgeOnlyAttrRe = lazyRegexp(`^(?:source|sources|via|source url|original url|original link|original source|courtesy of)\b`)

var bpAttributionRe = lazyRegexp(`^(?:(?:source|sources|via|source url|original url|original link|original source)\s*:\s*\S|(?:originally|first) (?:published|posted|appeared) (?:at|on|in|by)\b|this (?:article|story|post|piece|essay|column) (?:was )?(?:originally|first) (?:published|posted|appeared|ran)\b|(?:republished|reprinted|reposted|cross-posted|crossposted) (?:with permission )?(?:from|with permission)\b|courtesy of\b)`)

// bpAfterQuote reports whether the previous non-blank line is a quotation.
func bpAfterQuote(d *article.Doc, ln int) bool {
	for k := ln - 1; k >= d.FirstBodyLine(); k-- {
		if d.IsBlankLine(k) {
			continue
		}
		t := strings.TrimSpace(string(d.LineText(k)))
		return strings.HasPrefix(t, ">") || strings.HasSuffix(strings.ToLower(t), "</blockquote>")
	}
	return false
}

// bpClauseRe() spots a sentence that goes on after the attribution phrase
// ("Originally published in 1851, the novel sold poorly").
var bpClauseRe = lazyRegexp(`, (?:the|a|an|it|he|she|they|we|i|this|that|its|his|her|their)\s`)

func checkAttribution(ctx *Context) {
	d := ctx.Doc
	var lines []bpLine
	for _, ln := range bpCandidatesW(ctx, 300, 30) {
		v := d.VisibleLine(ln)
		n := bpNorm(v)
		if n == "" || bpWords(n) > 30 || !bpAttributionRe().MatchString(n) || bpClauseRe().MatchString(n) {
			continue
		}
		// "Source: X" and "Via: X" are republisher notes only at the edges
		// of the body; in the middle they credit a chart or a quote. The
		// "originally published" forms are notes wherever they stand.
		if bpEdgeOnlyAttrRe().MatchString(n) {
			top := bpNonBlankBefore(d, ln, 2) < 2
			raw := string(d.LineText(ln))
			// At the end, "Source: BLS" credits the data; a republisher's
			// note there carries the link to the copied page.
			linked := strings.Contains(raw, "](") || strings.Contains(raw, "://") || indexFold([]byte(raw), []byte("<a ")) >= 0
			if !top && !(linked && bpInTail(d, ln, 2)) {
				continue
			}
		}
		if bpAfterQuote(d, ln) {
			// "Source: …" under a quotation credits the quote.
			continue
		}
		lines = append(lines, bpLine{ln: ln, kind: bpStrong, what: v})
	}
	bpReport(ctx, bpRuns(d, lines, false), func(run []bpLine) string {
		return fmt.Sprintf("attribution line %q added by the republisher", bpQuote(run[0].what))
	}, "delete the attribution line", nil)
}

// ---- image credit ------------------------------------------------------------------

var (
	bpCreditPrefixRe = lazyRegexp(`^embed from getty images$|^(?:enlarge this image|toggle caption|hide caption|image caption|image source)$|^\(?(?:photograph|photo illustration|video screenshot|screenshot|screengrab) (?:by|via|courtesy(?: of)?)\s+\S.{0,80}\)?$|^(?:photo|photograph|image|picture|pic|video|illustration|graphic|credit|image credit|photo credit|image source|image caption|source image)\s*[:,]\s*\S.{0,80}$|^\(?(?:photo|image|picture|illustration) (?:by|courtesy(?: of)?|via)\s+\S.{0,80}\)?$`)
	bpAgencies       = map[string]bool{"getty images": true, "getty": true, "reuters": true, "afp": true, "ap": true, "ap photo": true, "associated press": true, "epa": true, "shutterstock": true, "istock": true, "istockphoto": true, "getty images/istockphoto": true, "alamy": true, "alamy stock photo": true, "afp via getty images": true, "rex features": true, "rex/shutterstock": true, "pa": true, "pa media": true, "pa wire": true, "bloomberg": true, "xinhua": true, "anadolu agency": true, "unsplash": true, "pexels": true, "pixabay": true, "courtesy": true, "handout": true, "file photo": true}
	// Placeholders left where a picture was ("Image"), reported when repeated.
	bpImagePlaceholders = map[string]bool{"image": true, "photo": true, "picture": true, "video": true, "gallery": true, "expand": true}
	bpStores            = map[string]bool{"amazon": true, "target": true, "walmart": true, "etsy": true, "ebay": true, "wayfair": true, "best buy": true, "nordstrom": true, "sephora": true, "ulta": true, "macy's": true, "home depot": true, "amazon customer": true, "instagram": true}
	bpPathValueRe       = lazyRegexp(`^\w+(?: \w+)?\s*[:,]\s*["']?(?:https?://|/|\.\.?/|\{\{)|\.(?:jpe?g|png|gif|webp|svg)["']?,?$`)
	bpDomainRe          = lazyRegexp(`^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.uk|co|io|de|fr|tv|me)$`)
)

// bpCreditClass: strong for explicit credits, weak for bare names and
// domains (which need a second credit line in the article).
func bpCreditClass(d *article.Doc, ln int, v string) bpMatch {
	n := bpNorm(v)
	if n == "" || bpWords(n) > 16 || bpIsHeading(d, ln) {
		return bpNone
	}
	if bpCreditPrefixRe().MatchString(n) {
		if bpPathValueRe().MatchString(n) {
			// "image: /assets/a.png" is a leaked metadata field, not a credit.
			return bpNone
		}
		return bpStrong
	}
	if bpImagePlaceholders[n] {
		return bpWeak
	}
	// "amazon.com , c / amazon.com", "Amazon Customer / amazon.com".
	parts := strings.FieldsFunc(n, func(r rune) bool { return r == '/' || r == ',' || r == '|' || r == ';' })
	if len(parts) == 0 || len(parts) > 4 {
		return bpNone
	}
	named, agency, people := 0, false, 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case bpAgencies[p] && len(p) > 3:
			named++
			agency = true
		case bpAgencies[p] || bpStores[p] || bpDomainRe().MatchString(p):
			named++
		case len(p) <= 2:
			// Initials of a photographer ("c").
		case len(parts) > 1 && bpWords(p) <= 4:
			// A photographer's name beside the agency.
			people++
		default:
			return bpNone
		}
	}
	if people > 0 && !agency {
		return bpNone
	}
	if named == 0 {
		return bpNone
	}
	if len(parts) == 1 && bpAgencies[n] && len(n) > 3 {
		return bpStrong
	}
	if agency {
		// "A. Writer/Getty Images", "AP Photo/B. Reporter".
		return bpStrong
	}
	return bpWeak
}

func checkImageCredit(ctx *Context) {
	d := ctx.Doc
	var lines []bpLine
	for _, ln := range bpCandidatesW(ctx, 100, 16) {
		raw := d.LineText(ln)
		if d.Format == article.Markdown && bpListItem(raw) {
			continue
		}
		v := d.VisibleLine(ln)
		m := bpCreditClass(d, ln, v)
		if m == bpNone || bpNearImage(d, ln) {
			// Beside its picture a credit is a caption, not a leak.
			continue
		}
		lines = append(lines, bpLine{ln: ln, kind: m, what: v})
	}
	weak := 0
	for _, l := range lines {
		if l.kind == bpWeak {
			weak++
		}
	}
	for _, l := range lines {
		if l.kind == bpStrong || weak >= 2 {
			ctx.ReportLines(l.ln, l.ln, fmt.Sprintf("image credit %q left without its image", bpQuote(l.what)), "delete the credit line")
		}
	}
}

// bpNearImage reports whether an image (Markdown, HTML, a shortcode or a
// template tag) stands within two lines of ln.
func bpNearImage(d *article.Doc, ln int) bool {
	for k := ln - 2; k <= ln+2; k++ {
		if k < d.FirstBodyLine() || k >= d.LineCount() || k == ln {
			continue
		}
		t := d.LineText(k)
		if bytes.Contains(t, []byte("![")) || indexFold(t, []byte("<img")) >= 0 || indexFold(t, []byte("<figure")) >= 0 || indexFold(t, []byte("<picture")) >= 0 || indexFold(t, []byte("[caption")) >= 0 {
			return true
		}
		if (bytes.Contains(t, []byte("{%")) || bytes.Contains(t, []byte("{{"))) && (indexFold(t, []byte("image")) >= 0 || indexFold(t, []byte("figure")) >= 0 || indexFold(t, []byte("img")) >= 0 || indexFold(t, []byte("photo")) >= 0) {
			return true
		}
	}
	return false
}

func bpListItem(raw []byte) bool {
	t := strings.TrimLeft(string(raw), " \t")
	return strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ ")
}
