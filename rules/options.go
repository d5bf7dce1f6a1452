package rules

import (
	"sort"
	"strings"
	"sync"
)

// Dictionaries are project-specific additions to the built-in word lists,
// read from .scrapelint.yml. Rules read them through Context.Dict. Each
// Dictionaries builds its own lookup tables on first use and never touches
// the built-in lists, so engines with different dictionaries can run side
// by side. Do not change the fields once an engine has used it.
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

	cache dictCache
}

// dictCache holds the lookup tables built from one Dictionaries, each on
// first use.
type dictCache struct {
	namesOnce sync.Once
	names     *nameGazetteer

	abbrevOnce sync.Once
	abbrevs    []nameAbbrevPair

	bpOnce sync.Once
	bp     map[string]bool
	bpMin  int

	tortOnce sync.Once
	tort     *phraseIndex
}

// projectNames returns the gazetteer of the project's names and
// known-distinct groups, or nil when there are none.
func (d *Dictionaries) projectNames() *nameGazetteer {
	if d == nil || len(d.Names) == 0 && len(d.KnownDistinct) == 0 {
		return nil
	}
	d.cache.namesOnce.Do(func() {
		d.cache.names = buildProjectNames(d.Names, d.KnownDistinct, len(namesGaz().entries))
	})
	return d.cache.names
}

// abbreviationPairs returns the project's abbreviation pairs that the
// built-in list lacks, sorted by their undotted form.
func (d *Dictionaries) abbreviationPairs() []nameAbbrevPair {
	if d == nil || len(d.Abbreviations) == 0 {
		return nil
	}
	d.cache.abbrevOnce.Do(func() {
		builtin := map[string]bool{}
		for _, p := range nameAbbrevPairs {
			builtin[p.plain] = true
		}
		var out []nameAbbrevPair
		for plain, dotted := range d.Abbreviations {
			plain, dotted = strings.TrimSpace(plain), strings.TrimSpace(dotted)
			if plain == "" || dotted == "" || plain == dotted || builtin[plain] || !strings.Contains(dotted, ".") {
				continue
			}
			out = append(out, nameAbbrevPair{dotted: dotted, plain: plain})
		}
		sort.Slice(out, func(i, j int) bool { return out[i].plain < out[j].plain })
		d.cache.abbrevs = out
	})
	return d.cache.abbrevs
}

// boilerplateLines returns the project's boilerplate lines as bpNorm
// keys, and the length of the shortest.
func (d *Dictionaries) boilerplateLines() (map[string]bool, int) {
	if d == nil || len(d.Boilerplate) == 0 {
		return nil, 0
	}
	d.cache.bpOnce.Do(func() {
		m := map[string]bool{}
		shortest := 0
		for _, l := range d.Boilerplate {
			n := bpNorm(strings.Join(strings.Fields(l), " "))
			if n == "" {
				continue
			}
			m[n] = true
			if shortest == 0 || len(n) < shortest {
				shortest = len(n)
			}
		}
		if len(m) > 0 {
			d.cache.bp, d.cache.bpMin = m, shortest
		}
	})
	return d.cache.bp, d.cache.bpMin
}

// torturedIndex returns the tortured-phrase index with the project's
// pairs added (they win over a built-in pair for the same phrase), or the
// built-in index when the project adds none.
func (d *Dictionaries) torturedIndex() *phraseIndex {
	if d == nil || len(d.TorturedPhrases) == 0 {
		return tortured()
	}
	d.cache.tortOnce.Do(func() {
		var pairs []phrasePair
		seen := map[string]bool{}
		for w, r := range d.TorturedPhrases {
			w = strings.ToLower(strings.Join(strings.Fields(w), " "))
			r = strings.TrimSpace(r)
			if w == "" || r == "" || seen[w] || len(phraseTokens(w)) == 0 {
				continue
			}
			seen[w] = true
			pairs = append(pairs, phrasePair{w, r})
		}
		sort.Slice(pairs, func(i, j int) bool { return pairs[i].wrong < pairs[j].wrong })
		if len(pairs) == 0 {
			d.cache.tort = tortured()
			return
		}
		for _, p := range tortured().pairs {
			if !seen[p.wrong] {
				pairs = append(pairs, p)
			}
		}
		d.cache.tort = newPhraseIndex(pairs)
	})
	return d.cache.tort
}
