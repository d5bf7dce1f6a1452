package rules

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// Duplicate detection of the structure family.

// stDupMinFix is the length (visible characters) from which an exact
// duplicate is removed by the safe fix; trafilatura's MIN_DUPLICATE_LENGTH.
const stDupMinFix = 50

// stDupMinReport is the shortest duplicate reported at all: short lines
// ("ends", "###", "Photo: AP", a refrain) legitimately repeat.
const stDupMinReport = 40

var stSeed = maphash.MakeSeed()

// stUnit is a paragraph (or, in plain text, a line) compared as a whole.
type stUnit struct {
	first, last int
	key         []byte
}

// stUnits returns the body's paragraphs that are eligible for duplicate
// detection: prose or quoted paragraphs (not lists, tables, headings or
// code), keyed by their trimmed source bytes.
func stUnits(d *article.Doc) []stUnit {
	return stKeepProse(d, stRawUnits(d, nil))
}

// stRawUnits appends the body's paragraphs that are long enough to compare
// to out, before their kind is looked at.
func stRawUnits(d *article.Doc, out []stUnit) []stUnit {
	n := d.LineCount()
	for ln := d.FirstBodyLine(); ln < n; ln++ {
		if d.IsBlankLine(ln) {
			continue
		}
		first, last := ln, ln
		if d.Format == article.Markdown {
			// The rest of the paragraph (stParagraph, whose first line
			// is ln here).
			for last+1 < n && !d.IsBlankLine(last+1) {
				last++
			}
		}
		ln = last
		var key []byte
		if first == last {
			key = bytes.TrimSpace(d.LineText(first))
		} else {
			s, _, _ := d.Line(first)
			_, e, _ := d.Line(last)
			key = bytes.TrimSpace(d.Src[s:e])
		}
		if len(key) < stDupMinReport {
			continue
		}
		out = append(out, stUnit{first, last, key})
	}
	return out
}

// stKeepProse keeps the units that are prose or quotes, in place.
func stKeepProse(d *article.Doc, us []stUnit) []stUnit {
	out := us[:0]
	for _, u := range us {
		if k := stKind(d, u.first); k == stProse || k == stQuote {
			out = append(out, u)
		}
	}
	return out
}

// stUnitText is the visible text of a unit.
func stUnitText(d *article.Doc, u stUnit) string {
	if u.first == u.last {
		return d.VisibleLine(u.first)
	}
	parts := make([]string, 0, u.last-u.first+1)
	for ln := u.first; ln <= u.last; ln++ {
		parts = append(parts, d.VisibleLine(ln))
	}
	return strings.Join(parts, " ")
}

func checkDuplicateParagraphs(ctx *Context) {
	d := ctx.Doc
	var arr [64]stUnit
	units := stDupCandidates(d, stRawUnits(d, arr[:0]))
	if len(units) < 2 {
		return
	}
	seen := make(map[uint64]int, len(units))
	// Copies that differ only in markup ("<p>X</p>" and "X", "**X**"
	// and "X") are found by their visible text and only reported.
	seenText := make(map[uint64]int, len(units))
	var buf []byte
	for i, u := range units {
		// The key as compared: with its white space collapsed, which most
		// keys need not be.
		collapse, plain := stScanKey(u.key)
		ck := u.key
		if collapse {
			buf = stAppendCollapsed(buf[:0], u.key)
			ck = buf
		}
		h := maphash.Bytes(stSeed, ck)
		j, ok := seen[h]
		if !ok || !stEqualCollapsed(units[j].key, u.key) {
			if !ok {
				seen[h] = i
			}
			// The visible text is hashed as built in buf (for plain text
			// it is the collapsed source); the strings are made only for a
			// candidate copy.
			hn, vlen := h, len(ck)
			if !plain {
				buf = stAppendUnitText(buf[:0], d, u)
				hn, vlen = maphash.Bytes(stSeed, buf), len(buf)
			}
			k, dup := seenText[hn]
			if !dup {
				seenText[hn] = i
				continue
			}
			if vlen < stDupMinFix {
				continue
			}
			n := stUnitText(d, u)
			if stUnitText(d, units[k]) == n && stWords(n) >= 7 && !stDataLike(n) {
				fs, _, _ := d.Line(units[k].first)
				s, _, _ := d.Line(u.first)
				_, e, _ := d.Line(u.last)
				msg := fmt.Sprintf("paragraph repeats the text of line %d (with different markup): %q", units[k].first+1, stClip(stUnitText(d, u), 60))
				ctx.Report(s, e, msg, nil, Related{Offset: fs, Message: "first copy"})
			}
			continue
		}
		first := units[j]
		v := stUnitText(d, u)
		if len([]rune(v)) < stDupMinReport || stWords(v) < 7 || stDataLike(v) || stVerse(d, u) {
			continue
		}
		fs, _, _ := d.Line(first.first)
		s, _, _ := d.Line(u.first)
		_, e, _ := d.Line(u.last)
		msg := fmt.Sprintf("paragraph repeats line %d word for word: %q", first.first+1, stClip(v, 60))
		var fix *Fix
		if len([]rune(v)) >= stDupMinFix && (d.Format == article.Text || stStandaloneUnit(d, u) || stWholeElement(u.key)) {
			fix = &Fix{Safety: Safe, Description: "delete the second copy", Edits: []article.Edit{d.DeleteLines(u.first, u.last)}}
		}
		ctx.Report(s, e, msg, fix, Related{Offset: fs, Message: "first copy"})
	}
}

// Most paragraphs have no copy. Before their kind is classified and their
// bytes are scanned and hashed, each gets two cheap signatures: the start
// and end of its key with white space collapsed, which an exact copy
// shares, and the start and last word of its visible text, which a copy
// in other markup shares. Only paragraphs that share a signature with
// another are compared; the others cannot match any paragraph.

// stSigHead is how many bytes of a paragraph's start a signature holds,
// stSigTail how many of its end.
const (
	stSigHead = 16
	stSigTail = 8
)

// stSigIndexBits is the low bits of a signature that hold its unit's
// index in the table of stDupCandidates.
const stSigIndexBits = 20

// stDupCandidates keeps the prose and quote units of us that share a
// signature with another unit, in their order.
func stDupCandidates(d *article.Doc, us []stUnit) []stUnit {
	if len(us) < 2 {
		return nil
	}
	if len(us) >= 1<<stSigIndexBits {
		return stKeepProse(d, us)
	}
	// An open-addressing table of the signatures, at most a quarter full.
	const idx = 1<<stSigIndexBits - 1
	var tarr [256]uint64
	table := tarr[:]
	if 4*len(us) > len(tarr) {
		table = make([]uint64, 1<<bits.Len(uint(8*len(us))))
	}
	mask := uint64(len(table) - 1)
	var carr [64]bool
	cand := carr[:]
	if len(us) > len(carr) {
		cand = make([]bool, len(us))
	}
	found := 0
	add := func(sig uint64, i int) {
		// The index replaces the low bits; bit 62 keeps an entry non-zero.
		e := sig&^idx | 1<<62 | uint64(i)
		for h := sig >> 32 & mask; ; h = (h + 1) & mask {
			switch t := table[h]; {
			case t == 0:
				table[h] = e
				return
			case t&^idx == e&^idx:
				for _, j := range [2]uint64{t & idx, uint64(i)} {
					if !cand[j] {
						cand[j] = true
						found++
					}
				}
				return
			}
		}
	}
	var buf []byte
	for i, u := range us {
		add(stKeySig(u.key)&^(1<<63), i)
		add(stTextSig(d, u, &buf)|1<<63, i)
	}
	if found < 2 {
		return nil
	}
	out := make([]stUnit, 0, found)
	for i, u := range us {
		if cand[i] {
			out = append(out, u)
		}
	}
	return stKeepProse(d, out)
}

// stTextSig is the signature of the visible text of a unit (stUnitText):
// its first stSigHead bytes and the last stSigTail bytes of its last word.
// Both are read from the source where it shows them as they are, and
// taken from the visible text of the line otherwise. buf is scratch.
func stTextSig(d *article.Doc, u stUnit, buf *[]byte) uint64 {
	var p [stSigHead]byte
	n, ok := stPlainHead(d.LineText(u.first), &p)
	b := *buf
	b = b[:0]
	if !ok {
		b = stAppendVisible(b, d, u.first)
		if len(b) < stSigHead && u.first != u.last {
			b = stAppendUnitText(b[:0], d, u)
		}
		n = copy(p[:], b)
	}
	var t [stSigTail]byte
	m, ok := stPlainTail(d.LineText(u.last), &t)
	if !ok {
		if u.first != u.last || len(b) == 0 {
			b = stAppendVisible(b[:0], d, u.last)
		}
		w := b[bytes.LastIndexByte(b, ' ')+1:]
		w = w[max(0, len(w)-stSigTail):]
		m = copy(t[stSigTail-len(w):], w)
	}
	*buf = b
	return stSigMix(p[:], n, binary.LittleEndian.Uint64(t[:])^uint64(m)<<56)
}

// stPlainTail copies to the end of t the last stSigTail bytes of the last
// word of the visible text of line (all of it if shorter), when
// stPlainLastWord finds that word. ok is false when unsure.
func stPlainTail(line []byte, t *[stSigTail]byte) (m int, ok bool) {
	w, ok := stPlainLastWord(line)
	if !ok {
		return 0, false
	}
	w = w[max(0, len(w)-stSigTail):]
	return copy(t[stSigTail-len(w):], w), true
}

// stPlainLastWord returns the last word of the visible text of line
// (d.VisibleLine), when the line shows that word as it is: a word of
// letters, digits, non-ASCII characters and a few punctuation marks, at
// the end of the line after spaces or tabs. No tag, link, emphasis or
// entity of article.Visible can reach into such a word, and no marker it
// trims is in it. ok is false when unsure.
func stPlainLastWord(line []byte) (w []byte, ok bool) {
	e := len(line)
	for e > 0 && (line[e-1] == ' ' || line[e-1] == '\t') {
		e--
	}
	i := e - 1
	for ; i >= 0; i-- {
		c := line[i]
		if c == ' ' || c == '\t' {
			break
		}
		if c >= utf8.RuneSelf {
			if stClass[c]&stClsLead != 0 {
				if r, _ := utf8.DecodeRune(line[i:]); unicode.IsSpace(r) {
					return nil, false
				}
			}
			continue
		}
		if !stTailByte[c] {
			return nil, false
		}
	}
	w = line[i+1 : e]
	return w, len(w) > 0
}

// stHeadBad marks the bytes that the fast path of stPlainHead does not
// take: all but printable ASCII, and those article.Visible may act on.
var stHeadBad = func() (t [256]uint8) {
	for c := range 256 {
		if c < ' ' || c >= 0x7F || c == '!' || stClass[c]&stClsMarkup != 0 {
			t[c] = 1
		}
	}
	return t
}()

// stTailByte is the ASCII bytes stPlainLastWord accepts in a word.
var stTailByte = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for _, c := range ".,?\"':%$/@" {
		t[c] = true
	}
	return t
}()

// stKeySig is the signature of a key as compared: its first stSigHead
// and last stSigTail bytes with runs of white space made one space, as
// stAppendCollapsed does. key starts and ends with other bytes.
func stKeySig(key []byte) uint64 {
	if len(key) >= stSigHead {
		// Most keys start and end with words and single spaces, which
		// collapsing leaves as they are.
		a := binary.LittleEndian.Uint64(key)
		b := binary.LittleEndian.Uint64(key[8:])
		t := binary.LittleEndian.Uint64(key[len(key)-8:])
		if stSingleSpaced(a) && stSingleSpaced(b) && stSingleSpaced(t) && !(key[7] == ' ' && key[8] == ' ') {
			// The slow path below stores the tail last byte first.
			return stSigMix(key[:stSigHead], stSigHead, bits.ReverseBytes64(t)^stSigTail<<56)
		}
	}
	var h [stSigHead]byte
	n, space := 0, false
	for i := 0; i < len(key) && n < len(h); i++ {
		c := key[i]
		if stClass[c]&stClsSpace != 0 {
			space = true
			continue
		}
		if space {
			h[n] = ' '
			n++
			space = false
			if n == len(h) {
				break
			}
		}
		h[n] = c
		n++
	}
	var t [stSigTail]byte
	m := 0
	space = false
	for i := len(key) - 1; i >= 0 && m < len(t); i-- {
		c := key[i]
		if stClass[c]&stClsSpace != 0 {
			space = true
			continue
		}
		if space {
			t[m] = ' '
			m++
			space = false
			if m == len(t) {
				break
			}
		}
		t[m] = c
		m++
	}
	return stSigMix(h[:], n, binary.LittleEndian.Uint64(t[:])^uint64(m)<<56)
}

// stSingleSpaced reports whether the 8 bytes of x (little-endian) hold no
// byte below ' ' and no two spaces in a row.
func stSingleSpaced(x uint64) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	ctl := (x - ' '*lo) &^ x & hi
	// y is zero in the bytes that are spaces, z in those followed by
	// another space (the last byte is not looked at).
	y := x ^ ' '*lo
	z := y | y>>8 | 0xFF<<56
	return ctl|(z-lo)&^z&hi == 0
}

// stSigMix hashes the first n bytes of p (zero after them) with x.
func stSigMix(p []byte, n int, x uint64) uint64 {
	a := binary.LittleEndian.Uint64(p[0:8])
	b := binary.LittleEndian.Uint64(p[8:16])
	h := (a ^ uint64(n)<<58) * 0x9E3779B97F4A7C15
	h = (h ^ h>>29 ^ b) * 0xBF58476D1CE4E5B9
	h = (h ^ h>>31 ^ x) * 0x94D049BB133111EB
	return h ^ h>>32
}

// stPlainHead copies to p the first stSigHead bytes of the visible text of
// line (d.VisibleLine) when the line shows them as they are: after spaces
// and tabs, no marker that article.Visible trims, and up to there no byte
// that it acts on (markup, '!', entities) and no white space but spaces and
// tabs, which it collapses. ok is false when unsure.
func stPlainHead(line []byte, p *[stSigHead]byte) (n int, ok bool) {
	if len(line) >= stSigHead && !stLeadMarker(line[0]) {
		// Most lines start with ASCII words and single spaces.
		var bad uint8
		for _, c := range line[:stSigHead] {
			bad |= stHeadBad[c]
		}
		if bad == 0 && line[0] != ' ' && stSingleSpaced(binary.LittleEndian.Uint64(line)) &&
			stSingleSpaced(binary.LittleEndian.Uint64(line[8:])) && !(line[7] == ' ' && line[8] == ' ') {
			return copy(p[:], line), true
		}
	}
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i == len(line) || stLeadMarker(line[i]) {
		return 0, false
	}
	space := false
	for ; i < len(line); i++ {
		c := line[i]
		switch cl := stClass[c]; {
		case c == ' ' || c == '\t':
			space = true
			continue
		case c < ' ' || c == '!' || cl&stClsMarkup != 0:
			return 0, false
		case cl&stClsLead != 0:
			if r, _ := utf8.DecodeRune(line[i:]); unicode.IsSpace(r) {
				return 0, false
			}
		}
		if space {
			p[n] = ' '
			n++
			space = false
			if n == len(p) {
				return n, true
			}
		}
		p[n] = c
		n++
		if n == len(p) {
			return n, true
		}
	}
	return 0, false
}

// stStandaloneUnit reports whether a unit is a whole paragraph.
func stStandaloneUnit(d *article.Doc, u stUnit) bool {
	return stBlankOrEdge(d, u.first-1) && stBlankOrEdge(d, u.last+1)
}

// stDataLike reports lines of data rather than prose (JSON members, CSV
// rows, key/value dumps): repeated values there are not duplicated text.
func stDataLike(v string) bool {
	t := strings.TrimLeft(strings.TrimSpace(v), "[{ ")
	if strings.HasPrefix(t, "\"") {
		if i := strings.Index(t, "\":"); i > 0 && i < 40 {
			return true
		}
	}
	return strings.Count(t, ",") > 6 && strings.Count(t, " ") < strings.Count(t, ",")+2
}

// Pull quotes: a short quoted or emphasised paragraph whose whole text
// stands word for word inside a longer paragraph.

const stPassageMaxCandidates = 300

func checkPullQuotes(ctx *Context) {
	d := ctx.Doc
	if !stMayHoldPullQuote(d) {
		return
	}
	units := stUnits(d)
	if len(units) < 2 {
		return
	}
	// The normalised text of the pull quotes first: without one long
	// enough to compare there is nothing to look for.
	norms := make([]string, len(units))
	shape := make([]bool, len(units))
	var buf []byte
	candidate := false
	for i, u := range units {
		if shape[i] = stPullQuoteShape(d, u); shape[i] {
			buf = stAppendUnitText(buf[:0], d, u)
			norms[i] = stNorm(string(buf))
			candidate = candidate || stPullQuoteCandidate(norms[i])
		}
	}
	if !candidate {
		return
	}
	// The body as normalised text, one paragraph a line, with offsets.
	var all strings.Builder
	starts := make([]int, len(units))
	for i, u := range units {
		if !shape[i] {
			buf = stAppendUnitText(buf[:0], d, u)
			norms[i] = stNorm(string(buf))
		}
		starts[i] = all.Len()
		all.WriteString(" ")
		all.WriteString(norms[i])
		all.WriteString(" \n")
	}
	text := all.String()
	owner := func(off int) int {
		lo, hi := 0, len(starts)-1
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if starts[mid] <= off {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		return lo
	}
	tried := 0
	for i, u := range units {
		if !shape[i] {
			continue
		}
		n := norms[i]
		if !stPullQuoteCandidate(n) {
			continue
		}
		if tried++; tried > stPassageMaxCandidates {
			return
		}
		pat := " " + n + " "
		for off := 0; off < len(text); {
			k := strings.Index(text[off:], pat)
			if k < 0 {
				break
			}
			at := off + k
			off = at + 1
			j := owner(at)
			if j == i || len(norms[j]) < len(n)+15 {
				continue
			}
			s, _, _ := d.Line(u.first)
			_, e, _ := d.Line(u.last)
			js, _, _ := d.Line(units[j].first)
			msg := fmt.Sprintf("pull quote repeats a passage of line %d word for word: %q", units[j].first+1, stClip(stUnitText(d, u), 60))
			fix := &Fix{Safety: Unsafe, Description: "delete the pull quote", Edits: []article.Edit{d.DeleteLines(u.first, u.last)}}
			ctx.Report(s, e, msg, fix, Related{Offset: js, Message: "the passage it repeats"})
			break
		}
	}
}

// stPullQuoteCandidate reports whether the normalised text of a pull
// quote is long enough to compare, and short enough.
func stPullQuoteCandidate(n string) bool {
	return len(n) >= stDupMinReport && len(n) <= 400 && strings.Count(n, " ") >= 6
}

// stMayHoldPullQuote reports whether a body line starts the way a pull
// quote's paragraph does (see stPullQuoteShape), before the paragraphs
// are worked out.
func stMayHoldPullQuote(d *article.Doc) bool {
	for ln := d.FirstBodyLine(); ln < d.LineCount(); ln++ {
		if t := bytes.TrimSpace(d.LineText(ln)); len(t) > 0 {
			switch t[0] {
			case '>', '<', '*', '_':
				return true
			}
		}
	}
	return false
}

// stPullQuoteShape reports whether a unit is set apart the way pull quotes
// are: a Markdown blockquote, a paragraph wholly in emphasis, or an HTML
// blockquote, aside or pull-quote element. Plain paragraphs are not: a
// body paragraph inside a longer flattened caption is the caption's fault.
func stPullQuoteShape(d *article.Doc, u stUnit) bool {
	if !stStandaloneUnit(d, u) && d.Format != article.Text && !stWholeElement(u.key) {
		return false
	}
	k := u.key
	if k[0] == '>' {
		return true
	}
	if k[0] == '<' {
		l := bytes.ToLower(k[:min(len(k), 80)])
		return bytes.HasPrefix(l, []byte("<blockquote")) || bytes.HasPrefix(l, []byte("<aside")) || bytes.Contains(l, []byte("pull"))
	}
	if u.first != u.last {
		return false
	}
	for _, m := range []string{"***", "**", "*", "___", "__", "_"} {
		if bytes.HasPrefix(k, []byte(m)) && bytes.HasSuffix(k, []byte(m)) && len(k) > 2*len(m) {
			return true
		}
	}
	return false
}

// stAppendCollapsed appends b with every run of white space in it made
// one space, so that re-wrapped or re-indented copies hash alike.
func stAppendCollapsed(dst, b []byte) []byte {
	space := false
	for i := 0; i < len(b); {
		if stClass[b[i]]&stClsSpace != 0 {
			space = true
			i++
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		// Copy the run up to the next white space at once.
		j := i + 1
		for j < len(b) && stClass[b[j]]&stClsSpace == 0 {
			j++
		}
		dst = append(dst, b[i:j]...)
		i = j
	}
	return dst
}

// stScanKey looks at the trimmed source of a unit. collapse reports that
// stAppendCollapsed would change it (it has white space other than single
// spaces). plain reports that the collapsed key is also the visible text
// of the unit (stUnitText): no line holds markup or starts with a marker
// that article.Visible acts on (see stAppendPlain), and no white space
// other than what stAppendCollapsed collapses.
func stScanKey(b []byte) (collapse, plain bool) {
	// One pass without branches gathers the byte classes and finds runs
	// of white space; keys with line breaks get the closer look of
	// stScanKeyLines.
	var all, runs, prev uint8
	for _, c := range b {
		cl := stClass[c]
		all |= cl
		sp := cl & stClsSpace
		runs |= prev & sp
		prev = sp
	}
	if all&stClsNL != 0 || len(b) == 0 || stClass[b[0]]&stClsSpace != 0 || prev != 0 {
		return stScanKeyLines(b)
	}
	collapse = runs != 0 || all&stClsTabCR != 0
	plain = all&(stClsVF|stClsMarkup) == 0 && !stLeadMarker(b[0]) && (all&stClsLead == 0 || !stHasUnicodeSpace(b))
	return collapse, plain
}

// stHasUnicodeSpace reports whether b holds a non-ASCII white space rune.
func stHasUnicodeSpace(b []byte) bool {
	for j, c := range b {
		if stClass[c]&stClsLead != 0 {
			if r, _ := utf8.DecodeRune(b[j:]); unicode.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// stScanKeyLines is stScanKey for any key.
func stScanKeyLines(b []byte) (collapse, plain bool) {
	// Visible trims a marker at the start of each line.
	plain = len(b) == 0 || !stLeadMarker(b[0])
	for j, c := range b {
		cl := stClass[c]
		if cl == 0 {
			continue
		}
		switch {
		case cl&stClsSpace != 0:
			if c != ' ' || j+1 == len(b) || stClass[b[j+1]]&stClsSpace != 0 {
				collapse = true
			}
			if c == '\n' {
				k := j + 1
				for k < len(b) && stClass[b[k]]&stClsSpace != 0 {
					k++
				}
				if k < len(b) && stLeadMarker(b[k]) {
					plain = false
				}
			}
		case cl&(stClsVF|stClsMarkup) != 0:
			plain = false
		case cl&stClsLead != 0:
			// The lead bytes of the non-ASCII white space runes.
			if r, _ := utf8.DecodeRune(b[j:]); unicode.IsSpace(r) {
				plain = false
			}
		}
	}
	return collapse, plain
}

// stAppendUnitText appends the visible text of a unit, as stUnitText
// returns it.
func stAppendUnitText(dst []byte, d *article.Doc, u stUnit) []byte {
	for ln := u.first; ln <= u.last; ln++ {
		if ln > u.first {
			dst = append(dst, ' ')
		}
		dst = stAppendVisible(dst, d, ln)
	}
	return dst
}

// stEqualCollapsed compares a and b with runs of white space equal.
func stEqualCollapsed(a, b []byte) bool {
	i, j := 0, 0
	for {
		si, sj := false, false
		for i < len(a) && (a[i] == ' ' || a[i] == '\t' || a[i] == '\r' || a[i] == '\n') {
			i++
			si = true
		}
		for j < len(b) && (b[j] == ' ' || b[j] == '\t' || b[j] == '\r' || b[j] == '\n') {
			j++
			sj = true
		}
		if si != sj {
			return false
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i++
		j++
	}
}

// stVerse reports whether a unit belongs to verse (a poem, lyrics with a
// refrain): a stanza of short lines, or in plain text a short line among
// short lines. Refrains repeat by design.
func stVerse(d *article.Doc, u stUnit) bool {
	const short = 64
	if u.first != u.last {
		n, caps := 0, 0
		for ln := u.first; ln <= u.last; ln++ {
			t := bytes.TrimSpace(d.LineText(ln))
			if len(t) > short {
				return false
			}
			n++
			if r, _ := utf8.DecodeRune(t); unicode.IsUpper(r) {
				caps++
			}
		}
		return n >= 3 && caps*2 >= n
	}
	if len(u.key) > short+8 {
		return false
	}
	ends := 0
	shortLine := func(ln int) bool {
		if ln < d.FirstBodyLine() || ln >= d.LineCount() || d.IsBlankLine(ln) {
			return false
		}
		t := bytes.TrimSpace(d.LineText(ln))
		if c := t[len(t)-1]; c == '.' || c == '!' || c == '?' {
			ends++
		}
		return len(t) <= short
	}
	// Verse lines seldom end in full stops; short prose sentences do.
	return shortLine(u.first-1) && shortLine(u.first) && shortLine(u.first+1) && ends <= 1
}
