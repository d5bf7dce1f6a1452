package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// nameForm is one spelling of a capitalised token in the article.
type nameForm struct {
	text   string
	fold   string
	skel   string
	occ    []int // token indexes, in order
	mid    bool  // occurs inside a sentence at least once
	givens map[string]bool
	word   bool // an ordinary English word
	// givenRole: another name follows every occurrence (a given name).
	givenRole bool
	neigh     map[string]bool
}

// nameDerivSuffixes turn a place or people into its adjective or plural
// (Israel/Israeli, Palestine/Palestinian): a derivation, not a variant.
var nameDerivSuffixes = map[string]bool{"n": true, "an": true, "ian": true, "ians": true, "ans": true, "ns": true, "s": true, "es": true,
	"i": true, "is": true, "ese": true, "ish": true, "ite": true, "ites": true, "ist": true, "ists": true, "ism": true, "ic": true, "ia": true,
	"er": true, "ers": true, "ern": true, "ly": true}

// nameDerived reports whether two folded forms differ only by a
// derivational ending.
func nameDerived(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	p := 0
	for p < len(a) && a[p] == b[p] {
		p++
	}
	ra, rb := a[p:], b[p:]
	switch ra {
	case "", "e", "a", "o", "y":
		return nameDerivSuffixes[rb]
	}
	return nameDerivSuffixes[ra] && nameDerivSuffixes[rb]
}

func checkVariantSpellings(ctx *Context) {
	d := ctx.Doc
	a := analyzeNames(d)
	g := namesGaz()
	toks := a.toks
	forms := map[string]*nameForm{}
	words := map[string]bool{}
	isWord := func(f string) bool {
		w, ok := words[f]
		if !ok {
			w = g.isWord(f)
			words[f] = w
		}
		return w
	}
	var order []*nameForm
	for i := range toks {
		t := &toks[i]
		if t.initial || a.claimed[t.start] || utf8.RuneCountInString(t.text) < 4 {
			continue
		}
		f := forms[t.text]
		if f == nil {
			f = &nameForm{text: t.text, fold: t.fold, skel: nameSkeleton(t.text), givens: map[string]bool{}, neigh: map[string]bool{}}
			if g.isWord(t.fold) {
				f.word = true
			}
			forms[t.text] = f
			order = append(order, f)
		}
		if len(f.occ) == 0 {
			f.givenRole = true
		}
		f.occ = append(f.occ, i)
		if t.next < 0 {
			f.givenRole = false
		}
		if !t.sentStart {
			f.mid = true
		}
		if t.prev >= 0 {
			p := &toks[t.prev]
			f.neigh[p.fold] = true
			if !p.initial && !namesTitleAbbrevs[p.text] && !isWord(p.fold) || g.info(p.fold).given {
				f.givens[p.fold] = true
			}
		}
		if t.next >= 0 {
			f.neigh[toks[t.next].fold] = true
		}
	}
	if len(order) < 2 {
		return
	}
	// Candidate pairs: same skeleton, or spellings of one gazetteer entity.
	buckets := map[string][]int{}
	for i, f := range order {
		buckets["s:"+f.skel] = append(buckets["s:"+f.skel], i)
		if f.fold != "" {
			buckets["f:"+f.fold[:1]] = append(buckets["f:"+f.fold[:1]], i)
		}
		for _, id := range g.aliasOf[f.fold] {
			k := fmt.Sprintf("e:%d", id)
			buckets[k] = append(buckets[k], i)
		}
	}
	parent := make([]int, len(order))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, idx := range buckets {
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				if nameVariantPair(g, order[idx[x]], order[idx[y]]) {
					parent[find(idx[x])] = find(idx[y])
				}
			}
		}
	}
	clusters := map[int][]*nameForm{}
	for i, f := range order {
		r := find(i)
		clusters[r] = append(clusters[r], f)
	}
	for _, cl := range clusters {
		if len(cl) < 2 {
			continue
		}
		canon := nameCanonicalForm(g, cl, toks)
		first := toks[canon.occ[0]].start
		for _, f := range cl {
			if f == canon {
				continue
			}
			for _, ti := range f.occ {
				t := &toks[ti]
				if f.fold != canon.fold && nameInQuotes(d, t.start) {
					continue // a quotation keeps its own spelling (but not its missing diacritics)
				}
				msg := fmt.Sprintf("%q is spelled %q elsewhere in the article (%d of %d mentions); use one spelling", t.text, canon.text, len(canon.occ), nameMentions(cl))
				ctx.Report(t.start, t.end, msg, ctx.Replace(t.start, t.end, canon.text, fmt.Sprintf("write %q", canon.text)),
					Related{Offset: first, Message: fmt.Sprintf("%q is written here", canon.text)})
			}
		}
	}
}

func nameMentions(cl []*nameForm) int {
	n := 0
	for _, f := range cl {
		n += len(f.occ)
	}
	return n
}

// nameVariantPair decides whether two spellings name one entity.
func nameVariantPair(g *nameGazetteer, a, b *nameForm) bool {
	if a.fold == b.fold {
		// Diacritics only (Māori, Maori); a difference of case or of
		// apostrophe and hyphen style is typography, not spelling.
		return strings.ToLower(a.text) != strings.ToLower(b.text) && nameLettersDiffer(a.text, b.text) && !g.isDistinct(a.fold, b.fold)
	}
	if g.isDistinct(a.fold, b.fold) {
		return false
	}
	if !a.mid && !b.mid {
		return false
	}
	// A given name beside a name that is never one (Asya Pereltsvaig, Asia).
	if a.givenRole != b.givenRole {
		return false
	}
	// Two given names followed by different surnames: two people.
	if a.givenRole && b.givenRole && !nameSetsShare(a.neigh, b.neigh) {
		return false
	}
	if g.sameEntity(a.fold, b.fold) {
		return true
	}
	// A place or organisation beside a different name (Asia, Asya).
	if g.info(a.fold).entity > 0 || g.info(b.fold).entity > 0 {
		return false
	}
	if nameDerived(a.fold, b.fold) || a.word || b.word || a.fold[0] != b.fold[0] {
		return false
	}
	// Same transliteration skeleton and close, or a one-letter slip
	// (two in a long name) whatever the skeleton.
	if !(a.skel == b.skel && nameDistanceOK(a.fold, b.fold) || nameTypoDistance(a.fold, b.fold)) {
		return false
	}
	// Different given names before the two spellings: two people
	// (Anna Kowalski and Adam Kowalsky).
	if len(a.givens) > 0 && len(b.givens) > 0 && !nameSetsMeet(a.givens, b.givens) {
		return false
	}
	ai, bi := g.info(a.fold), g.info(b.fold)
	aKnown := ai.known || ai.surname || ai.given
	bKnown := bi.known || bi.surname || bi.given
	if aKnown && bKnown || ai.given && !ai.surname || bi.given && !bi.surname {
		// Two real names (Johnson, Johnston) or given names (Brianna,
		// Brianne): one entity only when they share a neighbour (the same
		// surname after, the same given name before).
		return nameSetsShare(a.neigh, b.neigh)
	}
	return true
}

// nameSetsMeet reports whether two sets of folded given names have a
// member in common or two members a letter apart.
func nameSetsMeet(x, y map[string]bool) bool {
	for a := range x {
		for b := range y {
			if a == b || len(a) >= 4 && len(b) >= 4 && osaDistance(a, b, 1) <= 1 {
				return true
			}
		}
	}
	return false
}

func nameSetsShare(x, y map[string]bool) bool {
	for a := range x {
		if y[a] {
			return true
		}
	}
	return false
}

// nameCanonicalForm picks the spelling the article should use: the only
// spelling the gazetteer knows, else the majority, else the earlier one.
func nameCanonicalForm(g *nameGazetteer, cl []*nameForm, toks []nameTok) *nameForm {
	var known []*nameForm
	for _, f := range cl {
		i := g.info(f.fold)
		if i.known || i.surname {
			known = append(known, f)
		}
	}
	if len(known) == 1 && known[0].fold != nameOtherFold(cl, known[0]) {
		return known[0]
	}
	best := cl[0]
	for _, f := range cl[1:] {
		if len(f.occ) > len(best.occ) || len(f.occ) == len(best.occ) && toks[f.occ[0]].start < toks[best.occ[0]].start {
			best = f
		}
	}
	return best
}

// nameOtherFold returns the fold of another form in the cluster when all
// forms fold alike (diacritics only), so the majority decides there.
func nameOtherFold(cl []*nameForm, not *nameForm) string {
	for _, f := range cl {
		if f != not && f.fold != not.fold {
			return ""
		}
	}
	return not.fold
}

// nameLettersDiffer compares two spellings letter by letter, ignoring
// case, apostrophes, hyphens and periods.
func nameLettersDiffer(a, b string) bool {
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			switch r {
			case '\'', '’', '-', '.', '‐':
				return -1
			}
			return unicode.ToLower(r)
		}, s)
	}
	return strip(a) != strip(b)
}

// nameInQuotes reports whether off lies inside a quotation on its line.
func nameInQuotes(d *article.Doc, off int) bool {
	s, _, _ := d.Line(d.LineOf(off))
	pre := string(d.Src[s:off])
	open := strings.Count(pre, "“") - strings.Count(pre, "”")
	return open > 0 || strings.Count(pre, "\"")%2 == 1
}

// nameTypoDistance: one edit for names of five letters or more, two for
// names of nine or more.
func nameTypoDistance(a, b string) bool {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	m := min(la, lb)
	switch {
	case m >= 9:
		return osaDistance(a, b, 2) <= 2
	case m >= 5:
		return osaDistance(a, b, 1) <= 1
	}
	return false
}
