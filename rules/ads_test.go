package rules_test

import (
	"testing"

	"github.com/scrapelint/scrapelint/rules"
)

func adsRule(t *testing.T, id string) rules.Rule {
	t.Helper()
	r, ok := rules.Lookup(id)
	if !ok {
		t.Fatalf("no rule %s", id)
	}
	return r
}

func TestAdTokens(t *testing.T) {
	cases := []struct {
		name, path, src string
		want            int // findings
	}{
		{"ad_1", "a.md", "[ad_1]\nText.\n", 1},
		{"ad-2 dash", "a.md", "Text.\n[ad-2]\n", 1},
		{"ads", "a.md", "[ads]\n", 1},
		{"ads numbered", "a.md", "[ads3]\n", 1},
		{"adsense", "a.md", "Text [adsense] more.\n", 1},
		{"ad id", "a.md", "[ad id=\"5512\"]\n", 1},
		{"the_ad", "a.md", "[the_ad id=\"77\"]\n", 1},
		{"curled quotes", "a.md", "[the_ad id=”4012″]\n", 1},
		{"the_ad_group", "a.md", "[the_ad_group id=\"3\"]\n", 1},
		{"adinserter", "a.md", "[adinserter block=\"1\"]\n", 1},
		{"quads", "a.md", "[quads id=2]\n", 1},
		{"source_link", "a.md", "Read it at [source_link]\n", 1},
		{"matched_content", "a.md", "[matched_content]\n", 1},
		{"rule tag", "a.md", "[rule_2_plain]\n", 1},
		{"in html", "a.html", "<p>[ad_2]</p>\n", 1},
		{"wrapped in br", "a.md", "<br>[ad_2]\n", 1},
		{"upper case", "a.md", "[AD_1]\n", 1},
		{"two tokens one line", "a.md", "[ad_1] [ad_2]\n", 1},
		// Near misses: citations, links, code, words in brackets.
		{"citation", "a.md", "As reported [1], the count rose [12].\n", 0},
		{"link text", "a.md", "See [ad hoc rules](https://example.org/ad_1).\n", 0},
		{"bracketed word", "a.md", "The [address] field and [adverb] list.\n", 0},
		{"code span", "a.md", "Use `[ad_1]` in the template.\n", 0},
		{"fenced", "a.md", "```\n[ad_1]\n```\n", 0},
		{"adjective", "a.md", "An [adapted] version.\n", 0},
	}
	r := adsRule(t, "ads/placeholder-token")
	for _, c := range cases {
		if got := len(lintWith(t, r, c.path, c.src)); got != c.want {
			t.Errorf("%s: %d findings, want %d\n%s", c.name, got, c.want, c.src)
		}
	}
}

func TestAdLabelLines(t *testing.T) {
	cases := []struct {
		name, src string
		want      int
	}{
		{"advertisement", "A.\n\nAdvertisement\n\nB.\n", 1},
		{"caps", "A.\nADVERTISEMENT\nB.\n", 1},
		{"dashes", "A.\n- Advertisement -\nB.\n", 1},
		{"story continues", "A.\nStory continues below advertisement\nB.\n", 1},
		{"article continues", "A.\nArticle continues below this ad\nB.\n", 1},
		{"scroll to continue", "A.\nScroll to continue with content\nB.\n", 1},
		{"sponsored content", "A.\nSponsored content\nB.\n", 1},
		{"advertisement scroll", "A.\nAdvertisement - scroll to continue reading\nB.\n", 1},
		{"german", "A.\nAnzeige\nB.\n", 1},
		{"paragraph", "A.\n<p>ADVERTISEMENT</p>\nB.\n", 1},
		// Near misses: the words inside prose, headings of real sections.
		{"sentence", "The advertisement was pulled after complaints.\n", 0},
		{"heading", "## Advertising revenue fell\n", 0},
		{"sponsored sentence", "Sponsored content must be labelled, the regulator said.\n", 0},
		{"continues prose", "The story continues below the fold in print.\n", 0},
		{"code", "```\nAdvertisement\n```\n", 0},
		{"page structure", "</figcaption></figure><figure><span class=\"visually-hidden\">Advertisement</span>\n", 0},
	}
	r := adsRule(t, "ads/label-line")
	for _, c := range cases {
		if got := len(lintWith(t, r, "a.md", c.src)); got != c.want {
			t.Errorf("%s: %d findings, want %d\n%s", c.name, got, c.want, c.src)
		}
	}
}

func TestAdScripts(t *testing.T) {
	cases := []struct {
		name, src string
		want      int
	}{
		{"adsbygoogle push", "A.\n(adsbygoogle = window.adsbygoogle || []).push({});\nB.\n", 1},
		{"ins slot", "A.\n<ins class=\"adsbygoogle\" data-ad-client=\"ca-pub-1\"></ins>\nB.\n", 1},
		{"gpt", "A.\n<script>googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });</script>\nB.\n", 1},
		{"taboola", "A.\nwindow._taboola = window._taboola || [];\nB.\n", 1},
		{"prose about adsense", "Google's AdSense network pays publishers.\n", 0},
		{"fenced code", "```js\n(adsbygoogle = window.adsbygoogle || []).push({});\n```\n", 0},
	}
	r := adsRule(t, "ads/script")
	for _, c := range cases {
		if got := len(lintWith(t, r, "a.md", c.src)); got != c.want {
			t.Errorf("%s: %d findings, want %d\n%s", c.name, got, c.want, c.src)
		}
	}
}
