package rules

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/scrapelint/scrapelint/article"
)

// The boilerplate family: page chrome and republisher residue that a
// scraper kept along with the article (source trailers, share bars,
// newsletter and paywall pitches, navigation, social counters, comment
// forms, browser fallbacks, copyright footers, attribution and credit
// lines). Every rule looks at whole lines only: the same words inside a
// sentence are prose.

var (
	bpShare      = newBPList("boilerplate-share.txt")
	bpNav        = newBPList("boilerplate-nav.txt")
	bpNewsletter = newBPList("boilerplate-newsletter.txt")
	bpComment    = newBPList("boilerplate-comment-form.txt")
	bpBrowser    = newBPList("boilerplate-browser.txt")
)

func init() {
	Register(New(Meta{
		ID:       "boilerplate/source-trailer",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Republisher source trailer left in the article (`Source link`, `The post … appeared first on …`).",
		What: "Finds the lines that autoblogs and feed republishers append to a copied article: a line that " +
			"is only `Source link` or `Source` (as a link, or among the last lines), `Read the original article`, " +
			"the WordPress feed footer `The post <title> appeared first on <site>.`, `This post appeared first on " +
			"<site>. Read the entire article here`, syndication notes (`This story has not been edited by our staff " +
			"and is auto-generated from a syndicated feed.`) and `origin - <url>` residue.",
		Why: "The trailer belongs to the feed or the autoblog template, not to the article; it tells readers " +
			"the page is a copy and repeats a link that the front matter or the page already carries.",
		FixNote: "Safe: deletes the whole line (or, in an HTML line shared with other markup, just the " +
			"element holding the text). Only fixed template phrases match; an attribution that names an " +
			"outlet (`Source: Reuters`) is left to boilerplate/attribution-line.",
		Examples: []Example{
			{Bad: "The vote passed.\n[ad_2]\nSource link", Good: "The source link was broken, readers said.\n", Fixed: "The vote passed.\n[ad_2]\n"},
			{Bad: "Body.\n\nThe post Council approves budget appeared first on City News.\n", Good: "The post appeared first on the front page, the editor said, and then moved.\n", Fixed: "Body.\n"},
			{Bad: "Body.\n<br><a href=\"https://example.org/story\">Source </a>\n", Good: "## Source\n\nThe data come from the census.\n\nMore text follows here.\n\nAnd more.\n\nAnd the end.\n", Fixed: "Body.\n"},
			{Bad: "Body.\n\nThis post appeared first on \"Example Blog\". [Read the entire article here](https://example.org/p)\n", Good: "This post first appeared in print.\n", Fixed: "Body.\n"},
			{Bad: "Body.\n\norigin - https://example.org/2019/07/story/ story-slug\n", Good: "The origin of the story is unclear.\n", Fixed: "Body.\n"},
		},
		Triggers: []string{"source", "appeared first", "first appeared", "first published", "origin", "original", "syndicated", "not been edited", "原文"},
	}, checkSourceTrailer))

	Register(New(Meta{
		ID:       "boilerplate/share-bar",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Share-button bar left as text (`Share this:`, `Facebook`, `Click to share on X (Opens in new window)`).",
		What: "Finds lines whose whole visible text is a share or social button: `Share this:`, `Like this:`, " +
			"`Like Loading...`, `Tweet`, `Pin it`, `Copy link`, Jetpack's `Click to share on <network> (Opens in " +
			"new window)`, `Follow us on …`, a line that is only a network name (`Facebook`, `WhatsApp`, `Email`, " +
			"`Print`) or a row of them (`Facebook Twitter LinkedIn Email`). Adjacent lines form one finding.",
		Why: "The buttons were stripped to their labels; the labels read as stray words between paragraphs.",
		FixNote: "Safe: deletes the lines. A heading that is only a network name (`## Facebook`) names a " +
			"section and is reported only inside a run of share lines; the words inside a sentence are prose.",
		Examples: []Example{
			{Bad: "Body.\n\nShare this:\n\n- Twitter\n- Facebook\n\nLike this:\n\nLike Loading...\n", Good: "He said he would share this with the court.\n", Fixed: "Body.\n"},
			{Bad: "Body.\n\nClick to share on X (Opens in new window)\nClick to share on Facebook (Opens in new window)\n\nMore text.\n", Good: "## Facebook\n\nFacebook reported earnings.\n", Fixed: "Body.\n\nMore text.\n"},
			{Bad: "Intro.\nFacebook Twitter WhatsApp Email\nBody.\n", Good: "Intro.\nFacebook, Twitter and WhatsApp were down.\nBody.\n", Fixed: "Intro.\nBody.\n"},
			{Bad: "Intro.\n\n[Share on Facebook](https://www.facebook.com/sharer/sharer.php?u=x)\n\nBody.\n", Good: "Share prices fell.\n", Fixed: "Intro.\n\nBody.\n"},
		},
		Triggers: bpShare.triggers("link", "click to", "follow us", "follow me", "opens in new window", "share"),
	}, checkShareBar))

	Register(New(Meta{
		ID:       "boilerplate/newsletter",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Newsletter, subscription or paywall pitch left in the article (`Sign up for our newsletter`, `Using <Site> for work?`).",
		What: "Finds short lines that invite the reader to subscribe, pay or install: `Sign up for our newsletter`, " +
			"`Get the latest news delivered to your inbox`, `Subscribe now`, `Already a subscriber? Log in`, " +
			"`You have reached your limit of free articles`, `Join Pro`, `Download the app`, and paywall blocks headed `Using <Site> for " +
			"work?` together with the pitch paragraph and links that follow the heading.",
		Why: "The pitch is the scraped site's marketing, not the article; in a copy it even asks readers to " +
			"subscribe to someone else.",
		FixNote: "Safe: deletes the lines. Only short lines that start with a subscription verb or are a " +
			"known prompt match, so a story about newsletters or paywalls is prose and stays.",
		Examples: []Example{
			{Bad: "Body.\n\n**Sign up for our free daily newsletter**\n\nMore.\n", Good: "Sign-ups for the newsletter doubled after the redesign, the publisher said in a statement.\n", Fixed: "Body.\n\nMore.\n"},
			{Bad: "Body.\n\n### Using Example News for work?\n\nExample News is free for personal use, but you need a licence for work use. Plans start from $3 per week.\n\n[Join Pro Individual](https://example.org/pro) [Find out more](https://example.org/more)\n", Good: "Using the tool for work is allowed.\n", Fixed: "Body.\n"},
			{Bad: "Body.\nGet the latest headlines delivered straight to your inbox.\nMore.\n", Good: "The report was delivered to the inbox of every member.\n", Fixed: "Body.\nMore.\n"},
		},
		Triggers: bpNewsletter.triggers("newsletter", "inbox", "subscri", "sign up", "sign-up", "paywall", "for work", "join pro", "members only"),
	}, checkNewsletter))

	Register(New(Meta{
		ID:       "boilerplate/navigation",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Site navigation, read-more or related-content line left in the article (`Read more:`, `Related Posts:`, `Skip to content`).",
		What: "Finds lines that belong to the page around the article: skip links (`Skip to content`, " +
			"`Go Back to Top. Skip To: Start of Article.`), pager and back links (`Next article`, `Back to top`, " +
			"`🔙 返回日历`), read-more and related-content teasers (`Read more`, `READ MORE: <headline>`, " +
			"`Also read: <headline>`, `Related Posts:` with the list of links under it), `Scroll down for video`, " +
			"breadcrumbs (`Home > News > World`), menu and footer-link rows (`Home | About | Contact`), tag lists " +
			"(`Tags: budget, council`), `Page 2 of 5`, and the same labels in other languages. Single " +
			"words such as `Search` or `Menu` count only at the very start or end of the article or beside " +
			"other navigation.",
		Why: "The links pointed to other pages; without the page around them they interrupt the article or " +
			"trail after it.",
		FixNote: "Safe: deletes the lines (a related-posts heading together with its list of links). Only " +
			"short lines match: a sentence that merely contains `read more` is prose. A `Read more:` teaser " +
			"inside a longer line is reported without a fix, since where the headline ends is a guess.",
		Examples: []Example{
			{Bad: "First.\n\nREAD MORE: Council approves new budget\n\nSecond.\n", Good: "Read more on the tax changes in the release notes.\n", Fixed: "First.\n\nSecond.\n"},
			{Bad: "Body.\n\n### Related Posts:\n\n- [One](https://example.org/1)\n- [Two](https://example.org/2)\n", Good: "## Related work\n\nEarlier studies found the same.\n", Fixed: "Body.\n"},
			{Bad: "Skip to content\n\nThe council met on Monday.\n", Good: "The council voted to skip to the content of the bill.\n", Fixed: "The council met on Monday.\n"},
			{Bad: "<p>Intro.</p>\n<a href=\"../index.html\">🔙 返回日历</a>\n<p>Body.</p>\n", Good: "<p>He went back to the office.</p>\n", Fixed: "<p>Intro.</p>\n<p>Body.</p>\n", Path: "page.html"},
			{Bad: "Intro.\n\nScroll down for video\n\nBody.\n", Good: "Scroll down the page, the guide says, to find the form.\n", Fixed: "Intro.\n\nBody.\n"},
		},
		Triggers: bpNav.triggers("tags:", "tag:", "tagged", "filed under", "categories:", "category:", "topics:", "about us", "contact", "privacy", "sitemap", "terms of", "read more", "also read", "related", "skip to", "back to", "scroll", "swipe", "page", "home", "more from", "continue reading", "next", "previous", "watch", "返回"),
	}, checkNavigation))

	Register(New(Meta{
		ID:       "boilerplate/social-counter",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Social counter or reading-time widget left as a line (`1.2K likes`, `34 comments`, `5 min read`).",
		What: "Finds lines that are only counters of a social or comment widget: `1.2K likes`, `34 comments`, " +
			"`5 shares`, `12,345 views`, `2 retweets`, `Comments: 12`, `1.2K likes · 34 comments`, and reading-time " +
			"badges such as `5 min read`.",
		Why: "The counters described the page on the day it was scraped; in the article they are noise and " +
			"already out of date.",
		FixNote: "Safe: deletes the line. The whole line must be counters, so `The video had 12,345 views " +
			"by noon.` is prose and stays.",
		Examples: []Example{
			{Bad: "Title\n\n1.2K likes\n\nBody.\n", Good: "The post got 1.2K likes within an hour.\n", Fixed: "Title\n\nBody.\n"},
			{Bad: "Title\n5 min read\nBody.\n", Good: "It is a 5 min read, the editor said.\n", Fixed: "Title\nBody.\n"},
			{Bad: "Body.\n\n34 Comments\n", Good: "Body.\n\n34 members voted.\n", Fixed: "Body.\n"},
		},
		Triggers: []string{"like", "share", "comment", "retweet", "repost", "view", "follower", "upvote", "downvote", "bookmark", "download", "reaction", "clap", "subscriber", "min read", "minute read", "minutes read"},
	}, checkSocialCounter))

	Register(New(Meta{
		ID:       "boilerplate/comment-form",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Comment-section or comment-form residue (`Leave a Reply`, `Your email address will not be published.`).",
		What: "Finds the labels of a comment form or comment section that were scraped with the article: " +
			"`Leave a Reply`, `Cancel reply`, `Your email address will not be published. Required fields are " +
			"marked *`, `Save my name, email, and website in this browser for the next time I comment.`, " +
			"`Notify me of follow-up comments by email.`, `Post Comment`, `Comments are closed.`, Akismet's " +
			"notice, `2 thoughts on “<title>”`, `Posted in <category> | Leave a comment`, and the bare field labels (`Name *`, `Email *`, `Website`) when they stand beside them.",
		Why: "The form cannot work in a copy; its labels are page chrome that trails after the article.",
		FixNote: "Safe: deletes the lines. Bare field labels like `Website` are only reported inside a run " +
			"of form lines, never alone.",
		Examples: []Example{
			{Bad: "Body.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nComment *\n\nName *\n\nEmail *\n\nWebsite\n", Good: "Body.\n\nWebsite\n\nThe site launched in May.\n\nMore text.\n\nEnd.\n", Fixed: "Body.\n"},
			{Bad: "Body.\n\nComments are closed.\n", Good: "Comments are closed to the public until May, the council said.\n", Fixed: "Body.\n"},
		},
		Triggers: bpComment.triggers("reply", "comment", "thoughts on", "thought on", "responses to", "response to", "replies to"),
	}, checkCommentForm))

	Register(New(Meta{
		ID:       "boilerplate/browser-fallback",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Browser fallback text or a bot-check page instead of content (`Please enable JavaScript…`, `Loading...`).",
		What: "Finds the text a page shows when a script, player or check did not run: `Please enable " +
			"JavaScript to view the comments powered by Disqus.`, `Your browser does not support the video tag.`, " +
			"`Loading...`, `Video unavailable`, an audio player's `Listen` button and time read-out under the " +
			"headline, and bot-check or block pages (`We've detected unusual activity " +
			"from your computer network`, `To continue, please click the box below to let us know you're not a " +
			"robot.`, `Block reference ID:`). The lines of one block page form one finding.",
		Why: "The scraper saved what the browser fell back to instead of the content; a block page means the " +
			"article itself is missing.",
		FixNote: "Safe: deletes the lines. When the block page is all the file holds, it is reported without " +
			"a fix: deleting it would leave an empty article, and the article has to be fetched again.",
		Examples: []Example{
			{Bad: "Body.\n\nPlease enable JavaScript to view the comments powered by Disqus.\n", Good: "The app asks users to enable JavaScript, the report said, which many refuse.\n", Fixed: "Body.\n"},
			{Bad: "Intro.\n<video src=\"a.mp4\"></video>\nYour browser does not support the video tag.\nBody.\n", Good: "Loading the ship took three days.\n", Fixed: "Intro.\n<video src=\"a.mp4\"></video>\nBody.\n"},
			{Bad: "We've detected unusual activity from your computer network\nTo continue, please click the box below to let us know you're not a robot.\nWhy did this happen?\nBlock reference ID:\n", Good: "Why did this happen? Nobody knows.\n", Path: "page.txt"},
		},
		Triggers: append(bpBrowserTriggers, "listen", "audio version"),
	}, checkBrowserFallback))

	Register(New(Meta{
		ID:       "boilerplate/copyright-footer",
		Severity: Info,
		Fix:      Safe,
		Summary:  "Copyright or wire-service footer of the source page (`© 2024 Site`, `All rights reserved.`).",
		What: "Finds short lines that are a site's copyright notice: lines that start with `©`, `(c)` or " +
			"`Copyright <year>`, lines containing `All rights reserved`, and the wire-service footer " +
			"`This material may not be published, broadcast, rewritten or redistributed.`",
		Why: "The notice is the footer of the scraped page; in a copy it names the wrong owner or claims a " +
			"right the republisher does not have.",
		FixNote: "Safe near the end of the article, where it is page footer: deletes the line. Elsewhere " +
			"(an image credit `© Getty Images` between paragraphs, say) it is reported without a fix. A " +
			"sentence about copyright that does not start with the notice is prose, and a licence statement " +
			"(`Licensed under CC BY 4.0`) is content and is never reported.",
		Examples: []Example{
			{Bad: "Body.\n\n© 2024 Example News. All rights reserved.\n", Good: "Copyright law protects the text, the court said.\n", Fixed: "Body.\n"},
			{Bad: "Body.\n\nCopyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n", Good: "The band reserved all rights to the recording.\n", Fixed: "Body.\n"},
			{Bad: "Body.\n\n[© Example Media](https://example.org/terms)\n\n[Join](https://example.org/join)\n", Good: "The symbol © marks a claim.\n", Fixed: "Body.\n\n[Join](https://example.org/join)\n"},
		},
		Triggers: []string{"©", "&copy", "(c)", "copyright", "all rights reserved", "may not be published"},
	}, checkCopyright))

	Register(New(Meta{
		ID:       "boilerplate/attribution-line",
		Severity: Info,
		Fix:      Unsafe,
		Summary:  "Source attribution line at the start or end of a republished article (`Source: [here](…)`, `Originally published at …`).",
		What: "Finds short attribution lines that a republisher puts first or last: `Source: …`, `Via: …`, " +
			"`Originally published at/on …`, `This article was originally published on …`, `Republished with " +
			"permission from …`, `Source URL: …`. `Source:` and `Via:` lines count only as the first lines of the " +
			"body or, linked to the copied page, as the last; in between (or under a quotation) they credit a " +
			"chart or a quote.",
		Why: "The line records where the copy came from; it is not part of the article and usually repeats " +
			"the front matter.",
		FixNote: "Unsafe: deletes the line. The attribution may be required by the source's licence or name " +
			"the outlet readers should credit, so review before removing it.",
		Examples: []Example{
			{Bad: "Source: [here](https://example.org/2007/02/12/post/).\n\nThe op-ed\n\nBody text here.\n\nMore body.\n\nEven more.\n\nThe end.\n", Good: "The source said the vote was close.\n", Fixed: "The op-ed\n\nBody text here.\n\nMore body.\n\nEven more.\n\nThe end.\n"},
			{Bad: "Body.\n\n*Originally published at [Example Blog](https://example.org) on May 3.*\n", Good: "Originally published in 1851, the novel sold poorly at first and then became a classic of the age.\n", Fixed: "Body.\n"},
		},
		Triggers: []string{"source", "via", "originally", "first published", "republished", "reprinted", "courtesy", "original url", "original link"},
	}, checkAttribution))

	Register(New(Meta{
		ID:       "boilerplate/image-credit",
		Severity: Info,
		Fix:      Unsafe,
		Summary:  "Orphaned image credit line (`Photo: Getty Images`, `amazon.com`, `Image source, Reuters`).",
		What: "Finds lines that are only the credit of an image the scraper dropped: `Photo: …`, `Credit: …`, " +
			"`Image source, …`, `(Photo by …/Getty Images)`, a line that is only a photo agency (`Getty Images`, " +
			"`Reuters`), and in listicles the repeated store or domain credits under product pictures (`amazon.com`, " +
			"`Amazon`, `instagram.com`), and the `Image` placeholders left where pictures were. Bare names, domains " +
			"and placeholders count only when the article has two or more such lines; a credit next to its image " +
			"(Markdown, HTML, shortcode or template tag) is a caption and is left alone.",
		Why: "Without its picture the credit is a stray name between paragraphs.",
		FixNote: "Unsafe: deletes the line. A caption or credit may carry facts or be required by the " +
			"image's licence, so review first.",
		Examples: []Example{
			{Bad: "Intro.\n\nPhoto: Getty Images\n\nBody.\n", Good: "The photo was taken by a Getty Images staff photographer.\n", Fixed: "Intro.\n\nBody.\n"},
			{Bad: "1. A mixing bowl set.\namazon.com\nGreat bowls.\n2. A mop.\nAmazon\nGreat mop.\n", Good: "## Amazon\n\nAmazon reported record sales.\n", Fixed: "1. A mixing bowl set.\nGreat bowls.\n2. A mop.\nGreat mop.\n", Path: "list.txt"},
		},
		Triggers: []string{"photo", "image", "credit", "getty", "embed from", "screenshot", "screengrab", "caption", "picture", "video", "gallery", "expand", "reuters", "afp", "shutterstock", "istock", "alamy", "associated press", ".com", "amazon", "target", "walmart", "etsy", "instagram", "courtesy"},
	}, checkImageCredit))
}

// ---- source trailer -------------------------------------------------------

var bpTrailerExact = map[string]bool{
	"source link": true, "source links": true, "read the original article": true, "read original article": true,
	"read the original": true, "read the original post": true, "view original article": true, "view original post": true,
	"view original": true, "original article": true, "original post": true, "阅读原文": true, "查看原文": true, "原文链接": true,
}

var (
	// The WordPress feed footer "The post <title> appeared first on <site>."
	// and its "This post appeared first on <site>." cousin; the site part is
	// a name (a few words, optionally followed by a read-more link), not a
	// clause.
	bpAppearedFirstRe = lazyRegexp(`^(?:the (?:blog )?(?:post|article|story|entry|item) \S.{0,300}?|this (?:blog )?(?:post|article|story|entry|item)) (?:appeared first on|first appeared on|was first published on|appeared originally on) (?:"[^"]{1,80}"|[^,;]{1,80}?)(?:\.?\s+(?:read|continue|view|see)\b.{0,60})?$`)
	// Syndication disclaimers of wire-fed pages.
	bpSyndicatedRe = lazyRegexp(`\b(?:auto-generated from a syndicated feed|(?:has|have) not been edited by (?:our|the) (?:staff|editorial team)|published from a syndicated (?:news )?feed|auto-published from (?:a|the) (?:syndicated )?feed)\b`)
	bpOriginRe     = lazyRegexp(`^origin\s*[-–—:]\s*(?:https?://|www\.)\S+(?:\s+[\w-]+)?$`)
)

func checkSourceTrailer(ctx *Context) {
	d := ctx.Doc
	var lines []bpLine
	for _, ln := range bpCandidatesW(ctx, 400, 70) {
		v := d.VisibleLine(ln)
		n := bpNorm(v)
		ok := bpTrailerExact[n] || bpWords(n) <= 70 && bpAppearedFirstRe().MatchString(n) || bpOriginRe().MatchString(n) || bpWords(n) <= 40 && bpOwnMatch(bpSyndicatedRe(), n)
		if !ok && (n == "source" || n == "sources") {
			// A bare "Source" is the autoblog's link to the original: as a
			// link, or trailing the article.
			raw := d.LineText(ln)
			ok = !bpIsHeading(d, ln) && (indexFold(raw, []byte("<a ")) >= 0 || strings.Contains(string(raw), "](")) && bpInTail(d, ln, 3)
		}
		if ok {
			lines = append(lines, bpLine{ln: ln, kind: bpStrong, what: v})
		}
	}
	bpReport(ctx, bpRuns(d, lines, false), func(run []bpLine) string {
		return fmt.Sprintf("source trailer %q left by the republisher", bpQuote(run[0].what))
	}, "delete the source trailer", nil)
}

// ---- share bar --------------------------------------------------------------

var (
	bpClickShareRe = lazyRegexp(`^click to (?:share on \w+|share|email(?: a link to a friend)?|print|tweet|pin)\b.{0,40}$`)
	bpFollowRe     = lazyRegexp(`^follow (?:us|me)(?: on)?(?:[\s,&]+(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|telegram|whatsapp|google news|rss|and)){0,8}(?:[\s:]+@\w{1,30})?$`)
	bpShareOnRe    = lazyRegexp(`\b(?:share (?:on|via|by)|share|tweet|pin)\b`)
	bpSharePrefix  = lazyRegexp(`^(?:share this(?: article| story| post)?|follow us(?: on)?)\s*:?\s*`)
)

// bpShareClass classifies a normalised line for the share-bar rule.
func bpShareClass(n string) bpMatch {
	if n == "" {
		return bpNone
	}
	if m := bpShare.match(n); m != bpNone {
		return m
	}
	if strings.HasPrefix(n, "click to") && bpClickShareRe().MatchString(n) || strings.HasPrefix(n, "follow ") && bpFollowRe().MatchString(n) {
		return bpStrong
	}
	if bpWords(n) < 2 || bpWords(n) > 16 {
		return bpNone
	}
	// A row of network names ("Facebook Twitter Email", "Share: X | LinkedIn").
	rest := bpSharePrefix().ReplaceAllString(n, "")
	rest = bpShareOnRe().ReplaceAllString(rest, " ")
	words := strings.FieldsFunc(rest, func(r rune) bool {
		return r == ' ' || r == '|' || r == ',' || r == '/' || r == '·' || r == '•' || r == ':'
	})
	if len(words) >= 2 && len(words) <= 12 {
		all := true
		for _, w := range words {
			if !bpShare.strong[w] && !bpShare.weak[w] && w != "x" && w != "google+" {
				all = false
				break
			}
		}
		if all {
			return bpStrong
		}
	}
	// Link text of a share endpoint ("[Share on Facebook](…sharer…)") is
	// covered above; a link line to a share endpoint whose text is a
	// network word is too. Anything else stays.
	return bpNone
}

var bpShareDestRe = lazyRegexp(`(?i)shar(?:e|er|ing)|intent/|addtoany|mailto:\?|^#|javascript:|print|pin/create|submit\?|wa\.me/\?|send\?`)

// bpLinksNotShare reports whether a line holds links and none of them
// points at a share endpoint.
func bpLinksNotShare(raw []byte) bool {
	var dests []string
	line := string(raw)
	for i := 0; i < len(line); {
		j := strings.Index(line[i:], "](")
		k := indexFold(raw[i:], []byte("href="))
		switch {
		case j >= 0 && (k < 0 || j < k):
			start := i + j + 2
			end := strings.IndexAny(line[start:], ") ")
			if end < 0 {
				end = len(line) - start
			}
			dests = append(dests, line[start:start+end])
			i = start + end
		case k >= 0:
			start := i + k + 5
			if start < len(line) && (line[start] == '"' || line[start] == '\'') {
				start++
			}
			end := strings.IndexAny(line[start:], "\"' >")
			if end < 0 {
				end = len(line) - start
			}
			dests = append(dests, line[start:start+end])
			i = start + end
		default:
			i = len(line)
		}
	}
	if len(dests) == 0 {
		return false
	}
	for _, dst := range dests {
		if bpShareDestRe().MatchString(dst) {
			return false
		}
	}
	return true
}

func checkShareBar(ctx *Context) {
	d := ctx.Doc
	var lines []bpLine
	for _, ln := range bpCandidatesW(ctx, 120, 16) {
		v := d.VisibleLine(ln)
		n := bpNorm(v)
		m := bpShareClass(n)
		raw := d.LineText(ln)
		if m == bpNone && n == "link" && !strings.Contains(string(raw), "](") && indexFold(raw, []byte("<a ")) < 0 {
			// A bare "Link" is the label of a copy-link button.
			m = bpStrong
		}
		if m == bpNone || strings.HasSuffix(v, ".") && !strings.HasSuffix(v, "..") && bpWords(n) == 1 {
			continue
		}
		if t := strings.TrimSpace(string(raw)); strings.HasSuffix(t, "*") && !strings.HasSuffix(t, "**") {
			// "Email *" is a required field of a form, not a button.
			continue
		}
		if ln+1 < d.LineCount() && bytes.HasPrefix(bytes.TrimLeft(d.LineText(ln+1), " "), []byte(": ")) {
			// A definition-list term ("Print" / ": the paper edition").
			continue
		}
		// "Link" or a lone network name as a heading names a section.
		if m == bpStrong && bpIsHeading(d, ln) && !strings.HasPrefix(n, "share") && !strings.HasPrefix(n, "like") {
			m = bpWeak
		}
		// "[Twitter](https://twitter.com/someone)" alone is a profile or
		// contact link; a share button points at a share endpoint.
		if m == bpStrong && !strings.HasPrefix(n, "share") && !strings.HasPrefix(n, "like") && !strings.HasPrefix(n, "click") && bpLinksNotShare(raw) {
			m = bpWeak
		}
		lines = append(lines, bpLine{ln: ln, kind: m, what: v})
	}
	// Weak share words never stand alone, not even at the edge.
	runs := bpStrongRuns(d, lines)
	bpReport(ctx, runs, func(run []bpLine) string {
		if len(run) > 1 {
			return fmt.Sprintf("share-button bar (%d lines, starting %q) left as text", len(run), bpQuote(run[0].what))
		}
		return fmt.Sprintf("share button %q left as text", bpQuote(run[0].what))
	}, "delete the share bar", nil)
}

// ---- newsletter and paywall -------------------------------------------------

var (
	bpNewsletterRe = lazyRegexp(`^(?:(?:click here to )?(?:sign up|signup|sign-up|subscribe|register|join)|enter your email|(?:get|receive) (?:our|the latest|the best|the top|my|a free|free|daily|weekly)\b)\b.{0,140}\b(?:newsletters?|inbox|mailing list|email updates|e-mail updates|our emails|briefing|digest|alerts|(?:youtube|whatsapp|telegram) (?:channel|group)|podcast)\b`)
	bpInboxRe      = lazyRegexp(`\b(?:delivered|sent|straight|direct(?:ly)?)\s+(?:straight |directly |right )?to your inbox\b`)
	bpWorkPitchRe  = lazyRegexp(`^using [\p{L}\p{N} .&'-]{1,40} for work$`)
	bpJoinRe       = lazyRegexp(`^join (?:pro|premium|plus)\b(?:\s*\S+){0,6}$`)
	bpPaywallRe    = lazyRegexp(`^(?:to (?:continue|keep) reading|continue reading with|unlock (?:this|unlimited)|get unlimited access|this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) (?:subscribers|members))\b`)
	// Vocabulary of the paragraph under a paywall heading.
	bpPitchRe = lazyRegexp(`(?i)paywall|subscri|licen[cs]e for|plans? start|per (?:week|month|year)|join (?:pro|today|now)|free trial|unlimited access|find out more`)
)

// bpHasAny reports whether s contains one of the literals: a cheap gate
// before a regexp.
func bpHasAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func bpNewsletterClass(n string) bpMatch {
	if n == "" {
		return bpNone
	}
	if m := bpNewsletter.match(n); m != bpNone {
		return m
	}
	if bpWords(n) > 30 {
		return bpNone
	}
	switch {
	case bpHasAny(n, "newsletter", "inbox", "mailing", "email", "e-mail", "briefing", "digest", "alerts", "channel", "group", "podcast") && bpNewsletterRe().MatchString(n),
		strings.Contains(n, "inbox") && bpWords(n) <= 20 && bpInboxRe().MatchString(n),
		strings.HasPrefix(n, "using ") && bpWorkPitchRe().MatchString(n),
		strings.HasPrefix(n, "join ") && bpJoinRe().MatchString(n),
		bpHasAny(n, "reading", "unlock", "unlimited", "subscribers", "members") && bpPaywallRe().MatchString(n):
		return bpStrong
	}
	return bpNone
}

func checkNewsletter(ctx *Context) {
	d := ctx.Doc
	var lines []bpLine
	done := -1
	for _, ln := range bpCandidatesW(ctx, 400, 30) {
		if ln <= done {
			continue
		}
		v := d.VisibleLine(ln)
		n := bpNorm(v)
		m := bpNewsletterClass(n)
		if m == bpNone {
			continue
		}
		lines = append(lines, bpLine{ln: ln, kind: m, what: v})
		done = ln
		if !bpWorkPitchRe().MatchString(n) && !strings.HasPrefix(n, "support ") {
			continue
		}
		// A paywall heading: its pitch paragraph and links go with it.
		for k, gap := ln+1, 0; k < d.LineCount() && k <= ln+8; k++ {
			if d.IsBlankLine(k) {
				if gap++; gap > 2 {
					break
				}
				continue
			}
			gap = 0
			kv := d.VisibleLine(k)
			if kv == "" || !bpPitchRe().MatchString(kv) || bpWords(kv) > 80 {
				break
			}
			lines = append(lines, bpLine{ln: k, kind: bpStrong, what: kv})
			done = k
		}
	}
	bpReport(ctx, bpRuns(d, lines, false), func(run []bpLine) string {
		return fmt.Sprintf("newsletter or paywall pitch %q left in the article", bpQuote(run[0].what))
	}, "delete the pitch", nil)
}

// ---- navigation -------------------------------------------------------------

var (
	// A teaser: label, separator, headline ("READ MORE: Council approves budget").
	bpTeaserRe = lazyRegexp(`^(?:read more|read also|also read|read next|more|related|related (?:article|story|stories|posts?|content|coverage|reading)|recommended|you may also like|more on this(?: story)?|don't miss|must read|watch|watch now|listen|click here|latest|trending|popular|next (?:article|post|story)|previous (?:article|post|story)|prev (?:article|post))\s*[:|›»>–—]+\s*\S.{0,160}$`)
	// "Go Back to Top. Skip To: Start of Article." and friends.
	bpSkipRe = lazyRegexp(`^(?:(?:go |jump |scroll )?back to (?:the )?top|skip to|skip navigation|jump to (?:content|navigation|main))\b.{0,60}$`)
	// "Scroll down for video", "Swipe left to see more".
	bpScrollRe = lazyRegexp(`^(?:scroll|swipe) (?:down|up|left|right|through)(?: below)? (?:for|to (?:see|watch|view|read))\b.{0,30}$`)
	bpPagerRe  = lazyRegexp(`^(?:page \d+ of \d+|\d+ of \d+ pages?)$`)
	bpCrumbRe  = lazyRegexp(`^home(?:\s*[>›»]\s*[^>›»]{1,40}){1,5}$`)
	bpMoreOnRe = lazyRegexp(`^(?:find )?more (?:from|by) [^.]{1,60} on [\p{L}\p{N}.]{2,30}$`)
	// "More from Example News", "More by A. Writer": a site's link block label.
	bpMoreFromRe = lazyRegexp(`^More (?:from|by) \p{Lu}[\p{L}\p{N} .&'-]{1,40}$`)
	bpBackRe     = lazyRegexp(`^(?:返回|回到)\p{Han}{0,6}$`)
	// A tag or category list: "Tags: budget, council, parks".
	bpTagsRe = lazyRegexp(`^(?:tags?|tagged(?: with)?|filed under|categories|category|topics)\s*:\s*[^,|;]{1,40}(?:\s*[,|;]\s*[^,|;]{1,40}){0,20}$`)
	// Jetpack's related-post category line: In "News".
	bpInCategoryRe = lazyRegexp(`^in ["“][^"”]{1,40}["”]$`)
	// Teaser labels that head a list of links.
	bpListHeads = map[string]bool{"related": true, "related posts": true, "related articles": true, "related stories": true, "related content": true, "related links": true, "related coverage": true, "related reading": true, "related news": true, "you may also like": true, "you might also like": true, "more stories": true, "recommended for you": true, "recommended stories": true, "recommended articles": true, "popular posts": true, "most popular": true, "most read": true, "recent posts": true, "read more": true, "also read": true, "read also": true, "more on this story": true, "相关阅读": true, "相关文章": true, "推荐阅读": true}
	// An inline teaser after a sentence ("… on Monday.  Read more: Headline").
	bpInlineTeaserRe = lazyRegexp(`[.!?”"][\s\x{a0}]+(?:READ MORE|Read more|ALSO READ|Also read|RELATED|Related):[\s\x{a0}]+\p{Lu}`)
)

func bpNavClass(d *article.Doc, ln int, v, n string) bpMatch {
	if n == "" {
		return bpNone
	}
	if m := bpNav.match(n); m != bpNone {
		if m == bpWeak || bpWords(n) == 1 && !bpListHeads[n] && bpIsHeading(d, ln) {
			return bpWeak
		}
		return m
	}
	if bpWords(n) > 25 {
		return bpNone
	}
	if bpInCategoryRe().MatchString(strings.ToLower(strings.TrimSpace(v))) {
		return bpWeak
	}
	if strings.ContainsAny(n, ":|›»>–—") && bpTeaserRe().MatchString(n) && bpHeadlineAfterLabel(v) {
		// "More: the rest of the sentence." in prose has a verb and an end
		// stop; a teaser headline has neither terminal punctuation nor a
		// lower-case label in running text. Keep lines that end like
		// sentences only when the label is written like a label.
		label := strings.TrimSpace(v)
		if strings.HasPrefix(n, "more") || strings.HasPrefix(n, "latest") || strings.HasPrefix(n, "popular") || strings.HasPrefix(n, "trending") || strings.HasPrefix(n, "click here") || strings.HasPrefix(n, "listen") || strings.HasPrefix(n, "watch") {
			if !bpUpperLabel(label) {
				return bpNone
			}
		}
		return bpStrong
	}
	if bpMenuLine(d, ln, v) {
		return bpStrong
	}
	if strings.IndexByte(n, ':') > 0 && bpTagsRe().MatchString(n) && bpTagItemsShort(n) {
		return bpStrong
	}
	switch n[0] {
	case 'b', 'g', 'j', 's':
		if bpSkipRe().MatchString(n) || bpScrollRe().MatchString(n) {
			return bpStrong
		}
	case 'p':
		if bpPagerRe().MatchString(n) {
			return bpStrong
		}
	case 'h':
		if bpCrumbRe().MatchString(n) {
			return bpStrong
		}
	case 'f', 'm':
		if bpMoreOnRe().MatchString(n) || bpMoreFromRe().MatchString(strings.TrimSpace(v)) && bpWords(n) <= 7 {
			return bpStrong
		}
	default:
		if n[0] >= 0x80 && (bpBackRe().MatchString(n) || bpPagerRe().MatchString(n)) {
			return bpStrong
		}
		if n[0] >= '0' && n[0] <= '9' && bpPagerRe().MatchString(n) {
			return bpStrong
		}
	}
	return bpNone
}

var (
	bpMenuWords   = map[string]bool{"home": true, "about": true, "about us": true, "contact": true, "contact us": true, "privacy": true, "privacy policy": true, "terms": true, "terms of use": true, "terms of service": true, "terms and conditions": true, "cookie policy": true, "cookies": true, "sitemap": true, "site map": true, "advertise": true, "advertise with us": true, "careers": true, "jobs": true, "login": true, "log in": true, "sign in": true, "register": true, "subscribe": true, "search": true, "menu": true, "faq": true, "help": true, "newsletter": true, "newsletters": true, "rss": true, "archive": true, "archives": true, "imprint": true, "impressum": true, "accessibility": true, "disclaimer": true}
	bpMenuSplitRe = lazyRegexp(`\s*(?:[|·•/»›]|\s-\s)\s*`)
)

// bpMenuLine reports whether a line is a menu or footer-link row: three or
// more short items, separated by bars or given as links, at least two of
// them site-navigation words ("Home | About | Contact | Privacy Policy").
func bpMenuLine(d *article.Doc, ln int, v string) bool {
	if !strings.ContainsAny(v, "|·•/»›-") && bytes.Count(d.LineText(ln), []byte("](")) < 3 && indexFold(d.LineText(ln), []byte("<a ")) < 0 {
		return false
	}
	lv := strings.ToLower(v)
	items := bpMenuSplitRe().Split(lv, -1)
	if len(items) < 3 {
		// Link rows without separators: one item per link.
		raw := string(d.LineText(ln))
		if strings.Count(raw, "](") < 3 && strings.Count(strings.ToLower(raw), "<a ") < 3 {
			return false
		}
		items = bpLinkTexts(raw)
		if len(items) < 3 {
			return false
		}
		// Nothing but the links: the visible text minus their texts is
		// separators at most.
		rest := lv
		for _, it := range items {
			rest = strings.Replace(rest, it, "", 1)
		}
		if strings.TrimFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) != "" {
			return false
		}
	}
	nav := 0
	for _, it := range items {
		it = strings.TrimSpace(it)
		if it == "" {
			continue
		}
		if bpWords(it) > 4 {
			return false
		}
		if bpMenuWords[bpNorm(it)] {
			nav++
		}
	}
	return nav >= 2
}

var bpLinkTextRe = lazyRegexp(`\[([^\]]{1,60})\]\(|<a\b[^>]*>([^<]{1,60})</a>`)

// bpLinkTexts returns the lower-cased texts of a line's links.
func bpLinkTexts(raw string) []string {
	var out []string
	for _, m := range bpLinkTextRe().FindAllStringSubmatch(raw, -1) {
		t := m[1]
		if t == "" {
			t = m[2]
		}
		out = append(out, strings.ToLower(t))
	}
	return out
}

// bpTagItemsShort reports whether every item of a "Tags: …" list is a
// few words long: a sentence after "Topics:" is prose.
func bpTagItemsShort(n string) bool {
	_, list, _ := strings.Cut(n, ":")
	for _, it := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == '|' || r == ';' }) {
		if bpWords(it) > 4 {
			return false
		}
	}
	return true
}

// bpHeadlineAfterLabel reports whether the text after a teaser label
// starts like a headline (capital, digit, quote), not like the rest of a
// sentence ("Related: how we counted.").
func bpHeadlineAfterLabel(v string) bool {
	i := strings.IndexAny(v, ":|›»>–—")
	if i < 0 {
		return false
	}
	for _, r := range v[i:] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return !unicode.IsLower(r)
		}
		if r == '"' || r == '“' || r == '\'' || r == '‘' {
			return true
		}
	}
	return false
}

// bpUpperLabel reports whether the label before the colon is in capitals
// ("WATCH:", "MORE:"), the way sites print teaser labels.
func bpUpperLabel(v string) bool {
	i := strings.IndexAny(v, ":|›»>–—")
	if i <= 0 {
		return false
	}
	l := v[:i]
	return strings.ToUpper(l) == l && strings.ToLower(l) != l
}

// bpWeakListHeads are weak labels that head a list only when one follows.
var bpWeakListHeads = map[string]bool{"recommended": true, "trending": true, "popular": true, "more": true, "latest": true}

// bpTeaserHeads are list heads that introduce one link, not a list.
var bpTeaserHeads = map[string]bool{"read more": true, "also read": true, "read also": true}

// bpHeadlineLike reports whether a plain-text line reads like a headline
// in a related-stories list: short, capitalised, no sentence punctuation.
func bpHeadlineLike(v string) bool {
	if v == "" || bpWords(v) > 14 || strings.ContainsAny(v[len(v)-1:], ".!?:;,") {
		return false
	}
	r := []rune(v)[0]
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// bpLinkListLine reports whether a line is an item of a list of links (a
// related-posts list): it has link syntax and little text besides.
func bpLinkListLine(d *article.Doc, ln int) bool {
	raw := strings.TrimSpace(string(d.LineText(ln)))
	if raw == "" {
		return false
	}
	hasLink := strings.Contains(raw, "](") || indexFold([]byte(raw), []byte("<a ")) >= 0 || strings.HasPrefix(raw, "- [") || strings.HasPrefix(raw, "* [")
	return hasLink && bpWords(d.VisibleLine(ln)) <= 16
}

func checkNavigation(ctx *Context) {
	d := ctx.Doc
	var lines []bpLine
	done := -1
	for _, ln := range bpCandidates(ctx, 1<<30) {
		if ln <= done {
			continue
		}
		s, e, _ := d.Line(ln)
		if bpTooLong(d.Src[s:e], 440, 28) {
			// Long lines can only hold an inline teaser.
			bpInlineTeaser(ctx, ln)
			continue
		}
		v := d.VisibleLine(ln)
		m := bpNone
		if len(v) <= 200 {
			m = bpNavClass(d, ln, v, bpNorm(v))
		}
		if m == bpNone {
			if len(v) > 60 && strings.Contains(v, ":") {
				bpInlineTeaser(ctx, ln)
			}
			continue
		}
		n := bpNorm(v)
		lines = append(lines, bpLine{ln: ln, kind: m, what: v})
		done = ln
		if !bpListHeads[n] && !(m == bpWeak && bpWeakListHeads[n]) {
			continue
		}
		// A related-posts heading takes its list of links with it. A weak
		// head ("Recommended") becomes strong when a list follows it.
		head, items := len(lines)-1, 0
		for k, gap := ln+1, 0; k < d.LineCount() && k <= ln+30; k++ {
			if d.IsBlankLine(k) {
				if gap++; gap > 1 {
					break
				}
				continue
			}
			gap = 0
			kv := d.VisibleLine(k)
			headlines := d.Format == article.Text && !bpTeaserHeads[n]
			if !bpLinkListLine(d, k) && !bpInCategoryRe().MatchString(strings.ToLower(kv)) && !bpOnlyDate(bpNorm(kv)) && !(headlines && bpHeadlineLike(kv)) {
				break
			}
			lines = append(lines, bpLine{ln: k, kind: bpStrong, what: d.VisibleLine(k)})
			done = k
			items++
		}
		if m == bpWeak {
			if items >= 2 {
				lines[head].kind = bpStrong
			} else {
				// No list: the items found (if any) stand alone no more.
				lines = lines[:head+1]
			}
		}
	}
	bpReport(ctx, bpRuns(d, lines, true), func(run []bpLine) string {
		if len(run) > 1 {
			return fmt.Sprintf("site navigation %q (%d lines) left in the article", bpQuote(run[0].what), len(run))
		}
		return fmt.Sprintf("site navigation %q left in the article", bpQuote(run[0].what))
	}, "delete the navigation", func(run []bpLine) bool {
		// A teaser that ends like a sentence may have swallowed one: report
		// it, but let a person delete it.
		for _, l := range run {
			n := bpNorm(l.what)
			if strings.ContainsAny(n, ":|›»>–—") && bpTeaserRe().MatchString(n) && strings.ContainsAny(l.what[len(l.what)-1:], ".!?") {
				return false
			}
		}
		return true
	})
}

// bpInlineTeaser reports a "Read more: <headline>" teaser glued into a
// longer line; where the headline ends is unknown, so there is no fix.
func bpInlineTeaser(ctx *Context, ln int) {
	d := ctx.Doc
	s, e, _ := d.Line(ln)
	line := d.Src[s:e]
	if !bpHasTeaserLabel(line) {
		return
	}
	loc := bpInlineTeaserRe().FindIndex(line)
	if loc == nil {
		return
	}
	start := s + loc[0] + 1
	for start < e && (d.Src[start] == ' ' || d.Src[start] == '"' || d.Src[start] == '\t' || d.Src[start] == 0xc2 && start+1 < e && d.Src[start+1] == 0xa0) {
		if d.Src[start] == 0xc2 {
			start++
		}
		start++
	}
	if d.InNonProse(start) {
		return
	}
	end := s + loc[1] + 80
	if end > e {
		end = e
	}
	for end < e && d.Src[end]&0xC0 == 0x80 {
		end++
	}
	ctx.Report(start, end, fmt.Sprintf("read-more teaser %q glued into the text", bpQuote(strings.TrimSpace(string(d.Src[start:end])))), nil)
}

// bpHasTeaserLabel reports whether line contains "ead more:", "lso read:"
// or "elated:", in lower or upper case: the labels bpInlineTeaserRe needs.
// They all end with a colon, so only the (few) colons are looked at.
func bpHasTeaserLabel(line []byte) bool {
	for i := 0; ; {
		k := bytes.IndexByte(line[i:], ':')
		if k < 0 {
			return false
		}
		i += k + 1
		head := line[:i]
		for _, l := range [...]string{"ead more:", "EAD MORE:", "lso read:", "LSO READ:", "elated:", "ELATED:"} {
			if bytes.HasSuffix(head, []byte(l)) {
				return true
			}
		}
	}
}

// ---- social counters ---------------------------------------------------------

const bpCounterNouns = `(?:likes?|shares?|comments?|retweets?|reposts?|quotes?|bookmarks?|upvotes?|downvotes?|downloads?|views?|followers?|reactions?|claps?|subscribers?|replies|saves?)`

var (
	bpCounterRe    = lazyRegexp(`^(?:\d[\d,.]*\s*[kmb]?|no|zero)\s+` + bpCounterNouns + `(?:\s*[·|,•/]?\s*\d[\d,.]*\s*[kmb]?\s+` + bpCounterNouns + `)*$`)
	bpCounterRevRe = lazyRegexp(`^` + bpCounterNouns + `\s*[:(]?\s*\d[\d,.]*\s*[kmb]?\)?$`)
	bpReadTimeRe   = lazyRegexp(`^(?:\d+|one|two|three|four|five|ten)\s*(?:-\s*)?(?:min|mins|minutes?)\.?\s+read(?:ing time)?$|^(?:reading time|read time)\s*:?\s*\d+\s*(?:min|mins|minutes?)$`)
)

func checkSocialCounter(ctx *Context) {
	d := ctx.Doc
	var lines []bpLine
	for _, ln := range bpCandidatesW(ctx, 60, 8) {
		v := d.VisibleLine(ln)
		n := bpNorm(v)
		if n == "" || bpWords(n) > 8 || !bpMatchRe(n, bpCounterRe(), bpCounterRevRe(), bpReadTimeRe()) {
			continue
		}
		lines = append(lines, bpLine{ln: ln, kind: bpStrong, what: v})
	}
	bpReport(ctx, bpRuns(d, lines, false), func(run []bpLine) string {
		return fmt.Sprintf("social counter %q left as a line", bpQuote(run[0].what))
	}, "delete the counter", nil)
}

// ---- comment form ------------------------------------------------------------

func checkCommentForm(ctx *Context) {
	d := ctx.Doc
	var lines []bpLine
	for _, ln := range bpCandidatesW(ctx, 160, 30) {
		v := d.VisibleLine(ln)
		n := bpNorm(v)
		m := bpComment.match(n)
		if m == bpNone && bpWords(n) <= 30 && (bpPostedInRe().MatchString(n) || bpThoughtsRe().MatchString(n)) {
			m = bpStrong
		}
		if m == bpNone {
			continue
		}
		lines = append(lines, bpLine{ln: ln, kind: m, what: v})
	}
	lines = bpAddWeakNeighbours(d, lines, bpComment, 12)
	runs := bpStrongRuns(d, lines)
	bpReport(ctx, runs, func(run []bpLine) string {
		if len(run) > 1 {
			return fmt.Sprintf("comment form (%d lines, starting %q) left in the article", len(run), bpQuote(run[0].what))
		}
		return fmt.Sprintf("comment-section residue %q left in the article", bpQuote(run[0].what))
	}, "delete the comment form", nil)
}

// bpPostedInRe() matches WordPress's post meta line with its comment link
// ("Posted in News | Leave a comment", "Filed under X | 3 Comments").
var bpThoughtsRe = lazyRegexp(`^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|responses?|comments?|replies|reactions?) (?:on|to) .{1,150}$`)

var bpPostedInRe = lazyRegexp(`^(?:posted in|filed under|categories)\b.{1,120}\|\s*(?:leave a comment|\d+ comments?|comments? off|no comments)\b`)

// bpAddWeakNeighbours adds the weak lines of list that stand next to the
// found lines (within a few lines) but hold no trigger of their own
// ("Website", "Name *").
func bpAddWeakNeighbours(d *article.Doc, lines []bpLine, list bpList, reach int) []bpLine {
	if len(lines) == 0 {
		return lines
	}
	have := map[int]bool{}
	for _, l := range lines {
		have[l.ln] = true
	}
	out := append([]bpLine(nil), lines...)
	for _, l := range lines {
		for k := l.ln + 1; k < d.LineCount() && k <= l.ln+reach; k++ {
			if d.IsBlankLine(k) {
				continue
			}
			if have[k] {
				continue
			}
			v := d.VisibleLine(k)
			if list.match(bpNorm(v)) == bpNone {
				break
			}
			have[k] = true
			out = append(out, bpLine{ln: k, kind: bpWeak, what: v})
		}
	}
	sortBPLines(out)
	return out
}

func sortBPLines(ls []bpLine) {
	for i := 1; i < len(ls); i++ {
		for j := i; j > 0 && ls[j].ln < ls[j-1].ln; j-- {
			ls[j], ls[j-1] = ls[j-1], ls[j]
		}
	}
}

// ---- browser fallback and block pages ------------------------------------------

var (
	bpBotRe     = lazyRegexp(`unusual (?:activity|traffic) from your (?:computer )?network|let us know you(?:'re| are) not a robot|verify (?:that )?you(?:'re| are) (?:a )?human|checking (?:if the site connection is secure|your browser before accessing)|enable javascript and cookies to continue|you need to enable javascript|please enable (?:javascript|js)\b|your browser does not support (?:the )?(?:video|audio|iframes?)|(?:requires|needs) javascript to (?:run|work|view)`)
	bpBotWeakRe = lazyRegexp(`reference id|contact our support team|supports? javascript and cookies|not blocking them from loading|you(?:'ve| have) been blocked|^why did this happen$|^need help$`)
)

// bpBrowserTriggers are specific literals of the fallback texts; the
// automatic pick (the longest word of each entry) would include words as
// common as "please" and "need".
var bpBrowserTriggers = []string{"javascript", "robot", "verify you", "browser", "unusual activity", "unusual traffic", "loading", "video unavailable", "video is unavailable", "no longer available", "not available in your region", "just a moment", "please wait", "access denied", "permission to access", "cloudflare", "reference id", "ray id", "need help", "why did this happen", "why have i been blocked", "what can i do to resolve", "support team", "disqus", "out of date", "update your browser", "confirm you are a human", "you are a human", "enable js", "checking if", "checking your browser"}

// bpDurationRe() is an audio or video player's time read-out ("- 00:57").
var bpDurationRe = lazyRegexp(`^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$`)

// bpSentenceEndRe() finds a sentence boundary inside a line.
var bpSentenceEndRe = lazyRegexp(`[.!?]["”']?\s+["“]?\p{L}`)

// bpOwnLine reports whether the phrase at loc is what the line is about:
// no other sentence comes before it and little text follows it. A fallback
// sentence glued into a paragraph is left alone, since deleting the line
// would take the paragraph with it.
func bpOwnLine(n string, loc []int) bool {
	if bpSentenceEndRe().MatchString(n[:loc[0]]) {
		return false
	}
	return bpWords(n[loc[1]:]) <= 15
}

// bpOwnMatch is re.MatchString restricted to matches that own their line.
func bpOwnMatch(re *regexp.Regexp, n string) bool {
	loc := re.FindStringIndex(n)
	return loc != nil && bpOwnLine(n, loc)
}

func bpBrowserClass(n string) bpMatch {
	if n == "" {
		return bpNone
	}
	if m := bpBrowser.match(n); m != bpNone {
		return m
	}
	if bpWords(n) > 40 {
		return bpNone
	}
	if bpHasAny(n, "javascript", "robot", "human", "browser", "unusual", "checking", " js") {
		if loc := bpBotRe().FindStringIndex(n); loc != nil && bpOwnLine(n, loc) {
			return bpStrong
		}
	}
	if bpHasAny(n, "reference id", "support team", "cookies", "blocked", "why did", "need help") && bpBotWeakRe().MatchString(n) {
		return bpWeak
	}
	if n[0] >= '0' && n[0] <= '9' && bpDurationRe().MatchString(n) {
		return bpWeak
	}
	return bpNone
}

func checkBrowserFallback(ctx *Context) {
	d := ctx.Doc
	var lines []bpLine
	have := map[int]bool{}
	for _, ln := range bpCandidatesW(ctx, 300, 40) {
		v := d.VisibleLine(ln)
		n := bpNorm(v)
		m := bpBrowserClass(n)
		if m == bpNone {
			continue
		}
		if m == bpWeak && strings.HasPrefix(n, "listen") && !bpIsHeading(d, ln) && bpNonBlankBefore(d, ln, 6) < 6 {
			// An audio player's button under the headline.
			m = bpStrong
		}
		have[ln] = true
		lines = append(lines, bpLine{ln: ln, kind: m, what: v})
	}
	// The lines of a block page without a trigger ("Need Help?") join the
	// block they stand in.
	var extra []bpLine
	for _, l := range lines {
		for k := l.ln + 1; k < d.LineCount() && k <= l.ln+3; k++ {
			if d.IsBlankLine(k) || have[k] {
				continue
			}
			v := d.VisibleLine(k)
			if bpBrowserClass(bpNorm(v)) == bpNone {
				break
			}
			have[k] = true
			extra = append(extra, bpLine{ln: k, kind: bpWeak, what: v})
		}
	}
	lines = append(lines, extra...)
	sortBPLines(lines)
	runs := bpStrongRuns(d, lines)
	bpReport(ctx, runs, func(run []bpLine) string {
		if bpWholeBody(d, run) {
			return fmt.Sprintf("the file is a bot-check or fallback page (%q), not the article", bpQuote(run[0].what))
		}
		return fmt.Sprintf("browser fallback text %q left in the article", bpQuote(run[0].what))
	}, "delete the fallback text", func(run []bpLine) bool { return !bpWholeBody(d, run) })
}

// bpWholeBody reports whether a run covers every visible line of the body.
func bpWholeBody(d *article.Doc, run []bpLine) bool {
	return bpNonBlankBefore(d, run[0].ln, 1) == 0 && bpNonBlankAfter(d, run[len(run)-1].ln, 1) == 0
}

// bpStrongRuns groups lines into runs and keeps the runs that hold at
// least one strong line: weak words never stand alone.
func bpStrongRuns(d *article.Doc, lines []bpLine) [][]bpLine {
	var runs [][]bpLine
	for _, run := range bpRuns(d, lines, false) {
		for _, l := range run {
			if l.kind == bpStrong {
				runs = append(runs, run)
				break
			}
		}
	}
	return runs
}
