package rules

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/scrapelint/scrapelint/article"
)

// Dictionary-driven translation checks: tortured phrases (spinner
// paraphrases of fixed expressions) and known machine-translation
// confusions of entities and news terms.

// phrasePair is one tortured phrase and the expression it replaced.
type phrasePair struct {
	wrong, right string
}

// parsePhrasePair reads a "tortured => expected" dictionary line.
func parsePhrasePair(line string) (phrasePair, error) {
	w, r, ok := strings.Cut(line, "=>")
	w, r = strings.TrimSpace(w), strings.TrimSpace(r)
	if !ok || w == "" || r == "" {
		return phrasePair{}, fmt.Errorf("want \"phrase => expected\": %q", line)
	}
	if len(strings.Fields(w)) < 2 {
		return phrasePair{}, fmt.Errorf("single-word entry %q: only multi-word phrases are precise", w)
	}
	if strings.Join(strings.Fields(w), " ") != w || strings.ToLower(w) != w {
		return phrasePair{}, fmt.Errorf("entry %q: want lower case words separated by single spaces", w)
	}
	return phrasePair{w, r}, nil
}

// phraseIndex finds dictionary phrases in a text: phrases are grouped by
// their first two words (a phrase of one word by that word), longest
// first, so one map lookup per word finds the candidates and the longest
// match at an offset wins.
type phraseIndex struct {
	byKey   map[string][]int
	pairs   []phrasePair
	singles bool
	// first is a bit set of the hashes of every phrase's first word: most
	// words of a text fail it, so the map is consulted rarely.
	first [1 << 10]uint64
	// pair is a bit set of pairHash over the two words of every key of
	// two words: a pair of words that fails it is not looked up.
	pair *[1 << 14]uint64
}

// pairHash folds the word hashes of two words to 20 bits.
func pairHash(h1, h2 uint32) uint32 {
	return (h1<<16 | h2) * 0x9E3779B1 >> 12
}

func (ix *phraseIndex) mayPair(h1, h2 uint32) bool {
	h := pairHash(h1, h2)
	return ix.pair[h>>6]&(1<<(h&63)) != 0
}

// wordHash hashes the length of the word src[s:e] and its first three
// bytes to 16 bits: constant work per word, and the words of a text
// spread well enough for the bit sets.
func wordHash(src []byte, s, e int) uint32 { return hashWord(load4(src, s), e-s) }

// hashWord is wordHash of a word of n bytes whose first four bytes (or
// the bytes up to the end of the text) w holds, first byte lowest.
// Setting bit 5 of each byte folds ASCII letters to lower case (and
// merges a few other bytes, which only costs a map lookup now and then)
// without a branch per byte.
func hashWord(w uint32, n int) uint32 {
	mask := uint32(0xFFFFFF)
	if n < 3 {
		mask = 1<<(8*n) - 1
	}
	return ((w|0x20202020)&mask<<8 | uint32(n)&0xFF) * 0x9E3779B1 >> 16
}

// load4 returns the four bytes of src from s, first byte lowest (zero
// past the end of src).
func load4(src []byte, s int) uint32 {
	if s+4 <= len(src) {
		return binary.LittleEndian.Uint32(src[s:])
	}
	return loadTail(src, s)
}

func loadTail(src []byte, s int) uint32 {
	var w uint32
	for j := s; j < len(src); j++ {
		w |= uint32(src[j]) << (8 * (j - s))
	}
	return w
}

// hasBit reports whether bit h of the bit set is set.
func hasBit(set *[1 << 10]uint64, h uint32) bool {
	return set[h>>6]&(1<<(h&63)) != 0
}

// phraseTokens splits a phrase into runs of word bytes.
func phraseTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r < 0x80 && !isTrWordByte(byte(r)) })
}

func newPhraseIndex(pairs []phrasePair) *phraseIndex {
	ix := &phraseIndex{byKey: map[string][]int{}, pairs: pairs, pair: new([1 << 14]uint64)}
	for i, p := range pairs {
		t := phraseTokens(p.wrong)
		h := wordHash([]byte(t[0]), 0, len(t[0]))
		ix.first[h>>6] |= 1 << (h & 63)
		key := t[0]
		if len(t) > 1 {
			ph := pairHash(h, wordHash([]byte(t[1]), 0, len(t[1])))
			ix.pair[ph>>6] |= 1 << (ph & 63)
			key += " " + t[1]
		} else {
			ix.singles = true
		}
		ix.byKey[key] = append(ix.byKey[key], i)
	}
	for _, l := range ix.byKey {
		sort.Slice(l, func(a, b int) bool { return len(pairs[l[a]].wrong) > len(pairs[l[b]].wrong) })
	}
	return ix
}

// phraseHit is a place where a phrase of the index may start.
type phraseHit struct {
	off  int
	list []int
}

// phraseScan is the state of one index in a pass of scanWords.
type phraseScan struct {
	ix                 *phraseIndex
	out                []phraseHit
	prevStart, prevEnd int
	prevHash           uint32
}

// word takes the word src[s:i] (at most 40 bytes) with wordHash h.
func (st *phraseScan) word(src []byte, s, i int, h uint32) {
	ix := st.ix
	var buf [96]byte
	if st.prevStart >= 0 && ix.mayPair(st.prevHash, h) {
		k := 0
		for j := st.prevStart; j < st.prevEnd; j++ {
			buf[k] = lower(src[j])
			k++
		}
		buf[k] = ' '
		k++
		for j := s; j < i; j++ {
			buf[k] = lower(src[j])
			k++
		}
		if l, ok := ix.byKey[string(buf[:k])]; ok {
			st.out = append(st.out, phraseHit{st.prevStart, l})
		}
	}
	st.prevStart = -1
	if hasBit(&ix.first, h) {
		st.prevStart, st.prevEnd, st.prevHash = s, i, h
		if ix.singles {
			k := 0
			for j := s; j < i; j++ {
				buf[k] = lower(src[j])
				k++
			}
			if l, ok := ix.byKey[string(buf[:k])]; ok {
				st.out = append(st.out, phraseHit{s, l})
			}
		}
	}
}

// doubledPair is a word (s to e) that repeats the word before it (ps to
// pe) letter for letter up to case, both of ASCII letters (and inner
// apostrophes): a candidate for checkDoubledWords.
type doubledPair struct {
	ps, pe, s, e int
}

// scanWords returns the body words that begin the first two words of a
// dictionary phrase of index a and, when b is not nil, of index b: one
// pass over the words with a map lookup only for pairs that pass the bit
// sets, faster than an automaton of several thousand phrases. When
// doubled is set, the same pass finds the doubled pairs among
// checkDoubledWords' words (runs of word bytes joined by single
// apostrophes), the lower-case words of lowerProper (runs of ASCII
// letters and digits) that checkLowercaseProper looks at, and the
// balance of English and other function words (runs of ASCII letters)
// for englishDocument.
func scanWords(d *article.Doc, a, b *phraseIndex, doubled bool) (_ [2][]phraseHit, _ []doubledPair, _ []int, lang int) {
	var pairs []doubledPair
	var lowerHits []int
	tokOpen, tokS := false, 0 // the doubled-word token being read
	var tokAcc uint8
	prevOK, ps, pe := false, 0, 0 // the token before it, when ASCII
	sts := [2]phraseScan{{ix: a, prevStart: -1}, {ix: b, prevStart: -1}}
	n := 1
	if b != nil {
		n = 2
	}
	src := d.Src
	i := d.Body()
	for i < len(src) {
		if k := trByteClass[src[i]]; k&trWord == 0 {
			// Only blanks, hyphens, dots and apostrophes join the words of
			// a phrase.
			if k&trJoin == 0 {
				sts[0].prevStart, sts[1].prevStart = -1, -1
			}
			i++
			continue
		}
		s := i
		var acc uint8
		for i < len(src) {
			k := trByteClass[src[i]]
			if k&trWord == 0 {
				break
			}
			acc |= k
			i++
		}
		w := load4(src, s)
		h := hashWord(w, i-s)
		if doubled {
			// checkLowercaseProper's words are the runs of ASCII letters
			// and digits: this whole run, or its parts between other word
			// bytes.
			if acc&trNotAlnum == 0 {
				if lowerProperHashes[h>>10]&(1<<(h>>4&63)) != 0 && isLowerProper(src[s:i]) {
					lowerHits = append(lowerHits, s)
				}
			} else {
				for j := s; j < i; {
					if trByteClass[src[j]]&trNotAlnum != 0 {
						j++
						continue
					}
					x := j
					for j < i && trByteClass[src[j]]&trNotAlnum == 0 {
						j++
					}
					if isLowerProper(src[x:j]) {
						lowerHits = append(lowerHits, x)
					}
				}
			}
			// englishDocument's words are the runs of up to four ASCII
			// letters: lang adds up their marks.
			if acc&trNotLetter == 0 {
				if i-s <= 4 {
					lang += int(languageWords.get(langKey(w, i-s)))
				}
			} else {
				for j := s; j < i; {
					if trByteClass[src[j]]&trNotLetter != 0 {
						j++
						continue
					}
					x := j
					for j < i && trByteClass[src[j]]&trNotLetter == 0 {
						j++
					}
					if j-x <= 4 {
						lang += int(langMark(src, x, j))
					}
				}
			}
			if !tokOpen {
				tokS, tokAcc = s, 0
			}
			tokAcc |= acc
			tokOpen = i+1 < len(src) && src[i] == '\'' && trByteClass[src[i+1]]&trWord != 0
			if !tokOpen {
				if tokAcc&trNotLetter != 0 {
					prevOK = false
				} else {
					if prevOK && i-tokS == pe-ps && bytes.EqualFold(src[tokS:i], src[ps:pe]) {
						pairs = append(pairs, doubledPair{ps, pe, tokS, i})
					}
					prevOK, ps, pe = true, tokS, i
				}
			}
		}
		if i-s > 40 {
			sts[0].prevStart, sts[1].prevStart = -1, -1
			continue
		}
		for k := 0; k < n; k++ {
			// Most words neither start a phrase nor follow a word that
			// does: word would change nothing.
			if sts[k].prevStart >= 0 || hasBit(&sts[k].ix.first, h) {
				sts[k].word(src, s, i, h)
			}
		}
	}
	var res [2][]phraseHit
	for k := 0; k < n; k++ {
		out := sts[k].out
		sort.SliceStable(out, func(a, b int) bool { return out[a].off < out[b].off })
		res[k] = out
	}
	return res, pairs, lowerHits, lang
}

// phraseHits are the candidates of the tortured index and of the
// mistranslation index in one document, found in one pass by whichever
// of the rules that read them runs first.
type phraseHits struct {
	tortHits []phraseHit
	mtHits   []phraseHit
	doubled  []doubledPair
	// lowerHits are the offsets of lower-case words of lowerProper.
	lowerHits []int
	// english: English function words outnumber French, Spanish and
	// German ones in the body (see languageWords).
	english bool
}

// phraseHitsKey keys a document's phraseHits in its memo; the tortured
// index depends on the project's dictionaries.
type phraseHitsKey struct{ tort *phraseIndex }

func docPhraseHits(d *article.Doc, tort *phraseIndex) *phraseHits {
	return d.Memo(phraseHitsKey{tort}, func() any {
		r, doubled, lowerHits, lang := scanWords(d, tort, mistranslationIndex(), true)
		return &phraseHits{tortHits: r[0], mtHits: r[1], doubled: doubled, lowerHits: lowerHits, english: lang > 0}
	}).(*phraseHits)
}

// matchAt returns the longest phrase of list that starts at off as whole
// words, and its end, or -1.
func (ix *phraseIndex) matchAt(src []byte, off int, list []int) (int, int) {
	if off > 0 && isTrWordByte(src[off-1]) {
		return -1, 0
	}
	for _, i := range list {
		w := ix.pairs[i].wrong
		end := off + len(w)
		if end > len(src) || !strings.EqualFold(string(src[off:end]), w) {
			continue
		}
		if end < len(src) && isTrWordByte(src[end]) {
			continue
		}
		return i, end
	}
	return -1, 0
}

// isTrWordByte: letters, digits, and bytes of multi-byte runes (so that
// "café" is one word), plus the apostrophe and hyphen inside words.
func isTrWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 || c == '_'
}

var tortured = sync.OnceValue(func() *phraseIndex {
	allow := map[string]bool{}
	for _, a := range loadList("translation-tortured-allow.txt") {
		allow[strings.ToLower(a)] = true
	}
	var pairs []phrasePair
	seen := map[string]bool{}
	for _, name := range []string{"translation-spinner-news.txt", "translation-tortured-phrases.txt"} {
		for _, l := range loadList(name) {
			p, err := parsePhrasePair(l)
			if err != nil {
				panic(name + ": " + err.Error())
			}
			if allow[p.wrong] || seen[p.wrong] {
				continue
			}
			seen[p.wrong] = true
			pairs = append(pairs, p)
		}
	}
	return newPhraseIndex(pairs)
})

// matchCase gives the replacement the capitalisation of the text it
// replaces: all caps, Title Case or a capital first letter.
func matchCase(orig, repl string) string {
	if orig == strings.ToUpper(orig) && orig != strings.ToLower(orig) {
		return strings.ToUpper(repl)
	}
	if orig == "" || !isUpper(orig[0]) {
		return repl
	}
	words := strings.Fields(orig)
	title := true
	for _, w := range words {
		if !isUpper(w[0]) && !trMinorWord[w] {
			title = false
		}
	}
	if title && len(words) > 1 {
		rw := strings.Fields(repl)
		for i, w := range rw {
			if w[0] >= 'a' && w[0] <= 'z' && (i == 0 || !trMinorWord[w]) {
				rw[i] = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		return strings.Join(rw, " ")
	}
	if repl[0] >= 'a' && repl[0] <= 'z' {
		return strings.ToUpper(repl[:1]) + repl[1:]
	}
	return repl
}

var trMinorWord = map[string]bool{"of": true, "and": true, "the": true, "in": true, "on": true, "for": true, "to": true, "a": true, "an": true}

func checkTortured(ctx *Context) {
	d := ctx.Doc
	ix := ctx.Dict.torturedIndex()
	hits := docPhraseHits(d, ix)
	done := -1
	var mtEnds map[int]int
	for _, c := range hits.tortHits {
		h := c.off
		if h < done {
			continue
		}
		i, end := ix.matchAt(d.Src, h, c.list)
		if i < 0 || d.OverlapsNonProse(h, end) {
			continue
		}
		// A longer known mistranslation at the same place ("new crown
		// pneumonia") is that rule's finding, with the better fix.
		if mtEnds == nil {
			mtEnds = map[int]int{}
			mx := mistranslationIndex()
			for _, m := range hits.mtHits {
				if _, e := mx.matchAt(d.Src, m.off, m.list); e > 0 {
					mtEnds[m.off] = e
				}
			}
		}
		if e, ok := mtEnds[h]; ok && e >= end {
			continue
		}
		done = end
		orig := string(d.Src[h:end])
		p := ix.pairs[i]
		repl := matchCase(orig, p.right)
		ctx.Report(h, end, fmt.Sprintf("tortured phrase %q: a paraphrasing tool's synonym swap for %q", orig, p.right),
			ctx.Replace(h, end, repl, fmt.Sprintf("replace with %q", repl)))
	}
}

// Mistranslation is one known machine-translation confusion. Context words must
// occur near the match for it to count; unless words cancel it.
type Mistranslation struct {
	Wrong, Right string
	Context      []string
	Unless       []string
	// Always is set by "context: *".
	Always bool
}

// ParseMistranslation reads one entry in the data-file format
//
//	wrong phrase => right phrase | context: w1, w2 | unless: x1, x2
//
// which is also the format of entries added in configuration.
func ParseMistranslation(line string) (Mistranslation, error) {
	parts := strings.Split(line, "|")
	w, r, ok := strings.Cut(parts[0], "=>")
	e := Mistranslation{Wrong: strings.ToLower(strings.Join(strings.Fields(w), " ")), Right: strings.TrimSpace(r)}
	if !ok || e.Wrong == "" || e.Right == "" {
		return e, fmt.Errorf("want \"wrong => right | context: words\": %q", line)
	}
	for _, p := range parts[1:] {
		k, v, ok := strings.Cut(p, ":")
		if !ok {
			return e, fmt.Errorf("field %q: want \"context: …\" or \"unless: …\"", strings.TrimSpace(p))
		}
		var words []string
		for _, x := range strings.Split(v, ",") {
			if x = strings.ToLower(strings.Join(strings.Fields(x), " ")); x != "" {
				words = append(words, x)
			}
		}
		switch strings.TrimSpace(k) {
		case "context":
			if len(words) == 1 && words[0] == "*" {
				e.Always = true
			} else {
				e.Context = words
			}
		case "unless":
			e.Unless = words
		default:
			return e, fmt.Errorf("unknown field %q", strings.TrimSpace(k))
		}
	}
	if !e.Always && len(e.Context) == 0 {
		return e, fmt.Errorf("entry %q: needs context words (or \"context: *\")", e.Wrong)
	}
	return e, nil
}

var mistranslations = sync.OnceValue(func() []Mistranslation {
	var out []Mistranslation
	for _, l := range loadList("translation-mistranslations.txt") {
		e, err := ParseMistranslation(l)
		if err != nil {
			panic("translation-mistranslations.txt: " + err.Error())
		}
		out = append(out, e)
	}
	return out
})

var mistranslationIndex = sync.OnceValue(func() *phraseIndex {
	es := mistranslations()
	pairs := make([]phrasePair, len(es))
	for i, e := range es {
		pairs[i] = phrasePair{e.Wrong, e.Right}
	}
	return newPhraseIndex(pairs)
})

// mtWindow is how far (in bytes) context words may stand from the match.
const mtWindow = 500

// hasWordPrefix reports whether text (lower-cased) holds a word that
// starts with w (which may itself be several words).
func hasWordPrefix(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || !isTrWordByte(text[j-1]) {
			return true
		}
		i = j + 1
	}
}

func checkMistranslation(ctx *Context) {
	d := ctx.Doc
	ix := mistranslationIndex()
	es := mistranslations()
	done := -1
	for _, c := range docPhraseHits(d, ctx.Dict.torturedIndex()).mtHits {
		h := c.off
		if h < done {
			continue
		}
		i, end := ix.matchAt(d.Src, h, c.list)
		if i < 0 || d.OverlapsNonProse(h, end) {
			continue
		}
		e := es[i]
		lo, hi := h-mtWindow, end+mtWindow
		if lo < d.Body() {
			lo = d.Body()
		}
		if hi > len(d.Src) {
			hi = len(d.Src)
		}
		// The window without the match itself, so "tuberculosis" in the
		// phrase is never its own context.
		win := strings.ToLower(string(d.Src[lo:h]) + " … " + string(d.Src[end:hi]))
		ctxWord := ""
		if !e.Always {
			for _, w := range e.Context {
				if hasWordPrefix(win, w) {
					ctxWord = w
					break
				}
			}
			if ctxWord == "" {
				continue
			}
		}
		cancel := false
		for _, w := range e.Unless {
			if hasWordPrefix(win, w) {
				cancel = true
				break
			}
		}
		if cancel {
			continue
		}
		done = end
		orig := string(d.Src[h:end])
		repl := matchCase(orig, e.Right)
		msg := fmt.Sprintf("%q looks like a machine-translation confusion for %q", orig, e.Right)
		if ctxWord != "" {
			msg += fmt.Sprintf(" (context: %q nearby)", ctxWord)
		}
		ctx.Report(h, end, msg, ctx.Replace(h, end, repl, fmt.Sprintf("replace with %q", repl)))
	}
}
