package rules

import (
	"fmt"
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
func findMisspelledNames(d *article.Doc, toks []nameTok, g *nameGazetteer) []nameMiss {
	var out []nameMiss
	bad := map[string]namePerson{} // misspelt folded surname → the person meant
	inPair := map[int]bool{}
	var exact []namePerson
	exactAt := map[string]int{}
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
		if id, ok := g.full[gf+" "+sf]; ok {
			for _, p := range g.persons[sf] {
				if p.entity == id {
					exact = append(exact, p)
					if _, seen := exactAt[sf]; !seen {
						exactAt[sf] = s.start
					}
					break
				}
			}
			continue
		}
		pick, ok := pickMisspeltPerson(g, gf, sf)
		if !ok {
			continue
		}
		m := nameMiss{start: t.start, end: s.end, toks: []int{i, j}, canonical: pick.p.canonical, related: -1}
		m.text = string(d.Src[t.start:s.end])
		if gf != pick.p.given {
			m.edits = append(m.edits, article.Edit{Offset: t.start, End: t.end, Text: pick.p.givenS})
		}
		if sf != pick.p.surname {
			m.edits = append(m.edits, article.Edit{Offset: s.start, End: s.end, Text: pick.p.surnameS})
			bad[sf] = pick.p
		}
		m.want = applyLocalEdits(d.Src, t.start, s.end, m.edits)
		inPair[i], inPair[j] = true, true
		out = append(out, m)
	}
	// The misspelt surname on its own ("Brinken's statement").
	if len(bad) > 0 {
		for i := range toks {
			t := &toks[i]
			p, ok := bad[t.fold]
			if !ok || inPair[i] {
				continue
			}
			out = append(out, nameMiss{start: t.start, end: t.end, toks: []int{i}, text: t.text, want: p.surnameS, canonical: p.canonical,
				edits: []article.Edit{{Offset: t.start, End: t.end, Text: p.surnameS}}, related: -1})
			inPair[i] = true
		}
	}
	// A surname a letter away from a well-known person the article names
	// correctly elsewhere ("Benjamin Netanyahu ... Netanyhu said").
	if len(exact) > 0 {
		for i := range toks {
			t := &toks[i]
			if inPair[i] || t.initial || len(t.fold) < 5 {
				continue
			}
			info := g.info(t.fold)
			if info.known || info.surname || info.given || g.isWord(t.fold) {
				continue
			}
			for _, p := range exact {
				if t.fold == p.surname || g.isDistinct(t.fold, p.surname) || osaDistance(t.fold, p.surname, 1) > 1 {
					continue
				}
				if !nameSameStart(t.fold, p.surname) {
					continue
				}
				out = append(out, nameMiss{start: t.start, end: t.end, toks: []int{i}, text: t.text, want: p.surnameS, canonical: p.canonical,
					edits: []article.Edit{{Offset: t.start, End: t.end, Text: p.surnameS}}, related: exactAt[p.surname]})
				inPair[i] = true
				break
			}
		}
	}
	return out
}

// nameSameStart requires the first letter to agree: misspellings keep it.
func nameSameStart(a, b string) bool { return a != "" && b != "" && a[0] == b[0] }

// pickMisspeltPerson decides whether "given surname" (folded) misspells a
// gazetteer person. The surname must be unknown (no real surname, no
// English word) and near a gazetteer surname, and the given name must be
// the same or near; or the surname is exact and the given name is an
// unknown near-miss of the person's given name.
func pickMisspeltPerson(g *nameGazetteer, gf, sf string) (namePick, bool) {
	if len(sf) < 4 || len(gf) < 2 {
		return namePick{}, false
	}
	si := g.info(sf)
	var cands []namePick
	if si.known || si.surname || si.given || g.isWord(sf) {
		ps := g.persons[sf]
		gi := g.info(gf)
		if len(ps) == 0 || gi.given || gi.known || gi.surname || g.isWord(gf) || len(gf) < 4 {
			return namePick{}, false
		}
		for _, p := range ps {
			if nameSameStart(gf, p.given) && osaDistance(gf, p.given, 1) <= 1 && !g.isDistinct(gf, p.given) {
				cands = append(cands, namePick{p: p, score: 1})
			}
		}
	} else {
		for _, k := range g.surnameNear(sf) {
			if g.isDistinct(sf, k) || !nameSameStart(sf, k) && len(sf) < 8 {
				continue
			}
			ds := osaDistance(sf, k, 2)
			for _, p := range g.persons[k] {
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
	a := analyzeNames(ctx.Doc)
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
