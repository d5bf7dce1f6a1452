package rules

import (
	"bytes"
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// Verbless fragments: a short "sentence" with no verb that follows a
// complete sentence on the same line, the residue of a clause that a
// translation engine or spinner cut loose ("Close cooperation with
// interests."). Headings, captions, list items and one-line labels are
// never candidates because a candidate must follow a full sentence.

// verbLexicon holds every inflected form of the verbs in
// translation-verbs.txt (base forms; -s, -ed and -ing forms are derived;
// irregular pasts are listed). bases holds base and -s forms, which are
// often nouns too ("interests", "close") and need a closer look.
type verbLexicon struct {
	sure  map[string]bool
	bases map[string]bool
	// plain holds the base forms alone.
	plain map[string]bool
}

var verbs = sync.OnceValue(func() *verbLexicon {
	lx := &verbLexicon{sure: map[string]bool{}, bases: map[string]bool{}, plain: map[string]bool{}}
	for _, w := range strings.Fields("am is are was were be been being has have had having do does did will would shall should can could may might must ought cannot won't can't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't wouldn't shouldn't couldn't mustn't it's he's she's that's there's what's who's let's i'm you're we're they're i've you've we've they've i'll you'll he'll she'll we'll they'll i'd you'd he'd she'd we'd they'd") {
		lx.sure[w] = true
	}
	for _, l := range loadList("translation-verbs.txt") {
		f := strings.Fields(l)
		base := f[0]
		lx.bases[base] = true
		lx.plain[base] = true
		lx.bases[verbS(base)] = true
		if len(f) == 1 {
			lx.sure[verbEd(base)] = true
		}
		for _, form := range f[1:] {
			for _, v := range strings.Split(form, "/") {
				lx.sure[v] = true
			}
		}
	}
	return lx
})

func verbS(b string) string {
	switch {
	case strings.HasSuffix(b, "y") && len(b) > 2 && !strings.ContainsRune("aeiou", rune(b[len(b)-2])):
		return b[:len(b)-1] + "ies"
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "o"):
		return b + "es"
	}
	return b + "s"
}

func verbEd(b string) string {
	switch {
	case strings.HasSuffix(b, "e"):
		return b + "d"
	case strings.HasSuffix(b, "y") && len(b) > 2 && !strings.ContainsRune("aeiou", rune(b[len(b)-2])):
		return b[:len(b)-1] + "ied"
	}
	return b + "ed"
}

// determiners and prepositions: a word after them heads a noun phrase.
var npOpeners = trSet("the a an this that these those his her its their our my your no every each any some all both several many few more most other another such of with for in on at by from to into onto over under about between among against without within through during after before behind beyond across toward towards per via than as like")

// fragmentOpeners start deliberate stylistic fragments ("More on that
// later.", "Not so fast.", "Thanks to everyone."); they are left alone.
var fragmentOpeners = trSet("far not no more less same just only also so and but or even yes well thanks thank again hence plus now then perhaps maybe probably of lots much too very quite always never all some both either neither here there what why how who which when where whatever oh ah hello hi wow ok okay sure exactly indeed certainly absolutely definitely especially including except unlike like by via from with without for see photo image credit source read update updated note via courtesy pictured above below left right top bottom inset")

func checkVerblessFragments(ctx *Context) {
	d := ctx.Doc
	lx := verbs()
	sc := &fragScratch{}
	english := -1
	for ln := d.FirstBodyLine(); ln < d.LineCount(); ln++ {
		raw := d.LineText(ln)
		t := bytes.TrimLeft(raw, " \t")
		if len(t) < 40 || strings.IndexByte("#>-*+|", t[0]) >= 0 || t[0] >= '0' && t[0] <= '9' {
			continue
		}
		if bytes.HasPrefix(t, []byte("<h")) || bytes.HasPrefix(t, []byte("<li")) || bytes.HasPrefix(t, []byte("<fig")) || bytes.HasPrefix(t, []byte("<td")) || bytes.HasPrefix(t, []byte("<th")) {
			continue
		}
		if !bytes.Contains(t, []byte(". ")) {
			continue
		}
		// Lines without markup are split as they are (when their blanks
		// are single spaces) or after collapsing their white space; the
		// sentence checks below reject the lines without a fragment, so
		// only lines whose visible text costs more to make are screened
		// first with mayHoldFragment.
		// A visible line another rule made is taken as it is (and screened
		// below, as a line with markup is).
		v, cached := d.CachedVisibleLine(ln)
		plain, single := false, false
		if !cached && t[0] > ' ' && t[0] < 0x7f {
			plain, single = lineShape(t)
		}
		if plain && !single && !mayHoldFragment(t) {
			continue
		}
		switch {
		case cached:
			// Another rule made the visible text already.
		case single:
			// Visible would return t unchanged: slice it from one string
			// copy of the document instead.
			if !sc.haveSrc {
				sc.src, sc.haveSrc = string(d.Src), true
			}
			s, e, _ := d.Line(ln)
			v = sc.src[s+len(raw)-len(t) : e]
		case wrappedParagraph(t):
			// Visible would return the text between the tags: slice it
			// too, instead of building the visible line.
			if !sc.haveSrc {
				sc.src, sc.haveSrc = string(d.Src), true
			}
			s, e, _ := d.Line(ln)
			v = sc.src[s+len(raw)-len(t)+len("<p>") : e-len("</p>")]
		default:
			v = d.VisibleLine(ln)
		}
		if !plain && !mayHoldFragment(v) || lineInCode(d, ln) {
			continue
		}
		sents := splitSentencesInto(sc.sents[:0], v)
		sc.sents = sents
		for k := 0; k < len(sents); k++ {
			f := sents[k]
			// Cheapest rejections first: most sentences are no candidate,
			// and most candidates have a verb.
			if !sc.fragmentCandidate(f) {
				continue
			}
			// The neighbour that shows this is running prose: the sentence
			// before, or for a paragraph's first sentence the one after.
			nb := ""
			if k > 0 {
				nb = sents[k-1]
			} else if len(sents) > 1 && paragraphStart(d, ln) {
				nb = sents[1]
			}
			if strings.HasSuffix(nb, ":") {
				continue
			}
			// fragmentCandidate left f's words in sc.ws.
			if sc.hasVerbWords(lx, sc.ws) {
				continue
			}
			sc.nbws = trWordsInto(sc.nbws[:0], nb)
			if len(sc.nbws) < 5 || !sc.hasVerbWords(lx, sc.nbws) {
				continue
			}
			if english < 0 {
				english = 0
				if englishDocument(ctx) {
					english = 1
				}
			}
			if english == 0 {
				return
			}
			s, e, _ := d.Line(ln)
			if i := bytes.Index(raw, []byte(f)); i >= 0 {
				s, e = s+i, s+i+len(f)
			}
			ctx.Report(s, e, fmt.Sprintf("verbless fragment %q: a clause that lost its verb in translation or spinning", f), nil)
		}
	}
}

// fragmentBanned marks the ASCII bytes that fragmentCandidate rejects.
var fragmentBanned = func() (t [256]bool) {
	for _, c := range []byte("0123456789\"'():;[]/&@#%$-!?") {
		t[c] = true
	}
	return t
}()

// mayHoldFragment is a necessary condition for a line (raw without
// markup, or visible) to hold a fragmentCandidate: a full stop that can
// end a sentence, not part of "..", whose text back to the previous
// '.', '!' or '?' (a part of the sentence) has no banned ASCII byte and at
// most 14 blanks between words.
func mayHoldFragment[T string | []byte](s T) bool {
	bad, runs := false, 0
	for p := 0; p < len(s); p++ {
		c := s[p]
		switch {
		case c == '.' || c == '!' || c == '?':
			if c == '.' && !bad && runs <= 14 && (p == 0 || s[p-1] != '.') &&
				(p+1 == len(s) || s[p+1] >= utf8.RuneSelf || asciiSpace(s[p+1])) {
				return true
			}
			bad, runs = false, 0
		case fragmentBanned[c]:
			bad = true
		case asciiSpace(c):
			// A run of blanks counts once, and not when it opens the
			// part (it may be the blank after a sentence break).
			if p > 0 {
				if b := s[p-1]; !asciiSpace(b) && b != '.' && b != '!' && b != '?' {
					runs++
				}
			}
		}
	}
	return false
}

// Bits of shapeClass for lineShape.
const (
	// shMarkup: a byte that article.Visible may rewrite.
	shMarkup = 1 << iota
	// shBlank: ASCII white space other than the blank.
	shBlank
	// shSpaceLead: a lead byte of the multi-byte runes that unicode.IsSpace
	// accepts (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000).
	shSpaceLead
	// shSpace: the blank.
	shSpace
)

var shapeClass = func() (t [256]uint8) {
	for c := range 256 {
		switch b := byte(c); {
		case b == '<' || b == '[' || b == ']' || b == '*' || b == '_' || b == '&':
			t[c] = shMarkup
		case b == ' ':
			t[c] = shSpace
		case asciiSpace(b):
			t[c] = shBlank
		case b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3:
			t[c] = shSpaceLead
		}
	}
	return t
}()

// lineShape looks at a line t that starts with a printable ASCII byte.
// plain: t holds none of the bytes that article.Visible rewrites (tags,
// links, emphasis, entities), so that its visible text differs from it
// only in white space (the caller checks that it does not open with a
// marker Visible strips). single: besides, t holds no white space but
// single blanks between words, so it is its own visible text.
func lineShape(t []byte) (plain, single bool) {
	// One table lookup a byte; pair collects the classes that two
	// neighbouring bytes share (a doubled blank).
	var acc, pair, prev uint8
	for _, c := range t {
		k := shapeClass[c]
		acc |= k
		pair |= k & prev
		prev = k
	}
	if acc&shMarkup != 0 {
		return false, false
	}
	single = acc&shBlank == 0 && pair&shSpace == 0 && t[len(t)-1] != ' '
	if single && acc&shSpaceLead != 0 {
		single = !hasUnicodeSpace(t)
	}
	return true, single
}

// wrappedParagraph reports whether the line t is "<p>", a text that is
// its own visible text and "</p>", so that article.Visible returns that
// text: the tags become blanks that the collapsing of white space
// removes, and the text opens with none of the markers Visible strips
// ("#", ">", "- ", "+ ").
func wrappedParagraph(t []byte) bool {
	if len(t) < len("<p>x</p>") || !bytes.HasPrefix(t, []byte("<p>")) || !bytes.HasSuffix(t, []byte("</p>")) {
		return false
	}
	in := t[len("<p>") : len(t)-len("</p>")]
	if c := in[0]; c <= ' ' || c >= 0x7f || c == '#' || c == '>' || c == '-' || c == '+' {
		return false
	}
	plain, single := lineShape(in)
	return plain && single
}

// hasUnicodeSpace reports whether t holds a multi-byte rune for which
// unicode.IsSpace is true. Their UTF-8 forms start with a byte from C2
// to E3, which never continues another rune, so only those bytes are
// decoded.
func hasUnicodeSpace(t []byte) bool {
	for p, c := range t {
		if c >= 0xC2 && c <= 0xE3 {
			if r, _ := utf8.DecodeRune(t[p:]); isWideSpace(r) {
				return true
			}
		}
	}
	return false
}

// isWideSpace is unicode.IsSpace for runes from U+0080 on.
func isWideSpace(r rune) bool {
	switch {
	case r == 0x85 || r == 0xA0 || r == 0x1680 || r == 0x3000:
		return true
	case r < 0x2000 || r > 0x205F:
		return false
	}
	return r <= 0x200A || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// paragraphStart reports whether line ln begins a paragraph: the line
// before is blank or ends a sentence, so its first sentence is whole.
func paragraphStart(d *article.Doc, ln int) bool {
	if ln <= d.FirstBodyLine() || d.IsBlankLine(ln-1) {
		return true
	}
	p := bytes.TrimRight(d.LineText(ln-1), " \t")
	if len(p) == 0 {
		return true
	}
	switch p[len(p)-1] {
	case '.', '!', '?', '>', ':', '"':
		return true
	}
	return bytes.HasSuffix(p, []byte("”"))
}

// splitSentencesInto appends to out the sentences of a visible line,
// split after '.', '!' or '?' followed by a blank and a capital letter or quote, keeping abbreviations ("Mr.",
// "U.S.", "Jan.") and initials inside their sentence.
func splitSentencesInto(out []string, v string) []string {
	// Sentence ends are rare among the bytes: jump from one to the next,
	// by full stops alone when the line has no '!' or '?'.
	stops := ".!?"
	if strings.IndexByte(v, '!') < 0 && strings.IndexByte(v, '?') < 0 {
		stops = "."
	}
	start := 0
	for i := 0; i < len(v); i++ {
		k := strings.IndexAny(v[i:], stops)
		if k < 0 {
			break
		}
		i += k
		c := v[i]
		j := i + 1
		for j < len(v) && (v[j] == '"' || v[j] == '\'' || v[j] == ')') {
			j++
		}
		if j < len(v) && strings.HasPrefix(v[j:], "”") {
			j += len("”")
		}
		if j >= len(v) || v[j] != ' ' {
			if j >= len(v) {
				break
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(v[j+1:])
		if !unicode.IsUpper(r) && r != '"' && r != '“' {
			continue
		}
		if c == '.' && isAbbrev(v[start:i]) {
			continue
		}
		out = append(out, strings.TrimSpace(v[start:j]))
		start = j + 1
	}
	if start < len(v) {
		out = append(out, strings.TrimSpace(v[start:]))
	}
	return out
}

// isAbbrev reports whether the text before a full stop ends with an
// abbreviation or an initial.
func isAbbrev(before string) bool {
	// The last blank, bracket or quote: found by bytes when the word
	// after the last ASCII one is ASCII, by runes otherwise.
	k, ascii := len(before)-1, true
	for ; k >= 0; k-- {
		c := before[k]
		if c == ' ' || c == '(' || c == '"' {
			break
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	if !ascii {
		k = strings.LastIndexAny(before, " (\"“")
	}
	w := before
	if k >= 0 {
		w = before[k+1:]
	}
	if len(w) <= 1 || strings.Contains(w, ".") {
		return true
	}
	if !ascii {
		return abbrevs[strings.ToLower(w)]
	}
	if len(w) > abbrevMaxLen {
		return false
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	// The length and the first two letters rule out most words before
	// the map lookup.
	if b0, b1 := buf[0], buf[1]; b0 >= 'a' && b0 <= 'z' && b1 >= 'a' && b1 <= 'z' &&
		abbrevShape[int(b0-'a')*26+int(b1-'a')]&(1<<len(w)) == 0 {
		return false
	}
	return abbrevs[string(buf[:len(w)])]
}

var abbrevs = trSet("mr mrs ms dr prof st sr jr gen col lt sgt capt gov sen rep rev no vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx fig vol ed al")

// abbrevShape has, for each pair of first letters of a word of abbrevs,
// a bit for each length of those words.
var abbrevShape = func() (t [26 * 26]uint16) {
	for w := range abbrevs {
		t[int(w[0]-'a')*26+int(w[1]-'a')] |= 1 << len(w)
	}
	return t
}()

// abbrevMaxLen is the length of the longest word of abbrevs (at most 8).
var abbrevMaxLen = func() int {
	n := 0
	for w := range abbrevs {
		n = max(n, len(w))
	}
	return min(n, 8)
}()

// fragScratch holds buffers reused across the sentences of a document.
type fragScratch struct {
	sents []string
	// ws holds the words of the last sentence fragmentCandidate accepted
	// past its word count; nbws those of the neighbour.
	ws, nbws  []string
	low, prev []byte
	// src is the document as a string, made on first use.
	src     string
	haveSrc bool
}

// lowerInto is strings.ToLower(w) (with "’" read as "'" when apos is
// set) written into *buf, without allocating for ASCII words.
func lowerInto(buf *[]byte, w string, apos bool) []byte {
	b := (*buf)[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			if apos {
				w = strings.ReplaceAll(w, "’", "'")
			}
			b = append(b[:0], strings.ToLower(w)...)
			*buf = b
			return b
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	*buf = b
	return b
}

// fragmentCandidate: 3 to 10 words, a capitalised first word that is not
// a stylistic opener, a closing full stop, no digits, quotes, brackets or
// colons (those are citations, captions and quoted slogans).
func (sc *fragScratch) fragmentCandidate(f string) bool {
	if !strings.HasSuffix(f, ".") || strings.HasSuffix(f, "..") {
		return false
	}
	// 3 to 10 words: most sentences are rejected here, before any
	// allocation.
	if n := strings.Count(f, " "); n < 2 || n > 14 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f)
	if !unicode.IsUpper(r) {
		return false
	}
	if n, ok := fragmentWordCount(f); !ok || n < 3 {
		return false
	}
	ws := trWordsInto(sc.ws[:0], f)
	sc.ws = ws
	if fragmentOpeners[string(lowerInto(&sc.low, ws[0], false))] {
		return false
	}
	// A run of capitalised words is a name, a title or a credit line; a
	// phrase without any English function word is a greeting or a
	// phrase in another language ("Tena koutou katoa.").
	caps, fn := 0, false
	for _, w := range ws {
		if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) {
			caps++
		}
		if !fn && npOpeners[string(lowerInto(&sc.low, w, false))] {
			fn = true
		}
	}
	return fn && caps*2 <= len(ws)
}

// fragmentWordCount counts the words that trWordsInto finds in s, in
// a pass that stops (ok false) at a mark that rules out a fragment
// (fragmentBanned, fragmentBannedRune) or at an eleventh word, where most sentences are rejected: the words are only
// collected for the few sentences that pass.
func fragmentWordCount(s string) (n int, ok bool) {
	in := false
	i := 0
	// ASCII text eight bytes at a time: the banned bytes and the first
	// letters of words come out as bit masks, without a branch per byte;
	// the loop below takes over from the first chunk with another byte.
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if x&bytesHigh != 0 {
			break
		}
		if fragBanned8(x) != 0 {
			return n, false
		}
		l := x | 0x20*bytesOnes
		letter := (l + (0x80-'a')*bytesOnes) &^ (l + (0x80-'z'-1)*bytesOnes) & bytesHigh
		before := letter << 8 // the byte before each byte is a letter
		if in {
			before |= 0x80
		}
		n += bits.OnesCount64(letter &^ before)
		if n > 10 {
			return 10, false
		}
		in = letter>>63 != 0
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch fragClass[c] {
			case fragLetter:
				if !in {
					if n == 10 {
						return n, false
					}
					n++
					in = true
				}
				// The rest of the word's ASCII letters.
				i++
				for i < len(s) && fragClass[s[i]] == fragLetter {
					i++
				}
				continue
			case fragBanned:
				return n, false
			}
			in = false
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if fragmentBannedRune(r) {
			return n, false
		}
		if !unicode.IsLetter(r) {
			in = false
		} else if !in {
			if n == 10 {
				return n, false
			}
			n++
			in = true
		}
		i += size
	}
	return n, true
}

// fragBanned8 marks with the top bit of each byte the bytes of
// fragmentBanned among the eight ASCII bytes of x: "!" to ")", "0" to
// ";", "?" and "@", "-" and "/", "[" and "]". No byte of the sums
// carries into the next, since each adds at most 0x7F to a byte below
// 0x80.
func fragBanned8(x uint64) uint64 {
	ge := func(c uint64) uint64 { return x + (0x80-c)*bytesOnes } // top bit: byte >= c
	eq := func(y, c uint64) uint64 { return ^((y ^ c*bytesOnes) + 0x7F*bytesOnes) }
	r := ge('!')&^ge(')'+1) | ge('0')&^ge(';'+1) | ge('?')&^ge('@'+1)
	r |= eq(x&^(0x02*bytesOnes), '-') | eq(x, '[') | eq(x, ']')
	return r & bytesHigh
}

// Byte classes for fragmentWordCount: the word bytes of trWordASCII
// that are not banned are the letters; fragHigh marks the bytes of
// multi-byte runes.
const (
	fragOther = iota
	fragLetter
	fragBanned
	fragHigh
)

var fragClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = fragHigh
		case fragmentBanned[c]:
			t[c] = fragBanned
		case trWordASCII[c]:
			t[c] = fragLetter
		}
	}
	return t
}()

// fragmentBannedRune reports whether r is a quotation mark, a currency
// sign or a dash, which like the ASCII bytes of fragmentBanned rule out
// a fragment.
func fragmentBannedRune(r rune) bool {
	switch r {
	case '“', '”', '‘', '’', '€', '£', '–', '—':
		return true
	}
	return false
}

func trWordsInto(out []string, s string) []string {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		if start >= 0 && c < utf8.RuneSelf && trWordASCII[c] {
			// Inside a word: run to its first byte that is not an ASCII
			// word byte.
			i++
			for i < len(s) && s[i] < utf8.RuneSelf && trWordASCII[s[i]] {
				i++
			}
			continue
		}
		var word bool
		n := 1
		if c < utf8.RuneSelf {
			word = trWordASCII[c]
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || r == '’'
		}
		if word {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// trWordASCII marks the ASCII bytes of words: letters, the apostrophe
// and the hyphen.
var trWordASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '\'' || c == '-'
	}
	return t
}()

// hasVerbWords reports whether a sentence (its words ws) holds a finite
// or non-finite verb form. Base and -s forms count as verbs unless a determiner or a
// preposition shows that they head a noun phrase; a sentence-initial base
// form counts (an imperative) only when a determiner or pronoun follows.
func (sc *fragScratch) hasVerbWords(lx *verbLexicon, ws []string) bool {
	for i, w := range ws {
		lw := lowerInto(&sc.low, w, true)
		if lx.sure[string(lw)] || subjectPronoun[string(lw)] {
			return true
		}
		if len(lw) > 5 && bytes.HasSuffix(lw, []byte("ing")) || len(lw) > 4 && bytes.HasSuffix(lw, []byte("ed")) {
			return true
		}
		if i > 0 && strings.EqualFold(ws[i-1], "to") && !npOpeners[string(lw)] {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return true // an infinitive: "to amend"
			}
		}
		if !lx.bases[string(lw)] {
			// An -s form after a noun ("This film avoids that") is a verb
			// even when the lexicon does not know it.
			if i > 0 && len(lw) > 3 && bytes.HasSuffix(lw, []byte("s")) && !bytes.HasSuffix(lw, []byte("ss")) && !bytes.HasSuffix(lw, []byte("us")) &&
				!bytes.HasSuffix(lw, []byte("is")) && !bytes.HasSuffix(lw, []byte("'s")) && !npOpeners[string(lowerInto(&sc.prev, ws[i-1], false))] {
				return true
			}
			continue
		}
		if i == 0 {
			if len(ws) > 1 {
				l1 := lowerInto(&sc.prev, ws[1], false)
				if npOpeners[string(l1)] || personalPronoun[string(l1)] {
					return true
				}
			}
			continue
		}
		prev := lowerInto(&sc.prev, ws[i-1], false)
		if npOpeners[string(prev)] {
			continue
		}
		if !lx.plain[string(lw)] {
			return true // an -s form after a noun: "The plan works"
		}
		// A base form needs a subject, "to" or a coordinated verb before
		// it; after an adjective it is a noun ("Full support for …").
		if baseVerbLead[string(prev)] || len(prev) > 3 && bytes.HasSuffix(prev, []byte("s")) && !bytes.HasSuffix(prev, []byte("ss")) {
			return true
		}
	}
	return false
}

var baseVerbLead = trSet("to and or not never also often usually always still then who that which just only even really")

// subjectPronoun: a sentence with one of these is a clause even when its
// verb is missing from the lexicon.
var subjectPronoun = trSet("i you he she we they who")

var personalPronoun = trSet("me you him her us them it yourself yourselves himself herself itself ourselves themselves")
