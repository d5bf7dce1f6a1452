package rules

import (
	"bytes"
	"encoding/binary"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// nameTok is a capitalised word (or an initial) of the article body, the
// unit the names rules work on. Its text, fold and what the gazetteer
// knows of it are shared by every occurrence of the word (nameWord).
type nameTok struct {
	*nameWord
	start, end int32 // byte span in Src; a possessive 's is not part of it (int32 keeps tokens small)
	prev, next int32 // neighbours in the same run of capitalised words, -1 if none
	local      int32 // the word's number in the document (0, 1, ... by first occurrence)
	sentStart  bool  // first word of a sentence or line
	initial    bool  // a single capital followed by a period
}

// namesTitleAbbrevs end with a period that does not end a sentence.
var namesTitleAbbrevs = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Gen": true, "Sen": true, "Rep": true,
	"Gov": true, "Lt": true, "Col": true, "Sgt": true, "Prof": true, "Jr": true, "Sr": true, "Mt": true, "Capt": true, "Adm": true,
	"Maj": true, "Rev": true, "Hon": true, "Pres": true, "Ft": true, "Cmdr": true, "Supt": true, "Insp": true, "Fr": true}

// scanNameTokens collects the capitalised words of the body outside code,
// markup and other non-prose ranges, with run and sentence information.
func scanNameTokens(d *article.Doc) (toks []nameTok, words int) {
	src := d.Src
	g := namesGaz()
	// Repeated names share their words, across documents too: the
	// interning table and the token buffer come from a pool and are kept
	// between uses.
	intern := namesInternPool.Get().(*nameInternTable)
	defer namesInternPool.Put(intern)
	if intern.n > namesInternMax {
		clear(intern.slots)
		intern.n = 0
	}
	toks = intern.toks[:0]
	intern.scan++
	word := func(b []byte) *nameWord {
		h := nameInternHash(b)
		w := intern.find(b, h)
		if w == nil {
			w = intern.newWord(g, string(b))
			intern.add(w, h)
		}
		if w.scan != intern.scan {
			w.scan, w.local = intern.scan, int32(words)
			words++
		}
		return w
	}
	np, npAt := d.NonProse(), 0
	for ln := d.FirstBodyLine(); ln < d.LineCount(); ln++ {
		s, e, _ := d.Line(ln)
		if e > math.MaxInt32 {
			break // tokens hold int32 offsets: text past 2 GiB is not scanned
		}
		if s == e || lineInCode(d, ln) || nameLinkOnlyLine(d.Src[s:e]) {
			continue
		}
		sent := true
		run := int32(-1) // index of the last token while the run is open
		spaces := 0
		titleDot := false
		i := s
		for i < e {
			if run < 0 && !titleDot && !sent {
				// Outside a run of names and past the first word of a
				// sentence, lower-case words, digits, spaces and most
				// punctuation change nothing: skip to the next capital,
				// non-ASCII byte, sentence end, apostrophe or hyphen, then
				// back to the start of the word it is in.
				k := i
				for {
					for k < e && !nameIdleStop[src[k]] {
						k++
					}
					// Curly quotes and dashes change nothing here either
					// (but a ’ before a letter may continue a word).
					if k+2 < e && src[k] == 0xE2 && src[k+1] == 0x80 && nameIdlePunct(src, k+2, e) {
						k += 3
						continue
					}
					break
				}
				if k == e {
					break
				}
				// A period or other sentence end ends the word before it;
				// the others may continue it.
				if c := src[k]; c != '.' && c != '!' && c != '?' && c != ':' {
					for k > i && nameASCIILetter[src[k-1]] {
						k--
					}
				}
				i = k
			}
			c := src[i]
			if run < 0 && !titleDot {
				// Outside a run of names most punctuation changes
				// nothing, and digits only end a sentence start (see the
				// switch below).
				switch nameIdleClass[c] {
				case nameIdleNoop:
					i++
					continue
				case nameIdleDigit:
					sent = false
					i++
					continue
				}
			}
			if c >= 'a' && c <= 'z' {
				// Most words are plain lower-case ASCII: skip them here
				// unless an apostrophe, a hyphen or a non-ASCII letter
				// continues the word (nameWordEndOdd decides those).
				j := nameLettersEnd(src, i+1, e)
				if j >= e || src[j] != '\'' && src[j] != '-' && src[j] < utf8.RuneSelf {
					spaces = 0
					titleDot = false
					// Only particles keep a run open.
					if run >= 0 && !nameIsParticle(src[i:j]) {
						run = -1
					}
					sent = false
					i = j
					continue
				}
			}
			var r rune
			var sz int
			var letter bool
			if c < utf8.RuneSelf {
				r, sz, letter = rune(c), 1, c|0x20 >= 'a' && c|0x20 <= 'z'
			} else {
				r, sz = utf8.DecodeRune(src[i:e])
				letter = unicode.IsLetter(r)
			}
			if letter {
				// Most words are ASCII letters up to a space or
				// punctuation: measure them here; others go through
				// nameWordEndOdd.
				j := nameLettersEnd(src, i+1, e)
				odd, wide := false, c >= utf8.RuneSelf
				if wide || j < e && (src[j] == '\'' || src[j] == '-' || src[j] >= utf8.RuneSelf) {
					j, odd, wide = nameWordEndOdd(src, i, e)
				}
				spaces = 0
				titleDot = false
				if !odd && !(r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)) {
					// An ordinary lower-case word: only particles keep a run open.
					if run < 0 || !nameIsParticle(src[i:j]) {
						run = -1
					}
					sent = false
					i = j
					continue
				}
				// d.InNonProse(i), following the ranges as i moves on.
				for npAt < len(np) && np[npAt].End <= i {
					npAt++
				}
				if npAt < len(np) && np[npAt].Start <= i {
					i, run, sent = j, -1, false
					continue
				}
				we := j
				possessive := false
				if k := j - 2; k > i && src[k] == '\'' && src[k+1] == 's' {
					we, possessive = k, true
				} else if k := j - 4; k > i && src[k] == 0xE2 && src[k+1] == 0x80 && src[k+2] == 0x99 && src[k+3] == 's' {
					we, possessive = k, true
				}
				w := word(src[i:we])
				// Only words with an apostrophe or a non-ASCII byte (or
				// one just after them) can be contractions or mojibake.
				if (odd || wide || j < e && src[j] >= utf8.RuneSelf) && (w.contraction || nameMojibake(w.text, src[j:e])) {
					i, run, sent = j, -1, false
					continue
				}
				switch {
				case we-i <= 4 && utf8.RuneCount(src[i:we]) == 1 && unicode.IsUpper(r) && j < e && src[j] == '.':
					toks = append(toks, nameTok{nameWord: w, start: int32(i), end: int32(we), local: w.local, sentStart: sent, initial: true, prev: run, next: -1})
					if run >= 0 {
						toks[run].next = int32(len(toks) - 1)
					}
					run = int32(len(toks) - 1)
					titleDot = true
					sent = false
				case w.capitalised:
					toks = append(toks, nameTok{nameWord: w, start: int32(i), end: int32(we), local: w.local, sentStart: sent, prev: run, next: -1})
					if run >= 0 {
						toks[run].next = int32(len(toks) - 1)
					}
					run = int32(len(toks) - 1)
					titleDot = w.titleAbbrev
					sent = false
					if possessive {
						run = -1
					}
				case run >= 0 && w.particle:
					// a particle keeps the run open
				default:
					run = -1
					sent = false
				}
				i = j
				continue
			}
			switch {
			case r == ' ' || r == '\u00a0':
				spaces++
				if spaces > 1 {
					run = -1
				}
			case r == '.':
				if !titleDot {
					sent = true
					run = -1
				}
				titleDot = false
			case r == '!' || r == '?' || r == ':' || r == '…':
				sent, run, titleDot = true, -1, false
			case r == '*' || r == '_':
				// emphasis markers do not break a run
			default:
				run, titleDot = -1, false
				if unicode.IsDigit(r) {
					sent = false
				}
			}
			i += sz
		}
	}
	// The result is kept with the document: copy it out at its size and
	// keep the (larger) buffer for the next document.
	out := make([]nameTok, len(toks))
	copy(out, toks)
	if cap(toks) <= namesTokBufMax {
		intern.toks = toks
	}
	return out, words
}

// nameWordEnd returns the end of the word starting at i: letters and marks,
// with inner apostrophes and hyphens followed by a letter.
func nameWordEnd(src []byte, i, e int) int {
	j, _, _ := nameWordEndOdd(src, i, e)
	return j
}

// nameIsParticle reports the particles that continue a run of
// capitalised words inside a name ("Ludwig van Beethoven", "Osama bin
// Laden"). A switch, not a map: every short lower-case word after a name
// asks, and the bytes need no hashing.
func nameIsParticle[T string | []byte](w T) bool {
	if len(w) > 3 {
		return false
	}
	switch string(w) {
	case "von", "van", "der", "den", "de", "da", "di", "du", "del", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "zu", "ben":
		return true
	}
	return false
}

// namesTitleAbbrevMaxLen is the length of the longest title abbreviation.
var namesTitleAbbrevMaxLen = func() int {
	n := 0
	for w := range namesTitleAbbrevs {
		n = max(n, len(w))
	}
	return n
}()

// nameIsTitleAbbrev reports a title abbreviation ("Dr"), checking the
// length before the map.
func nameIsTitleAbbrev(w string) bool {
	return len(w) <= namesTitleAbbrevMaxLen && namesTitleAbbrevs[w]
}

// nameWordEndOdd is nameWordEnd that also reports whether the word holds
// a hyphen, an apostrophe or the byte 0xE2 (which starts ’), and whether
// it holds a byte other than ASCII.
func nameWordEndOdd(src []byte, i, e int) (end int, odd, wide bool) {
	for i < e {
		// A run of ASCII letters.
		if i = nameLettersEnd(src, i, e); i >= e {
			break
		}
		c := src[i]
		if c < utf8.RuneSelf {
			if (c == '\'' || c == '-') && i+1 < e && nameLetterAt(src, i+1, e) {
				odd = true
				i++
				continue
			}
			break
		}
		r, sz := utf8.DecodeRune(src[i:e])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			if c == 0xE2 {
				odd = true
			}
			wide = true
			i += sz
			continue
		}
		if r == '’' && i+sz < e && nameLetterAt(src, i+sz, e) {
			odd, wide = true, true
			i += sz
			continue
		}
		break
	}
	return i, odd, wide
}

// Classes of nameIdleClass.
const (
	nameIdleOther = iota // letters, sentence ends and non-ASCII bytes
	nameIdleNoop         // no effect outside a run of names
	nameIdleDigit        // a digit: no sentence start after it
)

// nameIdleClass classifies the ASCII bytes by what they do to the state
// of scanNameTokens outside a run of names (run < 0, no title period
// pending): spaces and most punctuation change nothing there.
var nameIdleClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c|0x20 >= 'a' && c|0x20 <= 'z', c == '.', c == '!', c == '?', c == ':':
		case c >= '0' && c <= '9':
			t[c] = nameIdleDigit
		default:
			t[c] = nameIdleNoop
		}
	}
	return t
}()

// nameIdleStop marks the bytes that can change the state of
// scanNameTokens outside a run of names once a sentence has started: the
// capitals, the non-ASCII bytes, the sentence ends and the apostrophe and
// hyphen (which may continue a word into a name such as "al-X").
var nameIdleStop = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf || strings.IndexByte(".!?:'-", byte(c)) >= 0
	}
	return t
}()

// nameIdlePunct reports whether the character E2 80 src[k] is one that
// changes nothing outside a run of names: ‘ “ ” – — and a ’ that no
// letter follows.
func nameIdlePunct(src []byte, k, e int) bool {
	switch src[k] {
	case 0x98, 0x9C, 0x9D, 0x93, 0x94:
		return true
	case 0x99:
		return k+1 == e || src[k+1] < utf8.RuneSelf && !nameASCIILetter[src[k+1]]
	}
	return false
}

// nameLettersEnd returns the end of the run of ASCII letters of src that
// starts at i, looking no further than e.
func nameLettersEnd(src []byte, i, e int) int {
	for i < e && nameASCIILetter[src[i]] {
		i++
	}
	return i
}

// nameASCIILetter marks the bytes of the ASCII letters.
var nameASCIILetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = true, true
	}
	return t
}()

// nameLetterAt reports a letter starting at src[i] (i < e).
func nameLetterAt(src []byte, i, e int) bool {
	if c := src[i]; c < utf8.RuneSelf {
		return c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	r, _ := utf8.DecodeRune(src[i:e])
	return unicode.IsLetter(r)
}

// nameWord is one distinct word of the text with what the names rules
// ask of it. The answers depend only on the word and the built-in
// gazetteer, so they are computed once, when the word is first interned,
// and never change after (tokens of several documents share a nameWord).
type nameWord struct {
	text, fold string
	info       nameTokInfo  // what the built-in gazetteer knows of fold
	persons    []namePerson // built-in gazetteer people with this surname
	aliases    []int        // built-in entity ids fold spells
	mask       uint32       // nameLetterMask(fold)
	skel       string       // nameSkeletonOf(text, fold), for words that can be forms

	capitalised bool // nameIsCapitalised(text)
	titleAbbrev bool // nameIsTitleAbbrev(text)
	particle    bool // a name particle (nameIsParticle)
	titleWord   bool // a title before a surname (namesTitleWords)
	contraction bool // nameIsContraction(text)
	word        bool // the built-in isWord(fold)
	noForm      bool // never a form for the variant rule (short, a doctrine, a month...)

	// scan and local number the word in the document being scanned
	// (scan is the table's count of scans then). Only the goroutine
	// that holds the table reads or writes them.
	scan  uint64
	local int32

	// nearCache holds the built-in surnameNear(fold) once a rule has
	// asked: few words need it, and those are asked again and again.
	// Several goroutines may ask at once, hence the atomic.
	nearCache atomic.Pointer[[]string]
	// candCache holds surnameCands once asked (as nearCache).
	candCache atomic.Pointer[[]nameSurnameCand]
	// fulls lists the built-in full names with this surname (for words
	// with persons): their given names and entities.
	fulls []nameFull
}

// nameFull is a built-in full name "given surname" of a surname word:
// the folded given name and the entity.
type nameFull struct {
	given  string
	entity int
}

// near returns the built-in gazetteer's surnames near the word's fold
// (surnameNear); the slice is shared and must not be modified.
func (w *nameWord) near(g *nameGazetteer) []string {
	if p := w.nearCache.Load(); p != nil {
		return *p
	}
	// Clipped, so that a caller's append copies.
	ns := slices.Clip(g.surnameNear(w.fold))
	w.nearCache.Store(&ns)
	return ns
}

// nameInternTable maps the words scanNameTokens has met to their
// nameWord, so repeated words allocate and look up nothing. It is an
// open-addressing table keyed by a hash of the word's bytes: a lookup
// costs one hash of a few words of eight bytes and one comparison,
// where a map of strings hashed byte by byte cost a third of the scan.
type nameInternTable struct {
	slots []nameInternSlot // a power of two, at most half full
	n     int              // words in slots
	chunk []nameWord       // nameWords are allocated in chunks
	toks  []nameTok        // token buffer reused between documents
	scan  uint64           // documents scanned with the table
}

// nameInternSlot is one slot of nameInternTable; hash 0 marks it empty.
type nameInternSlot struct {
	hash uint64
	w    *nameWord
}

// namesInternMax bounds an interning table; a larger one is emptied.
const namesInternMax = 1 << 15

// namesTokBufMax bounds the token buffer kept between documents.
const namesTokBufMax = 1 << 16

var namesInternPool = sync.Pool{New: func() any {
	return &nameInternTable{slots: make([]nameInternSlot, 1<<12)}
}}

// nameInternHash hashes a word eight bytes at a time; never 0.
func nameInternHash(b []byte) uint64 {
	const m1, m2 = 0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9
	h := uint64(len(b)) * m1
	for len(b) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(b)) * m2
		h ^= h >> 29
		b = b[8:]
	}
	if n := len(b); n > 0 {
		var x uint64
		if cap(b) >= 8 {
			// The word is part of a longer text: read eight bytes and
			// keep the word's.
			x = binary.LittleEndian.Uint64(b[:8]) & (1<<(8*n) - 1)
		} else {
			for k := n - 1; k >= 0; k-- {
				x = x<<8 | uint64(b[k])
			}
		}
		h = (h ^ x) * m2
	}
	h ^= h >> 32
	return h | 1
}

// find returns the word with bytes b and hash h, or nil.
func (t *nameInternTable) find(b []byte, h uint64) *nameWord {
	mask := len(t.slots) - 1
	for i := int(h>>32) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.hash == 0 {
			return nil
		}
		if s.hash == h && s.w.text == string(b) {
			return s.w
		}
	}
}

// add inserts w (not in the table) with hash h, growing the table to
// keep it at most half full.
func (t *nameInternTable) add(w *nameWord, h uint64) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]nameInternSlot, 2*len(old))
		for _, s := range old {
			if s.hash != 0 {
				t.put(s)
			}
		}
	}
	t.put(nameInternSlot{h, w})
	t.n++
}

func (t *nameInternTable) put(s nameInternSlot) {
	mask := len(t.slots) - 1
	i := int(s.hash>>32) & mask
	for t.slots[i].hash != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

// newWord makes the nameWord of text, answering its questions up front.
func (t *nameInternTable) newWord(g *nameGazetteer, text string) *nameWord {
	if len(t.chunk) == cap(t.chunk) {
		t.chunk = make([]nameWord, 0, 64)
	}
	t.chunk = t.chunk[:len(t.chunk)+1]
	w := &t.chunk[len(t.chunk)-1]
	f := nameFold(text)
	*w = nameWord{
		text:        text,
		fold:        f,
		info:        g.info(f),
		persons:     g.persons[f],
		aliases:     g.aliasOf[f],
		mask:        nameLetterMask(f),
		capitalised: nameIsCapitalised(text),
		titleAbbrev: nameIsTitleAbbrev(text),
		particle:    nameIsParticle(text),
		titleWord:   namesTitleWords[text],
		contraction: nameIsContraction(text),
		word:        g.isWord(f),
		noForm: len(f) < 4 || utf8.RuneCountInString(text) < 4 || nameDoctrine(f) ||
			len(f) <= namesCommonCapsMaxLen && namesCommonCaps[f],
	}
	if !w.noForm {
		w.skel = nameSkeletonOf(text, f)
	}
	w.fulls = nameFullsOf(g, f, w.persons)
	return w
}

// nameFullsOf lists the full names of g with surname f, whose people are
// ps: each full name's given name is the given name of one of them.
func nameFullsOf(g *nameGazetteer, f string, ps []namePerson) []nameFull {
	var out []nameFull
	for _, p := range ps {
		if slices.ContainsFunc(out, func(x nameFull) bool { return x.given == p.given }) {
			continue
		}
		if id, ok := g.full[p.given+" "+f]; ok {
			out = append(out, nameFull{given: p.given, entity: id})
		}
	}
	return out
}

// nameIsCapitalised reports a word written as a name: an upper-case first
// letter and lower-case letters after it ("Smith", "McX", "O'X"), or a
// lower-case article prefix before one ("al-X").
func nameIsCapitalised(w string) bool {
	r, sz := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "bin-", "ibn-", "ul-", "d'", "d’"} {
			if len(w) > len(p)+1 && w[:len(p)] == p {
				r2, _ := utf8.DecodeRuneInString(w[len(p):])
				return unicode.IsUpper(r2) && nameHasLower(w[len(p):])
			}
		}
		return false
	}
	return nameHasLower(w[sz:])
}

func nameHasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// namesAnalysis is the shared result of the name rules over one document.
type namesAnalysis struct {
	toks    []nameTok
	words   int // distinct words of toks (nameTok.local is below it)
	miss    []nameMiss
	claimed map[int]bool // token starts reported as misspelt known names
}

// namesAnalysisKey keys the analysis in the document's memo: the two name
// rules of one file share it, and it depends on the project's names.
type namesAnalysisKey struct{ dict *Dictionaries }

func analyzeNames(d *article.Doc, dict *Dictionaries) *namesAnalysis {
	return d.Memo(namesAnalysisKey{dict}, func() any { return buildNamesAnalysis(d, dict) }).(*namesAnalysis)
}

func buildNamesAnalysis(d *article.Doc, dict *Dictionaries) *namesAnalysis {
	a := &namesAnalysis{claimed: map[int]bool{}}
	a.toks, a.words = scanNameTokens(d)
	a.miss = findMisspelledNames(d, a.toks, namesFor(dict))
	for _, m := range a.miss {
		for _, t := range m.toks {
			a.claimed[int(a.toks[t].start)] = true
		}
	}
	return a
}

// nameIsContraction reports "We'd", "I’ve", "Don't": an apostrophe and a
// short lower-case ending, never a name.
func nameIsContraction(w string) bool {
	k := strings.LastIndexAny(w, "'’")
	if k < 0 {
		return false
	}
	tail := w[k:]
	tail = strings.TrimLeft(tail, "'’")
	switch tail {
	case "d", "ll", "ve", "re", "t", "m", "s":
		return true
	}
	return false
}

// nameLinkOnlyLine reports a line that is nothing but one Markdown link
// (a list of bookmarks or references): its text is the title of another
// page, not the article's own prose.
func nameLinkOnlyLine(line []byte) bool {
	t := bytes.TrimSpace(line)
	for _, m := range [][]byte{[]byte("- "), []byte("* "), []byte("+ ")} {
		if bytes.HasPrefix(t, m) {
			t = bytes.TrimSpace(t[len(m):])
			break
		}
	}
	return len(t) > 4 && t[0] == '[' && t[len(t)-1] == ')' && bytes.Count(t, []byte("](")) == 1
}

// nameMojibake reports a word damaged by a wrong character decoding
// ("Xâ€™s", "Ã©X"): the encoding rules report it, and its letters
// are not a spelling.
func nameMojibake(w string, after []byte) bool {
	if strings.ContainsAny(w, "ÃÂ") || strings.HasSuffix(w, "â") {
		return true
	}
	r, _ := utf8.DecodeRune(after)
	return r == '€' || r == '™' || r >= 0x80 && r <= 0x9f
}
