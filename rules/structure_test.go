package rules_test

import (
	"strings"
	"testing"

	"github.com/scrapelint/scrapelint/rules"
)

func structureRule(t *testing.T, id string) rules.Rule {
	t.Helper()
	r, ok := rules.Lookup(id)
	if !ok {
		t.Fatalf("rule %s not registered", id)
	}
	return r
}

// TestStructureCases checks positives (with the reported lines) and the
// near misses each rule must leave alone.
func TestStructureCases(t *testing.T) {
	cases := []struct {
		rule, name, path, src string
		lines                 []int // 1-based start lines of the findings; nil = none
	}{
		// duplicate-paragraph
		{"structure/duplicate-paragraph", "second copy reported", "a.md",
			"Intro line here.\n\nThe mayor said the bridge would reopen in the spring after repairs.\n\nMiddle.\n\nThe mayor said the bridge would reopen in the spring after repairs.\n", []int{7}},
		{"structure/duplicate-paragraph", "three copies, two reports", "a.txt",
			"The mayor said the bridge would reopen in the spring after repairs.\nA.\nThe mayor said the bridge would reopen in the spring after repairs.\nThe mayor said the bridge would reopen in the spring after repairs.\n", []int{3, 4}},
		{"structure/duplicate-paragraph", "multi-line paragraph copy", "a.md",
			"The mayor said the bridge\nwould reopen in the spring after repairs.\n\nMiddle.\n\nThe mayor said the bridge\nwould reopen in the spring after repairs.\n", []int{6}},
		{"structure/duplicate-paragraph", "short repeated lines are not reported", "a.md",
			"ends\n\nPhoto: Agency\n\nText.\n\nPhoto: Agency\n\nends\n", nil},
		{"structure/duplicate-paragraph", "list items repeat by design", "a.md",
			"- Free parking at the north gate on weekends and holidays\n- Other\n- Free parking at the north gate on weekends and holidays\n", nil},
		{"structure/duplicate-paragraph", "table rows repeat cells", "a.md",
			"| the same value in a long row of the table | again |\n| the same value in a long row of the table | again |\n", nil},
		{"structure/duplicate-paragraph", "code is not prose", "a.md",
			"```\nfmt.Println(\"the same line printed in a loop over and over\")\n```\n\n```\nfmt.Println(\"the same line printed in a loop over and over\")\n```\n", nil},
		{"structure/duplicate-paragraph", "JSON members repeat values", "feed.json",
			"[\n{\"source\": \"https://example.org/latest-news/ the feed of the site\",\n\"x\": 1},\n{\"source\": \"https://example.org/latest-news/ the feed of the site\",\n\"x\": 2}\n]\n", nil},
		{"structure/duplicate-paragraph", "refrain of a song", "a.md",
			"I walked along the river in the rain\nAnd all the lights went down\nOh carry me home to the valley again, my love\n\nThe second verse is here\nWith other words\n\nI walked along the river in the rain\nAnd all the lights went down\nOh carry me home to the valley again, my love\n", nil},
		{"structure/duplicate-paragraph", "refrain line in plain text", "a.txt",
			"Verse one line\nOh carry me home to the valley again, my love\nVerse two line\nAnother line\nOh carry me home to the valley again, my love\nLast line\n", nil},
		{"structure/duplicate-paragraph", "near copy is not a copy", "a.md",
			"The mayor said the bridge would reopen in the spring after repairs.\n\nThe mayor said the bridge would reopen in the summer after repairs.\n", nil},

		{"structure/duplicate-paragraph", "re-wrapped copy", "a.md",
			"The mayor said the bridge would reopen in the spring after repairs.\n\nMiddle.\n\nThe mayor said the bridge\nwould reopen in the spring after repairs.\n", []int{5}},
		{"structure/duplicate-paragraph", "copy with different markup", "a.html",
			"<p>The mayor said the bridge would reopen in the spring after repairs.</p>\n<p>Middle.</p>\n<p><b>The mayor said the bridge would reopen in the spring after repairs.</b></p>\n", []int{3}},

		// pull-quote
		{"structure/pull-quote", "emphasised blockquote repeats the text", "a.md",
			"> *The clear aim of the plan is to put the schools under central control.*\n\nIf they refuse, the future is grim. The clear aim of the plan is to put the schools under central control and to make demands.\n", []int{1}},
		{"structure/pull-quote", "quote of a different sentence", "a.md",
			"> *We will never give up our independence, whatever the cost.*\n\nIf they refuse, the future is grim. The clear aim of the plan is to put the schools under central control.\n", nil},
		{"structure/pull-quote", "plain paragraph inside a longer caption is not a pull quote", "a.md",
			"Brianne and Kevin first met in October on the show last year.\n\nLoved-up: Brianne and Kevin first met in October on the show last year (pictured)\n", nil},

		// repeated-title
		{"structure/repeated-title", "front matter title repeated", "a.md",
			"---\ntitle: \"Harbour bridge to close for repairs\"\n---\nHarbour bridge to close for repairs\n\nText of the article.\n", []int{4}},
		{"structure/repeated-title", "heading then repeat", "a.md",
			"---\ntitle: \"Lincoln graduation total up\"\n---\nLincoln graduation total up\n===========================\n\n**Wednesday, 30 April 2003**\n\nLincoln graduation total up\n\nSeven hundred students graduate.\n", []int{9}},
		{"structure/repeated-title", "bold headline in a byline block", "a.md",
			"---\ntitle: \"National Housing Hui\"\n---\n# National Housing Hui\n\n**National Housing Hui**  \n**Monday 22 March 2010**\n\nText.\n", []int{6}},
		{"structure/repeated-title", "section prefix in a text title", "a.txt",
			"Style |These Teen Girls Are Fighting for a Just Future\nhttps://example.org/x\nThese Teen Girls Are Fighting for a Just Future\nLike others before them, they are building a better tomorrow.\n", []int{3}},
		{"structure/repeated-title", "headline with site name", "a.md",
			"---\ntitle: Harbour bridge to close for repairs\n---\nHarbour bridge to close for repairs | Example News\n\nText of the article.\n", []int{4}},
		{"structure/repeated-title", "HTML title and paragraph", "a.html",
			"<html><head><title>Harbour bridge to close for repairs</title></head><body>\n<h1>Harbour bridge to close for repairs</h1>\n<p>Harbour bridge to close for repairs</p>\n<p>The bridge closes in June.</p>\n</body></html>\n", []int{3}},
		{"structure/repeated-title", "heading showing the title is normal", "a.md",
			"---\ntitle: Rust 1.50 is out\n---\n# Rust 1.50 is out\n\nThe Rust team is happy to announce a new version.\n", nil},
		{"structure/repeated-title", "title words inside a sentence", "a.md",
			"---\ntitle: Harbour bridge to close\n---\nThe council said the harbour bridge to close next month was unsafe.\n", nil},

		// truncation
		{"structure/truncated-excerpt", "excerpt marker in a JSON string", "feed.json",
			"[\n  {\n    \"description\": \"The authority said the new rules would apply to [\u2026]\",\n    \"x\": 1\n  }\n]\n", []int{3}},
		{"structure/truncated-excerpt", "marker then read more link", "a.md",
			"The agency said the plan would cut costs [...] [Read more](https://example.org/a)\n", []int{1}},
		{"structure/truncated-excerpt", "elision inside a quotation", "a.md",
			"\"We will fight [...] and we will win,\" she said.\n\n> He wrote that the rules [\u2026] were unclear [\u2026]\n", nil},
		{"structure/truncated-excerpt", "marker in code", "a.md",
			"Use `items[...]` to slice.\n\n```\nx = a[...]\n```\n", nil},
		{"structure/truncated-ending", "read the full story", "a.md",
			"The minister said talks would resume.\n\nRead the full story at Example News.\n", []int{3}},
		{"structure/truncated-ending", "redirect inside the last line", "a.md",
			"The minister said talks would resume.\n\n(Read the full article at Example News.)\n", []int{3}},
		{"structure/truncated-ending", "source footer with a link is boilerplate", "a.md",
			"The minister said talks would resume.\n\nThis post appeared first on Example News. [Read the entire article here](https://example.org/x)\n\nAdvertisement - scroll to continue reading\n", nil},
		{"structure/truncated-ending", "redirect early in the article", "a.md",
			"Read the full story of the merger in our archive, the editor said.\n\nThe minister said talks would resume.\n\nShe left at noon.\n\nThe vote is on Friday.\n\nThe end.\n", nil},
		{"structure/truncated-ending", "continue reading", "a.txt",
			"The minister said talks would resume.\nContinue reading on example.org\n", []int{2}},
		{"structure/truncated-ending", "dangling function word", "a.md",
			"Intro.\n\nThe council said the new rules would apply to every landlord in the district from the start of the\n", []int{3}},
		{"structure/truncated-ending", "ends mid-word after long prose", "a.txt",
			"Officials from both countries met on Tuesday. They agreed to continue the talks, but no date was set for the next round because the foreign minis\n", []int{1}},
		{"structure/truncated-ending", "bare ellipsis cut", "a.md",
			"Intro.\n\nThe company announced on Monday that it would close three of its plants and that the...\n", []int{3}},
		{"structure/truncated-ending", "ellipsis after a finished thought", "a.md",
			"Intro.\n\nAnd then the lights went out...\n", nil},
		{"structure/truncated-ending", "short cut paragraph in a punctuated article", "a.md",
			"The mayor opened the new library on Monday morning.\n\nHundreds of residents came to see the building.\n\nThe mayor said the second branch would be finished by next sum\n", []int{5}},
		{"structure/truncated-ending", "short unpunctuated paragraph in an unpunctuated article", "a.md",
			"The mayor opened the new library on Monday morning\n\nHundreds of residents came to see the new building\n\nThe mayor said the second branch would be finished by next spring\n", nil},
		{"structure/truncated-ending", "attribution after the last sentence", "a.txt",
			"\"I tried it on a whim and within a week I was feeling much better than I had in years of trying other things.\" — somereviewer\n", nil},
		{"structure/truncated-ending", "trailing residue lines are skipped", "a.md",
			"The article ends with a complete sentence about the vote held on Monday night in the city.\n[ad_2]\nSource link\n", nil},
		{"structure/truncated-ending", "list at the end", "a.md",
			"Text.\n\n- the first item of a long list that has no closing punctuation at all and\n", nil},
		{"structure/truncated-ending", "short sign-off", "a.md",
			"Text of the post.\n\nHappy hacking\n", nil},
		{"structure/truncated-start", "lost subject", "a.md",
			"---\ntitle: X\n---\n\nIs set to face a $5bn fine following an investigation into the data scandal.\n", []int{5}},
		{"structure/truncated-start", "starts with a function word", "a.txt",
			"said on Monday that the company would cut 500 jobs across its European plants.\n", []int{1}},
		{"structure/truncated-start", "question is fine", "a.md",
			"Is the company set to face a fine after the investigation into the data scandal?\n", nil},
		{"structure/truncated-start", "product name in lower case", "a.md",
			"gopls, the Go language server, now supports many more refactorings than before.\n", nil},

		// glued-embed
		{"structure/glued-embed", "tweet glued to prose", "a.txt",
			"The envoy agreed to release the prisoners in the absence of the government. \u201cNothing is agreed until everything is agreed.\u201d https://t.co/AbCdEf1234\n-A REPORTER (@reporter) October 18, 2021\n", []int{1}},
		{"structure/glued-embed", "tweet in the middle of a paragraph", "a.md",
			"The vote was close. \u201cWe won,\u201d she wrote. pic.twitter.com/AbCdEf1234 \u2014 Jane Doe (@jane) May 1, 2021 The count continued into the night and ended at dawn.\n", []int{1}},
		{"structure/glued-embed", "unquoted tweet after a long paragraph", "a.txt",
			strings.Repeat("The committee met for the third time this week to discuss the budget and the plans for next year. ", 3) + "So proud of the team today. pic.twitter.com/AbCdEf1234\n\u2014 A Club (@club) September 1, 2020\n", []int{1}},
		{"structure/glued-embed", "facebook attribution after prose", "a.md",
			"The club thanked its fans after the final match of the season. Posted by Example Club on Sunday, May 3, 2020\n", []int{1}},
		{"structure/glued-embed", "facebook attribution alone", "a.md",
			"Posted by Example Club on Sunday, May 3, 2020\n", nil},
		{"structure/glued-embed", "tweet on a line of its own", "a.md",
			"For the final time in red ball cricket, he arrives at the crease. Lovely touch. https://t.co/AbCdEf1234 pic.twitter.com/MFXNEeMoSe\n\n\u2014 A Club (@club) September 1, 2020\n", nil},
		{"structure/glued-embed", "t.co link in prose without a tweet", "a.md",
			"The report is online. \u201cRead it,\u201d he said, linking https://t.co/AbCdEf1234 in a post.\n", nil},

		// flattened-caption
		{"structure/flattened-caption", "caption with a position marker", "a.md",
			"Text.\n\nSome companies offered sanitizer (left) or a free roll of toilet paper (right)\n\nMore text.\n", []int{3}},
		{"structure/flattened-caption", "prose mentioning a picture", "a.md",
			"Text.\n\nThe artist (pictured top) is shown in all her glory in the film.\n\nMore text.\n", nil},
		{"structure/flattened-caption", "marker inside a longer paragraph", "a.md",
			"The minister (left) arrived with\nher deputy for the vote\n", nil},

		// inserted-headline
		{"structure/inserted-headline", "related headline between paragraphs", "a.txt",
			"Title\nDateline\nThe envoy said on Thursday that he would leave the post at the end of the month.\nActing department watchdog resigns months after previous inspector general was fired\nHe will be replaced by his deputy, who has led the talks with the group since the spring.\n", []int{4}},
		{"structure/inserted-headline", "short subhead", "a.txt",
			"Title\nDateline\nThe envoy said on Thursday that he would leave the post at the end of the month.\nFacing diplomatic failure\nHe will be replaced by his deputy, who has led the talks with the group since the spring.\n", nil},
		{"structure/inserted-headline", "markdown is not checked", "a.md",
			"Title\n\nDateline\n\nThe envoy said on Thursday that he would leave the post at the end of the month.\n\nActing department watchdog resigns months after previous inspector general was fired\n\nHe will be replaced by his deputy, who has led the talks with the group since the spring.\n", nil},

		// dropped-title
		{"structure/dropped-title", "title stripped", "a.md",
			"The office organised a seminar titled The seminar was presented by two analysts.\n", []int{1}},
		{"structure/dropped-title", "title kept", "a.md",
			"The office organised a seminar titled Tax Basics for Small Firms. A film titled The Road was released.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.rule+"/"+c.name, func(t *testing.T) {
			fs := lintWith(t, structureRule(t, c.rule), c.path, c.src)
			var got []int
			for _, f := range fs {
				got = append(got, f.Line)
			}
			if len(got) != len(c.lines) {
				t.Fatalf("lines %v, want %v (%v)", got, c.lines, fs)
			}
			for i := range got {
				if got[i] != c.lines[i] {
					t.Fatalf("lines %v, want %v", got, c.lines)
				}
			}
		})
	}
}

// TestDuplicateFixKeepsFirstCopy checks the safe fix and its Related link.
func TestDuplicateFixKeepsFirstCopy(t *testing.T) {
	r := structureRule(t, "structure/duplicate-paragraph")
	src := "A paragraph that is long enough to be removed by the safe fix.\r\n\r\nOther.\r\n\r\nA paragraph that is long enough to be removed by the safe fix.\r\n"
	fs := lintWith(t, r, "a.md", src)
	if len(fs) != 1 || fs[0].Fix == nil || fs[0].Fix.Safety != rules.Safe {
		t.Fatalf("want one safe finding, got %+v", fs)
	}
	if len(fs[0].Related) != 1 || fs[0].Related[0].Line != 1 {
		t.Fatalf("related should point at line 1: %+v", fs[0].Related)
	}
	want := "A paragraph that is long enough to be removed by the safe fix.\r\n\r\nOther.\r\n"
	if got := fixWith(t, r, "a.md", src); got != want {
		t.Fatalf("fixed:\n%q\nwant\n%q", got, want)
	}
	// Between 40 and 50 characters: reported, not fixed.
	short := "The vote was held on a Monday in early May.\n\nX.\n\nThe vote was held on a Monday in early May.\n"
	fs = lintWith(t, r, "a.md", short)
	if len(fs) != 1 || fs[0].Fix != nil {
		t.Fatalf("short copy: want one finding without fix, got %+v", fs)
	}
}

// TestStructureSpecimen: the specimen article gets one structure finding,
// on line 17 (the tweet glued to the paragraph).
func TestStructureSpecimen(t *testing.T) {
	src := strings.Join([]string{
		"[ad_1]",
		"Zalmay Khalilzad has been under pressure since the fall of the Afghan government.",
		"Khalilzad, who gave the group so many concessions in advance, agreed to release 5,000 prisoners in the absence of the former Afghan government. “Before everything is agreed, nothing is reached.” It’s just a slogan. https://t.co/i4hjJHOsZm",
		"-A REPORTER (@reporter) October 18, 2021",
		"“Time is not on our side.”",
		"[ad_2]",
		"Source link",
	}, "\n")
	var got []string
	for _, r := range rules.All() {
		if r.Meta().Category() != "structure" {
			continue
		}
		for _, f := range lintWith(t, r, "seed.txt", src) {
			got = append(got, f.Rule)
			if f.Line != 3 {
				t.Errorf("%s on line %d", f.Rule, f.Line)
			}
		}
	}
	if len(got) != 1 || got[0] != "structure/glued-embed" {
		t.Fatalf("findings %v, want only structure/glued-embed", got)
	}
}

// TestStructureEdgeInputs runs every structure rule over degenerate files:
// no panic, every span inside the file, and the fix loop converges.
func TestStructureEdgeInputs(t *testing.T) {
	inputs := []struct{ path, src string }{
		{"a.md", ""},
		{"a.md", "\n\n\n"},
		{"a.md", "---\ntitle: x\n---\n"},
		{"a.md", "---\ntitle: >\n  A folded\n  title here\n---\nA folded title here"},
		{"a.txt", "\ufeffTitle line of a text file\r\nTitle line of a text file\r\n"},
		{"a.md", "[…]"},
		{"a.json", "[\n\"x\": \"[…\"\n]"},
		{"a.html", "<title>Same title here</title><p>Same title here</p>"},
		{"a.md", "> *" + strings.Repeat("word ", 20) + "*\n\n" + strings.Repeat("word ", 40) + "\n"},
		{"a.txt", "t.co/abcdefgh (@x) May 1, 2020 and so on and so forth until the end."},
		{"a.md", "said (pictured)\n\n(left)\n"},
	}
	for _, r := range rules.All() {
		if r.Meta().Category() != "structure" {
			continue
		}
		for _, in := range inputs {
			for _, f := range lintWith(t, r, in.path, in.src) {
				if f.Offset < 0 || f.EndOffset > len(in.src) || f.Offset > f.EndOffset {
					t.Errorf("%s on %q: span %d-%d", r.Meta().ID, in.src, f.Offset, f.EndOffset)
				}
			}
			fixWith(t, r, in.path, in.src)
		}
	}
}
