package rules

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// The embeds family: what is left of a social-media post, a video player
// or a platform widget after the page was turned into text, and raw embed
// markup that depends on a third-party script. Detection keys on the
// invariant parts each platform prints (a tweet's dated "(@handle)"
// signature, Instagram's "A post shared by", TikTok's "♬" sound line), so
// prose that merely mentions a platform is never matched.
//
// Helpers are prefixed "emb" so they do not collide with other families.

// embMonth matches an English month name or its abbreviation.
const embMonth = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

// embDash matches every way a stripped page spells the dash before a
// tweet's signature.
const embDash = `(?:[-—–―]|&mdash;|&#x2014;|&#8212;|&#x2013;|&#8211;|&ndash;|&#151;)`

// embInCode reports whether off lies in a code block, code span,
// <pre>/<code> element or HTML comment: text there is program text or
// hidden, never residue.
func embInCode(d *article.Doc, off int) bool {
	np := d.NonProse()
	lo, hi := 0, len(np)
	for lo < hi {
		mid := (lo + hi) / 2
		if np[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo >= len(np) || np[lo].Start > off {
		return false
	}
	sp := np[lo]
	switch d.Src[sp.Start] {
	case '`', '~', ' ', '\t':
		return true
	case '<':
		rest := d.Src[sp.Start:]
		// An HTML comment is not shown either.
		return hasPrefixFold(rest, "<pre") || hasPrefixFold(rest, "<code") || hasPrefixFold(rest, "<textarea") || hasPrefixFold(rest, "<!--")
	}
	return false
}

func hasPrefixFold(b []byte, p string) bool {
	return len(b) >= len(p) && bytes.EqualFold(b[:len(p)], []byte(p))
}

func minInt(a int, bs ...int) int {
	for _, b := range bs {
		if b < a {
			a = b
		}
	}
	return a
}

// embHugoSite reports whether the article belongs to a Hugo site, where a
// rebuilt embed is best written as a Hugo shortcode: TOML front matter, or
// a site the caller recognised as Hugo (rules never look at the disk).
func embHugoSite(d *article.Doc) bool {
	return d.FrontMatter == article.TOMLFrontMatter || d.Site == article.HugoSite
}

// embBlockquote renders quoted lines and an attribution as a Markdown
// blockquote (without a final newline).
func embBlockquote(text []string, attribution string) string {
	var b strings.Builder
	for i, t := range text {
		if i > 0 {
			b.WriteString("\n>\n")
		}
		b.WriteString("> ")
		b.WriteString(t)
	}
	if attribution != "" {
		if len(text) > 0 {
			b.WriteString("\n>\n")
		}
		b.WriteString("> ")
		b.WriteString(attribution)
	}
	return b.String()
}

// embLinesReplace builds the edit that replaces the 0-based lines
// first..last (their content, not the final line ending) with block. In
// Markdown the block gets blank lines around it so that it stays a block
// of its own; plain text keeps its one-line-per-paragraph layout.
func embLinesReplace(d *article.Doc, first, last int, prefix, block string) article.Edit {
	s, _, _ := d.Line(first)
	_, e, next := d.Line(last)
	nl := embLineEnding(d, e, next)
	md := d.Format == article.Markdown
	var b strings.Builder
	if prefix != "" {
		b.WriteString(prefix)
		b.WriteString(nl)
		if md {
			b.WriteString(nl)
		}
	} else if md && first > d.FirstBodyLine() && !d.IsBlankLine(first-1) {
		b.WriteString(nl)
	}
	b.WriteString(strings.ReplaceAll(block, "\n", nl))
	if md && last+1 < d.LineCount() && !d.IsBlankLine(last+1) {
		b.WriteString(nl)
	}
	return article.Edit{Offset: s, End: e, Text: b.String()}
}

// embTrimSpace trims ASCII and no-break spaces.
func embTrimSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' || r == '\r' })
}

// embVisibleText is what a reader sees of a piece of markup.
func embVisibleText(b []byte) string {
	return article.Visible(b)
}

// embWordCount counts the runs of letters or digits in s.
func embWordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := r == '\'' || r == '’' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && r != '\u00a0' && r != '—' && r != '–'
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// embRuneLen is the number of characters in s.
func embRuneLen(s string) int { return utf8.RuneCountInString(s) }

// embEmbedClassRe() recognises the class names of platform embed blocks.
var embEmbedClassRe = lazyRegexp(`(?i)class\s*=\s*["']?[^"'>]*\b(?:twitter-tweet|twitter-video|twitter-timeline|instagram-media|tiktok-embed|reddit-embed-bq|reddit-card|fb-xfbml-parse-ignore|fb-post|fb-video|imgur-embed-pub|tumblr-post|bluesky-embed|text-post-media|embedly-card)\b`)

func init() {
	Register(New(Meta{
		ID:       "embeds/flattened-tweet",
		Severity: Warning,
		Fix:      Unsafe,
		Summary:  "Tweet flattened to plain lines: its text, `pic.twitter.com`/`t.co` links and a `— Name (@handle) Month D, YYYY` signature.",
		What: "Finds what is left of an embedded tweet (or X post, or Bluesky post) once its markup was " +
			"stripped: the signature line `— Name (@handle) October 18, 2021` in any dash spelling (`-`, `—`, " +
			"`–`, `&mdash;`, `&#x2014;`), together with the tweet's text on the line above (or glued in " +
			"front of the signature, or glued onto the end of a paragraph), and tweet text lines that end " +
			"with the tweet's own `pic.twitter.com/…` or `t.co/…` link. The finding spans every line the " +
			"residue occupies. A tweet that is already quoted (a Markdown `>` blockquote or an HTML " +
			"`<blockquote>`) is not reported, nor are Hugo `{{< tweet >}}` shortcodes.",
		Why: "Without its markup the tweet reads as if the article's author had written it, and the " +
			"signature line is a stray fragment in the middle of the text.",
		FixNote: "Unsafe: rebuilds the tweet as a Markdown blockquote — its words, then `— Name (@handle) " +
			"date` with the status link when one survived — or, in a Hugo site with a known status id, as " +
			"`{{< tweet user=\"…\" id=\"…\" >}}`. A paragraph the tweet was glued onto is kept as its own " +
			"paragraph. Where the tweet text starts inside such a line is a guess, and the words are " +
			"someone's quotation, so the fix needs review; the attribution is never dropped.",
		Examples: []Example{
			{
				Bad:   "The ministry denied the report.\n\nThis is not true at all. pic.twitter.com/AbCdEf1234\n— Jane Roe (@janeroe) March 3, 2021\n\nThe minister resigned later.\n",
				Good:  "The ministry denied the report.\n\n> This is not true at all.\n>\n> — Jane Roe (@janeroe) March 3, 2021\n\nThe minister resigned later.\n",
				Fixed: "The ministry denied the report.\n\n> This is not true at all. pic.twitter.com/AbCdEf1234\n>\n> — Jane Roe (@janeroe) March 3, 2021\n\nThe minister resigned later.\n",
			},
			{
				Bad:   "The minister left on Monday. “The road will open in May.” It did not. https://t.co/Ab12Cd34Ef\n-JOHN DOE (@jdoe) October 18, 2021\nTalks resume next week.\n",
				Good:  "The minister left on Monday, officials said on October 18, 2021.\n",
				Fixed: "The minister left on Monday.\n> “The road will open in May.” It did not. https://t.co/Ab12Cd34Ef\n>\n> — JOHN DOE (@jdoe) October 18, 2021\nTalks resume next week.\n",
				Path:  "example.txt",
			},
			{
				Bad:   "+++\ntitle = \"Post\"\n+++\nAbove.\n\nBig news today &mdash; Example Org (@exampleorg) [June 29, 2019](https://twitter.com/exampleorg/status/1144999999999999999?ref_src=twsrc%5Etfw)\n\nBelow.\n",
				Good:  "+++\ntitle = \"Post\"\n+++\nAbove.\n\n{{< tweet user=\"exampleorg\" id=\"1144999999999999999\" >}}\n\nBelow.\n",
				Fixed: "+++\ntitle = \"Post\"\n+++\nAbove.\n\n{{< tweet user=\"exampleorg\" id=\"1144999999999999999\" >}}\n\nBelow.\n",
			},
			{
				Bad:   "Fans cheered. Final time at the crease for the captain #Cricket pic.twitter.com/Zq8Xw2Lp4N\n\nHe made 90.\n",
				Good:  "The picture was posted on twitter.com by the club.\n",
				Fixed: "> Fans cheered. Final time at the crease for the captain #Cricket pic.twitter.com/Zq8Xw2Lp4N\n\nHe made 90.\n",
			},
		},
		Triggers: []string{"(@", "t.co/", "pic.twitter.com"},
	}, checkFlattenedTweets))

	Register(New(Meta{
		ID:       "embeds/tweet-photo-link",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "A tweet's `pic.twitter.com/…` photo token left where the photo was.",
		What: "Finds `pic.twitter.com/…` tokens — bare, or as the text of a link — outside a flattened " +
			"tweet (which `embeds/flattened-tweet` reports whole): typically in a tweet that was already " +
			"turned into a quotation, or alone on a line.",
		Why: "The token is the tweet's placeholder for an attached photo. The photo is not shown, and the " +
			"token reads as noise.",
		FixNote: "Safe: removes the token (and the link around it), or the whole line when it held nothing " +
			"else. The photo was never part of the text.",
		Examples: []Example{
			{
				Bad:   "> The river rose overnight [pic.twitter.com/Qm3Rt7Vb9K](https://t.co/Qm3Rt7Vb9K)\n>\n> — River Watch (@riverwatch) [August 1, 2023](https://twitter.com/riverwatch/status/1690000000000000001)\n",
				Good:  "> The river rose overnight\n>\n> — River Watch (@riverwatch) [August 1, 2023](https://twitter.com/riverwatch/status/1690000000000000001)\n",
				Fixed: "> The river rose overnight\n>\n> — River Watch (@riverwatch) [August 1, 2023](https://twitter.com/riverwatch/status/1690000000000000001)\n",
			},
			{
				Bad:   "The flood reached the bridge.\n\npic.twitter.com/AbCdEf1234\n\nThe council met.\n",
				Good:  "Photos were shared on Twitter.\n",
				Fixed: "The flood reached the bridge.\n\nThe council met.\n",
			},
		},
		Triggers: []string{"pic.twitter.com"},
	}, checkTweetPhotoLinks))

	Register(New(Meta{
		ID:       "embeds/flattened-post",
		Severity: Warning,
		Fix:      Unsafe,
		Summary:  "Instagram, Facebook, Reddit or TikTok post flattened to plain lines (`A post shared by … (@…)`, `Posted by … on Friday, …`, `by u/… in r/…`, `♬ …`).",
		What: "Finds the attribution each platform's embed prints under a post, left as plain text: " +
			"Instagram's `A post shared by Name (@handle)` (also glued mid-line and in its localised forms), " +
			"Facebook's `Posted by Page on Friday, April 10, 2020`, Reddit's `by u/name in r/sub`, and a " +
			"TikTok `@user` line followed by the caption and the `♬ sound - artist` line. The finding " +
			"covers the post's words above the attribution when they can be told from the article " +
			"(Instagram captions carry handles or hashtags; Facebook and Reddit put the text right above).",
		Why: "The post's words read as the article's own, and the attribution is a stray fragment.",
		FixNote: "Unsafe: rebuilds the post as a Markdown blockquote of its words ending with " +
			"`— Name (@handle) on Instagram` (or the platform's equivalent). Which lines are the post's " +
			"words is a guess, so the fix needs review; the attribution is never simply deleted.",
		Examples: []Example{
			{
				Bad:   "The bakery opened on Monday.\n\n Doors open at eight, come say hi! @cornerbakery #opening\n\nA post shared by Jane Roe (@janeroe_tv) on Sep 4, 2020 at 8:27pm PDT\n\nQueues formed early.\n",
				Good:  "The bakery shared a post on Instagram on Saturday.\n",
				Fixed: "The bakery opened on Monday.\n\n> Doors open at eight, come say hi! @cornerbakery #opening\n>\n> — Jane Roe (@janeroe_tv) on Instagram, Sep 4, 2020 at 8:27pm PDT\n\nQueues formed early.\n",
			},
			{
				Bad:   "We are closed today for repairs.\nPosted by Corner Bakery on Friday, April 10, 2020\n",
				Good:  "The notice was posted by the bakery on Friday.\n",
				Fixed: "> We are closed today for repairs.\n>\n> — Corner Bakery on Facebook, Friday, April 10, 2020\n",
				Path:  "example.txt",
			},
			{
				Bad:   "Intro.\n\n@dancer\nNew routine #dance\n♬ original sound - Dancer\n\nOutro.\n",
				Good:  "Intro.\n\nThe song ♪ played on.\n",
				Fixed: "Intro.\n\n> New routine #dance\n>\n> — @dancer on TikTok\n\nOutro.\n",
			},
		},
		Triggers: []string{"shared by", "posted by", "u/", "♬", "compartida", "partagée par", "geteilt von", "condiviso da", "compartilhada por", "gedeeld door"},
	}, checkFlattenedPosts))

	Register(New(Meta{
		ID:       "embeds/embed-chrome",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Embed or player interface text left in the article (`View this post on Instagram`, YouTube player lines, `[Embedded content]`).",
		What: "Finds lines that an embed or a video player prints around the content it shows: Instagram's " +
			"`View this post on Instagram` (also glued into a line), the YouTube player's `Watch on YouTube`, " +
			"`Tap to unmute`, `If playback doesn't begin shortly…` and the block of `Share`/`Watch later`/" +
			"`0:00 / 4:31` lines around them, a lone TikTok `♬ …` sound line, `Tweets by @handle`, `View on " +
			"Reddit`, and `[Embedded content]` placeholders from HTML-to-Markdown converters. Weak lines such as " +
			"`Share` are only reported inside a block that holds a strong one.",
		Why: "These strings are buttons and labels of an interface that is no longer there; they carry no " +
			"content and interrupt the article.",
		FixNote: "Safe: deletes the lines (or the glued phrase). Only whole lines of interface text match; " +
			"the same words inside a sentence are prose.",
		Examples: []Example{
			{Bad: "Intro.\n\nView this post on Instagram\n\nOutro.\n", Good: "You can view this post on Instagram, she said.\n", Fixed: "Intro.\n\nOutro.\n"},
			{
				Bad:   "Intro.\n\nTap to unmute\nIf playback doesn't begin shortly, try restarting your device.\nShare\nWatch later\n0:00 / 4:31\nWatch on YouTube\n\nOutro.\n",
				Good:  "Intro.\n\nShare\n\nOutro.\n",
				Fixed: "Intro.\n\nOutro.\n",
			},
			{Bad: "Intro.\n\n[Embedded content](https://example.com/embed/1)\n\nOutro.\n", Good: "Embedded content is loaded later.\n", Fixed: "Intro.\n\nOutro.\n"},
			{Bad: "Great night.View this post on Instagram\n", Good: "Great night.\n", Fixed: "Great night.\n"},
		},
		Triggers: []string{"instagram", "youtube", "playback", "unmute", "signed out", "playlist", "cancelconfirm", "more videos", "embedded", "embed from", "view on", "view in telegram", "tweets by", "♬", "third party", "この投稿", "vimeo", "tiktok", "an error occurred"},
	}, checkEmbedChrome))

	Register(New(Meta{
		ID:       "embeds/raw-embed",
		Severity: Warning,
		Fix:      Unsafe,
		Summary:  "Raw embed markup in Markdown or text: an `<iframe>` or a `<blockquote class=\"twitter-tweet\">`/`instagram-media`/`tiktok-embed` block.",
		What: "Finds `<iframe>` elements and platform embed blocks (`<blockquote class=\"twitter-tweet\">`, " +
			"`instagram-media`, `tiktok-embed`, `reddit-embed-bq`, Facebook and Bluesky embeds) in Markdown " +
			"and text articles, together with the widget `<script>` that renders them. HTML pages are not " +
			"checked: there the markup is the page's own. Hugo shortcodes, Liquid tags and MDX components are " +
			"the legitimate way to embed and are never reported.",
		Why: "The block only renders with a third-party script (which tracks readers and is often blocked), " +
			"and when the article is republished or converted it turns into a wall of markup or loses its " +
			"attribution.",
		FixNote: "Unsafe: a post becomes a plain blockquote of its words with `— Name (@handle) date` and a " +
			"link to the original (in a Hugo site a tweet becomes `{{< tweet … >}}`); an iframe becomes a " +
			"link to what it showed (`{{< youtube ID >}}` in a Hugo site), an iframe without a source is " +
			"removed. When the embed shares its line with other markup the rebuilt quotation is written in " +
			"HTML. The rewrite changes the page's structure, so it needs review.",
		Examples: []Example{
			{
				Bad:   "Intro.\n\n<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">We are open again!</p>&mdash; Corner Bakery (@cornerbakery) <a href=\"https://twitter.com/cornerbakery/status/1234567890123\">June 29, 2019</a></blockquote>\n<script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script>\n\nOutro.\n",
				Good:  "Intro.\n\n> We are open again!\n\nOutro.\n",
				Fixed: "Intro.\n\n> We are open again!\n>\n> — Corner Bakery (@cornerbakery) June 29, 2019 ([link](https://twitter.com/cornerbakery/status/1234567890123))\n\nOutro.\n",
			},
			{
				Bad:   "Intro.\n\n<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" title=\"Launch video\" frameborder=\"0\" allowfullscreen></iframe>\n\nOutro.\n",
				Good:  "Intro.\n\n```html\n<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>\n```\n",
				Fixed: "Intro.\n\n[Launch video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)\n\nOutro.\n",
			},
			{
				Good: "<html><body><iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe></body></html>\n",
				Path: "page.html",
			},
		},
		Triggers: []string{"<iframe", "<blockquote"},
	}, checkRawEmbeds))

	Register(New(Meta{
		ID:       "embeds/widget-script",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "A platform widget script (`widgets.js`, `embed.js`) left in Markdown or text.",
		What: "Finds `<script>` elements that load a platform's embed widget (Twitter/X `widgets.js`, " +
			"Instagram and TikTok `embed.js`, Reddit, Facebook SDK, Imgur, Tumblr, Bluesky, Threads) in " +
			"Markdown and text articles, when they are not next to the embed block they render (that one is " +
			"reported whole by `embeds/raw-embed`). HTML pages are not checked.",
		Why: "The script shows nothing by itself; it loads third-party code into the page and marks the text " +
			"as copied from an embed.",
		FixNote: "Safe: deletes the script (or its line). It carries no content.",
		Examples: []Example{
			{
				Bad:   "Intro.\n\n<script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script>\n\nOutro.\n",
				Good:  "Intro.\n\n```html\n<script async src=\"https://platform.twitter.com/widgets.js\"></script>\n```\n",
				Fixed: "Intro.\n\nOutro.\n",
			},
		},
		Triggers: []string{"<script"},
	}, checkWidgetScripts))

	Register(New(Meta{
		ID:       "embeds/wordpress-shortcode",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Unrendered WordPress media shortcode (`[caption]…[/caption]`, `[embed]`, `[gallery]`, `[video]`, `[audio]`, `[playlist]`, `[tweet]`, `[youtube]`).",
		What: "Finds WordPress media shortcodes that were exported or scraped without being rendered: " +
			"`[caption id=\"…\" align=\"…\" width=\"…\"]…[/caption]`, `[embed]URL[/embed]`, `[gallery ids=\"…\"]`, " +
			"`[video src=\"…\"]`, `[audio mp3=\"…\"]`, `[playlist]`, `[tweet …]`, `[youtube …]`. WordPress's " +
			"escaped form `[[caption]]` and Markdown links such as `[video](url)` are not shortcodes.",
		Why: "Outside WordPress nothing renders the shortcode, so readers see its brackets and attributes.",
		FixNote: "Safe: `[caption]` is unwrapped and keeps its image and caption text; media shortcodes are " +
			"replaced by the address they embed; `[gallery]` and `[playlist]`, which show nothing outside " +
			"WordPress, are removed. No words of the article change.",
		Examples: []Example{
			{
				Bad:   "[caption id=\"attachment_1861\" align=\"aligncenter\" width=\"540\"]![Chart](https://example.org/chart.png) Sales by month.[/caption]\n",
				Good:  "The caption reads [sic] as printed.\n",
				Fixed: "![Chart](https://example.org/chart.png) Sales by month.\n",
			},
			{Bad: "Watch:\n\n[embed]https://vimeo.com/123456789[/embed]\n", Good: "Watch the [video](https://vimeo.com/123456789).\n", Fixed: "Watch:\n\nhttps://vimeo.com/123456789\n"},
			{Bad: "Photos:\n\n[gallery ids=\"12,13,14\"]\n\nMore text.\n", Good: "Use [[gallery]] to show a gallery.\n", Fixed: "Photos:\n\nMore text.\n"},
		},
		Triggers: []string{"[caption", "[wp_caption", "[embed", "[gallery", "[video", "[audio", "[playlist", "[tweet", "[youtube", "[vimeo", "[instagram", "[soundcloud", "[spotify", "[facebook"},
	}, checkShortcodes))

	Register(New(Meta{
		ID:       "embeds/bare-embed-url",
		Severity: Info,
		Fix:      Unsafe,
		Summary:  "A video or post address alone on its own line, where an oEmbed player was (`https://www.youtube.com/watch?v=…`).",
		What: "Finds a line that holds nothing but the address of an embeddable video or post — YouTube, " +
			"Vimeo, Instagram, TikTok, Facebook video, Dailymotion, Spotify, SoundCloud — set off " +
			"as its own paragraph. WordPress and many converters leave exactly this when the player is " +
			"stripped. A link inside a sentence, a list item or a link reference definition is not reported, " +
			"nor is a tweet's address alone on a line: authors write that on purpose to cite a post, and it " +
			"renders as a working link.",
		Why: "The player is gone and the reader gets a raw address with no hint of what it is.",
		FixNote: "Unsafe: in Markdown turns the address into a labelled link (`[Video on YouTube](…)`), or in a " +
			"Hugo site into the built-in shortcode (`{{< youtube ID >}}`, `{{< tweet … >}}`). Whether the " +
			"author wanted a player or a link is a judgement call. Plain-text files get no fix.",
		Examples: []Example{
			{
				Bad:   "Watch the launch:\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nIt went well.\n",
				Good:  "Watch the launch at https://www.youtube.com/watch?v=dQw4w9WgXcQ today.\n",
				Fixed: "Watch the launch:\n\n[Video on YouTube](https://www.youtube.com/watch?v=dQw4w9WgXcQ)\n\nIt went well.\n",
			},
			{
				Bad:   "+++\ntitle = \"Launch\"\n+++\nWatch:\n\nhttps://youtu.be/dQw4w9WgXcQ\n",
				Good:  "+++\ntitle = \"Launch\"\n+++\nWatch:\n\n{{< youtube dQw4w9WgXcQ >}}\n",
				Fixed: "+++\ntitle = \"Launch\"\n+++\nWatch:\n\n{{< youtube dQw4w9WgXcQ >}}\n",
			},
		},
		Triggers: []string{"youtube.com/", "youtu.be/", "vimeo.com/", "twitter.com/", "x.com/", "instagram.com/", "tiktok.com/", "facebook.com/", "dailymotion.com/", "open.spotify.com/", "soundcloud.com/"},
	}, checkBareEmbedURLs))
}

// embLineEnding returns the line ending of the line that ends at e (next
// is the start of the following line); a last line without one borrows
// "\n". Looking at the line itself avoids scanning the whole file.
func embLineEnding(d *article.Doc, e, next int) string {
	if next-e == 2 {
		return "\r\n"
	}
	if next == e && e >= 2 && d.Src[e-1] == '\n' && d.Src[e-2] == '\r' {
		return "\r\n"
	}
	return "\n"
}

// embFirstTag returns the first index of an ASCII tag such as
// "</blockquote" in b, in lower, upper or title case (what real markup
// uses), with the fast byte search rather than a fold per position.
func embFirstTag(b []byte, tag string) int {
	best := -1
	for _, v := range embTagCases(tag) {
		if k := bytes.Index(b, []byte(v)); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}

func embTagCases(tag string) [3]string {
	lower := strings.ToLower(tag)
	upper := strings.ToUpper(tag)
	title := lower
	for i := 0; i < len(lower); i++ {
		if lower[i] >= 'a' && lower[i] <= 'z' {
			title = lower[:i] + strings.ToUpper(lower[i:i+1]) + lower[i+1:]
			break
		}
	}
	return [3]string{lower, upper, title}
}
