package rules_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/scrapelint/scrapelint/rules"
)

func bpRule(t *testing.T, id string) rules.Rule {
	t.Helper()
	r, ok := rules.Lookup(id)
	if !ok {
		t.Fatalf("rule %s not registered", id)
	}
	return r
}

// spans renders findings as "line-end_line" for compact comparison.
func spans(fs []rules.Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%d-%d", f.Line, f.EndLine))
	}
	return strings.Join(out, " ")
}

func TestBoilerplateFindings(t *testing.T) {
	cases := []struct {
		rule, path, src, want string
	}{
		// source trailers
		{"source-trailer", "a.txt", "Body.\n[ad_2]\nSource link", "3-3"},
		{"source-trailer", "a.md", "Body.\n\nThe post Ten things to know appeared first on Example Daily.\n", "3-3"},
		{"source-trailer", "a.md", "Body.\n\nThis post appeared first on \"Some Blog\". [Read the entire article here](https://example.org/x)\n", "3-3"},
		{"source-trailer", "a.md", "Body.\n<br><a href=\"https://example.org/s\">Source </a>", "2-2"},
		{"source-trailer", "a.md", "Body.\n\norigin - http://www.example.org/?p=3111 some-slug", "3-3"},
		{"source-trailer", "a.html", "<div>\n<a href=\"https://example.org\" target=\"_blank\">🔗 阅读原文</a>\n</div>\n", "2-2"},
		{"source-trailer", "a.md", "Body.\n\nRead the original article.\n", "3-3"},
		{"source-trailer", "a.md", "Body.\n\n(This story has not been edited by our staff and is auto-generated from a syndicated feed.)\n", "3-3"},
		// near misses: prose, and "Source" that is not a trailer
		{"source-trailer", "a.md", "The source link in the report was dead.\n", ""},
		{"source-trailer", "a.md", "The post appeared first on the front page, the editor said.\n", ""},
		{"source-trailer", "a.md", "Source\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n", ""},
		{"source-trailer", "a.md", "Body.\n\n## Source\n", ""},
		{"source-trailer", "a.md", "```\nSource link\n```\n", ""},
		{"source-trailer", "a.md", "---\ntitle: Source link\n---\nBody.\n", ""},

		// share bars
		{"share-bar", "a.md", "Body.\n\nShare this:\n\n- Twitter\n- Facebook\n\nLike this:\n\nLike Loading...\n", "3-10"},
		{"share-bar", "a.md", "Body.\n\nClick to share on WhatsApp (Opens in new window)\n", "3-3"},
		{"share-bar", "a.txt", "Title\nLink\nBody text here.\n", "2-2"},
		{"share-bar", "a.md", "Body.\n\nFollow us on Facebook, Twitter and Instagram\n", "3-3"},
		{"share-bar", "a.md", "Body.\nFacebook | Twitter | Email\nMore.\n", "2-2"},
		{"share-bar", "a.md", "Body.\n\nShare on Facebook Share on Twitter\n", "3-3"},
		{"share-bar", "a.md", "Body.\n\nEmail *\n", ""},
		{"share-bar", "a.md", "About the author.\n\n[Twitter](https://twitter.com/someone)\n\nMore.\n", ""},
		{"share-bar", "a.md", "Body.\n\n[Twitter](https://twitter.com/intent/tweet?url=x)\n\nMore.\n", "3-3"},
		{"share-bar", "a.md", "Body.\n\n[PDF](https://example.org/report.pdf)\n\nMore.\n", ""},
		{"share-bar", "a.md", "Body.\n\nFollow us on Twitter @examplenews\n", "3-3"},
		{"share-bar", "a.md", "## Facebook\n\nThe network grew.\n\n## Twitter\n\nIt shrank.\n", ""},
		{"share-bar", "a.md", "We'll keep you posted on this blog, in our newsletter, and on\n[Twitter](https://twitter.com/x).\n", ""},
		{"share-bar", "a.md", "Share prices fell sharply on Monday.\n", ""},
		{"share-bar", "a.md", "Body.\n\nPrint.\n", ""},
		{"share-bar", "a.md", "Body.\n\nInstagram\n\nMore.\n", ""},
		{"share-bar", "a.md", "Read the [announcement](https://example.org).\n\n[Link](https://example.org/x)\n", ""},

		// newsletter and paywall
		{"newsletter", "a.md", "Body.\n\nSign up for our daily newsletter\n\nMore.\n", "3-3"},
		{"newsletter", "a.md", "Body.\n\nSubscribe now\n", "3-3"},
		{"newsletter", "a.md", "Body.\n\nAlready a subscriber? Log in\n", "3-3"},
		{"newsletter", "a.md", "End.\n\n### Using Example for work?\n\nExample is free for personal use, but you need a licence for work use. This is part of our paywall.\n  \n[Join Pro Individual](https://x.example/p) [Find out more](https://x.example/m)\n\nFind more from X on InfoPages.\n", "3-7"},
		{"newsletter", "a.md", "Body.\n\nTo continue reading, subscribe for $1 a week.\n", "3-3"},
		{"newsletter", "a.md", "The newsletter industry is booming, and subscribers are paying more than ever before.\n", ""},
		{"newsletter", "a.md", "Get ready: the newsletter market is booming, and it is not slowing down any time soon at all, analysts say.\n", ""},
		{"newsletter", "a.md", "Body.\n\nSubscribe\n\nMore.\n\nText.\n\nEnd.\n", ""},
		{"newsletter", "a.md", "Body.\n\nMore.\n\n[Learn more](https://example.org)\n", ""},
		{"navigation", "a.txt", "Home\nI grew up in a small house by the river.\nIt is gone now.\n", ""},
		{"navigation", "a.md", "# Home\n\nI grew up in a small house by the river.\n", ""},

		// navigation
		{"navigation", "a.txt", "Para one.\nRead More\nPara two.\n", "2-2"},
		{"navigation", "a.md", "Para.\n\nREAD MORE: Council backs new budget\n\nPara.\n", "3-3"},
		{"navigation", "a.md", "Para.\n\nAlso read: Ten ways to save\n\nPara.\n", "3-3"},
		{"navigation", "a.md", "Body.\n\n### Related Posts:\n\n- [One](https://example.org/1)\n- [Two](https://example.org/2)\n\n### *Related*\n", "3-8"},
		{"navigation", "a.md", "Skip to content\n\nThe story.\n", "1-1"},
		{"navigation", "a.md", "<p>x</p>\n</ul><a class=\"skip\" href=\"#start\">Go Back to Top. Skip To: Start of Article.</a>\n", "2-2"},
		{"navigation", "a.md", "Intro.\n\nScroll down for video \n\nBody.\n", "3-3"},
		{"navigation", "a.txt", "Body one.\nBody two.\nBody three.\nSearch", "4-4"},
		{"navigation", "a.html", "<div>\n<a href=\"../../index.html\">🔙 返回日历</a>\n</div>\n<p>Body.</p>\n", "2-2"},
		{"navigation", "a.md", "Body.\n\nHome > News > World\n", "3-3"},
		{"navigation", "a.md", "Body.\n\nPage 2 of 5\n", "3-3"},
		{"navigation", "a.txt", "x\n    \"description\": \"The holiday ends on Monday, March 23, 2026.  Read more: Qatar guide to events Staff are expected […]\",\n", "2-2"},
		{"navigation", "a.md", "Read more on [vet](/doc/vet) in the release notes.\n", ""},
		{"navigation", "a.txt", "x\nThe office closes on Monday.\u00a0 Read more: Holiday guide to events in the city centre and beyond, with maps and times for every day of the long weekend.\n", "2-2"},
		{"navigation", "a.md", "[Home](/) | [News](/news) | [About](/about) | [Contact](/contact)\n\nThe story.\n", "1-1"},
		{"navigation", "a.md", "Body.\n\n[About us](/a) [Contact us](/c) [Privacy policy](/p)\n", "3-3"},
		{"navigation", "a.md", "Body.\n\n### Related\n\n[First post](https://example.org/a)\n\nMarch 3, 2020\n\nIn \"News\"\n\n[Second post](https://example.org/b)\n\nApril 1, 2020\n\nIn \"Politics\"\n", "3-15"},
		{"navigation", "a.txt", "Body one.\nRecommended\nMayor unveils transit plan\nParks department hires new chief\nMore body text follows here.\n", "2-4"},
		{"navigation", "a.md", "Body.\n\nTags: budget, council, parks\n", "3-3"},
		{"navigation", "a.md", "Topics: the council debated whether the parks plan would cost too much, and many residents agreed with it\n", ""},
		{"navigation", "a.md", "Owners of a [home](/h) in [Texas](/t) read [about](/a) the tax.\n", ""},
		{"navigation", "a.md", "Read our privacy policy and terms of service before you sign.\n", ""},
		{"navigation", "a.md", "Read more about the policy on page 3 of the report, which the council released on Monday.\n", ""},
		{"navigation", "a.md", "One.\n\n## Search\n\nWe built a search engine.\n\nTwo.\n\nThree.\n", ""},
		{"navigation", "a.md", "Body.\n\nMore: the council also voted on parks.\n", ""},
		{"navigation", "a.md", "Body.\n\nRelated: how we counted the votes.\n", ""},
		{"navigation", "a.md", "Body.\n\nHe went back to the top of the hill.\n", ""},
		{"navigation", "a.md", "- [Home / Department](https://example.org)\n- [Psychology / University](https://example.org/p)\n", ""},
		{"navigation", "a.md", "Text\n\nSearch\n\nText here.\n\nMore text.\n\nEnd.\n\nFin.\n", ""},

		// social counters
		{"social-counter", "a.md", "Title\n\n1.2K likes · 34 comments\n\nBody.\n", "3-3"},
		{"social-counter", "a.md", "Body.\n\nComments: 12\n", "3-3"},
		{"social-counter", "a.md", "Body.\n\n3 min read\n", "3-3"},
		{"social-counter", "a.md", "The clip had 12,345 views by noon.\n", ""},
		{"social-counter", "a.md", "Body.\n\n34 points\n", ""},

		// comment form
		{"comment-form", "a.md", "Body.\n\n### Leave a Reply [Cancel reply](#respond)\n\nYour email address will not be published. Required fields are marked *\n\nComment *\n\nName *\n\nEmail *\n\nWebsite\n\nSave my name, email, and website in this browser for the next time I comment.\n", "3-15"},
		{"comment-form", "a.md", "Body.\n\nPosted in News | Leave a comment\n", "3-3"},
		{"comment-form", "a.md", "Body.\n\n### 2 thoughts on “Council approves budget”\n", "3-3"},
		{"comment-form", "a.md", "Body.\n\nWebsite\n\nThe site launched in May.\n\nMore.\n\nEnd.\n", ""},
		{"comment-form", "a.md", "Leave a reply to the council's letter by Friday, residents were told in the notice.\n", ""},

		// browser fallback and block pages
		{"browser-fallback", "a.txt", "We've detected unusual activity from your computer network\nTo continue, please click the box below to let us know you're not a robot.\nWhy did this happen?\nPlease make sure your browser supports JavaScript and cookies and that you are not blocking them from loading. For more information you can review our Terms of Service and Cookie Policy .\nNeed Help?\nFor inquiries related to this message please contact our support team and provide the reference ID below.\nBlock reference ID:\n", "1-7"},
		{"browser-fallback", "a.md", "Body.\n\nLoading...\n\nMore.\n", "3-3"},
		{"browser-fallback", "a.md", "Body.\n\nPlease enable JavaScript to view the comments powered by Disqus.\n", "3-3"},
		{"browser-fallback", "a.md", "Loading the trucks took all day.\n", ""},
		{"browser-fallback", "a.md", "A spokesperson declined to comment. To continue, please click the box below to let us know you're not a robot. Talks resume next week.\n", ""},
		{"browser-fallback", "a.md", "Body.\n\nWhy did this happen?\n\nNobody knows.\n\nMore.\n\nEnd.\n", ""},

		// copyright footers
		{"copyright-footer", "a.md", "Body.\n\n© 2024 Example Media\n", "3-3"},
		{"copyright-footer", "a.md", "Body.\n\nCopyright 2020 The Associated Press. All rights reserved.\n", "3-3"},
		{"copyright-footer", "a.md", "Copyright law is complex, the judge said.\n", ""},
		{"copyright-footer", "a.md", "The company reserved the right to appeal.\n", ""},
		{"copyright-footer", "a.md", "Body.\n\nThe label said all rights reserved for the band were sold last year.\n", ""},
		{"copyright-footer", "a.md", "Body.\n\nThis material may not be published, broadcast, rewritten or redistributed.\n", "3-3"},

		// attribution lines
		{"attribution-line", "a.md", "+++\ntitle = \"x\"\n+++\nSource: [here](https://example.org/a).\n\nTitle\n\nOne.\n\nTwo.\n\nThree.\n", "4-4"},
		{"attribution-line", "a.md", "Body.\n\nThis article was originally published on Example News. Read the original article.\n", "3-3"},
		{"attribution-line", "a.md", "Intro.\n\nOne.\n\nSource: World Bank\n\nTwo.\n\nThree.\n\nFour.\n", ""},
		{"attribution-line", "a.md", "Intro.\n\nOne.\n\nTwo.\n\nSource: Bureau of Labor Statistics\n", ""},
		{"attribution-line", "a.md", "Intro.\n\nOne.\n\nTwo.\n\nSource: [Example News](https://example.org/story)\n", "7-7"},
		{"copyright-footer", "a.md", "Body.\n\n© 2024 A. Writer. Licensed under CC BY 4.0.\n", ""},
		{"navigation", "a.md", "Intro.\n\n## See also\n\n- [RFC 7089](https://example.org/rfc)\n- [Memento](https://example.org/m)\n\nMore text.\n", ""},
		{"attribution-line", "a.md", "Intro.\n\nOne.\n\n*This article originally appeared on [Example News](https://example.com).*\n\nTags: a, b\n\nLeave a Reply\n\nThe end.\n", "5-5"},
		{"attribution-line", "a.md", "Intro.\n\nOne.\n\n> A quotation.\n\nSource: [a blog](https://example.org)\n", ""},

		// image credits, timestamps, affiliate notices
		{"image-credit", "a.txt", "1. A bowl.\nAmazon\nText.\n2. A mop.\namazon.com\nText.\n", "2-2 5-5"},
		{"image-credit", "a.txt", "1. A bowl.\nAmazon\nText.\n", ""},
		{"image-credit", "a.md", "![A crowd](a.jpg)\n_Photo: A. Writer_\n", ""},
		{"image-credit", "a.md", "- example.com\n- example.org\n", ""},
		{"image-credit", "a.md", "Body.\n\nimage: \"/assets/blog/a.gif\",\n\nMore.\n", ""},
		{"copyright-footer", "a.md", "Body.\n\n© Example Media Officials in the city said the vote would happen on Monday after a long debate.\n", ""},
		{"timestamp-line", "a.txt", "Updated 2:54 PM ET, Thu August 6, 2020\nWashington (CNN)\nOne.\nTwo.\nThree.\n", "1-1"},
		{"timestamp-line", "a.txt", "One.\nTwo.\nUpdated figures came on August 6, 2020.\nThree.\nFour.\n", ""},
		{"timestamp-line", "a.txt", "Title here\nSubtitle here\nOct. 11, 2020 10:59 a.m. PT\nBody one.\nBody two.\nBody three.\nBody four.\n", ""},
		{"timestamp-line", "a.txt", "Title here\nPublished June 26, 2020Updated July 3, 2020\nBody one.\nBody two.\nBody three.\n", "2-2"},
		{"timestamp-line", "a.txt", "One.\nTwo.\nThree.\nFour.\nFive.\nOct. 11, 2020 10:59 a.m. PT\nSix.\nSeven.\n", ""},
		{"timestamp-line", "a.md", "Title\n\n_Deck line._\n\nJul. 15, 2026, 4:38 PM EDT\nBy A. Writer\n\nBody.\n\nMore.\n", ""},
		{"browser-fallback", "a.txt", "Title here\nOct. 11, 2020\nListen\n- 00:57\nBody one.\nBody two.\n", "3-4"},
		{"browser-fallback", "a.md", "One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nListen\n\nSeven.\n", ""},
		{"image-credit", "a.txt", "Intro.\nImage\nCaption one.\nText.\nImage\nCaption two.\n", "2-2 5-5"},
		{"image-credit", "a.txt", "Intro.\nVideo screenshot by A. Writer/Example\nText.\n", "2-2"},
		{"image-credit", "a.md", "Intro.\n\nA. Writer/Getty Images\n\nText.\n", "3-3"},
		{"image-credit", "a.md", "Intro.\n\nA. Writer / B. Reporter\n\nText.\n", ""},
		{"navigation", "a.md", "Body.\n\nMore from Example News\n", "3-3"},
		{"newsletter", "a.md", "Body.\n\nJoin our WhatsApp channel for the latest updates\n", "3-3"},
		{"affiliate-disclosure", "a.txt", "Title\nJust so you know, Example may collect a share of sales or other compensation from the links on this page.\nBody.\n", "2-2"},
	}
	for i, c := range cases {
		t.Run(fmt.Sprintf("%d-%s", i, c.rule), func(t *testing.T) {
			r := bpRule(t, "boilerplate/"+c.rule)
			got := spans(lintWith(t, r, c.path, c.src))
			if got != c.want {
				t.Errorf("findings %q, want %q\n%s", got, c.want, c.src)
			}
		})
	}
}

func TestBoilerplateFixes(t *testing.T) {
	cases := []struct {
		rule, path, src, want string
	}{
		{"source-trailer", "a.txt", "Body.\n[ad_2]\nSource link", "Body.\n[ad_2]\n"},
		{"source-trailer", "a.txt", "Body.\r\n\r\nSource link\r\n", "Body.\r\n"},
		{"navigation", "a.md", "<ul><li>x</li>\n</ul><a class=\"skip\" href=\"#start\">Go Back to Top. Skip To: Start of Article.</a>\n<p>y</p>\n", "<ul><li>x</li>\n</ul>\n<p>y</p>\n"},
		{"navigation", "a.md", "Body.\n\n### Related Posts:\n\n- [One](https://example.org/1)\n- [Two](https://example.org/2)\n\n### *Related*\n\n[](https://www.addtoany.com/add_to/facebook?linkurl=x \"Facebook\")\n", "Body.\n"},
		{"share-bar", "a.md", "Body.\n\nShare this:\n\nTwitter\n\nFacebook\n\nMore body.\n", "Body.\n\nMore body.\n"},
		{"share-bar", "a.html", "<p>Body.</p>\n<p>Share this:</p>\n<img src=\"a.jpg\">\n<p>Twitter</p>\n<p>More.</p>\n", "<p>Body.</p>\n<img src=\"a.jpg\">\n<p>More.</p>\n"},
		{"share-bar", "a.md", "Body.\n\n### Share this:\n\n  * [Twitter](https://example.com/p/?share=twitter \"Click to share on Twitter\")\n  * [Facebook](https://example.com/p/?share=facebook \"Click to share on Facebook\")\n  * \n\n### Like this:\n\nLike Loading...\n\nMore body.\n", "Body.\n\nMore body.\n"},
		{"share-bar", "a.html", "<p>Body.</p>\n<div class=\"sharedaddy\"><h3>Share this:</h3>\n<ul><li><a href=\"?share=twitter\">Twitter</a></li>\n<li><a href=\"?share=facebook\">Facebook</a></li></ul></div>\n<p>More.</p>\n", "<p>Body.</p>\n<p>More.</p>\n"},
		{"copyright-footer", "a.md", "Body.\n\n© 2024 Example Media\n\nLast.\n", "Body.\n\nLast.\n"},
	}
	for i, c := range cases {
		t.Run(fmt.Sprintf("%d-%s", i, c.rule), func(t *testing.T) {
			r := bpRule(t, "boilerplate/"+c.rule)
			if got := fixWith(t, r, c.path, c.src); got != c.want {
				t.Errorf("fixed\n got: %q\nwant: %q", got, c.want)
			}
			// A second pass changes nothing.
			if got := fixWith(t, r, c.path, c.want); got != c.want {
				t.Errorf("fix is not idempotent: %q", got)
			}
		})
	}
}

// A copyright notice in the middle of the article is reported without a
// fix; a block page that is the whole file likewise.
func TestBoilerplateReportOnly(t *testing.T) {
	mid := "One.\n\n© Getty Images\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nEight.\n\nNine.\n"
	fs := lintWith(t, bpRule(t, "boilerplate/copyright-footer"), "a.md", mid)
	if len(fs) != 1 || fs[0].Fix != nil {
		t.Fatalf("want one finding without a fix, got %+v", fs)
	}
	teaser := "One.\n\nRelated Posts: Officials in the city disagreed.\n\nTwo.\n"
	fs = lintWith(t, bpRule(t, "boilerplate/navigation"), "a.md", teaser)
	if len(fs) != 1 || fs[0].Fix != nil {
		t.Fatalf("want one finding without a fix, got %+v", fs)
	}
	block := "We've detected unusual activity from your computer network\nBlock reference ID:\n"
	fs = lintWith(t, bpRule(t, "boilerplate/browser-fallback"), "a.txt", block)
	if len(fs) != 1 || fs[0].Fix != nil {
		t.Fatalf("want one finding without a fix, got %+v", fs)
	}
}

// The specimen article ends with "Source link" and no final newline: the
// finding is on line 27 and the safe fix removes only that line.
func TestBoilerplateSpecimen(t *testing.T) {
	src, err := os.ReadFile("../../shared/000_269c3aa8a2f3f0f3.txt")
	if err != nil {
		t.Skip("specimen not available:", err)
	}
	r := bpRule(t, "boilerplate/source-trailer")
	fs := lintWith(t, r, "000_269c3aa8a2f3f0f3.txt", string(src))
	if len(fs) != 1 || fs[0].Line != 27 || fs[0].EndLine != 27 || fs[0].Fix == nil || fs[0].Fix.Safety != rules.Safe {
		t.Fatalf("want one safe finding on line 27, got %+v", fs)
	}
	got := fixWith(t, r, "000_269c3aa8a2f3f0f3.txt", string(src))
	// The trailer goes; every other line keeps its bytes, including the
	// newline of the line before it.
	want := strings.TrimSuffix(string(src), "Source link")
	if got != want {
		t.Errorf("fix removed more than the trailer line:\n%q", got[len(got)-40:])
	}
}
