package rules

// The structure family: damage to the shape of an article rather than to
// its words. Duplicated paragraphs, a title repeated as body text, endings
// and beginnings cut off by a feed or a scraper, and embeds or captions
// flattened into the running text.

func init() {
	Register(New(Meta{
		ID:       "structure/duplicate-paragraph",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "A paragraph appears twice, word for word; the second copy is reported.",
		What: "Finds a paragraph (in plain text, a line) whose source is identical to an earlier one. " +
			"Lazy-loaded page sections, teaser-plus-body templates and scrapers that read a page twice " +
			"leave such copies. Paragraphs of at least 40 visible characters and 7 words are compared; " +
			"list items, table rows, headings, code and data lines are not, since those repeat by design.",
		Why: "The reader meets the same paragraph twice, and the copy marks the article as machine-assembled.",
		FixNote: "Safe for exact copies of at least 50 visible characters that form a whole paragraph: the " +
			"second copy is deleted and the first stays. Shorter copies (a refrain, a slogan) are only reported.",
		Examples: []Example{
			{
				Bad:   "The council approved the new budget on Monday after a long debate.\n\nIt takes effect in May.\n\nThe council approved the new budget on Monday after a long debate.\n",
				Good:  "The council approved the new budget on Monday after a long debate.\n\nThe council approved the new budget on Tuesday after a long debate.\n",
				Fixed: "The council approved the new budget on Monday after a long debate.\n\nIt takes effect in May.\n",
			},
			{
				Bad:   "Police said the driver had been taken to hospital with minor injuries.\nThe road reopened at noon.\nPolice said the driver had been taken to hospital with minor injuries.\nNo one else was hurt.\n",
				Good:  "- Free parking at the north gate on weekends and holidays\n- Free parking at the north gate on weekends and holidays\n",
				Fixed: "Police said the driver had been taken to hospital with minor injuries.\nThe road reopened at noon.\nNo one else was hurt.\n",
				Path:  "example.txt",
			},
			{
				Bad:  "We will remember them, all of them, every one.\n\nLine two.\n\nWe will remember them, all of them, every one.\n",
				Good: "ends\n\n###\n\nends\n\n###\n",
			},
		},
	}, checkDuplicateParagraphs))

	Register(New(Meta{
		ID:       "structure/pull-quote",
		Severity: Warning,
		Fix:      Unsafe,
		Summary:  "A pull quote repeats, word for word, a passage of a longer paragraph.",
		What: "Finds a paragraph of at least 7 words set apart as a pull quote (a `> *blockquote*`, a " +
			"paragraph wholly in emphasis, an HTML `<blockquote>` or `<aside>`) whose whole text stands word for " +
			"word inside another, longer paragraph of the article. Case, punctuation, quotation marks and " +
			"markup are ignored in the comparison.",
		Why: "In the page layout a pull quote sits beside the text; flattened into the article it reads as " +
			"the same sentence twice, out of place.",
		FixNote: "Unsafe: deletes the pull quote. A writer may quote a sentence of the text on purpose, so " +
			"the deletion needs a look.",
		Examples: []Example{
			{
				Bad:   "The agency will review every contract signed since 2019, and officials said the audit could take a year.\n\n> *The agency will review every contract signed since 2019.*\n\nCritics welcomed the move.\n",
				Good:  "The agency will review every contract signed since 2019, and officials said the audit could take a year.\n\n> *We welcome any review of our contracts.*\n\nCritics welcomed the move.\n",
				Fixed: "The agency will review every contract signed since 2019, and officials said the audit could take a year.\n\nCritics welcomed the move.\n",
			},
			{
				Bad:   "<p>If they refuse, the future is grim. The clear aim of the plan is to put the schools under central control and to make demands.</p>\n<blockquote>The clear aim of the plan is to put the schools under central control.</blockquote>\n",
				Good:  "<p>The clear aim of the plan is to put the schools under central control.</p>\n<p>If they refuse, the future is grim. The clear aim of the plan is to put the schools under central control and to make demands.</p>\n",
				Fixed: "<p>If they refuse, the future is grim. The clear aim of the plan is to put the schools under central control and to make demands.</p>\n",
				Path:  "example.html",
			},
		},
	}, checkPullQuotes))

	Register(New(Meta{
		ID:       "structure/repeated-title",
		Severity: Warning,
		Fix:      Unsafe,
		Summary:  "The title is repeated as a body paragraph at the top of the article.",
		What: "Compares the first paragraphs of the body with the article's title: the `title` (or " +
			"`full_title`, `post_title`, `original_title`, `headline`) in front matter, the first heading, an " +
			"HTML `<title>`, or the first line of a plain-text file. A paragraph that repeats it is reported; a " +
			"heading that shows the title is the normal way to render it and is left alone. A " +
			"\"Section | Headline\" title matches either part.",
		Why: "Scrapers copy the page's headline into the body next to the title field, so the headline " +
			"is shown twice.",
		FixNote: "Unsafe: deletes the repeated line. It is usually a plain copy, but a standfirst that " +
			"happens to match the headline would be lost.",
		Examples: []Example{
			{
				Bad:   "---\ntitle: \"Harbour bridge to close for repairs\"\n---\nHarbour bridge to close for repairs\n\nThe bridge will close for six weeks from June.\n",
				Good:  "---\ntitle: \"Harbour bridge to close for repairs\"\n---\n# Harbour bridge to close for repairs\n\nThe bridge will close for six weeks from June.\n",
				Fixed: "---\ntitle: \"Harbour bridge to close for repairs\"\n---\nThe bridge will close for six weeks from June.\n",
			},
			{
				Bad:   "City opens three new libraries\nBy Staff\nCity opens three new libraries\nThe libraries open on Saturday.\n",
				Good:  "City opens three new libraries\nBy Staff\nThe libraries open on Saturday.\n",
				Fixed: "City opens three new libraries\nBy Staff\nThe libraries open on Saturday.\n",
				Path:  "example.txt",
			},
		},
	}, checkRepeatedTitle))

	Register(New(Meta{
		ID:       "structure/truncated-excerpt",
		Severity: Warning,
		Fix:      NoFix,
		Summary:  "Text ends with an excerpt marker such as `[…]`, `[...]` or `[&hellip;]`: a feed cut the article.",
		What: "Finds the bracketed ellipsis that RSS feeds and WordPress put at the end of an excerpt, when it " +
			"ends a paragraph (or a JSON string, in scraped feed dumps), alone or followed by a \"Read more\" link.",
		Why: "The article was republished from a feed excerpt: the reader gets the first paragraph and " +
			"nothing more.",
		FixNote: "No fix: the missing text is not in the file. An elision inside a quotation (`[…]` followed " +
			"by more of the quote, or in a blockquote) is the quoting writer's and is not reported.",
		Examples: []Example{
			{
				Bad:  "The ministry announced new customs rules for the coming year, which will apply to [&hellip;]\n",
				Good: "\"We will fight [...] and we will win,\" she said.\n",
			},
			{
				Bad:  "[\n  {\"description\": \"Tax rules change on Monday, the authority said, and firms [\u2026]\"}\n]\n",
				Good: "> The committee found [\u2026] that the rules were unclear.\n",
				Path: "feed.json",
			},
			{
				Bad:  "<p>Officials said the plan would cut waiting times. [&#8230;] <a href=\"https://example.org/x\">Read more</a></p>\n",
				Path: "example.html",
			},
		},
		Triggers: []string{"[…", "[...", "[&hellip;]", "[&#8230;]", "[ … ]", "[ ... ]", "[&#x2026;]", "&#91;&hellip;&#93;", "&#91;…&#93;"},
	}, checkTruncationMarkers))

	Register(New(Meta{
		ID:       "structure/truncated-ending",
		Severity: Warning,
		Fix:      NoFix,
		Summary:  "The article stops mid-sentence or ends with \"Read the full story at …\": only part of it was copied.",
		What: "Looks at the end of the article: a closing line such as \"Read the full story at …\", " +
			"\"Continue reading on …\" or \"The full article is available at …\", or a last paragraph of at least " +
			"12 words that stops without closing punctuation, on a dangling comma or dash, a function word " +
			"(\"the\", \"of\", \"and\") or a bare lower-case word after a long run of prose.",
		Why: "A paywall, a feed excerpt or a length limit in the scraper cut the article, and readers get " +
			"a story without its end.",
		FixNote: "No fix: the rest of the article is not in the file.",
		Examples: []Example{
			{Bad: "The minister said the talks would resume next week.\n\nRead the full story at the Daily Example.\n", Good: "The minister said the talks would resume next week.\n\nThe full story behind the talks is told in our podcast.\n"},
			{Bad: "The council said the new rules would apply to all landlords in the district from the start of the", Good: "The council said the new rules would apply to all landlords in the district from the start of May.\n"},
			{Bad: "Officials from both countries met on Tuesday and agreed to continue the talks, but no date was set for the next round because the foreign minis\n", Good: "Thanks to everyone who helped with this release\n"},
		},
	}, checkTruncatedEnding))

	Register(New(Meta{
		ID:       "structure/truncated-start",
		Severity: Info,
		Fix:      NoFix,
		Summary:  "The first paragraph starts mid-sentence: its opening words (often a linked name) were lost.",
		What: "Checks the first paragraph of the body: it should not start with a lower-case function " +
			"word (\"and\", \"of\", \"said\", \"the\"), with \"'s\", with a comma, or with a capitalised " +
			"auxiliary that opens a statement rather than a question (\"Is set to face a fine.\"). Scrapers " +
			"drop a leading link or bold name and leave the sentence without its subject.",
		Why:     "The article opens with a broken sentence; the missing words are usually its subject.",
		FixNote: "No fix: the missing words are not in the file.",
		Examples: []Example{
			{Bad: "---\ntitle: Regulator fines phone maker\n---\nIs set to face a $2bn fine following an investigation into its data practices.\n", Good: "---\ntitle: Regulator fines phone maker\n---\nIs the phone maker set to face a fine after the investigation into its data practices?\n"},
			{Bad: "'s new phone goes on sale on Friday in twelve countries, the company said.\n", Good: "eBay's new rules take effect on Friday in twelve countries, the company said.\n"},
		},
	}, checkTruncatedStart))

	Register(New(Meta{
		ID:       "structure/glued-embed",
		Severity: Warning,
		Fix:      NoFix,
		Summary:  "A tweet or another embedded post is glued into an ordinary paragraph.",
		What: "Finds the text of a flattened embed that shares a line with the article's own prose: a tweet " +
			"(quoted text ending in a `t.co` or `pic.twitter.com` link, with its `— Name (@handle) Date` " +
			"attribution on the next line or right after it) appended to a paragraph, a tweet attribution " +
			"followed by more of the paragraph, or embed chrome (`A post shared by …`, `View this post on Instagram`, " +
			"`Posted by … on Monday`, `Watch on YouTube`) right after a finished sentence.",
		Why:     "The reader cannot tell where the article's words stop and the quoted post begins.",
		FixNote: "No fix: where the embed starts is a guess; move it into its own quotation by hand.",
		Examples: []Example{
			{
				Bad:  "The envoy agreed to release the prisoners before the talks began. “Nothing is agreed until everything is agreed.” A slogan. https://t.co/AbCdEf1234\n— Some Reporter (@reporter) October 18, 2021\nThe talks resumed.\n",
				Good: "“Nothing is agreed until everything is agreed.” A slogan. https://t.co/AbCdEf1234\n— Some Reporter (@reporter) October 18, 2021\nThe talks resumed.\n",
				Path: "example.txt",
			},
			{
				Bad:  "She shared the news with her fans on Saturday evening at home. A post shared by Jane Doe (@janedoe) on Sep 4, 2020 at 8:27pm PDT\n",
				Good: "A post shared by Jane Doe (@janedoe) on Sep 4, 2020 at 8:27pm PDT\n",
			},
		},
		Triggers: stGlueTriggers,
	}, checkGluedEmbeds))

	Register(New(Meta{
		ID:       "structure/flattened-caption",
		Severity: Info,
		Fix:      NoFix,
		Summary:  "An image caption is flattened into the text as a paragraph of its own.",
		What: "Finds stand-alone paragraphs that carry the picture references only captions use — " +
			"\"(pictured)\", \"(left)\", \"(right)\", \"(file image)\", \"Pictured:\", a glued \"Credit...\" — " +
			"and that end without a full stop, as captions do.",
		Why:     "Without its image the caption interrupts the article and often repeats what the text says.",
		FixNote: "No fix: captions can carry facts; delete or move them by hand.",
		Examples: []Example{
			{Bad: "The firm said sales had doubled.\n\nThe new store opened on the high street last week (pictured)\n\nIt employs 40 people.\n", Good: "The firm said sales had doubled.\n\nThe minister (left) and her deputy arrived together for the vote.\n\nIt employs 40 people.\n"},
			{Bad: "Shayla Turner, 18, in Chicago.Credit...A Photographer for The Example Times\n", Path: "example.txt"},
		},
		Triggers: stCaptionTriggers,
	}, checkFlattenedCaptions))
}

func init() {
	Register(New(Meta{
		ID:       "structure/inserted-headline",
		Severity: Info,
		Fix:      NoFix,
		Summary:  "A headline of another story stands between two paragraphs of a plain-text article.",
		What: "In plain-text articles (one paragraph a line), finds a line of 8 to 20 words, capitalised, " +
			"with no punctuation of its own, between two full prose paragraphs: the \"related story\" links " +
			"that news pages place inside the article, flattened into text.",
		Why:     "The headline belongs to another article; in the text it reads as a broken sentence.",
		FixNote: "No fix: a subhead can look the same; delete the line by hand.",
		Examples: []Example{
			{
				Bad:  "Headline\nThe envoy said on Thursday that he would leave the post at the end of the month.\nSenate committee opens inquiry into contracts awarded during the pandemic\nHe will be replaced by his deputy, who has led the talks since the spring.\n",
				Good: "Headline\nThe envoy said on Thursday that he would leave the post at the end of the month.\nA new phase\nHe will be replaced by his deputy, who has led the talks since the spring.\n",
				Path: "example.txt",
			},
			{
				Bad:  "Title\nDateline\nThe company said on Monday that it would close two of its plants in the north.\nUnion leaders call for national strike over pension changes next month\nAbout 800 workers are affected, and the union said it would fight the closures.\n",
				Good: "Title\nDateline\nThe company said on Monday that it would close two of its plants in the north.\n\"Union leaders call for national strike,\" the banner read.\nAbout 800 workers are affected, and the union said it would fight the closures.\n",
				Path: "example.txt",
			},
		},
	}, checkInsertedHeadlines))

	Register(New(Meta{
		ID:       "structure/dropped-title",
		Severity: Warning,
		Fix:      NoFix,
		Summary:  "A naming verb lost its name: \"a seminar titled The seminar was presented\".",
		What: "Finds `titled`, `entitled` or `headlined` followed by a space and punctuation, or by a new " +
			"clause (\"The seminar was…\") instead of the name: the quoted or linked title was stripped with " +
			"its markup.",
		Why:     "The sentence no longer says what the thing was called.",
		FixNote: "No fix: the missing name is not in the file.",
		Examples: []Example{
			{Bad: "The office organised a seminar titled The seminar was presented by two analysts.\n", Good: "The office organised a seminar titled “Tax Basics”. The seminar was presented by two analysts.\n"},
			{Bad: "She published a report entitled , which drew wide criticism.\n", Good: "A book titled The Road was published in 2006. The source asked not to be named, he said.\n"},
		},
		Triggers: []string{"titled", "headlined"},
	}, checkDroppedTitles))
}
