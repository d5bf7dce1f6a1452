package rules

// The names family: one entity spelled two ways in one article, mixed
// abbreviation styles, misspelt well-known names and institution names
// mangled by article spinners. Data: rules/data/names-*.txt (gazetteer,
// guard lists, spinner synonyms, known-distinct pairs); projects add their
// own names, known-distinct groups and abbreviations in the dictionaries of
// .scrapelint.yml (Context.Dict, see names_project.go).

func init() {
	Register(New(Meta{
		ID:       "names/variant-spelling",
		Prepare:  prepareNames,
		Severity: Warning,
		Fix:      Unsafe,
		Summary:  "One name spelled two ways in one article (`Zelensky`/`Zelenskyy`, `Erdoğan`/`Erdogan`, `Māori`/`Maori`).",
		What: "Groups the capitalised names of the article by a transliteration-aware key (diacritics " +
			"folded, `ph`/`f`, `kh`/`k`, `q`/`k`, `y`/`i` and similar pairs merged, doubled letters collapsed, " +
			"vowels dropped) and by edit distance, and reports each occurrence of the minority spelling: " +
			"`Muhammad`/`Mohammed` for one person, `Kyiv`/`Kiev`, `Rodriguez`/`Rodrigeuz`. When the " +
			"gazetteer knows only one of the spellings, that one is taken as correct even if it is the " +
			"minority; on a tie the later spelling is reported.",
		Why: "Machine translation, transliteration by different wire services and plain typos leave two " +
			"spellings of one name in a republished article; readers and search engines then see two people.",
		FixNote: "Unsafe: rewrites the occurrence to the majority (or gazetteer) spelling. Two different " +
			"people with similar names are left alone: different first names (`Anna Kowalski`, `Adam Kowalsky`), " +
			"two real surnames without shared context (`Johnson`, `Johnston`), pairs listed as distinct " +
			"(`Kim Jong Un`, `Kim Jong Il`), adjectives of a name (`Israel`, `Israeli`) and ordinary words.",
		Examples: []Example{
			{
				Bad:   "President Volodymyr Zelensky spoke on Monday. Zelensky said the talks failed.\n\nLater Zelenskyy thanked the allies.\n",
				Good:  "President Volodymyr Zelenskyy spoke on Monday. Zelenskyy said the talks failed.\n",
				Fixed: "President Volodymyr Zelensky spoke on Monday. Zelensky said the talks failed.\n\nLater Zelensky thanked the allies.\n",
			},
			{
				Bad:   "The Māori party met. Te Pāti Māori leaders spoke for Māori voters about Maori land.\n",
				Good:  "Anna Kowalski met Adam Kowalsky. Kowalski and Kowalsky disagreed.\n",
				Fixed: "The Māori party met. Te Pāti Māori leaders spoke for Māori voters about Māori land.\n",
			},
			{
				Bad:   "Talks in Kyiv resumed. Officials in Kyiv said the mayor of Kiev agreed.\n",
				Good:  "Israel said Israeli troops left. Boris Johnson met Mark Johnston.\n",
				Fixed: "Talks in Kyiv resumed. Officials in Kyiv said the mayor of Kyiv agreed.\n",
			},
			{
				Bad:   "Fans of Rodrigeuz cheered the film. Later Rodriguez thanked them.\n",
				Good:  "Kim Jong Un succeeded Kim Jong Il in 2011.\n",
				Fixed: "Fans of Rodriguez cheered the film. Later Rodriguez thanked them.\n",
			},
		},
	}, checkVariantSpellings))

	Register(New(Meta{
		ID:       "names/abbreviation-style",
		Severity: Info,
		Fix:      Unsafe,
		Summary:  "An abbreviation written both with and without periods in one article (`US` beside `U.S.`).",
		What: "Counts the dotted and the undotted style of `U.S.`/`US`, `U.K.`/`UK`, `E.U.`/`EU`, `U.N.`/`UN`, " +
			"`U.A.E.`/`UAE` and `D.C.`/`DC` (plus the project's `dictionaries: abbreviations:`) in the article body and reports each occurrence of the minority " +
			"style (on a tie, the style that appears later). `US` inside a compound (`US-PNG`) counts; other " +
			"tokens (`USA`, `USD`, `US$`), the pronoun `us`, code, links and lines written in capitals do not.",
		Why: "A consistent house style is a mark of an edited article; a mixed one shows that text from " +
			"several sources (or a quoted wire story) was pasted together.",
		FixNote: "Unsafe: rewrites the occurrence in the majority style, keeping a sentence-final period. " +
			"It changes the text of quotations too, which an editor may prefer to keep.",
		Examples: []Example{
			{
				Bad:   "The U.S. embassy said the U.S. envoy would leave. US troops stayed.\n",
				Good:  "The US embassy said the US envoy would leave. Tell us more about the USA.\n",
				Fixed: "The U.S. embassy said the U.S. envoy would leave. U.S. troops stayed.\n",
			},
			{
				Bad:   "The UK and the EU agreed. The U.K. government said the UK economy grew.\n",
				Good:  "The U.K. and the E.U. agreed.\n\nBREAKING: UK AND EU AGREE\n",
				Fixed: "The UK and the EU agreed. The UK government said the UK economy grew.\n",
			},
			{
				Bad:   "U.S. officials visited. The U.S.-PNG partnership grew.\n\nThe US-PNG pact was signed.\n",
				Good:  "U.S. officials visited. The price was US$5 and `US` is code.\n",
				Fixed: "U.S. officials visited. The U.S.-PNG partnership grew.\n\nThe U.S.-PNG pact was signed.\n",
			},
		},
	}, checkAbbreviationStyle))

	Register(New(Meta{
		ID:       "names/misspelled-known-name",
		Prepare:  prepareNames,
		Severity: Warning,
		Fix:      Unsafe,
		Summary:  "A well-known name misspelled (`Anthony Brinken` for Antony Blinken, `Justine Greeing`).",
		What: "Looks up each first-name-and-surname pair of the article in an embedded gazetteer of about " +
			"14,000 people, places and organisations that news names (heads of state and government, " +
			"ministers, legislators, heads of international bodies, business leaders, athletes, cultural " +
			"figures). A pair whose surname is one or two letters from a gazetteer person's, with the same " +
			"or a near first name, is reported; so is the misspelt surname standing alone, and a surname a " +
			"letter off a well-known person the article names correctly elsewhere.",
		Why: "Misspelt names of public figures are a hallmark of machine-translated or carelessly " +
			"retyped articles, and they defeat search and fact-checking.",
		FixNote: "Unsafe: rewrites the name as the gazetteer spells it. A real surname near a famous one " +
			"(`Mike Johnston`), an ordinary word, a different first name or an ambiguous match is never " +
			"reported. Projects add their own names (`dictionaries: names:` in .scrapelint.yml), which are " +
			"never reported and win over other spellings.",
		Examples: []Example{
			{
				Bad:   "Secretary of State Anthony Brinken said on Monday that talks would go on. Brinken’s statement followed.\n",
				Good:  "Secretary of State Antony Blinken said on Monday that talks would go on.\n",
				Fixed: "Secretary of State Antony Blinken said on Monday that talks would go on. Blinken’s statement followed.\n",
			},
			{
				Bad:   "The International Development Secretary, Justine Greeing, announced cuts.\n",
				Good:  "Coach Mike Johnston praised the team. Tom West will lead the office.\n",
				Fixed: "The International Development Secretary, Justine Greening, announced cuts.\n",
			},
			{
				Bad:   "Director Jason Elsener shot the film in Halifax.\n",
				Good:  "Director Jason Eisener shot the film in Halifax.\n",
				Fixed: "Director Jason Eisener shot the film in Halifax.\n",
			},
			{
				Bad:   "Prime Minister Benjamin Netanyahu spoke. Later Netanyhu met the cabinet.\n",
				Good:  "Prime Minister Benjamin Netanyahu spoke. Later Netanyahu met the cabinet.\n",
				Fixed: "Prime Minister Benjamin Netanyahu spoke. Later Netanyahu met the cabinet.\n",
			},
		},
	}, checkMisspelledNames))

	Register(New(Meta{
		ID:       "names/spun-institution",
		Prepare:  prepareNames,
		Severity: Warning,
		Fix:      Unsafe,
		Summary:  "An institution name mangled by an article spinner (`Wall Avenue Journal`, `Related Press`, `Fox Information`).",
		What: "Article spinners replace words with synonyms to disguise copied text, and do it inside " +
			"names too: `Wall Street Journal` becomes `Wall Avenue Journal`, `Associated Press` becomes " +
			"`Related Press`, `The New York Times` becomes `The New York Instances`, `Labour Party` becomes " +
			"`Labour Get together`. The rule knows the multi-word names of the gazetteer and the synonyms " +
			"spinners use, and reports a capitalised phrase that is a known name with words swapped for " +
			"those synonyms, in the same order.",
		Why: "A spun name is a sure sign of a spun (plagiarised and machine-rewritten) article, and " +
			"it misattributes reporting to an institution that does not exist.",
		FixNote: "Unsafe: restores the institution's real name. Phrases that continue with another " +
			"capitalised word (`Related Press Releases`) or `of` and a name are part of a longer name and " +
			"are left alone.",
		Examples: []Example{
			{
				Bad:   "The Wall Avenue Journal reported the deal first.\n",
				Good:  "The Wall Street Journal reported the deal first.\n",
				Fixed: "The Wall Street Journal reported the deal first.\n",
			},
			{
				Bad:   "Officials told Related Press that the vote was delayed.\n",
				Good:  "See the Related Press Releases below. Officials told the press about related news.\n",
				Fixed: "Officials told Associated Press that the vote was delayed.\n",
			},
			{
				Bad:   "In an interview with Fox Information, the senator agreed.\n",
				Good:  "In an interview with Fox News, the senator agreed.\n",
				Fixed: "In an interview with Fox News, the senator agreed.\n",
			},
			{
				Bad:   "The Labour Get together won the seat, The New York Instances said.\n",
				Fixed: "The Labour Party won the seat, The New York Times said.\n",
			},
		},
	}, checkSpunInstitutions))
}

// prepareNames builds the gazetteer (tens of milliseconds) so that the
// engine can start it in the background as soon as a names rule is chosen.
func prepareNames() { namesGaz() }
