package rules

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// Surface checks of the translation family: full-width punctuation,
// foreign-script runs, doubled words, spaces before punctuation, spintax
// and lower-cased proper nouns.

// isCJK reports whether r is a Han, kana or Hangul letter.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// foreignScripts are scripts whose letters in an English sentence are a
// run of untranslated text.
var foreignScripts = []*unicode.RangeTable{
	unicode.Greek, unicode.Cyrillic, unicode.Armenian, unicode.Hebrew, unicode.Arabic,
	unicode.Devanagari, unicode.Bengali, unicode.Tamil, unicode.Thai, unicode.Georgian,
	unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Ethiopic,
}

func isForeignLetter(r rune) bool {
	return r >= 0x370 && unicode.IsLetter(r) && unicode.In(r, foreignScripts...)
}

func isLatinLetter(r rune) bool {
	return r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') || r >= 0xC0 && r < 0x250 && unicode.IsLetter(r)
}

// ---- full-width punctuation ----

// fullwidthFold maps CJK and full-width punctuation to its ASCII form
// (after CCNet's UNICODE_PUNCT table). Full-width letters and digits
// (U+FF01–FF5E) are folded by offset in foldFullwidth.
var fullwidthFold = map[rune]string{
	'\u3000': " ", '、': ",", '。': ".", '「': "\"", '」': "\"", '『': "\"", '』': "\"",
	'【': "[", '】': "]", '《': "\"", '》': "\"", '〈': "<", '〉': ">", '〔': "(", '〕': ")",
	'〜': "~", '・': "·",
}

func foldFullwidth(r rune) (string, bool) {
	if r >= 0xFF01 && r <= 0xFF5E {
		return string(r - 0xFEE0), true
	}
	s, ok := fullwidthFold[r]
	return s, ok
}

func checkFullwidth(ctx *Context) {
	d := ctx.Doc
	done := -1
	for _, h := range ctx.Hits() {
		if h < done || d.InNonProse(h) {
			continue
		}
		r, _ := utf8.DecodeRune(d.Src[h:])
		if _, ok := foldFullwidth(r); !ok {
			continue
		}
		ln := d.LineOf(h)
		ls, le, _ := d.Line(ln)
		// The run of consecutive full-width characters starting here.
		s, e := h, h
		var b strings.Builder
		for e < le {
			r, n := utf8.DecodeRune(d.Src[e:])
			f, ok := foldFullwidth(r)
			if !ok {
				break
			}
			b.WriteString(f)
			e += n
		}
		done = e
		if bytes.IndexFunc(d.Src[ls:le], isCJK) >= 0 || !inLatinRun(d.Src[ls:le], s-ls, e-ls) {
			continue
		}
		fixed := b.String()
		// CJK punctuation carries its own spacing; in Latin text a comma or
		// full stop is followed by a space.
		if last := fixed[len(fixed)-1]; strings.IndexByte(",.;:!?)]", last) >= 0 && e < le {
			if nr, _ := utf8.DecodeRune(d.Src[e:]); unicode.IsLetter(nr) || nr == '"' || nr == '“' {
				fixed += " "
			}
		}
		if s > ls && d.Src[s-1] != ' ' && strings.IndexByte("\"([", fixed[0]) >= 0 && fixed[0] != ' ' {
			if pr, _ := utf8.DecodeLastRune(d.Src[ls:s]); unicode.IsLetter(pr) {
				fixed = " " + fixed
			}
		}
		orig := string(d.Src[s:e])
		ctx.Report(s, e, fmt.Sprintf("full-width or CJK punctuation %q inside Latin text", orig),
			ctx.Replace(s, e, fixed, fmt.Sprintf("replace with %q", fixed)))
	}
}

// inLatinRun reports whether line[s:e] sits in Latin text: the nearest
// letters on both sides are Latin and no CJK letter is within 20
// characters.
func inLatinRun(line []byte, s, e int) bool {
	latin := false
	i, n := s, 0
	for i > 0 && n < 20 {
		r, k := utf8.DecodeLastRune(line[:i])
		i -= k
		n++
		if isCJK(r) {
			return false
		}
		if !latin && unicode.IsLetter(r) {
			if !isLatinLetter(r) {
				return false
			}
			latin = true
		}
	}
	j, m, after := e, 0, false
	for j < len(line) && m < 20 {
		r, k := utf8.DecodeRune(line[j:])
		j += k
		m++
		if isCJK(r) {
			return false
		}
		if !after && unicode.IsLetter(r) {
			if !isLatinLetter(r) {
				return false
			}
			after = true
		}
	}
	return latin || after
}

var fullwidthTriggers = []string{"\xef\xbc", "\xef\xbd", "\xe3\x80"}

// ---- foreign-script runs ----

func checkForeignScript(ctx *Context) {
	d := ctx.Doc
	// Fast exit: no byte that can start a letter of the scripts above.
	if !hasForeignLead(d.Src[d.Body():]) {
		return
	}
	latin := -1
	for ln := d.FirstBodyLine(); ln < d.LineCount(); ln++ {
		raw := d.LineText(ln)
		if !hasForeignLead(raw) || lineInCode(d, ln) {
			continue
		}
		v := d.VisibleLine(ln)
		run, lat, foreign := longestForeignRun(v)
		if run.weight == 0 {
			continue
		}
		if lat > foreign && quotedRun(v, run.start, run.end) || symbolFontEnglish(v[run.start:run.end]) {
			continue
		}
		if latin < 0 {
			latin = 0
			if latinDocument(d) {
				latin = 1
			}
		}
		if latin == 0 {
			return
		}
		s, e, _ := d.Line(ln)
		msg := fmt.Sprintf("untranslated %s text in an English article: %q", run.script, clip(v[run.start:run.end], 40))
		ctx.Report(s, e, msg, nil)
	}
}

// hasForeignLead reports whether b holds a UTF-8 lead byte of the
// Greek…Arabic block (U+0340–06FF), the Indic, Thai, Georgian and
// Ethiopic blocks (U+0800–1FFF) or CJK and Hangul (U+3000–DFFF); general
// punctuation (U+2000–2FFF, lead byte E2) is not among them.
func hasForeignLead(b []byte) bool {
	// Eight bytes at a time: a chunk of ASCII, as most of a text is,
	// holds no lead byte.
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&bytesHigh == 0 {
			continue
		}
		for _, c := range b[i : i+8] {
			if isForeignLead(c) {
				return true
			}
		}
	}
	for _, c := range b[i:] {
		if isForeignLead(c) {
			return true
		}
	}
	return false
}

func isForeignLead(c byte) bool {
	return c >= 0xCD && c <= 0xDB || c == 0xE0 || c == 0xE1 || c >= 0xE3 && c <= 0xED
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

type foreignRun struct {
	start, end int
	weight     int
	script     string
}

// longestForeignRun finds the longest stretch of foreign-script letters
// (spaces, digits and punctuation may sit inside it; a Latin letter ends
// it) that is long enough to be a clause, not a name: at least 8 CJK
// characters, or 3 words and 15 letters of an alphabetic script. It also
// returns the line's Latin and foreign letter counts.
func longestForeignRun(v string) (best foreignRun, latin, foreign int) {
	cur := foreignRun{start: -1}
	letters, words, cjk := 0, 0, 0
	lineCJK, longCJK := 0, foreignRun{}
	inWord := false
	flush := func(end int) {
		if cur.start < 0 {
			return
		}
		ok := cjk >= 8 || letters-cjk >= 15 && words >= 3
		w := letters + cjk
		if cjk >= 4 && cjk > longCJK.weight {
			longCJK = foreignRun{start: cur.start, end: end, weight: cjk, script: cur.script}
		}
		if ok && w > best.weight {
			best = foreignRun{start: cur.start, end: end, weight: w, script: cur.script}
		}
		cur = foreignRun{start: -1}
		letters, words, cjk = 0, 0, 0
	}
	lastEnd := 0
	for i, r := range v {
		switch {
		case isForeignLetter(r):
			foreign++
			if cur.start < 0 {
				cur.start = i
				cur.script = scriptName(r)
			}
			letters++
			if isCJK(r) {
				cjk++
				lineCJK++
			}
			if !inWord {
				words++
				inWord = true
			}
			lastEnd = i + utf8.RuneLen(r)
		case unicode.IsLetter(r):
			if isLatinLetter(r) {
				latin++
			}
			flush(lastEnd)
			inWord = false
		default:
			inWord = false
		}
	}
	flush(lastEnd)
	// A translated line split by Latin names ("Paul Brown、BBC 和 … 的补充报道")
	// has short CJK runs that add up to a clause.
	if best.weight == 0 && lineCJK >= 6 {
		best = longCJK
	}
	return best, latin, foreign
}

// symbolFontGreek maps Greek letters to the Latin keys of the Symbol font:
// English typed in that font and extracted as text comes out Greek
// ("τηε φιναλ" for "the final"), which is an encoding slip, not a
// foreign-language run.
var symbolFontGreek = map[rune]rune{'α': 'a', 'β': 'b', 'χ': 'c', 'δ': 'd', 'ε': 'e', 'φ': 'f', 'γ': 'g', 'η': 'h', 'ι': 'i', 'ϕ': 'j',
	'κ': 'k', 'λ': 'l', 'μ': 'm', 'ν': 'n', 'ο': 'o', 'π': 'p', 'θ': 'q', 'ρ': 'r', 'σ': 's', 'ς': 'v', 'τ': 't', 'υ': 'u', 'ϖ': 'v',
	'ω': 'w', 'ξ': 'x', 'ψ': 'y', 'ζ': 'z'}

var symbolFontWords = trSet("the and of will is are was it that with for be this have not people but they from")

func symbolFontEnglish(run string) bool {
	hits := 0
	for _, w := range strings.Fields(run) {
		var b strings.Builder
		for _, r := range strings.ToLower(w) {
			if l, ok := symbolFontGreek[r]; ok {
				b.WriteRune(l)
			} else if unicode.IsLetter(r) {
				b.Reset()
				break
			}
		}
		if symbolFontWords[b.String()] {
			hits++
		}
	}
	return hits >= 2
}

func scriptName(r rune) string {
	for _, s := range []struct {
		t    *unicode.RangeTable
		name string
	}{{unicode.Han, "Chinese"}, {unicode.Hiragana, "Japanese"}, {unicode.Katakana, "Japanese"}, {unicode.Hangul, "Korean"},
		{unicode.Greek, "Greek"}, {unicode.Cyrillic, "Cyrillic"}, {unicode.Arabic, "Arabic"}, {unicode.Hebrew, "Hebrew"},
		{unicode.Devanagari, "Devanagari"}, {unicode.Thai, "Thai"}} {
		if unicode.Is(s.t, r) {
			return s.name
		}
	}
	return "non-Latin"
}

// quotedRun reports whether v[s:e] is enclosed in quotation marks or
// parentheses: a quoted original beside its translation, or a name in its
// native script.
func quotedRun(v string, s, e int) bool {
	before := strings.TrimRight(v[:s], " ")
	after := strings.TrimLeft(v[e:], " ")
	open, _ := utf8.DecodeLastRuneInString(before)
	cl, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune("\"“‘'«「『(（", open) && strings.ContainsRune("\"”’'»」』)）", cl)
}

// latinDocument reports whether the article is written in a Latin script:
// its prose has at least as many Latin letters as foreign ones (CJK
// characters count double), or its title is in Latin letters.
func latinDocument(d *article.Doc) bool {
	lat, foreign := 0, 0
	for ln := d.FirstBodyLine(); ln < d.LineCount(); ln++ {
		if lineInCode(d, ln) {
			continue
		}
		for _, r := range d.VisibleLine(ln) {
			switch {
			case isForeignLetter(r):
				foreign++
				if isCJK(r) {
					foreign++
				}
			case isLatinLetter(r):
				lat++
			}
		}
	}
	if lat >= foreign {
		return true
	}
	t := docTitle(d)
	if t == "" {
		return false
	}
	for _, r := range t {
		if isForeignLetter(r) {
			return false
		}
	}
	return strings.IndexFunc(t, isLatinLetter) >= 0
}

// docTitle returns the front matter title or the HTML <title>.
func docTitle(d *article.Doc) string {
	fm := d.Src[:d.FrontMatterEnd]
	for _, l := range bytes.Split(fm, []byte("\n")) {
		l = bytes.TrimSpace(l)
		if k := bytes.IndexAny(l, ":="); k > 0 && strings.EqualFold(strings.TrimSpace(string(l[:k])), "title") {
			return strings.Trim(strings.TrimSpace(string(l[k+1:])), "\"'")
		}
	}
	if d.Format == article.HTML {
		if i := indexFold(d.Src, []byte("<title>")); i >= 0 {
			if j := indexFold(d.Src[i:], []byte("</title>")); j > 0 {
				return string(d.Src[i+7 : i+j])
			}
		}
	}
	return ""
}

// ---- doubled words ----

// doubledSafe are words that are never legitimately written twice in a
// row: removing the copy is a safe fix.
var doubledSafe = trSet("the a an of to at for with from into onto upon about as and or but nor than are were be been being has have will would should could shall must this these those their our your its my we they it where when which who whom whose if not also such via per")

// doubledAmbiguous can be doubled in correct English ("what it is is a
// mistake"): reported without a fix, and not at all after "what"/"all".
var doubledAmbiguous = trSet("is was")

// doubledLegit are reduplications and words that are often doubled on
// purpose; never reported.
var doubledLegit = trSet("that had do does did can her him you so no very really ha he bye now there well yeah yes go chop knock night tut pom tom dum la na boo choo cha hush aye bla blah ho oh ah uh um hmm mm meow woof baa ding tick tock bang boom bling hip yum nom many much more far long round over again on up out off down in by bye-bye again then more murmur tsk pooh pee ta wah yo tutu")

func trSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func checkDoubledWords(ctx *Context) {
	d := ctx.Doc
	src := d.Src
	// A reported word does not pair with the word after it.
	reported := -1
	for _, p := range docPhraseHits(d, ctx.Dict.torturedIndex()).doubled {
		prevS, prevE, s, e := p.ps, p.pe, p.s, p.e
		if prevS == reported {
			continue
		}
		if !onlyWordGap(d, prevE, s) || joinedAfter(src, e) || prevS > 0 && strings.IndexByte("-'/._", src[prevS-1]) >= 0 {
			continue
		}
		w := strings.ToLower(string(src[s:e]))
		if doubledLegit[w] || !doubledSafe[w] && !doubledAmbiguous[w] && len(w) < 3 {
			continue
		}
		// Two capitalised copies are a name ("Walla Walla", "Duran Duran").
		if isUpper(src[s]) {
			continue
		}
		if d.InNonProse(prevS) || d.InNonProse(s) {
			continue
		}
		if doubledAmbiguous[w] && pseudoCleft(src, prevS) {
			continue
		}
		if !doubledSafe[w] && !doubledAmbiguous[w] && !lowerWord(src[prevS:prevE]) {
			continue
		}
		msg := fmt.Sprintf("doubled word %q", string(src[prevS:e]))
		var fix *Fix
		if doubledSafe[w] {
			if bytes.IndexByte(src[prevE:s], '\n') >= 0 {
				// Across a line break: drop the second copy and the blanks
				// after it, keeping the line structure.
				fix = ctx.Replace(s, spaceAfter(src, e), "", fmt.Sprintf("remove the repeated %q", w))
			} else {
				fix = ctx.Replace(prevE, e, "", fmt.Sprintf("remove the repeated %q", w))
			}
		}
		ctx.Report(prevS, e, msg, fix)
		reported = s
	}
}

// Bits of trByteClass: isTrWordByte, and a word byte that is not an
// ASCII letter (digit, '_' or part of a multi-byte rune).
const (
	trWord = 1 << iota
	trNotLetter
	// trJoin: the bytes that join the words of a dictionary phrase.
	trJoin
	// trNotAlnum: a word byte that is not an ASCII letter or digit.
	trNotAlnum
)

var trByteClass = func() (t [256]uint8) {
	for c := range 256 {
		b := byte(c)
		if isTrWordByte(b) {
			t[c] |= trWord
		}
		if b >= 0x80 || b >= '0' && b <= '9' || b == '_' {
			t[c] |= trNotLetter
		}
		if b == ' ' || b == '-' || b == '.' || b == '\'' {
			t[c] |= trJoin
		}
		if b >= 0x80 || b == '_' {
			t[c] |= trNotAlnum
		}
	}
	return t
}()

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// joinedAfter reports whether the word ending at e continues as a compound
// or a file name ("or-ed", "const.cc", "path/to"), so it is not a plain
// repeat of the word before.
func joinedAfter(src []byte, e int) bool {
	if e >= len(src) {
		return false
	}
	switch src[e] {
	case '-', '/', '_', '\'', '(', '@':
		return true
	case '.':
		return e+1 < len(src) && isTrWordByte(src[e+1])
	}
	return false
}

func lowerWord(b []byte) bool {
	for _, c := range b {
		if isUpper(c) {
			return false
		}
	}
	return true
}

// onlyWordGap reports whether src[a:b] is only blanks with at most one
// line break, and the break does not start a new Markdown block.
func onlyWordGap(d *article.Doc, a, b int) bool {
	gap := d.Src[a:b]
	nl := 0
	for _, c := range gap {
		switch c {
		case ' ', '\t', '\r':
		case '\n':
			nl++
		default:
			return false
		}
	}
	if len(gap) == 0 || nl > 1 {
		return false
	}
	if nl == 1 {
		next := d.LineOf(b)
		// An indented line continues a listing or code, not a paragraph.
		if gap[len(gap)-1] != '\n' {
			return false
		}
		t := bytes.TrimLeft(d.LineText(next), " \t")
		if len(t) > 0 && strings.IndexByte("#>-*+|=", t[0]) >= 0 {
			return false
		}
		prev := bytes.TrimLeft(d.LineText(next-1), " \t")
		if len(prev) > 0 && (prev[0] == '#' || prev[0] == '|') {
			return false
		}
	}
	return true
}

// pseudoCleft reports a "what it is is" construction: "what", "all",
// "thing", "problem"… within the five words before off.
func pseudoCleft(src []byte, off int) bool {
	lo := off - 60
	if lo < 0 {
		lo = 0
	}
	ws := strings.Fields(strings.ToLower(string(src[lo:off])))
	if len(ws) > 5 {
		ws = ws[len(ws)-5:]
	}
	for _, w := range ws {
		switch strings.Trim(w, ",.;:\"'“”") {
		case "what", "all", "thing", "problem", "question", "point", "issue", "reason", "truth", "fact", "where", "how", "why", "who", "whatever":
			return true
		}
	}
	return false
}

// ---- space before punctuation ----

var spacePunctTriggers = []string{" ,", " .", " ;", " :", " ?", " !", "\t,", "\t."}

func checkSpaceBeforePunct(ctx *Context) {
	d := ctx.Doc
	src := d.Src
	english := -1
	done := -1
	lastLn, lineOK := -1, false
	for _, h := range ctx.Hits() {
		if h < done {
			continue
		}
		// The blank run ends at p, where the punctuation stands.
		p := h
		for p < len(src) && (src[p] == ' ' || src[p] == '\t') {
			p++
		}
		if p >= len(src) {
			continue
		}
		s := h
		for s > 0 && (src[s-1] == ' ' || src[s-1] == '\t') {
			s--
		}
		done = p + 1
		if s == 0 || s < d.Body() {
			continue
		}
		pc := src[p]
		// The word may end inside an inline element: "link</a> ,".
		we := s
		if d.Format != article.Text {
			we = skipClosingInline(src, s)
		}
		prev := src[we-1]
		if !isASCIIAlnum(prev) {
			continue
		}
		// What follows the mark: end of line, a blank, or a closing quote.
		q := p + 1
		if pc == '.' && q < len(src) && src[q] == '.' {
			continue // ellipsis
		}
		for q < len(src) && strings.IndexByte("\"')”’", src[q]) >= 0 && src[q] != ')' {
			q++
		}
		if q < len(src) && src[q] >= 0x80 {
			if r, _ := utf8.DecodeRune(src[q:]); r == '”' || r == '’' {
				q += utf8.RuneLen(r)
			}
		}
		if q < len(src) && src[q] != ' ' && src[q] != '\n' && src[q] != '\r' && src[q] != '\t' {
			continue // ".com", ".5", ":)", "?!"
		}
		if pc != '?' && pc != '!' && prev >= '0' && prev <= '9' {
			if r := nextNonBlank(src, q); r >= '0' && r <= '9' {
				continue // "10 : 30", scores, "555 . 1234"
			}
		}
		if d.InNonProse(we-1) || d.OverlapsNonProse(s, p+1) {
			continue
		}
		ln := d.LineOf(p)
		if ln != lastLn {
			// Line-level exclusions, computed once per line.
			lastLn = ln
			line := d.LineText(ln)
			t := bytes.TrimLeft(line, " \t")
			// Indented lines of plain text are aligned listings ("Not
			// After :"); French quotes mark French text; '|' starts a table.
			lineOK = !bytes.HasPrefix(line, []byte("    ")) && !bytes.HasPrefix(line, []byte("\t")) &&
				!bytes.ContainsAny(line, "«»") && (len(t) == 0 || t[0] != '|') && !lineInCode(d, ln)
		}
		if !lineOK {
			continue
		}
		if pc == '.' && wordBefore(src, s) == "" {
			continue
		}
		// " . import" is code or a path, not a sentence end.
		if r := nextNonBlank(src, q); pc == '.' && r >= 'a' && r <= 'z' {
			continue
		}
		if english < 0 {
			english = 0
			if englishDocument(ctx) {
				english = 1
			}
		}
		if english == 0 {
			continue
		}
		ctx.Report(s-1, p+1, fmt.Sprintf("space before %q", string(pc)), ctx.Replace(s, p, "", "remove the space"))
	}
}

// skipClosingInline steps back from e over closing tags of inline
// elements (</a>, </em>, </strong>, </span>, </b>, </i>) and returns the
// offset just past the text they close.
func skipClosingInline(src []byte, e int) int {
	for e > 0 && src[e-1] == '>' {
		lt := bytes.LastIndexByte(src[max(0, e-10):e], '<')
		if lt < 0 {
			break
		}
		lt += max(0, e-10)
		switch strings.ToLower(string(src[lt:e])) {
		case "</a>", "</em>", "</strong>", "</span>", "</b>", "</i>":
			e = lt
		default:
			return e
		}
	}
	return e
}

func nextNonBlank(src []byte, i int) byte {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if i < len(src) {
		return src[i]
	}
	return 0
}

// wordBefore returns the ASCII word that ends at e.
func wordBefore(src []byte, e int) string {
	s := e
	for s > 0 && isTrWordByte(src[s-1]) {
		s--
	}
	return string(src[s:e])
}

// englishDocument compares counts of common function words of English
// with those of French, Spanish and German: spacing and capitalisation
// conventions of those languages are not errors there. The counts come
// from the word scan that the dictionary rules share.
func englishDocument(ctx *Context) bool {
	return docPhraseHits(ctx.Doc, ctx.Dict.torturedIndex()).english
}

// langMark is the languageWords mark of the word src[s:e] of one to
// four ASCII letters.
func langMark(src []byte, s, e int) int8 {
	return languageWords.get(langKey(load4(src, s), e-s))
}

// langKey packs the first n (one to four) bytes of w, which holds them
// first byte lowest, lower-cased by setting bit 5 (exact for letters).
func langKey(w uint32, n int) uint32 {
	return (w | 0x20202020) & uint32(uint64(1)<<(8*n)-1)
}

// languageWords marks English function words 1 and French, Spanish and
// German ones -1, keyed by langKey.
var languageWords = func() *langTable {
	var keys []uint32
	var vals []int8
	key := func(w string) uint32 { return langKey(uint32(load8([]byte(w), 0)), len(w)) }
	for _, w := range strings.Fields("the and of to is that with for was are") {
		keys, vals = append(keys, key(w)), append(vals, 1)
	}
	for _, w := range strings.Fields("le les des et est une dans pour du el los las y del por con una der die das und ist mit ein eine den") {
		keys, vals = append(keys, key(w)), append(vals, -1)
	}
	return newLangTable(keys, vals)
}()

// langTable is a hash table from a non-zero packed key to a mark with
// one slot per key: its multiplier is chosen so that no two keys share a
// slot, so a look-up reads one slot and needs no branch (an empty slot
// holds key 0 and mark 0).
type langTable struct {
	mul  uint32
	keys [1 << 9]uint32
	vals [1 << 9]int8
}

func newLangTable(keys []uint32, vals []int8) *langTable {
	for mul := uint32(0x9E3779B1); ; mul += 2 {
		t := &langTable{mul: mul}
		ok := true
		for i, k := range keys {
			j := t.slot(k)
			if t.keys[j] != 0 && t.keys[j] != k {
				ok = false
				break
			}
			t.keys[j], t.vals[j] = k, vals[i]
		}
		if ok {
			return t
		}
	}
}

func (t *langTable) slot(key uint32) uint32 { return key * t.mul >> 23 }

// get returns the mark of key, or 0 when the table does not hold it,
// without a branch: most words miss, but the few that hit ("the", "and")
// follow no pattern.
func (t *langTable) get(key uint32) int8 {
	j := t.slot(key)
	x := t.keys[j] ^ key
	hit := ((x|-x)>>31 ^ 1) * 0xFF // 0xFF when the key is there, else 0
	return int8(uint8(t.vals[j]) & uint8(hit))
}

// ---- spintax ----

var spintaxRe = regexp.MustCompile(`\{([^{}|\n]{1,60}(?:\|[^{}|\n]{1,60})+)\}`)

func checkSpintax(ctx *Context) {
	d := ctx.Doc
	done := -1
	for _, h := range ctx.Hits() {
		if h < done {
			continue
		}
		// Cheap shape test first: a '|' and then '}' within 200 bytes,
		// with no brace or line break in between.
		lim := h + 1 + 200
		if lim > len(d.Src) {
			lim = len(d.Src)
		}
		k := bytes.IndexAny(d.Src[h+1:lim], "{}\n")
		if k < 0 || d.Src[h+1+k] != '}' || bytes.IndexByte(d.Src[h+1:h+1+k], '|') < 0 || d.InNonProse(h) {
			continue
		}
		ln := d.LineOf(h)
		m := spintaxRe.FindSubmatchIndex(d.Src[h : h+k+2])
		if m == nil || m[0] != 0 {
			continue
		}
		s, e := h, h+m[1]
		done = e
		if s > 0 && (d.Src[s-1] == '{' || d.Src[s-1] == '$' || d.Src[s-1] == '\\' || isTrWordByte(d.Src[s-1])) || e < len(d.Src) && d.Src[e] == '}' {
			continue
		}
		if d.OverlapsNonProse(s, e) || lineInCode(d, ln) {
			continue
		}
		alts := strings.Split(string(d.Src[h+m[2]:h+m[3]]), "|")
		if !spinAlternatives(alts) {
			continue
		}
		first := strings.TrimSpace(alts[0])
		ctx.Report(s, e, fmt.Sprintf("unrendered spintax %q: the spinner's alternatives were never resolved", string(d.Src[s:e])),
			ctx.Replace(s, e, first, fmt.Sprintf("keep the first alternative %q", first)))
	}
}

// spinAlternatives reports whether every alternative is a short run of
// words (letters, blanks, apostrophes, hyphens), not code or a regexp.
func spinAlternatives(alts []string) bool {
	long := false
	for _, a := range alts {
		a = strings.TrimSpace(a)
		if a == "" || len(strings.Fields(a)) > 6 {
			return false
		}
		letters := 0
		if utf8.RuneCountInString(a) > 1 {
			long = true
		}
		for _, r := range a {
			switch {
			case unicode.IsLetter(r):
				letters++
			case r == ' ' || r == '\'' || r == '-' || r == '’' || r == ',' || r == '.' || r == '!':
			default:
				return false
			}
		}
		if letters == 0 {
			return false
		}
	}
	// All one-letter alternatives ("{x|y}") are set notation.
	return long
}

// ---- lower-cased proper nouns ----

// lowerProper lists weekdays, months and nationality/language adjectives
// that English always capitalises. Ambiguous words (may, march, august,
// china, turkey, polish, jordan, chad, guinea) are left out.
var lowerProper = trSet("monday tuesday wednesday thursday friday saturday sunday " +
	"january february april june july september october november december " +
	"american british english french german russian ukrainian chinese japanese korean italian spanish portuguese " +
	"brazilian mexican canadian australian indian pakistani afghan iranian iraqi syrian israeli palestinian " +
	"egyptian saudi turkish greek dutch belgian swedish norwegian finnish danish irish scottish welsh " +
	"european african asian arab arabic hebrew hindi urdu persian kurdish vietnamese thai indonesian " +
	"filipino nigerian kenyan ethiopian venezuelan colombian argentine argentinian chilean peruvian cuban " +
	"hungarian romanian bulgarian serbian croatian czech slovak austrian swiss lebanese yemeni libyan " +
	"moroccan algerian tunisian sudanese somali taiwanese mongolian kazakh belarusian lithuanian latvian estonian " +
	"georgian armenian azerbaijani uzbek christian muslim jewish buddhist hindu")

// lowerProperCompounds are common nouns built on those words, written in
// lower case by many style guides ("french fries", "german shepherd").
var lowerProperCompounds = trSet("fries fry toast press doors door windows window horn kiss kissing braid braids dressing bread manicure cut drain curve seam knot heels tip twist " +
	"shepherd shepherds measles cheese roll rolls chard army knife pastry pastries roulette doll dolls checkers lantern lanterns delight bath muffin muffins breakfast " +
	"numerals numeral type candle candles oven courage treat auction uncle angle coffee stew setter egg tape whisky whiskey wave blinds ink " +
	"yogurt yoghurt salad bulldog whispers knotweed")

// isLowerProper reports whether the ASCII alphanumeric word w is a word
// of lowerProper: its length and first two letters rule out most words
// before the map lookup.
func isLowerProper(w []byte) bool {
	n := len(w)
	return n >= 4 && n <= 12 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'a' && w[1] <= 'z' &&
		lowerProperShape[int(w[0]-'a')*26+int(w[1]-'a')]&(1<<n) != 0 && lowerProper[string(w)]
}

// lowerProperHashes is the bit set of the top 12 bits of the wordHash
// of the words of lowerProper: scanWords tests it before isLowerProper.
var lowerProperHashes = func() (t [1 << 6]uint64) {
	for w := range lowerProper {
		h := wordHash([]byte(w), 0, len(w))
		t[h>>10] |= 1 << (h >> 4 & 63)
	}
	return t
}()

// lowerProperShape has, for each pair of first letters of a word of
// lowerProper, a bit for each length of those words.
var lowerProperShape = func() (t [26 * 26]uint16) {
	for w := range lowerProper {
		t[int(w[0]-'a')*26+int(w[1]-'a')] |= 1 << len(w)
	}
	return t
}()

func checkLowercaseProper(ctx *Context) {
	d := ctx.Doc
	src := d.Src
	english := -1
	lastLn, lineOK := -1, false
	for _, h := range docPhraseHits(d, ctx.Dict.torturedIndex()).lowerHits {
		e := h
		for e < len(src) && src[e] >= 'a' && src[e] <= 'z' {
			e++
		}
		w := string(src[h:e])
		if h > 0 && (isASCIIAlnum(src[h-1]) || strings.IndexByte("-/_.@#&=+~*`:'", src[h-1]) >= 0) {
			continue
		}
		if h > 0 && src[h-1] >= 0x80 {
			if r, _ := utf8.DecodeLastRune(src[:h]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		if e < len(src) && (isASCIIAlnum(src[e]) || strings.IndexByte("-/_@=+~*`'", src[e]) >= 0) {
			continue
		}
		if e < len(src) && src[e] >= 0x80 {
			if r, _ := utf8.DecodeRune(src[e:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		if e+1 < len(src) && src[e] == '.' && isTrWordByte(src[e+1]) {
			continue
		}
		if lowerProperCompounds[nextWordLower(src, e)] || w == "dutch" && bytes.HasSuffix(bytes.ToLower(src[max(0, h-4):h]), []byte("go ")) || d.OverlapsNonProse(h, e) {
			continue
		}
		if ln := d.LineOf(h); ln != lastLn {
			lastLn = ln
			lineOK = !lineInCode(d, ln) && proseLine(d.VisibleLine(ln))
		}
		if !lineOK {
			continue
		}
		if english < 0 {
			english = 0
			if englishDocument(ctx) {
				english = 1
			}
		}
		if english == 0 {
			continue
		}
		repl := strings.ToUpper(w[:1]) + w[1:]
		ctx.Report(h, e, fmt.Sprintf("%q is a proper noun in English: write %q", w, repl),
			ctx.Replace(h, e, repl, fmt.Sprintf("capitalise to %q", repl)))
	}
}

// nextWordLower returns the lower-cased word after the blanks at e.
func nextWordLower(src []byte, e int) string {
	for e < len(src) && src[e] == ' ' {
		e++
	}
	s := e
	for e < len(src) && (src[e]|0x20 >= 'a' && src[e]|0x20 <= 'z') {
		e++
	}
	return strings.ToLower(string(src[s:e]))
}

// proseLine reports whether a visible line reads as edited prose: it
// starts with a capital letter (or a quote or digit) and has at least six
// words, so tag lists, slugs and all-lower-case notes are left alone.
func proseLine(v string) bool {
	if len(strings.Fields(v)) < 6 {
		return false
	}
	for _, r := range v {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
