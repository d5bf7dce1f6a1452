package rules

// A port of ftfy's mojibake heuristic and its one-step repair loop
// (python-ftfy v6.3, ftfy/badness.py, ftfy/chardata.py and
// ftfy/__init__.py; Copyright 2023 Robyn Speer, Apache License 2.0,
// http://www.apache.org/licenses/LICENSE-2.0). Changes from the original:
// written in Go with RE2 regexps (no look-behind, so the detector's guard
// is done by hand), Unicode-aware \w and \s spelled out, the lossy-sequence
// and utf-8-variants decoders left out (their results are not certain
// enough for a safe fix), and Latin-1/C1 handling left to the control-char
// rule.

import (
	"bytes"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Character categories of the ~400 characters that occur in UTF-8 mojibake
// (ftfy badness.MOJIBAKE_CATEGORIES), as regexp class bodies.
const (
	mjCommon     = `\x{a0}\x{ad}·´–—―…’`
	mjC1         = `\x{80}-\x{9f}`
	mjBad        = `¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰⌐◊\x{fffd}ªº`
	mjLaw        = `¶§`
	mjCurrency   = `¢£¥₧€`
	mjStartPunct = `¡«¿©΄΅‘‚“„•‹\x{f8ff}`
	mjEndPunct   = `®»˝”›™`
	mjNumeric    = `²³¹±¼½¾×µ÷⁄∂∆∏∑√∞∩∫≈≠≡≤≥№`
	mjKaomoji    = `Ò-ÖÙ-Üò-öø-üŐŌŪŲ°`
	mjUpperAcc   = `À-ÑØÜÝĂĀĄĆČĎĐĘĚĒĖĞĢİĪĶĹĽŁĻŃŇŅŒŘŚŞŠŢŤŮŰŸŹŻŽҐ`
	mjLowerAcc   = `ßà-ñăąāćčďđęěēėğģįīķĺľłļœŕśşšťüźżžґﬁﬂ`
	mjUpperCom   = `ÞΑ-ΩΆΈΉΊΌΎΏΪΫЁ-Я`
	mjLowerCom   = `α-ωάέήίΰа-џ`
	mjBox        = `│┌┐┘├┤┬┼═-╬▀▄█▌▐░▒▓`
	mjWord       = `[\p{L}\p{N}_]`
)

// mojibakeBadnessRe() is ftfy's BADNESS_RE: unlikely juxtapositions of those
// characters. badness(text) is the number of its matches.
var mojibakeBadnessRe = lazyRegexp(strings.Join([]string{
	`[` + mjC1 + `]`,
	`[` + mjBad + mjLowerAcc + mjUpperAcc + mjBox + mjStartPunct + mjEndPunct + mjCurrency + mjNumeric + mjLaw + `][` + mjBad + `]`,
	`[a-zA-Z][` + mjLowerCom + mjUpperCom + `][` + mjBad + `]`,
	`[` + mjBad + `][` + mjLowerAcc + mjUpperAcc + mjBox + mjStartPunct + mjEndPunct + mjCurrency + mjNumeric + mjLaw + `]`,
	`[` + mjLowerAcc + mjLowerCom + mjBox + mjEndPunct + mjCurrency + mjNumeric + `][` + mjUpperAcc + `]`,
	`[` + mjBox + mjEndPunct + mjCurrency + mjNumeric + `][` + mjLowerAcc + `]`,
	`[` + mjLowerAcc + mjBox + mjEndPunct + `][` + mjCurrency + `]`,
	`[\s\x{a0}][` + mjUpperAcc + `][` + mjCurrency + `]`,
	`[` + mjUpperAcc + mjBox + `][` + mjNumeric + mjLaw + `]`,
	`[` + mjLowerAcc + mjUpperAcc + mjBox + mjCurrency + mjEndPunct + `][` + mjStartPunct + `][` + mjNumeric + `]`,
	`[` + mjLowerAcc + mjUpperAcc + mjCurrency + mjNumeric + mjBox + mjLaw + `][` + mjEndPunct + `][` + mjStartPunct + `]`,
	`[` + mjCurrency + mjNumeric + mjBox + `][` + mjStartPunct + `]`,
	`[a-z][` + mjUpperAcc + `][` + mjStartPunct + mjCurrency + `]`,
	`[` + mjBox + `][` + mjKaomoji + `]`,
	`[` + mjLowerAcc + mjUpperAcc + mjCurrency + mjNumeric + mjStartPunct + mjEndPunct + mjLaw + `][` + mjBox + `]`,
	`[` + mjBox + `][` + mjEndPunct + `]`,
	`[` + mjLowerAcc + mjUpperAcc + `][` + mjStartPunct + mjEndPunct + `]` + mjWord,
	// The ligature œ when not followed by an unaccented Latin letter.
	`[Œœ][^A-Za-z]`,
	// Degree signs after capital letters.
	`[` + mjUpperAcc + `]°`,
	// Common Windows-1252 two-character mojibake not covered above.
	`[ÂÃÎÐ][€œŠš¢£Ÿž\x{a0}\x{ad}®©°·»` + mjStartPunct + mjEndPunct + `–—´]`,
	`×[²³]`,
	// Windows-1252 mojibake of Arabic needs four characters.
	`[ØÙ][` + mjCommon + mjCurrency + mjBad + mjNumeric + mjStartPunct + `ŸŠ®°µ»][ØÙ][` + mjCommon + mjCurrency + mjBad + mjNumeric + mjStartPunct + `ŸŠ®°µ»]`,
	// Three-character sequences of some South Asian alphabets.
	`à[²µ¹¼½¾]`,
	// MacRoman mojibake.
	`√[±∂†≠®™´≤≥¥µø]`,
	`≈[°¢]`,
	`‚Ä[ìîïòôúùû†°¢π]`,
	`‚[âó][àä°ê]`,
	// Windows-1251 mojibake of the U+2000 range, of Latin-1 and Cyrillic.
	`вЂ`,
	`[ВГРС][` + mjC1 + mjBad + mjStartPunct + mjEndPunct + mjCurrency + `°µ][ВГРС]`,
	`ГўВЂВ.[A-Za-z ]`,
	// Windows-1252 encodings of 'à', 'á' and U+00A0 itself.
	`Ã[\x{a0}¡]`,
	`[a-z][\s\x{a0}]?[ÃÂ] `,
	// Â before the very character it encodes.
	`[a-z.,?!` + mjEndPunct + `]Â[ ` + mjStartPunct + mjEndPunct + `]`,
	// Windows-1253 and Windows-1257 mojibake of the U+2000 range.
	`β€[™\x{a0}Ά\x{ad}®°]`,
	`[ΒΓΞΟ][` + mjC1 + mjBad + mjStartPunct + mjEndPunct + mjCurrency + `°][ΒΓΞΟ]`,
	`ā€`,
}, "|"))

// mojibakeSuspectRe() is a class holding every non-ASCII character that
// some alternative of mojibakeBadnessRe() needs: text without one cannot
// match, and a match lies within a few characters of one.
var mojibakeSuspectRe = lazyRegexp(`^[` + mjC1 + mjBad + mjLaw + mjCurrency + mjStartPunct + mjEndPunct +
	mjNumeric + mjKaomoji + mjUpperAcc + mjLowerAcc + mjUpperCom + mjLowerCom + mjBox +
	`ÂÃÎÐØÙàŒœ×°√≈‚вВГРСЂўβΒΓΞΟā€´` + `]$`)

var (
	mjSuspectOnce sync.Once
	mjSuspect     []bool
)

func mojibakeSuspect(r rune) bool {
	mjSuspectOnce.Do(func() { mjSuspect = mojibakeSuspectTable() })
	return r >= 0x80 && r < 0x10000 && mjSuspect[r]
}

// mojibakeSuspectTable expands the character class of mojibakeSuspectRe
// into a table over the Basic Multilingual Plane, reading the class's
// ranges rather than matching each of 65,000 characters.
func mojibakeSuspectTable() []bool {
	t := make([]bool, 0x10000)
	re, err := syntax.Parse(mojibakeSuspectRe().String(), syntax.Perl)
	if err != nil {
		panic(err)
	}
	var class []rune
	for _, sub := range re.Sub {
		if sub.Op == syntax.OpCharClass {
			class = sub.Rune
		}
	}
	if class == nil {
		panic("mojibakeSuspectRe has no character class")
	}
	for i := 0; i+1 < len(class); i += 2 {
		for c := max(class[i], 0x80); c <= min(class[i+1], 0xFFFF); c++ {
			t[c] = true
		}
	}
	return t
}

// mojibakeWindows calls fn with the pieces of s where a match can start
// (merged where they overlap) until fn returns false. Every alternative of
// the badness regexp needs two suspect characters side by side or one of
// a few characters that are suspect alone (C1 controls, Â, Ã, Î, Ð, Ø, Ù,
// Œ, œ, √; the "common" class only occurs after those), so
// the regexp runs on short pieces around those only, which keeps clean
// accented text cheap.
func mojibakeWindows(s string, fn func(w string) bool) {
	const before, after = 2, 6
	ws, we := -1, -1
	prevSuspect := false
	prevAt := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		sus := mojibakeSuspect(r)
		at := -1
		switch {
		case sus && (r < 0xA0 || strings.ContainsRune("ÂÃÎÐØÙŒœ√", r)):
			at = i
		case sus && prevSuspect:
			at = prevAt
		}
		prevSuspect, prevAt = sus, i
		i += n
		if at < 0 {
			continue
		}
		a := at
		for k := 0; k < before && a > 0; k++ {
			_, m := utf8.DecodeLastRuneInString(s[:a])
			a -= m
		}
		b := at
		for k := 0; k <= after && b < len(s); k++ {
			_, m := utf8.DecodeRuneInString(s[b:])
			b += m
		}
		if ws >= 0 && a <= we {
			if b > we {
				we = b
			}
			continue
		}
		if ws >= 0 && !fn(s[ws:we]) {
			return
		}
		ws, we = a, b
	}
	if ws >= 0 {
		fn(s[ws:we])
	}
}

// mojibakeBadness is ftfy's badness(): the number of unlikely sequences.
func mojibakeBadness(s string) int {
	n := 0
	if strings.HasPrefix(s, "Ã ") || strings.HasPrefix(s, "Â ") {
		n++
	}
	mojibakeWindows(s, func(w string) bool {
		n += len(mojibakeBadnessRe().FindAllStringIndex(w, -1))
		return true
	})
	return n
}

func mojibakeIsBad(s string) bool {
	if strings.HasPrefix(s, "Ã ") || strings.HasPrefix(s, "Â ") {
		return true
	}
	bad := false
	mojibakeWindows(s, func(w string) bool {
		bad = mojibakeBadnessRe().MatchString(w)
		return !bad
	})
	return bad
}

// mojibakeCodec is one of the legacy code pages that UTF-8 is mistaken
// for. Bytes a code page leaves undefined decode to the C1 control with
// the same number, as ftfy's "sloppy" codecs do.
type mojibakeCodec struct {
	name string
	dec  [256]rune
	enc  map[rune]byte
	// a0 tells whether a 0x20 may stand for a lost 0xA0 (not in MacRoman).
	a0 bool
}

func newMojibakeCodec(name string, cm *charmap.Charmap, a0 bool) *mojibakeCodec {
	c := &mojibakeCodec{name: name, enc: map[rune]byte{}, a0: a0}
	for b := 0; b < 256; b++ {
		r := rune(b)
		if b >= 0x80 && cm != nil {
			r = cm.DecodeByte(byte(b))
			if r == utf8.RuneError {
				r = rune(b)
			}
		}
		c.dec[b] = r
		if b >= 0x80 {
			if _, dup := c.enc[r]; !dup {
				c.enc[r] = byte(b)
			}
		}
	}
	return c
}

// encode returns the bytes s decodes from, or false when s holds a
// character outside the code page.
func (c *mojibakeCodec) encode(s string, buf []byte) ([]byte, bool) {
	buf = buf[:0]
	for _, r := range s {
		if r < 0x80 {
			buf = append(buf, byte(r))
			continue
		}
		b, ok := c.enc[r]
		if !ok {
			return nil, false
		}
		buf = append(buf, b)
	}
	return buf, true
}

var (
	mojibakeOnce sync.Once
	// mojibakeCodecs are tried in ftfy's order (CHARMAP_ENCODINGS).
	mojibakeCodecs []*mojibakeCodec
	// Clue classes of the detector (ftfy chardata.UTF8_CLUES): characters
	// that stand for UTF-8 lead bytes of 2, 3 and 4 byte sequences and for
	// continuation bytes in a Latin-1-like code page.
	mjFirst2, mjFirst3, mjFirst4, mjCont, mjContStrict map[rune]bool
)

func mojibakeInit() {
	mojibakeOnce.Do(func() {
		latin1 := newMojibakeCodec("Latin-1", nil, true)
		w1252 := newMojibakeCodec("Windows-1252", charmap.Windows1252, true)
		w1251 := newMojibakeCodec("Windows-1251", charmap.Windows1251, true)
		w1250 := newMojibakeCodec("Windows-1250", charmap.Windows1250, true)
		w1253 := newMojibakeCodec("Windows-1253", charmap.Windows1253, true)
		w1254 := newMojibakeCodec("Windows-1254", charmap.Windows1254, true)
		w1257 := newMojibakeCodec("Windows-1257", charmap.Windows1257, true)
		mojibakeCodecs = []*mojibakeCodec{latin1, w1252, w1251, w1250, w1253, w1254, w1257,
			newMojibakeCodec("ISO-8859-2", charmap.ISO8859_2, true),
			newMojibakeCodec("MacRoman", charmap.Macintosh, false),
			newMojibakeCodec("CP437", charmap.CodePage437, true)}
		mjFirst2, mjFirst3, mjFirst4 = map[rune]bool{}, map[rune]bool{}, map[rune]bool{}
		mjCont, mjContStrict = map[rune]bool{' ': true}, map[rune]bool{}
		// The clue classes come from the Latin-1-like code pages only:
		// MacRoman's 0x80-0xBF are ordinary accented letters.
		for _, c := range []*mojibakeCodec{latin1, w1252, w1251, w1250, w1253, w1254, w1257} {
			for b := 0x80; b < 0x100; b++ {
				r := c.dec[b]
				switch {
				case b < 0xC0:
					mjCont[r] = true
					if r <= 0xBF || !strings.ContainsRune("‚„…‘’“”•–—", r) {
						mjContStrict[r] = true
					}
				case b >= 0xC2 && b <= 0xDF:
					mjFirst2[r] = true
				case b >= 0xE0 && b <= 0xEF:
					mjFirst3[r] = true
				case b >= 0xF0 && b <= 0xF4:
					mjFirst4[r] = true
				}
			}
		}
	})
}

// mojibakeAlteredUTF8 reports whether b[i] starts a UTF-8 sequence whose 0xA0 byte
// a Windows program turned into a plain space (ftfy ALTERED_UTF8_RE), and
// returns the index of that space.
func mojibakeAlteredUTF8(b []byte, i int) int {
	cont := func(j int) bool { return j < len(b) && b[j] >= 0x80 && b[j] <= 0xBF }
	// contNo85A0 is [\x80-\x84\x86-\x9f\xa1-\xbf].
	contNo85A0 := func(j int) bool { return cont(j) && b[j] != 0x85 && b[j] != 0xA0 }
	sp := func(j int) bool { return j < len(b) && b[j] == ' ' }
	c := b[i]
	switch {
	case c == 0xC2 || c == 0xC3 || c == 0xC5 || c == 0xCE || c == 0xD0 || c == 0xD9:
		if sp(i + 1) {
			return i + 1
		}
	case c >= 0xE0 && c <= 0xE3:
		if (c == 0xE2 || c == 0xE3) && sp(i+1) && contNo85A0(i+2) {
			return i + 1
		}
		if contNo85A0(i+1) && sp(i+2) {
			return i + 2
		}
	case c == 0xF0:
		switch {
		case sp(i+1) && cont(i+2) && cont(i+3):
			return i + 1
		case cont(i+1) && sp(i+2) && cont(i+3):
			return i + 2
		case cont(i+1) && cont(i+2) && sp(i+3):
			return i + 3
		}
	}
	return -1
}

// mojibakeRestoreA0 puts back 0xA0 bytes that became spaces (ftfy
// fixes.restore_byte_a0). "Ã " before a word was "à " whose 0xA0 and the
// following space were coalesced, so it keeps its space.
func mojibakeRestoreA0(b []byte) []byte {
	out := make([]byte, 0, len(b)+4)
	for i := 0; i < len(b); i++ {
		c := b[i]
		out = append(out, c)
		if c < 0xC2 {
			continue
		}
		if c == 0xC3 && i+1 < len(b) && b[i+1] == ' ' && mojibakeAGraveWord(b[i+2:]) {
			out = append(out, 0xA0)
			continue
		}
		// "â€ " is a right double quote (E2 80 9D) whose undefined 0x9D was
		// dropped far more often than a dagger (E2 80 A0) lost its 0xA0.
		if c == 0xE2 && i+2 < len(b) && b[i+1] == 0x80 && b[i+2] == ' ' {
			continue
		}
		if j := mojibakeAlteredUTF8(b, i); j >= 0 {
			out = append(out, b[i+1:j]...)
			out = append(out, 0xA0)
			i = j
		}
	}
	return out
}

// mojibakeAGraveWord tells whether the text after "Ã " starts a new word, so the
// "Ã" was the word "à"; the Portuguese "às" and "àquele" are one word.
func mojibakeAGraveWord(rest []byte) bool {
	if len(rest) == 0 || rest[0] == ' ' {
		return false
	}
	for _, p := range []string{"quele", "quela", "quilo", "s "} {
		if bytes.HasPrefix(rest, []byte(p)) {
			return false
		}
	}
	return true
}

// mojibakeScriptMix counts letters of another script written right against a
// Latin letter: a decode that makes more of them ("doesՉ۪t" from MacRoman)
// picked the wrong code page.
func mojibakeScriptMix(s string) int {
	n := 0
	prevLatin, prevOther := false, false
	for _, r := range s {
		latin := r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') || r >= 0x80 && unicode.Is(unicode.Latin, r)
		other := !latin && r >= 0x80 && unicode.IsLetter(r)
		if latin && prevOther || other && prevLatin {
			n++
		}
		prevLatin, prevOther = latin, other
	}
	return n
}

func mojibakeASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// mojibakeFixOneStep is ftfy's _fix_encoding_one_step: re-decode the whole
// text through the first code page that turns it into valid UTF-8, else
// repair the embedded runs that look like UTF-8 on their own.
func mojibakeFixOneStep(s string) (string, string) {
	if mojibakeASCII(s) || !mojibakeIsBad(s) {
		return s, ""
	}
	var buf []byte
	for _, c := range mojibakeCodecs {
		b, ok := c.encode(s, buf)
		if !ok {
			continue
		}
		buf = b
		if c.a0 {
			b = mojibakeRestoreA0(b)
		}
		if utf8.Valid(b) && mojibakeScriptMix(string(b)) <= mojibakeScriptMix(s) {
			return string(b), c.name
		}
	}
	return mojibakeFixRuns(s), "mixed"
}

// mojibakeFix repeats the one-step repair until nothing changes (double
// and triple mojibake take several steps). It returns the code page of
// the first step.
func mojibakeFix(s string) (string, string) {
	mojibakeInit()
	first := ""
	for i := 0; i < 8; i++ {
		t, how := mojibakeFixOneStep(s)
		if t == s {
			break
		}
		if first == "" {
			first = how
		}
		s = t
	}
	return s, first
}

// mojibakeRuns finds the runs that look like UTF-8 decoded as a single-byte
// code page (ftfy UTF8_DETECTOR_RE): one or more lead characters each
// followed by the right number of continuation characters, not preceded
// by a strict continuation character. It returns byte index pairs.
func mojibakeRuns(s string) [][2]int {
	mojibakeInit()
	var out [][2]int
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < 0x80 || mjContStrict[prev] {
			prev = r
			i += n
			continue
		}
		end := i
		for {
			e := mojibakeSeq(s, end)
			if e < 0 {
				break
			}
			end = e
		}
		if end > i {
			out = append(out, [2]int{i, end})
			_, pn := utf8.DecodeLastRuneInString(s[:end])
			prev, _ = utf8.DecodeRuneInString(s[end-pn:])
			i = end
			continue
		}
		prev = r
		i += n
	}
	return out
}

// mojibakeSeq matches one lead character and its continuations at s[i:],
// returning the end or -1.
func mojibakeSeq(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	try := func(k int) int {
		j := i + n
		for ; k > 0; k-- {
			if j >= len(s) {
				return -1
			}
			c, m := utf8.DecodeRuneInString(s[j:])
			if !mjCont[c] {
				return -1
			}
			j += m
		}
		return j
	}
	if mjFirst2[r] {
		if e := try(1); e > 0 {
			return e
		}
	}
	if mjFirst3[r] {
		if e := try(2); e > 0 {
			return e
		}
	}
	if mjFirst4[r] {
		if e := try(3); e > 0 {
			return e
		}
	}
	return -1
}

// mojibakeFixRuns is ftfy's decode_inconsistent_utf8: fix each run that is
// bad on its own, leaving the rest of the text as it is.
func mojibakeFixRuns(s string) string {
	runs := mojibakeRuns(s)
	if len(runs) == 0 {
		return s
	}
	var sb strings.Builder
	last := 0
	for _, r := range runs {
		sub := s[r[0]:r[1]]
		if len(sub) >= len(s) || !mojibakeIsBad(sub) {
			continue
		}
		fixed, _ := mojibakeFix(sub)
		sb.WriteString(s[last:r[0]])
		sb.WriteString(fixed)
		last = r[1]
	}
	sb.WriteString(s[last:])
	return sb.String()
}
