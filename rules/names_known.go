package rules

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"github.com/scrapelint/scrapelint/article"
)

// nameMiss is one misspelt well-known name found in the article.
type nameMiss struct {
	start, end int
	toks       []int // indexes of the tokens it covers
	text       string
	want       string // the corrected text of the span
	canonical  string
	edits      []article.Edit
	related    int // offset of the correct spelling in the article, -1 if none
}

// namePick is a candidate gazetteer person for a name in the text.
type namePick struct {
	p     namePerson
	score int
}

// findMisspelledNames finds person names one or two letters away from a
// gazetteer person whose first name agrees, then the same misspelt surname
// standing alone, then surnames misspelt next to the correct full name.
func findMisspelledNames(d *article.Doc, toks []nameTok, g nameView) []nameMiss {
	var out []nameMiss
	bad := map[string]namePerson{} // misspelt folded surname → the person meant
	var badLens uint64             // a bit for the length (mod 64) of each key of bad
	inPair := make([]bool, len(toks))
	var exact []*namePerson
	var exactMask []uint32 // nameLetterMask of each exact surname
	exactAt := map[string]int{}
	var exactFirst [4]uint64 // first bytes of the exact surnames
	var keyBuf []byte
	for i := range toks {
		t := &toks[i]
		if t.initial || t.next < 0 {
			continue
		}
		j := t.next
		for j >= 0 && toks[j].initial {
			j = toks[j].next
		}
		if j < 0 {
			continue
		}
		s := &toks[j]
		gf, sf := t.fold, s.fold
		id, ok := 0, false
		if g.mayBeFullName(t.nameWord, s.nameWord) {
			id, ok, keyBuf = g.fullNameOf(keyBuf, t.nameWord, s.nameWord)
		}
		if ok {
			if _, seen := exactAt[sf]; seen {
				continue
			}
			ps := g.personsOf(s.nameWord)
			for k := range ps {
				if p := &ps[k]; p.entity == id {
					exact = append(exact, p)
					exactMask = append(exactMask, nameLetterMask(sf))
					exactAt[sf] = int(s.start)
					if sf != "" {
						exactFirst[sf[0]/64] |= 1 << (sf[0] % 64)
					}
					break
				}
			}
			continue
		}
		pick, ok := pickMisspeltPerson(g, t.nameWord, s.nameWord)
		if !ok {
			continue
		}
		m := nameMiss{start: int(t.start), end: int(s.end), toks: []int{i, int(j)}, canonical: pick.p.canonical, related: -1}
		m.text = string(d.Src[t.start:s.end])
		if gf != pick.p.given {
			m.edits = append(m.edits, article.Edit{Offset: int(t.start), End: int(t.end), Text: pick.p.givenS})
		}
		if sf != pick.p.surname {
			m.edits = append(m.edits, article.Edit{Offset: int(s.start), End: int(s.end), Text: pick.p.surnameS})
			bad[sf] = pick.p
			badLens |= 1 << (len(sf) % 64)
		}
		m.want = applyLocalEdits(d.Src, int(t.start), int(s.end), m.edits)
		inPair[i], inPair[j] = true, true
		out = append(out, m)
	}
	// The misspelt surname on its own (a later mention, a possessive).
	if len(bad) > 0 {
		for i := range toks {
			t := &toks[i]
			if inPair[i] || badLens&(1<<(len(t.fold)%64)) == 0 {
				continue
			}
			p, ok := bad[t.fold]
			if !ok {
				continue
			}
			out = append(out, nameMiss{start: int(t.start), end: int(t.end), toks: []int{i}, text: t.text, want: p.surnameS, canonical: p.canonical,
				edits: []article.Edit{{Offset: int(t.start), End: int(t.end), Text: p.surnameS}}, related: -1})
			inPair[i] = true
		}
	}
	// A famous surname misspelt after a title ("President X").
	for i := range toks {
		t := &toks[i]
		if inPair[i] || t.initial || t.prev < 0 || t.next >= 0 || len(t.fold) < 5 || !toks[t.prev].titleWord {
			continue
		}
		if _, ok := exactAt[t.fold]; ok {
			continue
		}
		info := g.infoOf(t.nameWord)
		if info.known || info.surname || info.given || t.word {
			continue
		}
		var pick *namePerson
		ambiguous := false
		for _, k := range g.surnameNearOf(t.nameWord) {
			if g.isDistinct(t.fold, k) || !nameSameStart(t.fold, k) || !nameTypoClose(t.fold, k) {
				continue
			}
			for _, p := range g.persons(k) {
				if !p.famous {
					continue
				}
				// Relatives share the surname: only two different
				// surnames make the fix ambiguous.
				if pick != nil {
					if pick.surname != p.surname {
						ambiguous = true
					}
					continue
				}
				pp := p
				pick = &pp
			}
		}
		if pick == nil || ambiguous {
			continue
		}
		out = append(out, nameMiss{start: int(t.start), end: int(t.end), toks: []int{i}, text: t.text, want: pick.surnameS, canonical: pick.canonical,
			edits: []article.Edit{{Offset: int(t.start), End: int(t.end), Text: pick.surnameS}}, related: -1})
		inPair[i] = true
	}
	// A surname a letter away from a well-known person the article names
	// correctly elsewhere (the full name first, later the surname with a
	// letter dropped).
	if len(exact) > 0 {
		var fits []int // indexes into exact of the surnames that fit a token
		for i := range toks {
			t := &toks[i]
			// Followed by another name it is part of a longer one (a
			// place "X Island" beside a person surnamed one letter away).
			if t.initial || t.next >= 0 || len(t.fold) < 5 || inPair[i] {
				continue
			}
			// Only a surname with the same first letter can match.
			if c := t.fold[0]; exactFirst[c/64]&(1<<(c%64)) == 0 {
				continue
			}
			info := g.infoOf(t.nameWord)
			if info.known || info.surname || info.given || t.word {
				continue
			}
			// An article names a handful of people: compare with each
			// (length and first letter first) rather than index them.
			fits = fits[:0]
			for k, p := range exact {
				if d := len(t.fold) - len(p.surname); d > 4 || d < -4 || !nameSameStart(t.fold, p.surname) {
					continue // more than one rune apart (a rune is at most 4 bytes)
				}
				// One edit adds at most one letter and drops at most one.
				if bits.OnesCount32(t.mask^exactMask[k]) > 2 {
					continue
				}
				if t.fold == p.surname || g.isDistinct(t.fold, p.surname) || osaDistance(t.fold, p.surname, 1) > 1 {
					continue
				}
				fits = append(fits, k)
			}
			if len(fits) == 0 {
				continue
			}
			p := exact[nameFirstNear(t.fold, exact, fits)]
			out = append(out, nameMiss{start: int(t.start), end: int(t.end), toks: []int{i}, text: t.text, want: p.surnameS, canonical: p.canonical,
				edits: []article.Edit{{Offset: int(t.start), End: int(t.end), Text: p.surnameS}}, related: exactAt[p.surname]})
			inPair[i] = true
		}
	}
	return out
}

// nameFirstNear picks among several surnames one edit from s (fits,
// indexes into ps, ascending) the one a symmetric-deletion lookup meets
// first: the earliest deletion of s (nameEachDelete order) that is the
// surname or one of its deletions, then the earliest person.
func nameFirstNear(s string, ps []*namePerson, fits []int) int {
	if len(fits) == 1 {
		return fits[0]
	}
	best, bestAt := fits[0], -1
	for _, k := range fits {
		dels := nameDeletes(ps[k].surname)
		at, n := -1, 0
		nameEachDelete(nil, s, func(d []byte) {
			if at < 0 && slices.Contains(dels, string(d)) {
				at = n
			}
			n++
		})
		if bestAt < 0 || at < bestAt {
			best, bestAt = k, at
		}
	}
	return best
}

// nameSameStart requires the first letter to agree: misspellings keep it.
func nameSameStart(a, b string) bool { return a != "" && b != "" && a[0] == b[0] }

// pickMisspeltPerson decides whether "given surname" (folded) misspells a
// gazetteer person. The surname must be unknown (no real surname, no
// English word) and near a gazetteer surname, and the given name must be
// the same or near; or the surname is exact and the given name is an
// unknown near-miss of the person's given name.
func pickMisspeltPerson(g nameView, gw, sw *nameWord) (namePick, bool) {
	gf, sf := gw.fold, sw.fold
	if len(sf) < 4 || len(gf) < 2 {
		return namePick{}, false
	}
	si := g.infoOf(sw)
	var cands []namePick
	if si.known || si.surname || si.given || sw.word {
		// The surname is right: the given name may be a slip, if it is
		// no name of its own, or if it is a letter off a famous person's
		// (and not a listed or gendered variant).
		ps := g.personsOf(sw)
		gi := g.infoOf(gw)
		if len(ps) == 0 || len(gf) < 4 || gw.word {
			return namePick{}, false
		}
		unknownGiven := !gi.given && !gi.known && !gi.surname
		for _, p := range ps {
			if !nameSameStart(gf, p.given) || osaDistance(gf, p.given, 1) > 1 || g.isDistinct(gf, p.given) || nameDerived(gf, p.given) || nameVowelSwap(gf, p.given) {
				continue
			}
			if unknownGiven || p.famous && len(gf) >= 5 && len(p.given) >= 5 {
				cands = append(cands, namePick{p: p, score: 1})
			}
		}
	} else {
		add := func(ps []namePerson, ds int) {
			for _, p := range ps {
				dg := 0
				if gf != p.given {
					if len(gf) < 4 || !nameSameStart(gf, p.given) || osaDistance(gf, p.given, 1) > 1 {
						continue
					}
					dg = 1
				}
				if ds+dg > 2 {
					continue
				}
				cands = append(cands, namePick{p: p, score: ds + dg})
			}
		}
		// The built-in surnames near it (tested once per word), then the
		// project's.
		for _, c := range sw.surnameCands(g.base) {
			if g.x != nil && g.x.isDistinct(sf, c.k) {
				continue
			}
			add(g.withProjectPersons(c.persons, c.k), c.ds)
		}
		for _, k := range g.withProjectNear(nil, sf) {
			if !nameSurnameCandOK(sf, k) || g.isDistinct(sf, k) {
				continue
			}
			add(g.persons(k), osaDistance(sf, k, 2))
		}
	}
	if len(cands) == 0 {
		return namePick{}, false
	}
	best := cands[0]
	for _, c := range cands[1:] {
		if c.score < best.score {
			best = c
		}
	}
	for _, c := range cands {
		if c.score == best.score && c.p.canonical != best.p.canonical && (c.p.given != best.p.given || c.p.surname != best.p.surname) {
			return namePick{}, false // ambiguous: two people fit equally well
		}
	}
	return best, true
}

// nameSurnameCand is a built-in surname near a word that
// pickMisspeltPerson may take it for: the surname, its distance from the
// word and its people.
type nameSurnameCand struct {
	k       string
	ds      int
	persons []namePerson
}

// surnameCands returns the built-in surnames near the word's fold that
// pass pickMisspeltPerson's tests of the surname alone, in the order of
// surnameNear; the slice is shared and must not be modified. The answer
// depends on the word only, and the words that ask ask again and again.
func (w *nameWord) surnameCands(g *nameGazetteer) []nameSurnameCand {
	if p := w.candCache.Load(); p != nil {
		return *p
	}
	var cs []nameSurnameCand
	for _, k := range w.near(g) {
		if nameSurnameCandOK(w.fold, k) && !g.isDistinct(w.fold, k) {
			cs = append(cs, nameSurnameCand{k: k, ds: osaDistance(w.fold, k, 2), persons: g.persons[k]})
		}
	}
	w.candCache.Store(&cs)
	return cs
}

// nameSurnameCandOK: a misspelt surname keeps its first letter (unless
// long) and is no gendered or derived form of the other (-ska beside
// -ski are other people).
func nameSurnameCandOK(sf, k string) bool {
	return (nameSameStart(sf, k) || len(sf) >= 8) && !nameDerived(sf, k)
}

// applyLocalEdits returns src[s:e] with edits (inside it, sorted) applied.
func applyLocalEdits(src []byte, s, e int, edits []article.Edit) string {
	var b strings.Builder
	at := s
	for _, ed := range edits {
		b.Write(src[at:ed.Offset])
		b.WriteString(ed.Text)
		at = ed.End
	}
	b.Write(src[at:e])
	return b.String()
}

func checkMisspelledNames(ctx *Context) {
	a := analyzeNames(ctx.Doc, ctx.Dict)
	for _, m := range a.miss {
		msg := fmt.Sprintf("%q looks like a misspelling of the well-known name %s", m.text, m.canonical)
		fix := &Fix{Safety: Unsafe, Description: fmt.Sprintf("write %q", m.want), Edits: m.edits}
		if m.related >= 0 {
			ctx.Report(m.start, m.end, msg, fix, Related{Offset: m.related, Message: "the name is spelled correctly here"})
			continue
		}
		ctx.Report(m.start, m.end, msg, fix)
	}
}

// namesTitleWords are titles that stand before a surname alone.
var namesTitleWords = map[string]bool{"President": true, "Minister": true, "Chancellor": true, "Secretary": true, "Senator": true, "Sen": true,
	"Rep": true, "Representative": true, "Governor": true, "Gov": true, "Mayor": true, "King": true, "Queen": true, "Pope": true, "Mr": true,
	"Mrs": true, "Ms": true, "Dr": true, "General": true, "Gen": true, "Ambassador": true, "Chairman": true, "Chairwoman": true, "Speaker": true,
	"Premier": true, "Sheikh": true, "Prince": true, "Princess": true, "Emir": true, "Ayatollah": true, "Coach": true, "Judge": true,
	"Justice": true, "Commissioner": true, "Envoy": true, "Leader": true, "Colonel": true, "Admiral": true, "Marshal": true, "Sir": true,
	"Dame": true, "Lord": true, "Lady": true, "Director": true, "Chief": true, "Captain": true, "Councillor": true, "Superintendent": true}

// nameTypoClose: one edit, or two in a name of nine letters or more.
func nameTypoClose(a, b string) bool {
	limit := 1
	if len(a) >= 9 && len(b) >= 9 {
		limit = 2
	}
	return osaDistance(a, b, limit) <= limit
}

// nameVowelSwap reports two spellings that differ only in vowels at the
// same places: a transliteration of one given name, not a slip.
func nameVowelSwap(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] && (strings.IndexByte("aeiouy", a[i]) < 0 || strings.IndexByte("aeiouy", b[i]) < 0) {
			return false
		}
	}
	return true
}
