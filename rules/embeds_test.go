package rules_test

import (
	"strings"
	"testing"

	"github.com/scrapelint/scrapelint/rules"
)

type embCase struct {
	name  string
	rule  string
	path  string
	src   string
	lines [][2]int // expected findings as 1-based [line, end_line]; empty = none
	fixed string   // when set: result of safe+unsafe fixes
}

func TestEmbedsRules(t *testing.T) {
	cases := []embCase{
		// --- flattened tweets ---
		{name: "glued tweet keeps its paragraph", rule: "embeds/flattened-tweet", path: "a.txt",
			src:   "Intro.\nThe minister left on Monday. “The road will open in May.” It did not. https://t.co/Ab12Cd34Ef\n-JANE ROE (@janeroe) October 18, 2021\nAfter.\n",
			lines: [][2]int{{2, 3}},
			fixed: "Intro.\nThe minister left on Monday.\n> “The road will open in May.” It did not. https://t.co/Ab12Cd34Ef\n>\n> — JANE ROE (@janeroe) October 18, 2021\nAfter.\n"},
		{name: "em dash signature", rule: "embeds/flattened-tweet",
			src:   "Intro.\n\nWe did it. pic.twitter.com/AbCdEf1234\n— Team Org (@teamorg) March 3, 2021\n\nAfter.\n",
			lines: [][2]int{{3, 4}}},
		{name: "entity dash signature", rule: "embeds/flattened-tweet",
			src:   "Intro.\n\nWe did it.\n&#x2014; Team Org (@teamorg) March 3, 2021\n\nAfter.\n",
			lines: [][2]int{{3, 4}}},
		{name: "en dash and x.com status link", rule: "embeds/flattened-tweet",
			src:   "Intro.\n\nWe did it.\n– Team Org (@teamorg) [March 3, 2024](https://x.com/teamorg/status/1764000000000000000)\n\nAfter.\n",
			lines: [][2]int{{3, 4}},
			fixed: "Intro.\n\n> We did it.\n>\n> — Team Org (@teamorg) [March 3, 2024](https://twitter.com/teamorg/status/1764000000000000000)\n\nAfter.\n"},
		{name: "signature glued after text", rule: "embeds/flattened-tweet",
			src:   "Intro.\n\nWe did it pic.twitter.com/AbCdEf1234— Team Org (@teamorg) March 3, 2021\n\nAfter.\n",
			lines: [][2]int{{3, 3}}},
		{name: "hyphen in a word is not a dash", rule: "embeds/flattened-tweet",
			src:   "Intro.\n\nChick-fil-a is closed — Fan Name (@fan) December 31, 2015\n",
			lines: [][2]int{{3, 3}},
			fixed: "Intro.\n\n> Chick-fil-a is closed\n>\n> — Fan Name (@fan) December 31, 2015\n"},
		{name: "tweet with line breaks", rule: "embeds/flattened-tweet",
			src:   "Intro.\n\nFirst line of the tweet\nsecond line #tag\n— Team Org (@teamorg) March 3, 2021\n\nAfter.\n",
			lines: [][2]int{{3, 5}},
			fixed: "Intro.\n\n> First line of the tweet\n> second line #tag\n>\n> — Team Org (@teamorg) March 3, 2021\n\nAfter.\n"},
		{name: "tweet text lines ending in links join the signature", rule: "embeds/flattened-tweet",
			src:   "Intro.\n\nPart one https://t.co/Ab12Cd34Ef\nPart two of the thread\n— Team Org (@teamorg) March 3, 2021\n",
			lines: [][2]int{{3, 5}}},
		{name: "day-first date of an en-gb embed", rule: "embeds/flattened-tweet",
			src:   "Intro.\n\nWe did it.\n— Team Org (@teamorg) 3 March 2021\n",
			lines: [][2]int{{3, 4}}},
		{name: "photo token on its own line between text and signature", rule: "embeds/flattened-tweet", path: "a.txt",
			src:   "Intro.\nWe did it\npic.twitter.com/AbCdEf1234\n— Team Org (@teamorg) March 3, 2021\nAfter.\n",
			lines: [][2]int{{2, 4}},
			fixed: "Intro.\n> We did it\n> pic.twitter.com/AbCdEf1234\n>\n> — Team Org (@teamorg) March 3, 2021\nAfter.\n"},
		{name: "html paragraphs of a flattened tweet", rule: "embeds/flattened-tweet",
			src:   "Intro.\n\n<p>We did <b>it</b>.</p><p>&mdash; Team Org (@teamorg) <a href=\"https://twitter.com/teamorg/status/123456789\">March 3, 2021</a></p>\n\nAfter.\n",
			lines: [][2]int{{3, 3}},
			fixed: "Intro.\n\n> We did it.\n>\n> — Team Org (@teamorg) [March 3, 2021](https://twitter.com/teamorg/status/123456789)\n\nAfter.\n"},
		{name: "bluesky signature", rule: "embeds/flattened-tweet",
			src:   "Intro.\n\nHello sky.\n— Some One (@someone.bsky.social) March 3, 2024 at 9:15 AM\n",
			lines: [][2]int{{3, 4}}},
		{name: "list of handles and dates", rule: "embeds/flattened-tweet",
			src: "Speakers:\n\n- Jane Roe (@janeroe) March 3, 2021\n- John Doe (@johndoe) March 4, 2021\n"},
		{name: "tweet already quoted", rule: "embeds/flattened-tweet",
			src: "> We did it.\n>\n> — Team Org (@teamorg) March 3, 2021\n"},
		{name: "tweet inside an html blockquote", rule: "embeds/flattened-tweet",
			src: "<blockquote>\n\nWe did it.\n— Team Org (@teamorg) [March 3, 2021](https://twitter.com/teamorg/status/123456789)</blockquote>\n"},
		{name: "signature in code", rule: "embeds/flattened-tweet",
			src: "```\n— Team Org (@teamorg) March 3, 2021\n```\n"},
		{name: "prose with a handle and a date", rule: "embeds/flattened-tweet",
			src: "The mayor (@mayor) said on March 3, 2021 that the road would reopen.\n"},
		{name: "hugo shortcode is legitimate", rule: "embeds/flattened-tweet",
			src: "+++\ntitle = \"x\"\n+++\n{{< tweet user=\"teamorg\" id=\"1234567890\" >}}\n"},
		{name: "t.co link inside a sentence", rule: "embeds/flattened-tweet",
			src: "The short link https://t.co/Ab12Cd34Ef was shared widely, officials said.\n"},
		// --- tweet photo links ---
		{name: "photo link in quoted tweet", rule: "embeds/tweet-photo-link",
			src:   "> Look [pic.twitter.com/AbCdEf1234](https://t.co/AbCdEf1234)\n",
			lines: [][2]int{{1, 1}}, fixed: "> Look\n"},
		{name: "photo token in flattened tweet is the tweet's", rule: "embeds/tweet-photo-link",
			src: "We did it. pic.twitter.com/AbCdEf1234\n— Team Org (@teamorg) March 3, 2021\n"},
		{name: "photo in an href attribute", rule: "embeds/tweet-photo-link",
			src: "<p>See <a href=\"https://pic.twitter.com/AbCdEf1234\">the photo</a> here.</p>\n"},
		// --- flattened posts ---
		{name: "instagram glued mid-line", rule: "embeds/flattened-post",
			src:   "The brand grew fast.View this post on InstagramA post shared by STUDIO NINE (@studionine)Open daily since 2010.\n",
			lines: [][2]int{{1, 1}}},
		{name: "instagram photo posted by", rule: "embeds/flattened-post",
			src:   "Intro.\n\nA photo posted by somebody (@somebody) on Dec 31, 2015 at 10:26am PST\n\nAfter.\n",
			lines: [][2]int{{3, 3}},
			fixed: "Intro.\n\n> — somebody (@somebody) on Instagram, Dec 31, 2015 at 10:26am PST\n\nAfter.\n"},
		{name: "instagram without caption", rule: "embeds/flattened-post",
			src:   "Intro.\n\nView this post on Instagram\n\nA post shared by Jane Roe (@janeroe)\n\nAfter.\n",
			lines: [][2]int{{5, 5}},
			fixed: "Intro.\n\nView this post on Instagram\n\n> — Jane Roe (@janeroe) on Instagram\n\nAfter.\n"},
		{name: "instagram attribution words in a sentence", rule: "embeds/flattened-post",
			src: "A post shared by the mayor (@mayor) on Instagram showed the flooded road.\n"},
		{name: "tweet residue in an html page is reported without a fix", rule: "embeds/flattened-tweet", path: "p.html",
			src: "<html><body>\n<p>We did it. pic.twitter.com/AbCdEf1234</p>\n<p>— Team Org (@teamorg) March 3, 2021</p>\n</body></html>\n", lines: [][2]int{{2, 3}}},
		{name: "crlf file keeps its line endings", rule: "embeds/flattened-tweet",
			src:   "Intro.\r\n\r\nWe did it.\r\n— Team Org (@teamorg) March 3, 2021\r\n\r\nAfter.\r\n",
			lines: [][2]int{{3, 4}},
			fixed: "Intro.\r\n\r\n> We did it.\r\n>\r\n> — Team Org (@teamorg) March 3, 2021\r\n\r\nAfter.\r\n"},
		{name: "instagram prose mention", rule: "embeds/flattened-post",
			src: "She took to Instagram to share a post with her fans on Saturday.\n"},
		{name: "facebook byline", rule: "embeds/flattened-post",
			src:   "Intro.\n\nWe are open again.\nPosted by Corner Bakery on Wednesday\n",
			lines: [][2]int{{3, 4}}},
		{name: "reddit glued byline", rule: "embeds/flattened-post",
			src:   "Intro.\n\nMy cat learned to open doors\nbyu/catperson inr/aww\n\nAfter.\n",
			lines: [][2]int{{3, 4}},
			fixed: "Intro.\n\n> My cat learned to open doors\n>\n> — u/catperson in r/aww on Reddit\n\nAfter.\n"},
		{name: "reddit mention in prose", rule: "embeds/flattened-post",
			src: "A user known as u/catperson posted in the forum about doors.\n"},
		{name: "posted by in prose", rule: "embeds/flattened-post",
			src: "The video was posted by the council on Wednesday and shared widely.\n"},
		// --- chrome ---
		{name: "lone tiktok sound line", rule: "embeds/embed-chrome",
			src: "Intro.\n\n♬ original sound - Someone\n\nAfter.\n", lines: [][2]int{{3, 3}}, fixed: "Intro.\n\nAfter.\n"},
		{name: "tiktok sound owned by a post", rule: "embeds/embed-chrome",
			src: "@dancer\nNew routine\n♬ original sound - Dancer\n"},
		{name: "share alone is not player chrome", rule: "embeds/embed-chrome",
			src: "Intro.\n\nShare\nWatch later\n\nAfter.\n"},
		{name: "youtube title line in a block", rule: "embeds/embed-chrome",
			src:   "Intro.\n\nLaunch day - YouTube\nTap to unmute\nWatch on YouTube\n\nAfter.\n",
			lines: [][2]int{{3, 5}}},
		{name: "full youtube player block with title and channel", rule: "embeds/embed-chrome",
			src:   "Intro.\n\nLaunch Day - YouTube\n\nExample Channel\n\n54.4K subscribers\n\nWatch later\n\nShare\n\nTap to unmute\n\nIf playback doesn't begin shortly, try restarting your device.\n\n0:00 / 4:31\n\n•\n\nWatch on YouTube\n\nOutro.\n",
			lines: [][2]int{{3, 21}}, fixed: "Intro.\n\nOutro.\n"},
		{name: "timeline widget", rule: "embeds/embed-chrome",
			src: "Intro.\n\nTweets by @teamorg\n\nAfter.\n", lines: [][2]int{{3, 3}}},
		{name: "heading named like chrome", rule: "embeds/embed-chrome",
			src: "## Embedded video\n\nHow to add one to your page.\n"},
		{name: "chrome words in a sentence", rule: "embeds/embed-chrome",
			src: "Fans could watch on YouTube or tap to unmute the stream, the club said.\n"},
		// --- raw embeds ---
		{name: "raw tweet with script spans both lines", rule: "embeds/raw-embed",
			src:   "<center><blockquote class=\"twitter-tweet\"><p>Hi</p>&mdash; A (@a) <a href=\"https://twitter.com/a/status/12345678\">May 1, 2016</a></blockquote>\n<script async src=\"//platform.twitter.com/widgets.js\"></script></center>\n",
			lines: [][2]int{{1, 2}},
			fixed: "> Hi\n>\n> — A (@a) May 1, 2016 ([link](https://twitter.com/a/status/12345678))\n"},
		{name: "multi-line raw tweet", rule: "embeds/raw-embed",
			src:   "Intro.\n\n<blockquote class=\"twitter-tweet\">\n<p lang=\"en\">Hello there</p>\n&mdash; A B (@ab) <a href=\"https://twitter.com/ab/status/99999999\">May 1, 2016</a>\n</blockquote>\n<script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script>\n\nAfter.\n",
			lines: [][2]int{{3, 7}},
			fixed: "Intro.\n\n> Hello there\n>\n> — A B (@ab) May 1, 2016 ([link](https://twitter.com/ab/status/99999999))\n\nAfter.\n"},
		{name: "raw tiktok embed", rule: "embeds/raw-embed",
			src:   "<blockquote class=\"tiktok-embed\" cite=\"https://www.tiktok.com/@dancer/video/7000000000000000000\" data-video-id=\"7000000000000000000\"><section><a title=\"@dancer\" href=\"https://www.tiktok.com/@dancer?refer=embed\">@dancer</a> New routine <a title=\"dance\">#dance</a> <a title=\"♬ original sound - Dancer\">♬ original sound - Dancer</a></section></blockquote> <script async src=\"https://www.tiktok.com/embed.js\"></script>\n",
			lines: [][2]int{{1, 1}},
			fixed: "> New routine #dance\n>\n> — @dancer on TikTok ([link](https://www.tiktok.com/@dancer/video/7000000000000000000))\n"},
		{name: "ad iframe without source is removed", rule: "embeds/raw-embed",
			src:   "Intro.\n\n<iframe class=\"galleryAdUnit\" src=\"about:blank\"></iframe>\n\nAfter.\n",
			lines: [][2]int{{3, 3}}, fixed: "Intro.\n\nAfter.\n"},
		{name: "iframe inside html line becomes an html link", rule: "embeds/raw-embed",
			src:   "<div><p>Watch</p><iframe src=\"https://player.vimeo.com/video/123456789\"></iframe></div>\n",
			lines: [][2]int{{1, 1}},
			fixed: "<div><p>Watch</p><a href=\"https://vimeo.com/123456789\">Video on vimeo.com</a></div>\n"},
		{name: "iframe in an html comment", rule: "embeds/raw-embed",
			src: "Text.\n\n<!-- <iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe> -->\n"},
		{name: "plain blockquote is not an embed", rule: "embeds/raw-embed",
			src: "<blockquote><p>Words.</p></blockquote>\n"},
		{name: "html page markup is legitimate", rule: "embeds/raw-embed", path: "page.html",
			src: "<html><body><blockquote class=\"twitter-tweet\"><p>Hi</p></blockquote></body></html>\n"},
		{name: "iframe in fenced code", rule: "embeds/raw-embed",
			src: "Example:\n\n~~~\n<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>\n~~~\n"},
		{name: "iframe in a code span", rule: "embeds/raw-embed",
			src: "Paste `<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>` into the page.\n"},
		{name: "widget script in html page", rule: "embeds/widget-script", path: "page.html",
			src: "<html><body><script async src=\"https://platform.twitter.com/widgets.js\"></script></body></html>\n"},
		{name: "other scripts are not widgets", rule: "embeds/widget-script",
			src: "<script src=\"/js/site.js\"></script>\n"},
		// --- shortcodes ---
		{name: "caption over two lines", rule: "embeds/wordpress-shortcode",
			src:   "[caption id=\"attachment_1\" width=\"300\"]<img src=\"a.png\" />\nA chart.[/caption]\n",
			lines: [][2]int{{1, 2}}, fixed: "<img src=\"a.png\" />\nA chart.\n"},
		{name: "caption followed by a linked image", rule: "embeds/wordpress-shortcode",
			src: "[caption id=\"\" width=\"600\"][![Fish](https://example.org/f.png)](https://example.org/) A fish.[/caption]\n", lines: [][2]int{{1, 1}},
			fixed: "[![Fish](https://example.org/f.png)](https://example.org/) A fish.\n"},
		{name: "youtube shortcode with id", rule: "embeds/wordpress-shortcode",
			src: "[youtube dQw4w9WgXcQ]\n", lines: [][2]int{{1, 1}}, fixed: "https://www.youtube.com/watch?v=dQw4w9WgXcQ\n"},
		{name: "markdown link named video", rule: "embeds/wordpress-shortcode",
			src: "See the [video](https://example.org/v) and the [gallery][1].\n\n[1]: https://example.org/g\n"},
		{name: "bracketed word in prose", rule: "embeds/wordpress-shortcode",
			src: "Our [video] series and the [gallery] of photos are online.\n"},
		{name: "bare playlist shortcode alone", rule: "embeds/wordpress-shortcode",
			src: "Listen:\n\n[playlist]\n\nMore.\n", lines: [][2]int{{3, 3}}, fixed: "Listen:\n\nMore.\n"},
		{name: "markdown link whose text starts with video", rule: "embeds/wordpress-shortcode",
			src: "[Video on YouTube](https://youtu.be/dQw4w9WgXcQ) and [video of the match] are here.\n"},
		{name: "escaped shortcode", rule: "embeds/wordpress-shortcode",
			src: "Type [[caption]] to add a caption.\n"},
		// --- bare embed urls ---
		{name: "bare url inside a paragraph", rule: "embeds/bare-embed-url",
			src: "Watch it here:\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\nand tell us.\n"},
		{name: "link reference definition", rule: "embeds/bare-embed-url",
			src: "See [the talk][t].\n\n[t]: https://www.youtube.com/watch?v=dQw4w9WgXcQ\n"},
		{name: "bare tweet url is a citation", rule: "embeds/bare-embed-url",
			src: "Intro:\n\nhttps://twitter.com/teamorg/status/626754329332989952\n\nAfter.\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, ok := rules.Lookup(c.rule)
			if !ok {
				t.Fatalf("no rule %s", c.rule)
			}
			path := c.path
			if path == "" {
				path = "a.md"
			}
			fs := lintWith(t, r, path, c.src)
			var got [][2]int
			for _, f := range fs {
				got = append(got, [2]int{f.Line, f.EndLine})
			}
			if len(got) != len(c.lines) {
				t.Fatalf("findings %v, want %v\n%s", got, c.lines, c.src)
			}
			for i := range got {
				if got[i] != c.lines[i] {
					t.Errorf("finding %d at lines %v, want %v", i, got[i], c.lines[i])
				}
			}
			if c.fixed != "" {
				if out := fixWith(t, r, path, c.src); out != c.fixed {
					t.Errorf("fixed:\n got %q\nwant %q", out, c.fixed)
				}
			}
		})
	}
}

// TestEmbedsSpecimenSafeFix checks that a flattened tweet glued onto a
// paragraph is never touched by safe fixes: its fix changes words.
func TestEmbedsSpecimenSafeFix(t *testing.T) {
	src := "Para.\nHe agreed. “Talks first, deals later.” Just words. https://t.co/Xy12Ab34Cd\n-JANE ROE (@janeroe) October 18, 2021\nNext.\n"
	for _, r := range rules.All() {
		if !strings.HasPrefix(r.Meta().ID, "embeds/") {
			continue
		}
		for _, f := range lintWith(t, r, "s.txt", src) {
			if f.Fix != nil && f.Fix.Safety == rules.Safe {
				t.Errorf("%s offers a safe fix on the specimen tweet", f.Rule)
			}
		}
	}
}

// TestEmbedsFixIdempotent runs every embeds rule's fixes twice.
func TestEmbedsFixIdempotent(t *testing.T) {
	src := "Intro.\n\nWe did it. pic.twitter.com/AbCdEf1234\n— Team Org (@teamorg) March 3, 2021\n\nView this post on Instagram\n\n A caption #tag\n\nA post shared by Someone (@someone)\n\n[gallery ids=\"1,2\"]\n\n<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>\n"
	for _, r := range rules.All() {
		if !strings.HasPrefix(r.Meta().ID, "embeds/") {
			continue
		}
		once := fixWith(t, r, "a.md", src)
		if twice := fixWith(t, r, "a.md", once); twice != once {
			t.Errorf("%s: second fix changed the text:\n%q\n%q", r.Meta().ID, once, twice)
		}
	}
}
