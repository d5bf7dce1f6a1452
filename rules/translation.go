package rules

// The translation family: damage that machine translation, article
// spinners and text extraction do to the language itself. The checks
// live in translation_dict.go (dictionaries), translation_text.go
// (surface checks) and translation_fragment.go (verbless fragments).

func init() {
	Register(New(Meta{
		ID:       "translation/tortured-phrase",
		Prepare:  func() { tortured() },
		Severity: Warning,
		Fix:      Unsafe,
		Summary:  "A fixed expression replaced by synonyms (`heart assault` for heart attack, `local weather change` for climate change).",
		What: "Finds tortured phrases: collocations that a paraphrasing tool rewrote word by word, such as " +
			"`counterfeit consciousness` (artificial intelligence), `bosom peril` (breast cancer), " +
			"`Joined Together States`, and the damage spinners do to news (`pleaded responsible`, " +
			"`local weather change`, `press convention`). The dictionary holds several thousand pairs derived " +
			"from the Problematic Paper Screener list (CC BY 4.0) plus news-specific spinner forms; only " +
			"multi-word entries are used, matched as whole words, and ordinary collocations are on an allow-list. " +
			"Projects add their own pairs (`dictionaries: tortured-phrases:` in .scrapelint.yml).",
		Why: "A tortured phrase changes the meaning or makes it unreadable, and it marks the text as spun: " +
			"the article was rewritten by a tool to hide that it was copied.",
		FixNote: "Unsafe: replaces the phrase with the expression it most likely stood for. The guess is " +
			"usually right, but a phrase can be meant literally, so review the change.",
		Examples: []Example{
			{Bad: "He was taken to hospital after a heart assault on Monday.\n", Good: "He was taken to hospital after a heart attack on Monday.\n", Fixed: "He was taken to hospital after a heart attack on Monday.\n"},
			{Bad: "Experts warn that local weather change will cost billions.\n", Good: "Experts warn that climate change will cost billions.\n", Fixed: "Experts warn that climate change will cost billions.\n"},
			{Bad: "The suspect pleaded responsible to two counts.\n", Good: "The suspect was held responsible for two deaths.\n", Fixed: "The suspect pleaded guilty to two counts.\n"},
			{Bad: "Counterfeit consciousness will change newsrooms.\n", Good: "The counterfeit notes were seized.\n", Fixed: "Artificial intelligence will change newsrooms.\n"},
		},
	}, checkTortured))

	Register(New(Meta{
		ID:       "translation/mistranslated-term",
		Prepare:  func() { mistranslationIndex() },
		Severity: Warning,
		Fix:      Unsafe,
		Summary:  "A known machine-translation confusion of a name or news term (`tuberculosis prisoners` for Taliban prisoners).",
		What: "Finds entities and terms that a translation engine rendered by the wrong sense of a " +
			"source word: Pashto/Persian \"talib\" read as tuberculosis (`5,000 tuberculosis prisoners`), Chinese " +
			"literal readings (`White Palace` for the White House, `five-angle building` for the Pentagon, " +
			"`new crown pneumonia` for COVID-19), Arabic (`Gaza sector`, `popular crowd forces`) and more. Each " +
			"dictionary entry names context words: it fires only when one of them stands near the phrase " +
			"(\"Taliban\", \"Afghan\", \"Kabul\"), and words such as \"patients\" cancel it, so the context decides, " +
			"not the phrase alone.",
		Why: "The confusion turns a news fact into nonsense (prisoners with a disease instead of fighters of a " +
			"movement) and misleads readers and downstream tools.",
		FixNote: "Unsafe: replaces the phrase with the intended name or term. Context makes the guess " +
			"likely, not certain.",
		Examples: []Example{
			{Bad: "The Taliban demanded that Kabul release 5,000 tuberculosis prisoners.\n", Good: "The clinic treats tuberculosis patients in Kabul.\n", Fixed: "The Taliban demanded that Kabul release 5,000 Taliban prisoners.\n"},
			{Bad: "A spokesman for the White Palace said President Biden would travel.\n", Good: "The White Palace hotel reopened after renovation.\n", Fixed: "A spokesman for the White House said President Biden would travel.\n"},
			{Bad: "Cases of new crown pneumonia rose again in Wuhan.\n", Good: "The new crown jewels went on display.\n", Fixed: "Cases of COVID-19 rose again in Wuhan.\n"},
			{Bad: "Tuberculosis prisoners were freed as Afghan forces withdrew.\n", Good: "Tuberculosis prisoners were screened in the prison clinic, where infection rates are high.\n"},
		},
	}, checkMistranslation))

	Register(New(Meta{
		ID:       "translation/fullwidth-punctuation",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Full-width or CJK punctuation inside Latin text (`said，“we`, `（AFP）`, `Ｔｈｅ`).",
		What: "Finds full-width forms (U+FF01–FF5E) and CJK punctuation (`，` `。` `、` `「」` `【】` and the " +
			"ideographic space) inside runs of Latin text, where a translation tool or an input method left them.",
		Why: "They look like odd spacing to a reader, break search and tokenisation, and show that the text " +
			"passed through a CJK tool unedited.",
		FixNote: "Safe: folds each character to its ASCII form (adding the space that follows a comma or full " +
			"stop in Latin text). Only characters whose neighbours are Latin and that have no Chinese, Japanese " +
			"or Korean letter nearby are changed: inside CJK text these marks are correct.",
		Examples: []Example{
			{Bad: "The president said，we will win.\n", Good: "他说，我们会赢。\n", Fixed: "The president said, we will win.\n"},
			{Bad: "Officials met in Paris（AFP）on Monday.\n", Good: "Officials met in Paris (AFP) on Monday.\n", Fixed: "Officials met in Paris (AFP) on Monday.\n"},
			{Bad: "Ｔｈｅ council voted.\n", Good: "The council voted on 北京。\n", Fixed: "The council voted.\n"},
		},
		Triggers: fullwidthTriggers,
	}, checkFullwidth))

	Register(New(Meta{
		ID:       "translation/foreign-script",
		Severity: Warning,
		Fix:      NoFix,
		Summary:  "An untranslated run of another script inside an English article (a Chinese or Greek paragraph).",
		What: "Finds lines of an article written in Latin script that hold a clause-length run of another " +
			"script (at least eight Chinese, Japanese or Korean characters, or three words of Greek, Cyrillic, " +
			"Arabic, Hebrew and the like): machine-translated paragraphs interleaved by a reader tool, or a " +
			"source paragraph the translation skipped.",
		Why: "The reader of the English article cannot read the run, and a republished page that mixes a " +
			"translation with its source looks broken.",
		FixNote: "None: whether to translate or delete the run is an editor's call. A quoted original beside " +
			"its translation, or a name in its native script in parentheses, is not reported.",
		Examples: []Example{
			{Bad: "A court in Singapore fined the French student on Tuesday for licking a straw from a vending machine and putting it back.\n\n新加坡法院周二对这名学生处以罚款。\n", Good: "The slogan “Слава Україні, героям слава” (Glory to Ukraine, glory to the heroes) was everywhere.\n"},
			{Bad: "The company is considering whether to sell more biological drugs made from living cells rather than chemicals, the report said.\n\nΗ εταιρεία εξετάζει το ενδεχόμενο να κυκλοφορήσει φάρμακα.\n", Good: "The leader (习近平) spoke in Beijing on Monday.\n"},
		},
	}, checkForeignScript))

	Register(New(Meta{
		ID:       "translation/doubled-word",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "A word written twice in a row (`the the`, `of of`, also across a line break).",
		What: "Finds a word immediately repeated, on one line or across a line break inside a paragraph. " +
			"Names (`Walla Walla`), reduplications (`bye bye`, `so so`) and words that English doubles on " +
			"purpose (`that that`, `had had`) are left alone.",
		Why: "The repetition is an editing or spinning slip that readers notice at once.",
		FixNote: "Safe for words that are never legitimately doubled (articles, prepositions, conjunctions, " +
			"most auxiliaries): the repeat is removed. `is is` and `was was` are reported without a fix, since " +
			"\"what it is is\" is correct English.",
		Examples: []Example{
			{Bad: "She admitted damaging the the statue.\n", Good: "He said that that was final.\n", Fixed: "She admitted damaging the statue.\n"},
			{Bad: "It was culled at the stage of of the embryo.\n", Good: "They had had enough of Walla Walla.\n", Fixed: "It was culled at the stage of the embryo.\n"},
			{Bad: "The plan was sent to\nto the board.\n", Good: "What it is is a mistake.\n", Fixed: "The plan was sent to\nthe board.\n"},
			{Bad: "The vote is is due on Friday.\n", Good: "The The played a set.\n\nSing Sing prison opened.\n"},
		},
	}, checkDoubledWords))

	Register(New(Meta{
		ID:       "translation/space-before-punctuation",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "A blank before a comma, full stop, colon or question mark (`year ,`, `Wang .`, `why ?`).",
		What: "Finds a space between a word and the punctuation that follows it, left by French-style " +
			"typography in a translation or by a scraper that stripped a link and kept the blanks around it " +
			"(also after the closing tag of a link or emphasis in HTML: `the paper</a> ,`). " +
			"Decimals (`3 .5`), file and domain names (`.com`), ellipses, emoticons (`:)`), times and scores " +
			"(`10 : 30`), lines with French quotes and articles that are not in English are left alone.",
		Why: "English does not put a space before punctuation; the gap reads as a typo and can split the " +
			"mark onto the next line.",
		FixNote: "Safe: removes the blanks before the mark; no word changes.",
		Examples: []Example{
			{Bad: "The company said sales rose this year , and profit with them.\n", Good: "The price fell to 3.5 per cent, the bank said.\n", Fixed: "The company said sales rose this year, and profit with them.\n"},
			{Bad: "The agreement was signed by Wang .\n", Good: "Visit example .com for the rest of the story... or not :)\n", Fixed: "The agreement was signed by Wang.\n"},
			{Bad: "Why did the talks fail ? Nobody knows.\n", Good: "The score was 10 : 30 at half time in the match.\n", Fixed: "Why did the talks fail? Nobody knows.\n"},
		},
		Triggers: spacePunctTriggers,
	}, checkSpaceBeforePunct))

	Register(New(Meta{
		ID:       "translation/spintax",
		Severity: Error,
		Fix:      Unsafe,
		Summary:  "Unrendered spinner syntax left in the text (`{Hello|Hi|Hey}`).",
		What: "Finds spintax: braces holding alternatives separated by `|` that an article spinner was meant " +
			"to choose from. Template tags (`{{ }}`, `{% %}`), code, LaTeX and alternatives that are not plain " +
			"words are not matched.",
		Why:     "The alternatives show the reader the machinery of a spun article and break the sentence.",
		FixNote: "Unsafe: keeps the first alternative. Any of them may have been meant, so review the choice.",
		Examples: []Example{
			{Bad: "The {minister|secretary|official} said the plan would work.\n", Good: "Use `{a|b}` in the template.\n", Fixed: "The minister said the plan would work.\n"},
			{Bad: "We said {hello|hi|hey} to the team.\n", Good: "The set {1|2} is defined in the paper.\n", Fixed: "We said hello to the team.\n"},
		},
		Triggers: []string{"{"},
	}, checkSpintax))

	Register(New(Meta{
		ID:       "translation/lowercase-proper-noun",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "A weekday, month, nationality or language in lower case (`on monday`, `the french president`).",
		What: "Finds weekdays, months and nationality or language words written in lower case inside an " +
			"English sentence, as translations from Romance and Slavic languages leave them. Ambiguous words " +
			"(may, march, august, china, turkey, polish, jordan) and common nouns built on these words " +
			"(`french fries`, `german shepherd`) are left out, as are URLs, slugs, tags and lines written " +
			"all in lower case.",
		Why:     "English capitalises these words; lower case marks the text as an unedited translation.",
		FixNote: "Safe: capitalises the first letter; the word stays the same.",
		Examples: []Example{
			{Bad: "The talks will resume on monday in Geneva, officials said.\n", Good: "The talks will resume on Monday in Geneva, officials said.\n", Fixed: "The talks will resume on Monday in Geneva, officials said.\n"},
			{Bad: "The french president met the German chancellor in Berlin.\n", Good: "She ordered french fries and a salad at the stand.\n", Fixed: "The French president met the German chancellor in Berlin.\n"},
			{Bad: "The report was published in january by the agency.\n", Good: "See [the post](https://example.org/monday-french-news) for more.\n", Fixed: "The report was published in January by the agency.\n"},
		},
	}, checkLowercaseProper))

	Register(New(Meta{
		ID:       "translation/verbless-fragment",
		Prepare:  func() { verbs() },
		Severity: Info,
		Fix:      NoFix,
		Summary:  "A verbless fragment after a full sentence (`… in Afghanistan. Close cooperation with interests.`).",
		What: "Segments each paragraph into sentences and reports a short sentence (three to ten words) that " +
			"has no verb and follows a complete sentence on the same line: the residue of a clause that " +
			"translation or spinning cut loose. Headings, captions, datelines, list items, quotes and " +
			"slogans, credits, names and stylistic fragments (`Not so fast.`, `More on that later.`) are " +
			"not reported.",
		Why:     "The fragment is meaningless on its own and usually hides a sentence whose meaning was lost.",
		FixNote: "None: only the author or the source can restore the lost clause.",
		Examples: []Example{
			{Bad: "West will work with the embassy in Doha on the matter. Close cooperation with interests.\n", Good: "West will work with the embassy in Doha. He starts next week.\n"},
			{Bad: "The minister resigned on Friday after the vote. Strong opposition of the partners.\n", Good: "## Close cooperation with partners\n\nThe minister resigned on Friday. Not so fast.\n"},
		},
	}, checkVerblessFragments))
}
