package rules_test

import (
	"strings"
	"testing"

	"github.com/scrapelint/scrapelint/rules"
)

func ruleByID(t *testing.T, id string) rules.Rule {
	t.Helper()
	r, ok := rules.Lookup(id)
	if !ok {
		t.Fatalf("rule %s not registered", id)
	}
	return r
}

type trCase struct {
	name string
	src  string
	// want is the number of findings; fixed, when set, the text after
	// applying every fix.
	want  int
	fixed string
	path  string
}

func runTrCases(t *testing.T, id string, cases []trCase) {
	t.Helper()
	r := ruleByID(t, id)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.path
			if path == "" {
				path = "a.md"
			}
			fs := lintWith(t, r, path, c.src)
			if len(fs) != c.want {
				var msgs []string
				for _, f := range fs {
					msgs = append(msgs, f.Message)
				}
				t.Fatalf("%d findings, want %d: %v", len(fs), c.want, msgs)
			}
			if c.fixed != "" {
				if got := fixWith(t, r, path, c.src); got != c.fixed {
					t.Errorf("fixed:\n got %q\nwant %q", got, c.fixed)
				}
			}
		})
	}
}

func TestTorturedPhrase(t *testing.T) {
	runTrCases(t, "translation/tortured-phrase", []trCase{
		{name: "academic", src: "Advances in counterfeit consciousness are fast.\n", want: 1, fixed: "Advances in artificial intelligence are fast.\n"},
		{name: "title case", src: "Trade with the Joined Together States grew.\n", want: 1, fixed: "Trade with the United States grew.\n"},
		{name: "news spinner", src: "He pleaded responsible and faces a press convention.\n", want: 2, fixed: "He pleaded guilty and faces a press conference.\n"},
		{name: "longest wins", src: "Sufferers of breast most cancers were treated.\n", want: 1, fixed: "Sufferers of breast cancer were treated.\n"},
		{name: "left to a longer mistranslation", src: "Cases of new crown pneumonia rose.\n", want: 0},
		{name: "case-insensitive", src: "HEART ASSAULT victims recover.\n", want: 1, fixed: "HEART ATTACK victims recover.\n"},
		{name: "word boundary", src: "Sweetheart assaults are not a phrase here.\n", want: 0},
		{name: "allow-listed collocation", src: "The surface region of the lake froze. In addition, machine learning helps.\n", want: 0},
		{name: "ordinary prose", src: "Most cancers are treatable if found early, the press said at the convention.\n", want: 0},
		{name: "code span", src: "Run `heart assault` as a test name.\n", want: 0},
	})
}

// The tuberculosis/Taliban confusion is one entry among many, and the
// detector is general: the words around a phrase decide, not the phrase.
func TestMistranslatedTermContextDecides(t *testing.T) {
	runTrCases(t, "translation/mistranslated-term", []trCase{
		{name: "taliban context", src: "The Taliban asked Kabul to release 5,000 tuberculosis prisoners.\n", want: 1, fixed: "The Taliban asked Kabul to release 5,000 Taliban prisoners.\n"},
		{name: "afghan context, sentence start", src: "Tuberculosis prisoners were freed as Afghan forces left.\n", want: 1, fixed: "Taliban prisoners were freed as Afghan forces left.\n"},
		{name: "no context", src: "The charity said 50 tuberculosis prisoners were moved.\n", want: 0},
		{name: "health context cancels", src: "In Afghan jails, tuberculosis prisoners need drug-resistant infection screening.\n", want: 0},
		{name: "tuberculosis patients are not a confusion", src: "Doctors in Kabul treated tuberculosis patients, Taliban officials said.\n", want: 0},
		{name: "another entry: White Palace with context", src: "The White Palace said President Biden would travel.\n", want: 1, fixed: "The White House said President Biden would travel.\n"},
		{name: "another entry: White Palace without context", src: "The White Palace hotel in Belgrade reopened.\n", want: 0},
		{name: "another entry: Daesh", src: "Dash militants attacked a checkpoint near Mosul.\n", want: 1, fixed: "Daesh militants attacked a checkpoint near Mosul.\n"},
		{name: "dash without context", src: "The dash group finished first at the athletics meet.\n", want: 0},
		{name: "entry without context words", src: "Cases of new crown pneumonia fell.\n", want: 1, fixed: "Cases of COVID-19 fell.\n"},
		{name: "title case kept", src: "The Ministry of Outer Affairs said no.\n", want: 1, fixed: "The Ministry of Foreign Affairs said no.\n"},
		{name: "hyphenated entry", src: "A Five-Angle Building official declined to comment.\n", want: 1, fixed: "A Pentagon official declined to comment.\n"},
		{name: "context far away", src: "The Taliban took over." + strings.Repeat(" Nothing else happened here.", 30) + " Then 12 tuberculosis prisoners were found.\n", want: 0},
	})
}

func TestFullwidthPunctuation(t *testing.T) {
	runTrCases(t, "translation/fullwidth-punctuation", []trCase{
		{name: "comma before quote", src: "The president said，“we will win.”\n", want: 1, fixed: "The president said, “we will win.”\n"},
		{name: "brackets", src: "Officials met in Paris（AFP）on Monday.\n", want: 2, fixed: "Officials met in Paris (AFP) on Monday.\n"},
		{name: "letters", src: "Ｔｈｅ vote passed.\n", want: 1, fixed: "The vote passed.\n"},
		{name: "ideographic full stop", src: "It ended。Then it rained.\n", want: 1, fixed: "It ended. Then it rained.\n"},
		{name: "inside Chinese", src: "他说，我们会赢。\n", want: 0},
		{name: "Chinese on the line", src: "Paul Brown、BBC 和 BBC Russian 的补充报道\n", want: 0},
		{name: "code", src: "```\nx，y\n```\n", want: 0},
	})
}

func TestForeignScript(t *testing.T) {
	en := "The court in Singapore fined the student on Tuesday for licking a straw from a vending machine and putting it back into the dispenser.\n\n"
	runTrCases(t, "translation/foreign-script", []trCase{
		{name: "chinese paragraph", src: en + "新加坡法院周二对这名学生处以罚款。\n", want: 1},
		{name: "interleaved on one line", path: "a.html", src: "<p>" + strings.TrimSpace(en) + "</p><p>新加坡法院周二对这名学生处以罚款，因为他舔了吸管。</p>\n", want: 1},
		{name: "greek quote block", src: en + "> Η εταιρεία εξετάζει το ενδεχόμενο να κυκλοφορήσει φάρμακα.\n", want: 1},
		{name: "russian clause mid-sentence", src: en + "He said что мы будем воевать до конца and left.\n", want: 1},
		{name: "quoted with translation", src: en + "The slogan “Слава Україні, героям слава” (Glory to Ukraine) was everywhere.\n", want: 0},
		{name: "native name in parentheses", src: en + "President Xi Jinping (习近平) spoke.\n", want: 0},
		{name: "short nav link", src: en + "<a href=\"x\">🔗 阅读原文</a>\n", want: 0},
		{name: "chinese article", src: "新加坡法院周二对这名学生处以罚款，因为他舔了吸管并放回。\n\n该公司更换了自动售货机中所有吸管。\n", want: 0},
		{name: "symbol-font english", src: en + "Come the final, τηε φιναλ Γρανδ Πριξ, πεοπλε ωιλλ στιλλ watch.\n", want: 0},
		{name: "code block", src: en + "```\nprint(\"新加坡法院周二对这名学生处以罚款\")\n```\n", want: 0},
	})
}

func TestDoubledWord(t *testing.T) {
	runTrCases(t, "translation/doubled-word", []trCase{
		{name: "the the", src: "She damaged the the statue.\n", want: 1, fixed: "She damaged the statue.\n"},
		{name: "sentence start", src: "The the vote passed.\n", want: 1, fixed: "The vote passed.\n"},
		{name: "across a line break", src: "It was sent to\nto the board.\n", want: 1, fixed: "It was sent to\nthe board.\n"},
		{name: "content word, no fix", src: "They asked where where the money went.\n", want: 1},
		{name: "is is without fix", src: "The vote is is due.\n", want: 1, fixed: "The vote is is due.\n"},
		{name: "pseudo-cleft", src: "What it is is a mistake.\n", want: 0},
		{name: "that that", src: "He said that that was final.\n", want: 0},
		{name: "had had", src: "They had had enough.\n", want: 0},
		{name: "names", src: "Walla Walla and Sing Sing.\n", want: 0},
		{name: "reduplication", src: "Bye bye, it was very very cold, so so bad.\n", want: 0},
		{name: "paragraph break", src: "It ended with the\n\nthe next part.\n", want: 0},
		{name: "heading then text", src: "# Going to\nto the end\n", want: 0},
		{name: "separated by punctuation", src: "It was over. Over and over.\n", want: 0},
		{name: "code", src: "Use `the the` in tests.\n", want: 0},
		{name: "compound", src: "Values added or or-ed together.\n", want: 0},
		{name: "file name", src: "Run make const\nconst.cc fails.\n", want: 0},
	})
}

func TestSpaceBeforePunctuation(t *testing.T) {
	runTrCases(t, "translation/space-before-punctuation", []trCase{
		{name: "comma", src: "Sales rose this year , the company said.\n", want: 1, fixed: "Sales rose this year, the company said.\n"},
		{name: "end of line", src: "The deal was signed by Wang .\n", want: 1, fixed: "The deal was signed by Wang.\n"},
		{name: "number then stop", src: "The phone costs $24.99 .\n", want: 1, fixed: "The phone costs $24.99.\n"},
		{name: "question", src: "Why did the talks fail ? Nobody knows.\n", want: 1, fixed: "Why did the talks fail? Nobody knows.\n"},
		{name: "domain", src: "See amazon .com for the deal.\n", want: 0},
		{name: "decimal", src: "It fell by .5 per cent.\n", want: 0},
		{name: "ellipsis", src: "And then ... it was over.\n", want: 0},
		{name: "emoticon", src: "That was fun :) and more.\n", want: 0},
		{name: "score", src: "The score was 2 : 1 at half time.\n", want: 0},
		{name: "french quotes", src: "Il a dit « Pourquoi ? » hier.\n", want: 0},
		{name: "french article", src: "Le président est à Paris et les ministres sont là . Pourquoi ?\n", want: 0},
		{name: "after a stripped link", path: "a.html", src: "<p>The deal was reported by <a href=\"x\">the paper</a> , the agency said.</p>\n", want: 1, fixed: "<p>The deal was reported by <a href=\"x\">the paper</a>, the agency said.</p>\n"},
		{name: "after an image tag", path: "a.html", src: "<p>The chart <img src=\"x\"> , the agency said.</p>\n", want: 0},
		{name: "indented listing", path: "a.txt", src: "Certificate:\n        Not After : Aug 28 2042\n", want: 0},
		{name: "after a url", src: "Visit https://example.org/a , then leave.\n", want: 0},
	})
}

func TestSpintax(t *testing.T) {
	runTrCases(t, "translation/spintax", []trCase{
		{name: "words", src: "The {minister|secretary} said so.\n", want: 1, fixed: "The minister said so.\n"},
		{name: "phrases", src: "It was {a big deal|very important|huge} for them.\n", want: 1, fixed: "It was a big deal for them.\n"},
		{name: "template", src: "Hello {{ name | upper }} there.\n", want: 0},
		{name: "set notation", src: "The set {x|y} is finite.\n", want: 0},
		{name: "one-letter alternative", src: "We read {A|The} report today.\n", want: 1, fixed: "We read A report today.\n"},
		{name: "latex", src: "Write $\\frac{a|b}$ here.\n", want: 0},
		{name: "code", src: "Use `{a|b}` here.\n", want: 0},
		{name: "regexp-like", src: "Match {foo|bar.*} only.\n", want: 0},
	})
}

func TestLowercaseProperNoun(t *testing.T) {
	runTrCases(t, "translation/lowercase-proper-noun", []trCase{
		{name: "weekday", src: "The talks will resume on monday in Geneva, officials said.\n", want: 1, fixed: "The talks will resume on Monday in Geneva, officials said.\n"},
		{name: "nationality", src: "The french president met the German chancellor in Berlin.\n", want: 1, fixed: "The French president met the German chancellor in Berlin.\n"},
		{name: "language", src: "The statement was issued in english and russian by the ministry.\n", want: 2},
		{name: "before full-width comma", src: "Cases rose in Shanghai on wednesday，officials said on the day.\n", want: 1},
		{name: "ambiguous words", src: "The march may go ahead in august if the turkey farmers agree.\n", want: 0},
		{name: "compounds", src: "She ordered french fries and a danish pastry at the stall.\n", want: 0},
		{name: "slug", src: "Read the story at example-monday-french.html for the whole account.\n", want: 0},
		{name: "all lower case line", src: "tags: monday, french, politics, news, europe, world\n", want: 0},
		{name: "short line", src: "french\n", want: 0},
		{name: "link destination", src: "See [the post](https://example.org/monday) for details about it.\n", want: 0},
		{name: "hashtag", src: "The campaign used #monday and #french tags on the day.\n", want: 0},
	})
}

func TestVerblessFragment(t *testing.T) {
	runTrCases(t, "translation/verbless-fragment", []trCase{
		{name: "specimen shape", src: "West will work with the embassy in Doha on the matter. Close cooperation with interests.\n", want: 1},
		{name: "mid line", src: "The minister resigned on Friday after the vote. Strong opposition of the partners. He left.\n", want: 1},
		{name: "full sentences", src: "West will work with the embassy in Doha. He starts next week.\n", want: 0},
		{name: "heading", src: "## Close cooperation with partners\n", want: 0},
		{name: "caption line alone", src: "Close cooperation with partners.\n", want: 0},
		{name: "stylistic", src: "The plan failed in the end, as expected. Not so fast. More on that later.\n", want: 0},
		{name: "list item", src: "- The plan failed in the end, as expected. Close cooperation with partners.\n", want: 0},
		{name: "quote", src: "The crowd chanted all night in the square. \"Freedom for the people.\"\n", want: 0},
		{name: "name or credit", src: "The photo was taken during the protest last week. Reuters/John Smith.\n", want: 0},
		{name: "dateline", src: "WASHINGTON (Reuters) - The Senate passed the bill on Tuesday. It now goes to the House.\n", want: 0},
		{name: "imperative", src: "The machine is easy to clean after use every day. Close the lid after use.\n", want: 0},
		{name: "unknown -s verb", src: "The story is told well by the director. This film avoids that.\n", want: 0},
		{name: "paragraph start", src: "Strong opposition from the partners. The minister resigned on Friday after the vote.\n", want: 1},
		{name: "noun after adjective", src: "The deal was signed in Doha last year. Full support for the sanctions.\n", want: 1},
		{name: "plural subject", src: "The deal was signed in Doha last year. Officials support the sanctions.\n", want: 0},
		{name: "hard-wrapped sentence tail", src: "They oppose laws such as the\nBill on the Immigration Act. The party stands for jobs for all.\n", want: 0},
		{name: "greeting in another language", src: "Tena koutou katoa. I am pleased to be here with you all today.\n", want: 0},
		{name: "pronoun clause", src: "The stain came out after a few minutes. You rub it on the stain and then wash.\n", want: 0},
	})
}
