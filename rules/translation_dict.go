package rules

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
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
	// pair is a Bloom filter of the keys of two words (two bits of one
	// uint64 per key, chosen by pairHash): a pair of words that fails it
	// is not looked up. With about 20 bits per key few pairs pass it in
	// vain, and it is small enough to stay in the fastest cache. Only its
	// first pairSlots+1 entries are used.
	pair      *[1 << 11]uint64
	pairSlots uint64
}

// pairHash mixes the word hashes of two words: its top 11 bits choose
// the slot of the pair filter, the 12 below them its two bits.
func pairHash(h1, h2 uint32) uint64 {
	return uint64(h1<<16|h2) * 0x9E3779B97F4A7C15
}

// pairMask returns the slot of ix.pair for the pair hash ph and the two
// bits of the slot.
func (ix *phraseIndex) pairMask(ph uint64) (uint64, uint64) {
	return ph >> 53 & ix.pairSlots, 1<<(ph>>47&63) | 1<<(ph>>41&63)
}

// pairBit is 1 when the words of hashes h1 and h2 may be the first two
// words of a phrase, 0 when they are not, computed without a branch.
func (ix *phraseIndex) pairBit(h1, h2 uint32) uint64 {
	slot, m := ix.pairMask(pairHash(h1, h2))
	x := ix.pair[slot]&m ^ m // zero when both bits are set
	return (x|-x)>>63 ^ 1
}

// firstBit is 1 when the word of hash h may be the first word of a
// phrase, 0 when it is not.
func (ix *phraseIndex) firstBit(h uint32) uint64 {
	return ix.first[h>>6] >> (h & 63) & 1
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
	// The first min(n, 3) bytes, without a branch on the length, which
	// varies from word to word (a shift by 64 or more gives 0).
	mask := uint32(uint64(1)<<(8*uint(n))-1) & 0xFFFFFF
	return ((w|0x20202020)&mask<<8 | uint32(n)&0xFF) * 0x9E3779B1 >> 16
}

// load4 returns the four bytes of src from s, first byte lowest (zero
// past the end of src).
func load4(src []byte, s int) uint32 {
	if s+4 <= len(src) {
		return binary.LittleEndian.Uint32(src[s:])
	}
	return uint32(load8(src, s))
}

// phraseTokens splits a phrase into runs of word bytes.
func phraseTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r < 0x80 && !isTrWordByte(byte(r)) })
}

func newPhraseIndex(pairs []phrasePair) *phraseIndex {
	// About 20 bits of the pair filter per phrase, at most 2048 slots.
	slots := 1
	for slots < 1<<11 && 64*slots < 20*len(pairs) {
		slots *= 2
	}
	ix := &phraseIndex{byKey: map[string][]int{}, pairs: pairs, pair: new([1 << 11]uint64), pairSlots: uint64(slots - 1)}
	for i, p := range pairs {
		t := phraseTokens(p.wrong)
		h := wordHash([]byte(t[0]), 0, len(t[0]))
		ix.first[h>>6] |= 1 << (h & 63)
		key := t[0]
		if len(t) > 1 {
			slot, m := ix.pairMask(pairHash(h, wordHash([]byte(t[1]), 0, len(t[1]))))
			ix.pair[slot] |= m
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

// lookupPair appends to out the phrases of ix that begin with the word
// src[ps:pe] and the word src[s:e], lower-cased and joined by a blank.
func (ix *phraseIndex) lookupPair(out []phraseHit, src []byte, ps, pe, s, e int) []phraseHit {
	var buf [96]byte
	key := appendLowerASCII(buf[:0], src[ps:pe])
	key = appendLowerASCII(append(key, ' '), src[s:e])
	if l, ok := ix.byKey[string(key)]; ok {
		out = append(out, phraseHit{ps, l})
	}
	return out
}

// lookupSingle appends to out the phrases of ix of the one word
// src[s:e] (with wordHash h) when it begins a phrase.
func (ix *phraseIndex) lookupSingle(out []phraseHit, src []byte, s, e int, h uint32) []phraseHit {
	if !ix.singles || ix.firstBit(h) == 0 {
		return out
	}
	var buf [48]byte
	if l, ok := ix.byKey[string(appendLowerASCII(buf[:0], src[s:e]))]; ok {
		out = append(out, phraseHit{s, l})
	}
	return out
}

// doubledPair is a word (s to e) that repeats the word before it (ps to
// pe) letter for letter up to case, both of ASCII letters (and inner
// apostrophes): a candidate for checkDoubledWords.
type doubledPair struct {
	ps, pe, s, e int
}

// Byte masks for classify8: a constant in every byte, and the top bit of
// every byte.
const (
	bytesOnes = 0x0101010101010101
	bytesHigh = 0x8080808080808080
)

// load8 returns the eight bytes of src from s, first byte lowest (zero
// past the end of src, and a zero byte is no word byte).
func load8(src []byte, s int) uint64 {
	if s+8 <= len(src) {
		return binary.LittleEndian.Uint64(src[s:])
	}
	var x uint64
	for j := s; j < len(src); j++ {
		x |= uint64(src[j]) << (8 * (j - s))
	}
	return x
}

// classify8 sorts the eight bytes of x at once, with the top bit of
// each byte of word set for a byte of isTrWordByte, of notLetter for a
// word byte that is not an ASCII letter (trNotLetter) and of notAlnum for
// one that is not an ASCII letter or digit (trNotAlnum). No byte of the
// sums carries into the next, since each adds at most 0x7F to 7 bits.
func classify8(x uint64) (word, notLetter, notAlnum uint64) {
	v := x &^ bytesHigh
	l := v | 0x20*bytesOnes // ASCII letters folded to lower case
	letter := (l + (0x80-'a')*bytesOnes) &^ (l + (0x80-'z'-1)*bytesOnes)
	digit := (v + (0x80-'0')*bytesOnes) &^ (v + (0x80-'9'-1)*bytesOnes)
	under := ^((v ^ '_'*bytesOnes) + 0x7F*bytesOnes)
	notAlnum = (x | under) & bytesHigh
	notLetter = notAlnum | digit&bytesHigh
	word = notLetter | letter&bytesHigh
	return word, notLetter, notAlnum
}

// scanWords returns the body words that begin the first two words of a
// dictionary phrase of index a and of index b: one pass over the words
// with a map lookup only for pairs that pass the bit sets, faster than an
// automaton of several thousand phrases. The same pass finds the doubled
// pairs among checkDoubledWords' words (runs of word bytes joined by
// single apostrophes), the lower-case words of lowerProper (runs of ASCII
// letters and digits) that checkLowercaseProper looks at, and the
// balance of English and other function words (runs of ASCII letters)
// for englishDocument.
func scanWords(d *article.Doc, a, b *phraseIndex) (_ [2][]phraseHit, _ []doubledPair, _ []int, lang int) {
	var pairs []doubledPair
	var lowerHits []int
	tokOpen, tokS := false, 0 // the doubled-word token being read
	tokNotLetter := false
	// The token before it, when of ASCII letters, and its wordHash.
	prevOK, ps, pe, ph := false, 0, 0, uint32(0)
	// The phrase state: the word before (prevS to prevE, with wordHash
	// prevH), and whether it may begin a phrase of index a (openA 1) or
	// of index b (openB 1) with no byte that breaks a phrase after it.
	var outA, outB []phraseHit
	var openA, openB uint64
	prevS, prevE, prevH := 0, 0, uint32(0)
	singles := a.singles || b.singles
	src := d.Src
	i := d.Body()
	for i < len(src) {
		if k := trByteClass[src[i]]; k&trWord == 0 {
			// Only blanks, hyphens, dots and apostrophes join the words of
			// a phrase.
			if k&trJoin == 0 {
				openA, openB = 0, 0
			}
			i++
			continue
		}
		// The word's end, eight bytes at a time: a word's bytes, and the
		// kinds of bytes it holds, without a branch per byte.
		s := i
		x := load8(src, i)
		w := uint32(x)
		var notLetter, notAlnum uint64
		for {
			word, nl, na := classify8(x)
			if end := ^word & bytesHigh; end != 0 {
				in := end&-end - 1
				notLetter |= nl & in
				notAlnum |= na & in
				i += bits.TrailingZeros64(end) >> 3
				break
			}
			notLetter |= nl
			notAlnum |= na
			i += 8
			x = load8(src, i)
		}
		n := i - s
		h := hashWord(w, n)
		if notLetter == 0 {
			// A run of ASCII letters: one word for checkLowercaseProper,
			// and one for englishDocument, whose marks lang adds up (key
			// 0, for a word of more than four letters, marks nothing).
			if lowerProperHashes[h>>10]&(1<<(h>>4&63)) != 0 && isLowerProper(src[s:i]) {
				lowerHits = append(lowerHits, s)
			}
			key := langKey(w, n) &^ uint32((4-n)>>63)
			lang += int(languageWords.get(key))
		} else {
			lowerHits = lowerProperParts(src, s, i, notAlnum == 0, h, lowerHits)
			lang += langParts(src, s, i)
		}
		if !tokOpen {
			tokS, tokNotLetter = s, false
		}
		tokNotLetter = tokNotLetter || notLetter != 0
		tokOpen = i+1 < len(src) && src[i] == '\'' && trByteClass[src[i+1]]&trWord != 0
		if !tokOpen {
			if tokNotLetter {
				prevOK = false
			} else {
				// Words equal up to case have equal hashes: the hash rules
				// out nearly every pair before the comparison.
				th := h
				if tokS != s {
					th = wordHash(src, tokS, i)
				}
				if prevOK && th == ph && i-tokS == pe-ps && bytes.EqualFold(src[tokS:i], src[ps:pe]) {
					pairs = append(pairs, doubledPair{ps, pe, tokS, i})
				}
				prevOK, ps, pe, ph = true, tokS, i, th
			}
		}
		if n > 40 {
			openA, openB = 0, 0
			continue
		}
		// The bit tests are done for every word and combined without a
		// branch: which words begin a phrase follows no pattern a branch
		// predictor could learn, and the look-ups they let through are
		// rare.
		pairA := a.pairBit(prevH, h) & openA
		pairB := b.pairBit(prevH, h) & openB
		if pairA|pairB != 0 {
			if pairA != 0 {
				outA = a.lookupPair(outA, src, prevS, prevE, s, i)
			}
			if pairB != 0 {
				outB = b.lookupPair(outB, src, prevS, prevE, s, i)
			}
		}
		openA, openB = a.firstBit(h), b.firstBit(h)
		prevS, prevE, prevH = s, i, h
		if singles {
			outA = a.lookupSingle(outA, src, s, i, h)
			outB = b.lookupSingle(outB, src, s, i, h)
		}
	}
	var res [2][]phraseHit
	for k, out := range [2][]phraseHit{outA, outB} {
		sort.SliceStable(out, func(a, b int) bool { return out[a].off < out[b].off })
		res[k] = out
	}
	return res, pairs, lowerHits, lang
}

// lowerProperParts appends to hits the words of lowerProper among the
// runs of ASCII letters and digits in the word src[s:e] (which holds
// another byte than a letter), or the whole word when alnum is set
// (it holds digits only besides letters; h is its wordHash).
func lowerProperParts(src []byte, s, e int, alnum bool, h uint32, hits []int) []int {
	if alnum {
		if lowerProperHashes[h>>10]&(1<<(h>>4&63)) != 0 && isLowerProper(src[s:e]) {
			hits = append(hits, s)
		}
		return hits
	}
	trRuns(src, s, e, trNotAlnum, func(x, j int) {
		if isLowerProper(src[x:j]) {
			hits = append(hits, x)
		}
	})
	return hits
}

// trRuns calls fn with the bounds of each run of src[s:e] whose bytes
// have none of the trByteClass bits not.
func trRuns(src []byte, s, e int, not uint8, fn func(x, j int)) {
	for j := s; j < e; {
		if trByteClass[src[j]]&not != 0 {
			j++
			continue
		}
		x := j
		for j < e && trByteClass[src[j]]&not == 0 {
			j++
		}
		fn(x, j)
	}
}

// langParts is the sum of the languageWords marks of the runs of one to
// four ASCII letters in the word src[s:e].
func langParts(src []byte, s, e int) int {
	lang := 0
	trRuns(src, s, e, trNotLetter, func(x, j int) {
		if j-x <= 4 {
			lang += int(langMark(src, x, j))
		}
	})
	return lang
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
		r, doubled, lowerHits, lang := scanWords(d, tort, mistranslationIndex())
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
