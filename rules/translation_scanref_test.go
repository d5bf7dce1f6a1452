package rules

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/corpus"
)

// refPhraseScan is the state of one index in a pass of scanWords.
type refPhraseScan struct {
	ix                 *phraseIndex
	out                []phraseHit
	prevStart, prevEnd int
	prevHash           uint32
}

// word takes the word src[s:i] (at most 40 bytes) with wordHash h, and
// looks up every pair of words and, when the index has phrases of one
// word, every word: no filter.
func (st *refPhraseScan) word(src []byte, s, i int, h uint32) {
	ix := st.ix
	var buf [96]byte
	if st.prevStart >= 0 {
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

// scanWordsRef is scanWords as it was before its word loop was made
// faster: the definition the fast form is tested against. It returns the body words that begin the first two words of a
// dictionary phrase of index a and, when b is not nil, of index b: one
// pass over the words with a map lookup only for pairs that pass the bit
// sets, faster than an automaton of several thousand phrases. When
// doubled is set, the same pass finds the doubled pairs among
// checkDoubledWords' words (runs of word bytes joined by single
// apostrophes), the lower-case words of lowerProper (runs of ASCII
// letters and digits) that checkLowercaseProper looks at, and the
// balance of English and other function words (runs of ASCII letters)
// for englishDocument.
func scanWordsRef(d *article.Doc, a, b *phraseIndex, doubled bool) (_ [2][]phraseHit, _ []doubledPair, _ []int, lang int) {
	var pairs []doubledPair
	var lowerHits []int
	tokOpen, tokS := false, 0 // the doubled-word token being read
	var tokAcc uint8
	prevOK, ps, pe := false, 0, 0 // the token before it, when ASCII
	sts := [2]refPhraseScan{{ix: a, prevStart: -1}, {ix: b, prevStart: -1}}
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
			sts[k].word(src, s, i, h)
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

// scanTestDocs are generated articles, the real corpus when it is beside
// the repository, and random texts over the bytes that the word scan
// treats specially.
func scanTestDocs(t *testing.T) []*article.Doc {
	t.Helper()
	var srcs [][]byte
	g := &corpus.Generator{Seed: corpus.DefaultSeed}
	for i := 0; i < 300; i++ {
		srcs = append(srcs, g.Article(i).Data)
	}
	files, _ := filepath.Glob("../../shared/corpus/real/*")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			srcs = append(srcs, b)
		}
	}
	parts := []string{"a", "B", "z", "Z", "'", "-", " ", "  ", ".", ",", "_", "@", "`", "[", "{", "0", "9", "/", ":", "\n", "é", "中",
		"\x80", "\xff", "\xdf", "\xc1", "the", "The", "of", "heart", "assault", "Heart Assault", "white palace", "monday", "le", "les", "und",
		"the the", "it's", "don't", "counterfeit consciousness", "abcdefghijklmnopqrstuvwxyz", "tuberculosis prisoners"}
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for k := rng.Intn(60); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		srcs = append(srcs, []byte(b.String()))
	}
	var ds []*article.Doc
	for i, src := range srcs {
		d, err := article.Parse(fmt.Sprintf("doc%d.md", i), src)
		if err == nil {
			ds = append(ds, d)
		}
	}
	return ds
}

func TestScanWordsMatchesRef(t *testing.T) {
	tort, mt := tortured(), mistranslationIndex()
	for _, d := range scanTestDocs(t) {
		h, dp, lh, lang := scanWords(d, tort, mt)
		rh, rdp, rlh, rlang := scanWordsRef(d, tort, mt, true)
		if !reflect.DeepEqual(h, rh) || !reflect.DeepEqual(dp, rdp) || !reflect.DeepEqual(lh, rlh) || lang != rlang {
			t.Fatalf("%s: scanWords differs from its definition", d.Path)
		}
	}
}

// TestClassify8 holds classify8 to trByteClass for every byte in every
// position (the word loop relies on their agreeing).
func TestClassify8(t *testing.T) {
	for c := range 256 {
		k := trByteClass[c]
		for p := range 8 {
			x := uint64(c)<<(8*p) | 0x2121212121212121&^(0xFF<<(8*p))
			word, nl, na := classify8(x)
			bit := uint64(0x80) << (8 * p)
			if word&bit != 0 != (k&trWord != 0) || nl&bit != 0 != (k&trNotLetter != 0) || na&bit != 0 != (k&trNotAlnum != 0) {
				t.Fatalf("classify8: byte %#x at %d", c, p)
			}
			if o := ^bit & bytesHigh; word&o != 0 || nl&o != 0 || na&o != 0 {
				t.Fatalf("classify8: byte %#x at %d marks its neighbours", c, p)
			}
		}
	}
}
