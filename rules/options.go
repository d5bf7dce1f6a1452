package rules

// Dictionaries are project-specific additions to the built-in word lists,
// read from .scrapelint.yml. Rules read them through Context.Dict.
type Dictionaries struct {
	// Names are canonical spellings the project uses.
	Names []string
	// KnownDistinct groups names that look alike but are different.
	KnownDistinct [][]string
	// Abbreviations maps an undotted abbreviation to its dotted form.
	Abbreviations map[string]string
	// Boilerplate lines, matched as whole lines.
	Boilerplate []string
	// TorturedPhrases maps a spun phrase to the expected one.
	TorturedPhrases map[string]string
}
