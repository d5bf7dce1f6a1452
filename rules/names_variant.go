package rules

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// nameForm is one spelling of a capitalised token in the article.
type nameForm struct {
	w      *nameWord // the word; text and fold are its own
	text   string
	fold   string
	occ    []int // token indexes, in order
	mid    bool  // occurs inside a sentence at least once
	givens []string
	word   bool // an ordinary English word
	// givenRole: another name follows every occurrence (a given name).
	givenRole bool
	neigh     []string
	mask      uint32 // letters present, a cheap filter before edit distance
	// ctx computes neigh, givens and word on first use (filled).
	ctx    *nameFormCtx
	filled bool
}

// nameFormCtx is what nameForm.fill needs of the article.
type nameFormCtx struct {
	g    nameView
	toks []nameTok
}

// fill computes neigh, givens and word from the occurrences, once. A
// form made without a context is taken as complete.
func (f *nameForm) fill() *nameForm {
	if f.filled || f.ctx == nil {
		return f
	}
	f.filled = true
	c := f.ctx
	for _, i := range f.occ {
		t := &c.toks[i]
		if t.prev >= 0 {
			p := &c.toks[t.prev]
			f.neigh = nameAddUnique(f.neigh, p.fold)
			if !p.initial && !p.titleAbbrev && !p.word || c.g.infoOf(p.nameWord).given {
				f.givens = nameAddUnique(f.givens, p.fold)
			}
		}
		if t.next >= 0 {
			f.neigh = nameAddUnique(f.neigh, c.toks[t.next].fold)
		}
	}
	f.word = f.w.word
	return f
}

// nameDerivSuffixes turn a name into its adjective, demonym, plural or
// doctrine (Israel/Israeli, Palestine/Palestinian, -ian beside -ism).
var nameDerivSuffixes = []string{"", "n", "an", "ian", "ians", "ans", "ns", "s", "es", "i", "is", "ese", "ish", "ite", "ites", "ist", "ists",
	"ism", "isms", "ic", "ics", "ia", "er", "ers", "ern", "y", "e", "a", "o"}

// nameDerived reports whether two folded forms are one stem with two
// different derivational endings.
func nameDerived(a, b string) bool {
	for _, x := range nameDerivSuffixes {
		if !strings.HasSuffix(a, x) {
			continue
		}
		sa := a[:len(a)-len(x)]
		for _, y := range nameDerivSuffixes {
			if x == y || !strings.HasSuffix(b, y) {
				continue
			}
			if sb := b[:len(b)-len(y)]; sa == sb && len(sa) >= 3 {
				return true
			}
		}
	}
	return false
}

// nameDoctrine reports words like "Xism" or "Xists": capitalised
// common nouns made from a name, not names.
func nameDoctrine(f string) bool {
	for _, s := range []string{"ism", "isms", "ists"} {
		if strings.HasSuffix(f, s) && len(f) > len(s)+2 {
			return true
		}
	}
	return false
}

func checkVariantSpellings(ctx *Context) {
	d := ctx.Doc
	a := analyzeNames(d, ctx.Dict)
	g := namesFor(ctx.Dict)
	toks := a.toks
	// The per-article tables come from a pool (nothing in them outlives
	// the call).
	sc := namesVariantPool.Get().(*nameVariantScratch)
	defer sc.release()
	// First pass: the forms in order of first occurrence, with their
	// number of occurrences; tokForm maps a token to its form (-1: none).
	// The neighbours, given names and word flag of a form are only
	// needed for the few forms that are compared closely: fill computes
	// them on first use.
	fctx := &nameFormCtx{g: g, toks: toks}
	// formAt maps a word's number in the document to its form (-1: none).
	formAt := slices.Grow(sc.formAt[:0], a.words)[:a.words]
	sc.formAt = formAt
	for i := range formAt {
		formAt[i] = -1
	}
	store := slices.Grow(sc.store[:0], len(toks)/2+1)
	nOcc := slices.Grow(sc.nOcc[:0], len(toks)/2+1)
	tokForm := slices.Grow(sc.tokForm[:0], len(toks))[:len(toks)]
	defer func() { sc.store, sc.nOcc, sc.tokForm = store, nOcc, tokForm }()
	for i := range toks {
		t := &toks[i]
		tokForm[i] = -1
		// (noForm: short words, doctrines, months and the like.)
		if t.initial || t.noForm || len(a.claimed) > 0 && a.claimed[int(t.start)] {
			continue
		}
		fi := formAt[t.local]
		if fi < 0 {
			fi = int32(len(store))
			store = append(store, nameForm{w: t.nameWord, text: t.text, fold: t.fold, mask: t.mask, ctx: fctx})
			nOcc = append(nOcc, 0)
			formAt[t.local] = fi
		}
		tokForm[i] = fi
		f := &store[fi]
		if nOcc[fi] == 0 {
			f.givenRole = true
		}
		nOcc[fi]++
		if t.next < 0 {
			f.givenRole = false
		}
		if !t.sentStart {
			f.mid = true
		}
	}
	if len(store) < 2 {
		return
	}
	// Second pass: the occurrences, in one backing array.
	occAll := slices.Grow(sc.occAll[:0], len(toks))[:len(toks)]
	sc.occAll = occAll
	at := 0
	for fi := range store {
		store[fi].occ = occAll[at : at : at+int(nOcc[fi])]
		at += int(nOcc[fi])
	}
	for i, fi := range tokForm {
		if fi >= 0 {
			store[fi].occ = append(store[fi].occ, i)
		}
	}
	order := slices.Grow(sc.order[:0], len(store))[:len(store)]
	sc.order = order
	for i := range store {
		order[i] = &store[i]
	}
	// Candidate pairs: same first letter and a length at most two apart
	// (typos and transliterations keep both), or one gazetteer entity
	// (aliases). keyed holds key<<32 | form index, sorted, so the forms
	// of one key are a run in order of first occurrence.
	keyed := slices.Grow(sc.keyed[:0], len(order))[:len(order)]
	sc.keyed = keyed
	// byEntity holds id<<32 | form index for the entity ids of the forms.
	byEntity := sc.byEntity[:0]
	for i, f := range order {
		k := int(f.fold[0])<<6 | min(len(f.fold), 63)
		keyed[i] = uint64(k)<<32 | uint64(i)
		for _, id := range g.aliasesOf(f.w) {
			byEntity = append(byEntity, uint64(id)<<32|uint64(i))
		}
	}
	slices.Sort(keyed)
	runs := sc.runs[:0]
	for lo := 0; lo < len(keyed); {
		k := keyed[lo] >> 32
		hi := lo + 1
		for hi < len(keyed) && keyed[hi]>>32 == k {
			hi++
		}
		runs = append(runs, nameKeyRun{int(k), lo, hi})
		lo = hi
	}
	sc.runs = runs
	parent := slices.Grow(sc.parent[:0], len(order))[:len(order)]
	sc.parent = parent
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	// Every comparison counts against a budget, so a pathological file
	// (thousands of similar capitalised words) stays linear.
	budget := namesMaxPairs
	try := func(x, y int) {
		if find(x) != find(y) && nameVariantPair(g, order[x], order[y]) {
			parent[find(x)] = find(y)
		}
	}
	for ri, r := range runs {
		xs := keyed[r.lo:r.hi]
		for d := 0; d <= 2 && budget > 0; d++ {
			var ys []uint64
			for rj := ri; rj < len(runs) && rj <= ri+2; rj++ {
				if runs[rj].key == r.key+d {
					ys = keyed[runs[rj].lo:runs[rj].hi]
					break
				}
			}
			for a, xk := range xs {
				x := int(uint32(xk))
				start := 0
				if d == 0 {
					start = a + 1
				}
				if budget -= len(ys) - start; budget < 0 {
					break
				}
				for _, yk := range ys[start:] {
					y := int(uint32(yk))
					// Letters present differ by more than four: no typo or
					// transliteration of each other.
					if bits.OnesCount32(order[x].mask^order[y].mask) > 4 {
						continue
					}
					try(x, y)
				}
			}
		}
	}
	// The forms of one entity, pairwise (the partition does not depend
	// on the order of the pairs).
	slices.Sort(byEntity)
	sc.byEntity = byEntity
	for lo := 0; lo < len(byEntity); {
		hi := lo + 1
		for hi < len(byEntity) && byEntity[hi]>>32 == byEntity[lo]>>32 {
			hi++
		}
		for a := lo; a < hi; a++ {
			for b := a + 1; b < hi; b++ {
				try(int(uint32(byEntity[a])), int(uint32(byEntity[b])))
			}
		}
		lo = hi
	}
	// Clusters of two forms or more, each in order of first occurrence.
	size := slices.Grow(sc.size[:0], len(order))[:len(order)]
	clear(size)
	sc.size = size
	for i := range order {
		size[find(i)]++
	}
	members := sc.members[:0]
	for i := range order {
		if size[find(i)] >= 2 {
			members = append(members, i)
		}
	}
	sc.members = members
	slices.SortStableFunc(members, func(x, y int) int { return find(x) - find(y) })
	var clusters [][]*nameForm
	for lo := 0; lo < len(members); {
		r := find(members[lo])
		hi := lo
		var cl []*nameForm
		for hi < len(members) && find(members[hi]) == r {
			cl = append(cl, order[members[hi]])
			hi++
		}
		clusters = append(clusters, cl)
		lo = hi
	}
	for _, cl := range clusters {
		canon := nameCanonicalForm(g, cl, toks)
		first := int(toks[canon.occ[0]].start)
		for _, f := range cl {
			if f == canon {
				continue
			}
			for _, ti := range f.occ {
				t := &toks[ti]
				if f.fold != canon.fold && nameInQuotes(d, int(t.start)) {
					continue // a quotation keeps its own spelling (but not its missing diacritics)
				}
				msg := fmt.Sprintf("%q is spelled %q elsewhere in the article (%d of %d mentions); use one spelling", t.text, canon.text, len(canon.occ), nameMentions(cl))
				if w, ok := g.projectForm(canon.fold); ok && w == canon.text {
					msg = fmt.Sprintf("%q is spelled %q elsewhere in the article, as the project's dictionary writes it", t.text, canon.text)
				}
				ctx.Report(int(t.start), int(t.end), msg, ctx.Replace(int(t.start), int(t.end), canon.text, fmt.Sprintf("write %q", canon.text)),
					Related{Offset: first, Message: fmt.Sprintf("%q is written here", canon.text)})
			}
		}
	}
}

// skeleton returns the form's transliteration skeleton (its word's).
func (f *nameForm) skeleton() string { return f.w.skel }

// nameKeyRun is the run keyed[lo:hi] of the forms with one pairing key.
type nameKeyRun struct{ key, lo, hi int }

// nameVariantScratch holds the tables of checkVariantSpellings between
// calls.
type nameVariantScratch struct {
	formAt   []int32
	store    []nameForm
	nOcc     []int32
	tokForm  []int32
	occAll   []int
	order    []*nameForm
	keyed    []uint64
	byEntity []uint64
	runs     []nameKeyRun
	parent   []int
	size     []int32
	members  []int
}

var namesVariantPool = sync.Pool{New: func() any {
	return &nameVariantScratch{}
}}

// release empties the scratch (dropping references into the article)
// and returns it to the pool. Only the used part of store and order
// holds anything: each call clears what it used.
func (sc *nameVariantScratch) release() {
	clear(sc.store)
	clear(sc.order)
	namesVariantPool.Put(sc)
}

func nameMentions(cl []*nameForm) int {
	n := 0
	for _, f := range cl {
		n += len(f.occ)
	}
	return n
}

// nameVariantPair decides whether two spellings name one entity.
func nameVariantPair(g nameView, a, b *nameForm) bool {
	if a.fold == b.fold {
		// Diacritics only (Māori, Maori); a difference of case or of
		// apostrophe and hyphen style is typography, not spelling.
		return !strings.EqualFold(a.text, b.text) && nameLettersDiffer(a.text, b.text) && !g.isDistinct(a.fold, b.fold)
	}
	if d := len(a.fold) - len(b.fold); d > 3 || d < -3 || !a.mid && !b.mid {
		return false
	}
	// Same transliteration skeleton and close, or a one-letter slip
	// (two in a long name) whatever the skeleton.
	close := a.fold[0] == b.fold[0] && (a.skeleton() == b.skeleton() && nameDistanceOK(a.fold, b.fold) || nameTypoDistance(a.fold, b.fold))
	if !close && !g.sameEntityOf(a.w, b.w) {
		return false
	}
	if g.isDistinct(a.fold, b.fold) {
		return false
	}
	// A given name beside a name that is never one (a given name one
	// letter from a continent).
	if a.givenRole != b.givenRole {
		return false
	}
	a, b = a.fill(), b.fill()
	// Two given names followed by different surnames: two people.
	if a.givenRole && b.givenRole && !nameSetsShare(a.neigh, b.neigh) {
		return false
	}
	if g.sameEntityOf(a.w, b.w) {
		// Two spellings of one entity (Kyiv, Kiev), not two names of it
		// (Burma, Myanmar) nor a word that names several (Roma).
		limit := 2
		if min(len(a.fold), len(b.fold)) >= 7 {
			limit = 3
		}
		return len(g.aliasesOf(a.w)) == 1 && len(g.aliasesOf(b.w)) == 1 && osaDistance(a.fold, b.fold, limit) <= limit
	}
	if !close || a.word || b.word || nameDerived(a.fold, b.fold) {
		return false
	}
	// A place or organisation beside a different name one letter away.
	ai, bi := g.infoOf(a.w), g.infoOf(b.w)
	if ai.entity > 0 || bi.entity > 0 {
		return false
	}
	// Different given names before the two spellings: two people
	// (two people whose surnames differ by a letter).
	if len(a.givens) > 0 && len(b.givens) > 0 && !nameSetsMeet(a.givens, b.givens) {
		return false
	}
	aKnown := ai.known || ai.surname || ai.given
	bKnown := bi.known || bi.surname || bi.given
	if aKnown && bKnown || ai.given && !ai.surname || bi.given && !bi.surname {
		// Two real surnames a letter apart, or two given names: one
		// entity only when they share a neighbour (the same surname
		// after, the same given name before).
		return nameSetsShare(a.neigh, b.neigh)
	}
	return true
}

// nameSetsMeet reports whether two sets of folded given names have a
// member in common or two members a letter apart.
func nameSetsMeet(x, y []string) bool {
	for _, a := range x {
		for _, b := range y {
			if a == b || len(a) >= 4 && len(b) >= 4 && osaDistance(a, b, 1) <= 1 {
				return true
			}
		}
	}
	return false
}

func nameSetsShare(x, y []string) bool {
	for _, a := range x {
		for _, b := range y {
			if a == b {
				return true
			}
		}
	}
	return false
}

// nameAddUnique adds s to a short set kept as a slice (at most 16).
func nameAddUnique(set []string, s string) []string {
	for _, x := range set {
		if x == s {
			return set
		}
	}
	if len(set) >= 16 {
		return set
	}
	return append(set, s)
}

// nameLetterMask has a bit for each letter a-z in a folded name.
func nameLetterMask(f string) uint32 {
	var m uint32
	for i := 0; i < len(f); i++ {
		if c := f[i]; c >= 'a' && c <= 'z' {
			m |= 1 << (c - 'a')
		}
	}
	return m
}

// nameCanonicalForm picks the spelling the article should use: the
// spelling of a project name, else the only spelling the gazetteer knows,
// else the majority, else the earlier one.
func nameCanonicalForm(g nameView, cl []*nameForm, toks []nameTok) *nameForm {
	if g.x != nil {
		var proj *nameForm
		n := 0
		for _, f := range cl {
			if w, ok := g.projectForm(f.fold); ok && w == f.text {
				proj = f
				n++
			}
		}
		if n == 1 {
			return proj
		}
	}
	var known []*nameForm
	for _, f := range cl {
		i := g.infoOf(f.w)
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
	if off-s > 4000 {
		s = off - 4000 // a quotation is shorter; keeps huge lines linear
	}
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

// namesCommonCaps are capitalised common words that the lower-case word
// list cannot hold: months, weekdays, languages, holidays.
var namesCommonCaps = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`january february march april may june july august september october november december
		monday tuesday wednesday thursday friday saturday sunday english french german spanish italian portuguese russian
		chinese japanese korean arabic hebrew latin greek dutch swedish danish norwegian finnish polish turkish christmas
		easter ramadan internet earth god`) {
		m[w] = true
	}
	return m
}()

// namesCommonCapsMaxLen is the length of the longest namesCommonCaps word.
var namesCommonCapsMaxLen = func() int {
	n := 0
	for w := range namesCommonCaps {
		n = max(n, len(w))
	}
	return n
}()

// namesMaxPairs bounds the comparisons in one file (a real article needs
// a few thousand), so a pathological file stays fast.
const namesMaxPairs = 2000000
