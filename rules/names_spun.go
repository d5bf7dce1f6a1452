package rules

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// spunIndex maps spun forms of the gazetteer's multi-word names ("wall
// avenue journal") to the name they came from.
type spunIndex struct {
	maxWords map[string]int // first word → most words of a phrase starting with it
	// firstBloom has a bit for the hash (spunHash) of each first word:
	// most capitalised words of a text start no phrase, and this tells
	// them apart without a map lookup.
	firstBloom [spunBloomBits / 64]uint64
	// pairBloom is firstBloom for the first two words of the phrases
	// (prefix2): "The" starts a few phrases and thousands of sentences.
	pairBloom [spunBloomBits / 64]uint64
	phrases   map[string]spunTarget
	// prefix2 holds the first two words of every phrase.
	prefix2 map[string]bool
}

type spunTarget struct {
	orig string // the name as the gazetteer writes it
	// caps[i] says word i of the phrase must be capitalised in the text.
	caps []bool
}

// namesFunctionWords stay lower case inside names and are never spun.
var namesFunctionWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "&": true, "in": true, "on": true, "a": true, "an": true, "to": true}

// spunMaxCombos bounds the spun forms made from one name.
const spunMaxCombos = 256

func (g *nameGazetteer) spunIdx() *spunIndex {
	g.spunOnce.Do(func() {
		syn := map[string][]string{}
		for _, l := range loadList("names-synonyms.txt") {
			parts := strings.Split(l, "|")
			if len(parts) < 2 {
				continue
			}
			syn[parts[0]] = append(syn[parts[0]], parts[1:]...)
		}
		known := map[string]bool{}
		for _, e := range g.entries {
			known[strings.ToLower(e.Canonical)] = true
			for _, a := range e.Aliases {
				known[strings.ToLower(a)] = true
			}
		}
		idx := &spunIndex{maxWords: map[string]int{}, phrases: map[string]spunTarget{}}
		for _, e := range g.entries {
			if e.Kind == NamePerson {
				continue
			}
			for _, n := range append([]string{e.Canonical}, e.Aliases...) {
				spunAddName(idx, syn, known, n)
			}
		}
		for w := range idx.maxWords {
			h := spunHashEnd(spunHash([]byte(w)))
			idx.firstBloom[h/64] |= 1 << (h % 64)
		}
		idx.prefix2 = make(map[string]bool, len(idx.phrases)/2)
		for k := range idx.phrases {
			p := k
			if a := strings.IndexByte(k, ' '); a >= 0 {
				if b := strings.IndexByte(k[a+1:], ' '); b >= 0 {
					p = k[:a+1+b]
				}
			}
			idx.prefix2[p] = true
			h := spunHashEnd(spunHash([]byte(p)))
			idx.pairBloom[h/64] |= 1 << (h % 64)
		}
		g.spun = idx
	})
	return g.spun
}

// spunAddName adds every spun form of name n: each word replaced by itself
// or one of its spinner synonyms, at least one word replaced.
func spunAddName(idx *spunIndex, syn map[string][]string, known map[string]bool, n string) {
	words := strings.Fields(n)
	content := 0
	for _, w := range words {
		if !namesFunctionWords[strings.ToLower(w)] {
			content++
		}
	}
	if content < 2 {
		return
	}
	type unit struct {
		text string
		cap  bool
	}
	opts := make([][]unit, len(words))
	for i, w := range words {
		cp := isUpperStart(w)
		opts[i] = []unit{{strings.ToLower(w), cp}}
		if namesFunctionWords[strings.ToLower(w)] || !cp {
			continue
		}
		for _, s := range syn[strings.ToLower(w)] {
			opts[i] = append(opts[i], unit{s, cp})
		}
	}
	combos := 1
	for _, o := range opts {
		combos *= len(o)
		if combos > spunMaxCombos {
			return
		}
	}
	for c := 1; c < combos; c++ {
		k := c
		var ws []string
		var caps []bool
		for _, o := range opts {
			u := o[k%len(o)]
			k /= len(o)
			for j, w := range strings.Fields(u.text) {
				ws = append(ws, w)
				caps = append(caps, u.cap && j == 0)
			}
		}
		key := strings.Join(ws, " ")
		if known[key] {
			continue
		}
		if _, dup := idx.phrases[key]; dup {
			continue
		}
		idx.phrases[key] = spunTarget{orig: n, caps: caps}
		if len(ws) > idx.maxWords[ws[0]] {
			idx.maxWords[ws[0]] = len(ws)
		}
	}
}

// spunWord is one word of the text after a capitalised token; its lower-
// case form ends at keyEnd in the key buffer, where the words are joined
// by single spaces.
type spunWord struct {
	start, end int
	keyEnd     int
	cap        bool
}

func checkSpunInstitutions(ctx *Context) {
	d := ctx.Doc
	idx := namesGaz().spunIdx()
	names := namesFor(ctx.Dict)
	src := d.Src
	var buf, keyBuf []byte
	var ws []spunWord
	for ln := d.FirstBodyLine(); ln < d.LineCount(); ln++ {
		s, e, _ := d.Line(ln)
		if s == e || lineInCode(d, ln) {
			continue
		}
		for i := s; i < e; i++ {
			// Spun names start with an ASCII capital at a word start.
			if i = spunNextCapital(src, i, e); i >= e {
				break
			}
			if i > s && (isASCIILetterByte(src[i-1]) || src[i-1] >= utf8.RuneSelf) {
				continue
			}
			// A word of ASCII letters (most are) is measured and hashed
			// in one pass; others go through nameWordEnd.
			j, h := i, uint32(spunHashSeed)
			for j < e && isASCIILetterByte(src[j]) {
				h = spunHashStep(h, src[j]|0x20)
				j++
			}
			if j < e && (src[j] == '\'' || src[j] == '-' || src[j] >= utf8.RuneSelf) {
				j = nameWordEnd(src, i, e)
				if j-i <= 40 {
					buf = appendLowerASCII(buf[:0], src[i:j])
					h = spunHash(buf)
				}
			}
			if j-i > 40 {
				i = j
				continue
			}
			if h := spunHashEnd(h); idx.firstBloom[h/64]&(1<<(h%64)) == 0 {
				i = j
				continue
			}
			buf = appendLowerASCII(buf[:0], src[i:j])
			if !spunPairMaybe(idx, src, i, e) {
				i = j
				continue
			}
			max := idx.maxWords[string(buf)]
			if max < 2 || spunAfterName(src, s, i) || d.InNonProse(i) {
				i = j
				continue
			}
			// No phrase starts with these two words: nothing to match.
			if ws, keyBuf = spunWordsAt(ws[:0], keyBuf[:0], src, i, e, 2); len(ws) < 2 || !idx.prefix2[string(keyBuf)] {
				i = j
				continue
			}
			ws, keyBuf = spunWordsAt(ws[:0], keyBuf[:0], src, i, e, max+1)
			best := -1
			var target spunTarget
			// The key of the first n words is keyBuf[:ws[n-1].keyEnd].
			for n := 2; n <= len(ws) && n <= max; n++ {
				if tg, ok := idx.phrases[string(keyBuf[:ws[n-1].keyEnd])]; ok && spunCapsOK(ws[:n], tg.caps) {
					best, target = n, tg
				}
			}
			// Part of a longer name: a capitalised word (or "of Name")
			// follows.
			if best < 0 || best < len(ws) && ws[best].cap || spunOfFollows(src, ws[best-1].end, e) {
				i = j
				continue
			}
			ms, me := ws[0].start, ws[best-1].end
			if d.OverlapsNonProse(ms, me) {
				i = j
				continue
			}
			text := string(src[ms:me])
			if names.projectName(strings.ToLower(text)) {
				// The project names an institution this way.
				i = me
				continue
			}
			msg := fmt.Sprintf("%q looks like a spun form of %q (words swapped for synonyms by an article spinner)", text, target.orig)
			ctx.Report(ms, me, msg, ctx.Replace(ms, me, target.orig, fmt.Sprintf("write %q", target.orig)))
			i = me
		}
	}
}

// spunBloomBits is the size of spunIndex.firstBloom and pairBloom: a few
// hundred first words set about one bit in eighty, so few words that
// start no phrase pass (each that passes costs a map lookup or two).
const spunBloomBits = 1 << 14

// spunHash is the hash of a word (FNV-1a) before spunHashEnd.
func spunHash(w []byte) uint32 {
	h := uint32(spunHashSeed)
	for _, c := range w {
		h = spunHashStep(h, c)
	}
	return h
}

const spunHashSeed = 2166136261

func spunHashStep(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// spunHashEnd reduces a hash to a firstBloom bit.
func spunHashEnd(h uint32) uint32 { return (h ^ h>>16) % spunBloomBits }

// spunNextCapital returns the index of the first ASCII capital in
// src[i:e], or e. It tests eight bytes at a time: capitals are a few
// bytes in a hundred of a text.
func spunNextCapital(src []byte, i, e int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= e; i += 8 {
		x := binary.LittleEndian.Uint64(src[i:])
		// A byte of x strictly between '@' and '[' (bit twiddling's
		// "hasbetween"; bytes of 0x80 and above never count).
		// The test is exact byte by byte, so the lowest flag is the
		// first capital.
		low := x &^ highs
		if m := (ones*(127+'[') - low) &^ x & (low + ones*(127-'@')) & highs; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < e && (src[i] < 'A' || src[i] > 'Z') {
		i++
	}
	return i
}

// spunAfterName reports a capitalised word (other than "The") right before
// i, separated by one space: the phrase would be the tail of a longer name.
func spunAfterName(src []byte, lineStart, i int) bool {
	if i-2 < lineStart || src[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > lineStart && src[k-1] != ' ' {
		k--
	}
	w := src[k : i-1]
	if len(w) == 0 || string(w) == "The" || string(w) == "the" {
		return false
	}
	r, _ := utf8.DecodeRune(w)
	last, _ := utf8.DecodeLastRune(w)
	return unicode.IsUpper(r) && unicode.IsLetter(last)
}

// spunWordsAt reads up to n words from s, separated by single spaces,
// appending them to ws and their lower-case forms to key.
func spunWordsAt(ws []spunWord, key, src []byte, s, e, n int) ([]spunWord, []byte) {
	i := s
	for len(ws) < n && i < e {
		j := i
		ascii := true
		for j < e {
			if c := src[j]; c < utf8.RuneSelf {
				if c|0x20 >= 'a' && c|0x20 <= 'z' || c == '\'' || c == '-' || c == '&' {
					j++
					continue
				}
				break
			}
			r, sz := utf8.DecodeRune(src[j:e])
			if unicode.IsLetter(r) || r == '’' || unicode.Is(unicode.Mn, r) {
				ascii = false
				j += sz
				continue
			}
			break
		}
		if j == i {
			break
		}
		if len(ws) > 0 {
			key = append(key, ' ')
		}
		if ascii {
			key = appendLowerASCII(key, src[i:j])
		} else {
			key = append(key, strings.ToLower(string(src[i:j]))...)
		}
		r, _ := utf8.DecodeRune(src[i:j])
		ws = append(ws, spunWord{start: i, end: j, keyEnd: len(key), cap: unicode.IsUpper(r)})
		if j >= e || src[j] != ' ' {
			break
		}
		i = j + 1
	}
	return ws, key
}

// spunPairMaybe reports whether the first two words at s (as spunWordsAt
// reads them) may be a key of prefix2, testing their hash in pairBloom.
// Words with other than ASCII bytes are not hashed: it says yes to them.
func spunPairMaybe(idx *spunIndex, src []byte, s, e int) bool {
	h := uint32(spunHashSeed)
	i := s
	for w := 0; w < 2; w++ {
		j := i
		for ; j < e; j++ {
			c := src[j]
			if c >= utf8.RuneSelf {
				return true
			}
			if isASCIILetterByte(c) {
				c |= 0x20
			} else if c != '\'' && c != '-' && c != '&' {
				break
			}
			h = spunHashStep(h, c)
		}
		if j == i {
			return false // fewer than two words
		}
		if w == 0 {
			if j >= e || src[j] != ' ' {
				return false
			}
			h = spunHashStep(h, ' ')
			i = j + 1
		}
	}
	h = spunHashEnd(h)
	return idx.pairBloom[h/64]&(1<<(h%64)) != 0
}

func spunCapsOK(ws []spunWord, caps []bool) bool {
	for i, w := range ws {
		if caps[i] && !w.cap {
			return false
		}
	}
	return true
}

// spunOfFollows reports " of " and a capitalised word after e ("the State
// Division of Parks" is a real name, not a spun "State Department").
func spunOfFollows(src []byte, e, lineEnd int) bool {
	rest := src[e:lineEnd]
	if len(rest) < 5 || string(rest[:4]) != " of " {
		return false
	}
	r, _ := utf8.DecodeRune(rest[4:])
	return unicode.IsUpper(r)
}

func isASCIILetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
