package rules_test

import (
	"testing"

	"github.com/scrapelint/scrapelint/rules"
)

func markupRule(t *testing.T, id string) rules.Rule {
	t.Helper()
	r, ok := rules.Lookup(id)
	if !ok {
		t.Fatalf("rule %s not registered", id)
	}
	return r
}

type markupCase struct {
	name  string
	rule  string
	path  string
	src   string
	lines []int  // 1-based start lines expected; nil means no finding
	fixed string // expected result of the fix loop, when set
}

func runMarkupCases(t *testing.T, cases []markupCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := markupRule(t, c.rule)
			path := c.path
			if path == "" {
				path = "a.md"
			}
			fs := lintWith(t, r, path, c.src)
			var got []int
			for _, f := range fs {
				got = append(got, f.Line)
			}
			if len(got) != len(c.lines) {
				t.Fatalf("findings on lines %v, want %v\n%s", got, c.lines, c.src)
			}
			for i := range got {
				if got[i] != c.lines[i] {
					t.Fatalf("findings on lines %v, want %v", got, c.lines)
				}
			}
			if c.fixed != "" {
				out := fixWith(t, r, path, c.src)
				if out != c.fixed {
					t.Fatalf("fixed:\n got %q\nwant %q", out, c.fixed)
				}
				if again := fixWith(t, r, path, out); again != out {
					t.Fatalf("fix is not idempotent: %q", again)
				}
			}
		})
	}
}

func TestMarkupEntities(t *testing.T) {
	const id = "markup/html-entity"
	runMarkupCases(t, []markupCase{
		{name: "numeric in prose", rule: id, src: "It&#8217;s here &#x2014; now.\n", lines: []int{1, 1}, fixed: "It’s here — now.\n"},
		{name: "named in prose", rule: id, src: "Tom&nbsp;Smith &amp; Co. &rsquo;\n", lines: []int{1, 1, 1}, fixed: "Tom\u00a0Smith & Co. ’\n"},
		{name: "upper-case text", rule: id, src: "JUAN P&EACUTE;REZ &AMP; CO\n", lines: []int{1, 1}, fixed: "JUAN PÉREZ & CO\n"},
		{name: "double escaped", rule: id, src: "a &amp;amp; b &amp;#8217; c\n", lines: []int{1, 1}, fixed: "a & b ’ c\n"},
		{name: "crlf kept", rule: id, src: "A&apos;s\r\nB\r\n", lines: []int{1}, fixed: "A's\r\nB\r\n"},
		{name: "text file", rule: id, path: "a.txt", src: "Q&amp;A &quot;live&quot;\n", lines: []int{1, 1, 1}, fixed: "Q&A \"live\"\n"},
		{name: "front matter yaml single", rule: id, src: "---\ntitle: 'It&#039;s'\nurl: 'http://x.org/?a=1&#038;b=2'\n---\nBody.\n", lines: []int{2, 3}},
		{name: "front matter yaml double", rule: id, src: "---\ntitle: \"Say &quot;hi&quot;\"\n---\nBody.\n", lines: []int{2, 2}},
		{name: "front matter plain colon has no fix", rule: id, src: "---\ntitle: A&#58; B\n---\nBody.\n", lines: []int{2}},
		{name: "toml front matter", rule: id, src: "+++\ntitle = \"Fish &amp; chips\"\n+++\nBody.\n", lines: []int{2}},
		{name: "exported html body", rule: id, src: "<p>It&apos;s &amp; more</p>\n\n<p>Done.</p>\n", lines: []int{1, 1}, fixed: "<p>It's & more</p>\n\n<p>Done.</p>\n"},
		{name: "attribute wrapped in quot", rule: id, src: "<div height=\"&quot;555&quot;\">x</div>\n", lines: []int{1}, fixed: "<div height=\"555\">x</div>\n"},
		// Near misses.
		{name: "html file", rule: id, path: "a.html", src: "<p>It&apos;s &amp; more</p>\n"},
		{name: "authored html block", rule: id, src: "Intro text here.\n\n<footer><span>&mdash;</span> <cite>A reader</cite></footer>\n\nMore text.\n"},
		{name: "ampersand escape in html", rule: id, src: "Intro.\n\n<p>Fish &amp; chips</p>\n"},
		{name: "href query", rule: id, src: "<a href=\"/s?q=1&amp;p=2\">next</a>\n"},
		{name: "lt gt in markdown", rule: id, src: "Write &lt;div&gt; for a block.\n"},
		{name: "markdown escapes", rule: id, src: "A &#42;literal&#42; star and a &#124; pipe.\n"},
		{name: "not an entity", rule: id, src: "R&D and AT&T; also &notarealentity; and this&not that.\n"},
		{name: "code span and block", rule: id, src: "Use `&amp;` here.\n\n```\n&amp; &#8217;\n```\n"},
		{name: "tweet embed in markdown", rule: id, src: "Intro.\n\n<blockquote class=\"twitter-tweet\"><p>We&#39;ll see &amp; hear</p></blockquote>\n\nOutro.\n"},
		{name: "bare url", rule: id, src: "See https://example.org/?a=1&amp;b=2 for more.\n"},
	})
}

func TestMarkupTags(t *testing.T) {
	const id = "markup/html-tag"
	runMarkupCases(t, []markupCase{
		{name: "br mid prose", rule: id, src: "One line<br>two lines.\n", lines: []int{1}, fixed: "One line two lines.\n"},
		{name: "closing p", rule: id, src: "The end.</p>\n", lines: []int{1}, fixed: "The end.\n"},
		{name: "run of tags", rule: id, src: "Para one.</p><p>Para two.\n", lines: []int{1}, fixed: "Para one. Para two.\n"},
		{name: "font span", rule: id, src: "Prices <font color=\"red\">rose</font> <span>fast</span>.\n", lines: []int{1, 1, 1}, fixed: "Prices rose fast.\n"},
		{name: "p wrapped line in markdown", rule: id, src: "# Title\n\nSome text here.\n\nMore text here.\n\n<p>A leaked paragraph.</p>\n\nEnd of story.\n", lines: []int{7, 7}, fixed: "# Title\n\nSome text here.\n\nMore text here.\n\nA leaked paragraph.\n\nEnd of story.\n"},
		{name: "text file tags", rule: id, path: "a.txt", src: "A <b>bold</b> <a href=\"x\">link</a>.\n", lines: []int{1, 1, 1}, fixed: "A bold link.\n"},
		{name: "br in exported caption", rule: id, src: "<p><img src=\"a.jpg\"> <br> <i>(Credit)</i></p>\n<p>Text.</p>\n", lines: []int{1}},
		// Near misses.
		{name: "inline html", rule: id, src: "A <b>bold</b> <a href=\"x\">link</a> and H<sub>2</sub>O.\n"},
		{name: "autoblog body in one block", rule: id, src: " [ad_1]\n<br><div id=\"x\"><p>One.</p><p>Two.</p></div>\n<br>[ad_2]\n<br><a href=\"u\">Source</a>\n"},
		{name: "exported body paragraphs", rule: id, src: "<p>One.</p>\n<p>Two.</p>\n<div class=\"x\"><span>Three</span></div>\n"},
		{name: "authored div block", rule: id, src: "Intro.\n\n<div class=\"pull\">\n  <p>Quote.</p>\n</div>\n\nText.\n\nMore.\n\nEven more.\n"},
		{name: "anchor span", rule: id, src: "**m**<span id=\"kix.x\" class=\"anchor\"></span>**ore**\n"},
		{name: "table cell br", rule: id, src: "| a | b<br>c |\n|---|---|\n"},
		{name: "code", rule: id, src: "Use `<br>` here.\n\n```html\n<p>x</p><br>\n```\n"},
		{name: "comparison", rule: id, src: "If a <b and c> d then x < y.\n"},
		{name: "embed br", rule: id, src: "Text.\n\n<blockquote class=\"twitter-tweet\"><p>a<br>b</p></blockquote>\n"},
		{name: "html file", rule: id, path: "a.html", src: "<p>a<br>b</p>\n"},
	})
}

func TestMarkupWrapperBr(t *testing.T) {
	const id = "markup/wrapper-br"
	runMarkupCases(t, []markupCase{
		{name: "wrapper div", rule: id, src: "x\n<br><div id=\"\"><p>Story.</p></div>\n", lines: []int{2}, fixed: "x\n<div id=\"\"><p>Story.</p></div>\n"},
		{name: "br only line", rule: id, src: "a\n\n<br /><br>\n\nb\n", lines: []int{3}, fixed: "a\n\nb\n"},
		{name: "br with attributes", rule: id, src: "a\n<br class=\"clear\" />Text.\n", lines: []int{2}, fixed: "a\nText.\n"},
		{name: "indented", rule: id, src: "a\n  <BR>[ad_2]\n", lines: []int{2}, fixed: "a\n  [ad_2]\n"},
		{name: "mid line", rule: id, src: "a<br>b\n"},
		{name: "fenced", rule: id, src: "```\n<br>x\n```\n"},
	})
}

func TestMarkupPageCode(t *testing.T) {
	const id = "markup/page-code"
	runMarkupCases(t, []markupCase{
		{name: "script block", rule: id, src: "a\n<script type=\"text/javascript\">\nvar x = 1;\n</script>\nb\n", lines: []int{2}, fixed: "a\nb\n"},
		{name: "script then content", rule: id, src: "a\n<script>\nvar x = 1;\n</script><img src=\"a.jpg\">\n", lines: []int{2}, fixed: "a\n<img src=\"a.jpg\">\n"},
		{name: "style", rule: id, src: "a\n\n<style>\n#x { color: red; }\n</style>\n\nb\n", lines: []int{3}, fixed: "a\n\nb\n"},
		{name: "stylesheet link", rule: id, src: "<link rel=\"stylesheet\" href=\"a.css\">\ntext\n", lines: []int{1}, fixed: "text\n"},
		{name: "css rule line", rule: id, src: "a\n\nh1.title, .byline > span {font-size: 12px; color:#333}\n\nb\n", lines: []int{3}, fixed: "a\n\nb\n"},
		{name: "css media line", rule: id, src: "@media screen and (max-width: 480px) { #byline div.x {padding-right:16px;}}\n", lines: []int{1}},
		{name: "text file script", rule: id, path: "a.txt", src: "a\n<script>var x=1;</script>\nb\n", lines: []int{2}, fixed: "a\nb\n"},
		{name: "noscript pixel", rule: id, src: "a\n<noscript><img src=\"https://example.org/px.gif\"></noscript>\nb\n", lines: []int{2}, fixed: "a\nb\n"},
		{name: "bare js", rule: id, src: "a\n\nvar _gaq = _gaq || [];\n_gaq.push(['_setAccount', 'UA-1']);\n\nb\n", lines: []int{3}, fixed: "a\n\nb\n"},
		// Near misses.
		{name: "embed script", rule: id, src: "<script async src=\"https://platform.twitter.com/widgets.js\"></script>\n"},
		{name: "ad script", rule: id, src: "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>\n"},
		{name: "html file", rule: id, path: "a.html", src: "<script>var x = 1;</script>\n"},
		{name: "code block", rule: id, src: "```css\n.a { color: red; }\n```\n\n```html\n<script>x()</script>\n```\n"},
		{name: "prose braces", rule: id, src: "The set {a, b} and the map {x: y} and {{< figure src=\"a\" >}}.\n"},
		{name: "kramdown attribute", rule: id, src: "## Title\n{: .no_toc}\n"},
		{name: "prose function", rule: id, src: "The function of the council is to vote.\nLet us see what happens; const vigilance is needed.\n"},
		{name: "jsx components", rule: id, path: "a.mdx", src: "<Script src=\"/a.js\" />\n<Style>{css}</Style>\n<Link rel=\"stylesheet\" href=\"a\" />\n"},
		{name: "icon link", rule: id, src: "<link rel=\"icon\" href=\"a.png\">\n"},
	})
}

func TestMarkupLinks(t *testing.T) {
	runMarkupCases(t, []markupCase{
		{name: "spaced link", rule: "markup/broken-link", src: "See [the report] (https://example.org/r) now.\n", lines: []int{1}, fixed: "See [the report](https://example.org/r) now.\n"},
		{name: "spaced image", rule: "markup/broken-link", src: "![A photo] (https://example.org/a.jpg)\n", lines: []int{1}, fixed: "![A photo](https://example.org/a.jpg)\n"},
		{name: "empty link", rule: "markup/broken-link", src: "See [the report]() now.\n", lines: []int{1}, fixed: "See the report now.\n"},
		{name: "empty image", rule: "markup/broken-link", src: "![photo]()\n", lines: []int{1}},
		{name: "unclosed", rule: "markup/broken-link", src: "See [the report](https://example.org/r\n", lines: []int{1}},
		{name: "unclosed at eol", rule: "markup/broken-link", src: "See [the report](\n", lines: []int{1}},
		{name: "space in url", rule: "markup/broken-link", src: "See [the report](https://example.org/a report.pdf) now.\n", lines: []int{1}},
		{name: "title", rule: "markup/broken-link", src: "See [the report](https://example.org/r \"The report\") now.\n"},
		{name: "no text", rule: "markup/broken-link", src: "Read more [](https://example.org/a) here.\n", lines: []int{1}},
		{name: "icon row", rule: "markup/broken-link", src: "[](https://share.example/fb \"Facebook\")[](https://share.example/tw)\n"},
		{name: "image link", rule: "markup/broken-link", src: "[![](https://example.org/a.png)](https://example.org/a) and ![](https://example.org/b.png)\n"},
		{name: "good link", rule: "markup/broken-link", src: "See [wiki](https://en.wikipedia.org/wiki/Go_(game)) and [a][b].\n\n[b]: https://x.org\n"},
		{name: "sic", rule: "markup/broken-link", src: "The list [sic] (as printed) was short. Call f(x)[0](y).\n"},
		{name: "code", rule: "markup/broken-link", src: "`[a] (https://x.org)`\n\n```\n[a]()\n```\n"},
		{name: "placeholder", rule: "markup/link-placeholder", src: "Our newsletter (link removed), and more.\n", lines: []int{1}, fixed: "Our newsletter, and more.\n"},
		{name: "placeholder bracket", rule: "markup/link-placeholder", src: "See [Link removed] for details.\n", lines: []int{1}, fixed: "See for details.\n"},
		{name: "placeholder line", rule: "markup/link-placeholder", src: "a\n\n(link removed)\n\nb\n", lines: []int{3}, fixed: "a\n\nb\n"},
		{name: "placeholder prose", rule: "markup/link-placeholder", src: "The link was removed and the URL deleted.\n"},
	})
}

func TestMarkupQuoteMarkers(t *testing.T) {
	const id = "markup/quote-marker"
	runMarkupCases(t, []markupCase{
		{name: "joined quote", rule: id, src: "> in modern > intellectual life and > the rest. >\n", lines: []int{1}, fixed: "> in modern intellectual life and the rest.\n"},
		{name: "long line one marker", rule: id, src: "> This is a long quoted line that goes on and on for quite a while, well past the > hundredth character of it.\n", lines: []int{1}},
		{name: "trailing only", rule: id, src: "> A quote. >\n> Next.\n"},
		{name: "menu path", rule: id, src: "Use *Help > Send Feedback > Report a Problem*.\n"},
		{name: "short quote one marker", rule: id, src: "> if a > b then\n"},
		{name: "arrow", rule: id, src: "> a -> b => c >> d\n"},
	})
}
