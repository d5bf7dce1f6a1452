package rules

import (
	"fmt"
	"strings"

	"github.com/scrapelint/scrapelint/article"
)

// Boilerplate rules for page notes kept as article lines: the page's
// "Updated …" stamp and the shopping site's affiliate disclosure.

func init() {
	Register(New(Meta{
		ID:       "boilerplate/timestamp-line",
		Severity: Info,
		Fix:      Unsafe,
		Summary:  "Page timestamp kept as the first or last line (`Updated 2:54 PM ET, Thu August 6, 2020`).",
		What: "Finds a line at the very start or end of the body that is only the page's time stamp: " +
			"`Updated 2:54 PM ET, Thu August 6, 2020`, `Published on Oct 11, 2020`, `Last updated: 12 March " +
			"2024`, `Updated on Oct 13, 2020. Posted on Oct 11, 2020`.",
		Why: "The stamp is page chrome printed above or below the story; the date belongs in the front " +
			"matter, and as text it reads like the first sentence of the article.",
		FixNote: "Unsafe: deletes the line. The date may be the only record of when the story was published, " +
			"so review (or move it to the front matter) first.",
		Examples: []Example{
			{Bad: "Updated 2:54 PM ET, Thu August 6, 2020\nWashington (CNN)\nThe envoy resigned.\nMore text.\nEnd.\n", Good: "Updated figures were published on Monday, August 6.\n", Fixed: "Washington (CNN)\nThe envoy resigned.\nMore text.\nEnd.\n", Path: "story.txt"},
			{Bad: "Body.\n\nLast updated: 12 March 2024\n", Good: "Body.\n\nPosted in the lobby on March 12.\n", Fixed: "Body.\n"},
		},
		Triggers: []string{"updated", "published", "posted"},
	}, checkTimestamp))

	Register(New(Meta{
		ID:       "boilerplate/affiliate-disclosure",
		Severity: Info,
		Fix:      Unsafe,
		Summary:  "Affiliate-link disclosure of the source site (`… may collect a share of sales from the links on this page`).",
		What: "Finds the short notice that shopping and review sites put above product lists: `We may earn a " +
			"commission from links on this page`, `<Site> may collect a share of sales or other compensation from " +
			"the links on this page`, `As an Amazon Associate I earn from qualifying purchases`, `This post " +
			"contains affiliate links`.",
		Why: "The notice speaks for the scraped site's business deals; in a copy, whose links are gone or " +
			"point elsewhere, it is untrue boilerplate.",
		FixNote: "Unsafe: deletes the line. Where the copy still carries the affiliate links the disclosure " +
			"may be legally required, so review first.",
		Examples: []Example{
			{Bad: "Title\nWe hope you love the products we recommend! Just so you know, Example may collect a share of sales or other compensation from the links on this page.\nBody.\n", Good: "The site said it may earn a commission, and critics objected to the practice in a long letter to the regulator.\n", Fixed: "Title\nBody.\n", Path: "list.txt"},
			{Bad: "Body.\n\n*As an Amazon Associate I earn from qualifying purchases.*\n", Good: "Body.\n", Fixed: "Body.\n"},
		},
		Triggers: []string{"commission", "share of sales", "affiliate", "qualifying purchases"},
	}, checkAffiliate))

	Register(New(Meta{
		ID:       "boilerplate/project-line",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "A line listed as boilerplate in the project's `.scrapelint.yml` (`dictionaries: boilerplate:`).",
		What: "Finds lines whose whole visible text is one of the project's boilerplate lines, compared " +
			"case-insensitively after the normalisation the boilerplate family uses (quotes unified, emoji, " +
			"bullets and punctuation at both ends dropped), so `**FOLLOW US on Telegram for the latest updates!**` " +
			"matches the entry `Follow us on Telegram for the latest updates`. Without such entries the rule " +
			"reports nothing.",
		Why: "Every feed has its own sign-offs and promotions; the project knows them, and listing them " +
			"once removes them from every article.",
		FixNote: "Safe: deletes the whole line (or, in an HTML line shared with other markup, just the " +
			"element holding the text). The project declared the line to be boilerplate, and the same words " +
			"inside a sentence are never matched.",
		Examples: []Example{
			{
				Bad:   "The council approved the budget.\n\n**Follow us on Telegram for the latest updates!**\n",
				Good:  "Follow us on Telegram for the latest updates, the minister told reporters on Monday.\n",
				Fixed: "The council approved the budget.\n",
				Dict:  &Dictionaries{Boilerplate: []string{"Follow us on Telegram for the latest updates"}},
			},
		},
	}, checkProjectLines))
}

// ---- project lines --------------------------------------------------------

func checkProjectLines(ctx *Context) {
	lines, shortest := ctx.Dict.boilerplateLines()
	if len(lines) == 0 {
		return
	}
	d := ctx.Doc
	var found []bpLine
	for ln := d.FirstBodyLine(); ln < d.LineCount(); ln++ {
		s, e, _ := d.Line(ln)
		if e-s < shortest || lineInCode(d, ln) {
			continue
		}
		v := bpTrimVisible(d, ln)
		if len(v) < shortest || !lines[bpNorm(strings.Join(strings.Fields(v), " "))] {
			continue
		}
		found = append(found, bpLine{ln: ln, kind: bpStrong, what: strings.TrimSpace(v)})
	}
	if len(found) == 0 {
		return
	}
	runs := make([][]bpLine, len(found))
	for i, l := range found {
		runs[i] = []bpLine{l}
	}
	bpReport(ctx, runs, func(run []bpLine) string {
		return fmt.Sprintf("boilerplate line listed in the project's dictionary: %q", bpQuote(run[0].what))
	}, "delete the boilerplate line", nil)
}

// ---- timestamp line -------------------------------------------------------

var (
	bpStampRe     = lazyRegexp(`^(?:(?:last )?updated|published|posted|first published|originally published)(?: on| at)?\s*:?\s+([\w ,:./-]{3,60}?)(?:[.,;|]?\s*(?:(?:last )?updated|published|posted)(?: on| at)?\s*:?\s+([\w ,:./-]{3,60}))?$`)
	bpDateWordRe  = lazyRegexp(`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d{2}\b`)
	bpStampJunkRe = lazyRegexp(`^(?:\d{1,2}(?::\d{2})?|[ap]\.?m\.?|et|pt|ct|mt|utc|gmt|bst|cet|est|edt|pst|pdt|ist|on|at|the|of|\d{4}|\d{1,2}(?:st|nd|rd|th)?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|[\d/.:-]+)$`)
)

// bpOnlyDate reports whether s is made of date and time words only.
func bpOnlyDate(s string) bool {
	if !bpDateWordRe().MatchString(s) {
		return false
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' && false }) {
		w = strings.Trim(w, ".,")
		if w != "" && !bpStampJunkRe().MatchString(w) {
			return false
		}
	}
	return true
}

func checkTimestamp(ctx *Context) {
	d := ctx.Doc
	for _, ln := range bpCandidatesW(ctx, 120, 16) {
		v := d.VisibleLine(ln)
		n := bpNorm(v)
		if bpWords(n) > 16 {
			continue
		}
		// A bare dateline ("Thursday, 24 July 2008, 12:49 am") is the
		// article's own; only the page's "Updated …" stamp is chrome.
		if !bpHasAny(n, "updated", "published", "posted") {
			continue
		}
		if m := bpStampRe().FindStringSubmatch(n); m == nil || !bpOnlyDate(m[1]) || m[2] != "" && !bpOnlyDate(m[2]) {
			continue
		}
		if bpNonBlankBefore(d, ln, 4) >= 4 && !bpInTail(d, ln, 2) {
			// Page stamps sit under the headline or at the very end.
			continue
		}
		if bpNextToByline(d, ln) {
			// Date and byline together are the article's own byline block.
			continue
		}
		ctx.ReportLines(ln, ln, fmt.Sprintf("page timestamp %q kept as a line of the article", bpQuote(v)), "delete the timestamp line")
	}
}

// bpNextToByline reports whether the nearest visible line before or after
// ln is a byline ("By A. Writer").
func bpNextToByline(d *article.Doc, ln int) bool {
	for _, step := range []int{-1, 1} {
		for k := ln + step; k >= d.FirstBodyLine() && k < d.LineCount(); k += step {
			v := bpTrimVisible(d, k)
			if v == "" {
				continue
			}
			if strings.HasPrefix(v, "By ") || strings.HasPrefix(v, "by ") || strings.HasPrefix(v, "BY ") {
				return true
			}
			break
		}
	}
	return false
}

// ---- affiliate disclosure ---------------------------------------------------

var bpAffiliateRe = lazyRegexp(`\b(?:may|might|will|could) (?:collect|earn|receive|get) (?:a (?:small )?)?(?:share of (?:sales|revenue)|commission|affiliate commission|compensation)|\bas an amazon associate,? (?:i|we) earn\b|\b(?:this|the) (?:post|article|page|story) (?:may )?contains? affiliate links?\b|\baffiliate links? (?:on|in) this (?:page|post|article)\b|\b(?:we|i) (?:may )?earn (?:a )?(?:small )?(?:affiliate )?commission\b`)

func checkAffiliate(ctx *Context) {
	d := ctx.Doc
	for _, ln := range bpCandidatesW(ctx, 600, 60) {
		v := d.VisibleLine(ln)
		n := bpNorm(v)
		if n == "" || bpWords(n) > 60 || !bpAffiliateRe().MatchString(n) {
			continue
		}
		// The notice speaks of "we", "our" or the site, and the links "on this page".
		if !strings.Contains(n, "associate") && !strings.Contains(n, "this page") && !strings.Contains(n, "this post") && !strings.Contains(n, "affiliate") && !strings.Contains(n, "links") && !strings.HasPrefix(n, "we ") {
			continue
		}
		ctx.ReportLines(ln, ln, fmt.Sprintf("affiliate disclosure %q of the source site", bpQuote(v)), "delete the disclosure")
	}
}
