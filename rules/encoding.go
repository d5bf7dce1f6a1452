package rules

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"github.com/scrapelint/scrapelint/article"
)

// The encoding family: damage done to the characters themselves — UTF-8
// read through a legacy code page (mojibake), characters lost to U+FFFD,
// invisible characters, control characters and bytes that are not UTF-8.

func init() {
	Register(New(Meta{
		ID:       "encoding/mojibake",
		Severity: Error,
		Fix:      Safe,
		Summary:  "UTF-8 text decoded through a legacy code page (`â€™` for `’`, `Ã©` for `é`, `Â ` for a no-break space).",
		What: "Finds runs of characters that are UTF-8 bytes read as Windows-1252, Latin-1, " +
			"Windows-1250/1251/1253/1254/1257, ISO-8859-2, MacRoman or CP437: `â€™`, `â€œ`, `â€“`, `Ã©`, " +
			"`Ã¼`, a stray `Â` before a space, `MÄori` for `Māori`, and double mojibake such as `Ã¢â‚¬â„¢`. " +
			"Detection is a port of ftfy's badness heuristic: it looks for juxtapositions of characters " +
			"that almost never occur in real text, so accented words, Greek, Cyrillic and maths are left alone.",
		Why: "Readers see garbage where punctuation and accented letters should be, and names are " +
			"misspelled in a way search cannot match.",
		FixNote: "Safe: the run is encoded back to the bytes it was decoded from and decoded as UTF-8, " +
			"repeated for double mojibake, the way ftfy does it. The fix is offered only when those bytes " +
			"are valid UTF-8, no replacement character appears and the result scores as less weird; " +
			"damage that lost bytes on the way is reported without a fix, except `â€?`, `â€�` or a bare `â€`, " +
			"a right double quote whose undefined third byte was dropped: its repair to `”` is offered as an unsafe fix. " +
			"Damage inside front matter is reported but never rewritten.",
		Examples: []Example{
			{Bad: "It doesnâ€™t matter.\n", Good: "It doesn’t matter.\n", Fixed: "It doesn’t matter.\n"},
			{Bad: "The cafÃ© opened on Monday.\n", Good: "The café opened on Monday.\n", Fixed: "The café opened on Monday.\n"},
			{Bad: "He said â€œnoâ€\u009d twice.\n", Good: "Ãngel Di María scored.\n", Fixed: "He said “no” twice.\n"},
			{Bad: "It is oneÃ¢â‚¬â„¢s home.\n", Good: "Η ¨ανατροφή¨ δυστυχώς\n", Fixed: "It is one’s home.\n"},
			{Bad: "Training for 1,820 MÄ\u0081ori students.\n", Good: "Training for 1,820 Māori students.\n", Fixed: "Training for 1,820 Māori students.\n"},
			{Bad: "Text: â€œquoteâ€\u009d\n\n```\nâ€œ\n```\n", Good: "Code:\n\n```\nprintf(\"â€œ\");\n```\n", Fixed: "Text: “quote”\n\n```\nâ€œ\n```\n"},
			{Bad: "We met.Â The end.\n", Good: "Prices: £5, ¥300 and 20 €.\n", Fixed: "We met.\u00a0The end.\n"},
		},
		ReadsFrontMatter: true,
	}, checkMojibake))

	Register(New(Meta{
		ID:       "encoding/replacement-char",
		Severity: Error,
		Fix:      NoFix,
		Summary:  "Replacement character `�` (U+FFFD) where characters were lost in decoding.",
		What: "Finds U+FFFD REPLACEMENT CHARACTER, alone or in runs (`����`), and its own mojibake `ï¿½`. " +
			"Text decoded with the wrong code page often shows it in place of quotes and apostrophes " +
			"(`University�fs`).",
		Why: "A decoder could not read the original bytes and put `�` in their place: the reader sees " +
			"a hole where a letter, quote or emoji was.",
		FixNote: "None: the original characters are gone and cannot be computed from the text; " +
			"restore them from the source.",
		Examples: []Example{
			{Bad: "They married in Ireland ���� last year.\n", Good: "They married in Ireland last year.\n"},
			{Bad: "The University�fs report.\n", Good: "The University’s report.\n"},
			{Bad: "Bad: ï¿½\n", Good: "The decoder prints `�` for bad bytes.\n"},
		},
		Triggers:         []string{"\uFFFD", "ï¿½"},
		ReadsFrontMatter: true,
	}, checkReplacementChar))

	Register(New(Meta{
		ID:       "encoding/invisible-char",
		Severity: Warning,
		Fix:      Safe,
		Summary:  "Invisible character in the text: zero-width space, word joiner, soft hyphen or a byte order mark after the start of the file.",
		What: "Finds U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER, U+00AD SOFT HYPHEN, U+FEFF (a byte order " +
			"mark anywhere but at the very start of the file) and zero-width joiners (U+200C, U+200D) " +
			"between Latin letters. Joiners in emoji sequences and in scripts that need them (Arabic, " +
			"Persian, Indic scripts) and zero-width spaces that separate words in Thai, Lao, Khmer, " +
			"Burmese, Chinese or Japanese are left alone.",
		Why: "Copied from a CMS or a PDF, these characters are invisible but break search, word counts, " +
			"spell checking and sometimes hyphenate words in the middle (`trade\u00ad-based`).",
		FixNote: "Safe: deletes the characters. A soft hyphen between two digits stood for a dash " +
			"(`6\u00ad8 per cent`) and is only reported, because deleting it would join the numbers.",
		Examples: []Example{
			{Bad: "The film\u200b *Hobo*\u200b opens today.\n", Good: "The film *Hobo* opens today.\n", Fixed: "The film *Hobo* opens today.\n"},
			{Bad: "A trade\u00ad-based economy.\n", Good: "A trade-based economy.\n", Fixed: "A trade-based economy.\n"},
			{Bad: "Cardiovas\u00adcular health.\n", Good: "Family: 👨\u200d👩\u200d👧 and می\u200cخواهم\n", Fixed: "Cardiovascular health.\n"},
			{Bad: "First line.\nSecond\ufeff line.\n", Good: "\ufeffFirst line.\n", Fixed: "First line.\nSecond line.\n"},
			{Bad: "Rates of 6\u00ad8 per cent.\n", Good: "ภาษาไทย\u200bง่าย\n"},
		},
		Triggers:         []string{"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"},
		ReadsFrontMatter: true,
	}, checkInvisibleChars))

	Register(New(Meta{
		ID:       "encoding/control-char",
		Severity: Error,
		Fix:      Safe,
		Summary:  "Control character in the text (C0 other than tab and line breaks, DEL, C1 U+0080–U+009F, ANSI escapes).",
		What: "Finds C0 control characters other than tab, line feed and carriage return, DEL, ANSI " +
			"colour escapes (`ESC[31m`), deprecated format characters U+206A–U+206F, interlinear " +
			"annotation characters U+FFF9–U+FFFC, and C1 controls U+0080–U+009F, which appear when " +
			"Windows-1252 text was decoded as Latin-1 (U+0092 for `’`, U+0085 for `…`).",
		Why: "Control characters have no place in an article: they are invisible or shown as boxes, and " +
			"C1 controls are punctuation that lost its meaning on the way.",
		FixNote: "Safe: C1 controls become the Windows-1252 character they stand for (what HTML5 " +
			"browsers do); the five code points Windows-1252 leaves undefined and C0 controls are " +
			"deleted, except that a vertical tab or separator between two words becomes a space. " +
			"C1 controls inside a mojibake run are left to encoding/mojibake.",
		Examples: []Example{
			{Bad: "It doesn\u0092t matter\u0085\n", Good: "It doesn’t matter…\n", Fixed: "It doesn’t matter…\n"},
			{Bad: "Line\u000bbreak and a bell\u0007.\n", Good: "Tab\tseparated.\n", Fixed: "Line break and a bell.\n"},
			{Bad: "Status: \x1b[31mfailed\x1b[0m\n", Good: "Status: failed\n", Fixed: "Status: failed\n"},
		},
		Triggers:         encodingControlTriggers(),
		ReadsFrontMatter: true,
	}, checkControlChars))

	Register(New(Meta{
		ID:       "encoding/invalid-utf8",
		Severity: Error,
		Fix:      Safe,
		Summary:  "Bytes that are not valid UTF-8.",
		What: "Finds bytes that do not form UTF-8: a Windows-1252 apostrophe or accented letter pasted " +
			"into a UTF-8 file (`don\\x92t`, `caf\\xe9`), truncated sequences, encoded surrogates.",
		Why: "Every tool that reads the file must guess what the bytes meant; most show `�` or refuse " +
			"the file.",
		FixNote: "Safe only when the file is clearly UTF-8 with stray Windows-1252 characters: every " +
			"invalid run in the file is one or two bytes that Windows-1252 maps to a letter or a " +
			"typographic sign. Then each run is decoded as Windows-1252. Otherwise the bytes are " +
			"reported without a fix, since their encoding cannot be known.",
		Examples: []Example{
			{Bad: "It doesn\x92t matter at the caf\xe9.\n", Good: "It doesn’t matter at the café.\n", Fixed: "It doesn’t matter at the café.\n"},
			{Bad: "Broken \xed\xa0\x80 surrogate.\n", Good: "Fine text.\n"},
		},
		ReadsFrontMatter: true,
	}, checkInvalidUTF8))
}

// encodingProse calls fn for each piece of the line [s,e) that is prose
// (outside code, link destinations, tags and URLs).
func encodingProse(d *article.Doc, s, e int, fn func(ps, pe int)) {
	np := d.NonProse()
	i := sort.Search(len(np), func(k int) bool { return np[k].End > s })
	pos := s
	for ; i < len(np) && np[i].Start < e && pos < e; i++ {
		if np[i].Start > pos {
			fn(pos, np[i].Start)
		}
		if np[i].End > pos {
			pos = np[i].End
		}
	}
	if pos < e {
		fn(pos, e)
	}
}

// encodingFirstHigh returns the offset of the first byte >= 0x80 at or
// after from, or -1; it tests eight bytes at a time so that pure-ASCII
// articles cost next to nothing.
func encodingFirstHigh(b []byte, from int) int {
	i := from
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= 0x80 {
			return i
		}
	}
	return -1
}

func encodingHasHighByte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

func checkMojibake(ctx *Context) {
	d := ctx.Doc
	src := d.Src
	start := encodingFirstHigh(src, d.BOM)
	if start < 0 {
		return
	}
	mojibakeInit()
	for ln := d.LineOf(start); ln < d.LineCount(); ln++ {
		s, e, _ := d.Line(ln)
		if !encodingHasHighByte(src[s:e]) {
			continue
		}
		encodingProse(d, s, e, func(ps, pe int) {
			if encodingHasHighByte(src[ps:pe]) {
				checkMojibakePiece(ctx, ps, pe)
			}
		})
	}
}

// mojibakeRepair returns the repaired text and the code page it was
// decoded through, or ok=false when the repair is not clearly better.
func mojibakeRepair(text string) (fixed, how string, ok bool) {
	if !utf8.ValidString(text) || !mojibakeIsBad(text) {
		return text, "", false
	}
	fixed, how = mojibakeFix(text)
	if fixed == text || !utf8.ValidString(fixed) {
		return text, "", false
	}
	if strings.Count(fixed, "\uFFFD") > strings.Count(text, "\uFFFD") {
		return text, "", false
	}
	if mojibakeBadness(fixed) >= mojibakeBadness(text) && utf8.RuneCountInString(fixed) >= utf8.RuneCountInString(text) {
		return text, "", false
	}
	return fixed, how, true
}

func checkMojibakePiece(ctx *Context, ps, pe int) {
	src := ctx.Doc.Src
	text := string(src[ps:pe])
	fixed, how, ok := mojibakeRepair(text)
	if !ok {
		mojibakeLeftovers(ctx, ps, pe)
		return
	}
	report := func(os, oe int, repl string) {
		// The message shows the whole damaged run ("Â£" → "£"), the edit
		// touches only the characters that change.
		bad, good := strings.TrimSpace(text[os:oe]), strings.TrimSpace(repl)
		os, oe, repl = encodingTrimCommon(text, os, oe, repl)
		if os == oe && repl == "" {
			return
		}
		if bad == "" || good == bad {
			bad, good = text[os:oe], repl
		}
		via := "UTF-8 read as " + how
		if how == "mixed" {
			via = "UTF-8 read through a single-byte code page"
		}
		ctx.Report(ps+os, ps+oe, fmt.Sprintf("mojibake %q should read %q (%s)", bad, good, via),
			ctx.Replace(ps+os, ps+oe, repl, fmt.Sprintf("replace %q with %q", bad, good)))
	}
	// ASCII letters, digits and punctuation survive every step of the
	// repair, so they anchor the damaged runs between them.
	anchor := func(c byte) bool { return c < 0x80 && c > ' ' }
	oi, fi := 0, 0
	type change struct {
		s, e int
		repl string
	}
	var changes []change
	for {
		oa, fa := oi, fi
		for oa < len(text) && !anchor(text[oa]) {
			oa++
		}
		for fa < len(fixed) && !anchor(fixed[fa]) {
			fa++
		}
		if text[oi:oa] != fixed[fi:fa] {
			changes = append(changes, change{oi, oa, fixed[fi:fa]})
		}
		if oa == len(text) || fa == len(fixed) {
			if oa != len(text) || fa != len(fixed) {
				report(0, len(text), fixed)
				return
			}
			break
		}
		if text[oa] != fixed[fa] {
			report(0, len(text), fixed)
			return
		}
		oi, fi = oa+1, fa+1
	}
	for _, c := range changes {
		report(c.s, c.e, c.repl)
	}
	if strings.HasSuffix(fixed, "Â") && (len(changes) == 0 || changes[len(changes)-1].e < len(text)) {
		mojibakeTrailingA(ctx, ps, pe)
	}
	mojibakeLostQuote(ctx, ps, pe)
}

// mojibakeLeftovers reports two shapes that the ftfy heuristic does not
// score: a lone "Â" closing a line (a no-break space whose 0xA0 byte was
// stripped with the trailing white space) and Shift-JIS punctuation read
// as Windows-1252 ("„Ÿ" for a dash) between Latin words.
func mojibakeLeftovers(ctx *Context, ps, pe int) {
	src := ctx.Doc.Src
	text := string(src[ps:pe])
	mojibakeTrailingA(ctx, ps, pe)
	mojibakeLostQuote(ctx, ps, pe)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != 0x81 && r != '‚' && r != 'ƒ' && r != '„' {
			i += n
			continue
		}
		t, m := utf8.DecodeRuneInString(text[i+n:])
		tb, ok := mojibakeCP1252Byte(t)
		if !ok || tb < 0x80 {
			i += n
			continue
		}
		lb, _ := mojibakeCP1252Byte(r)
		dec, err := japanese.ShiftJIS.NewDecoder().Bytes([]byte{lb, tb})
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+n+m:])
		if err == nil && utf8.RuneCount(dec) == 1 && mojibakeLatinOrSpace(prev) && mojibakeLatinOrSpace(next) {
			if d, _ := utf8.DecodeRune(dec); d != utf8.RuneError && (unicode.IsPunct(d) || unicode.IsSymbol(d)) {
				bad := text[i : i+n+m]
				ctx.Report(ps+i, ps+i+n+m, fmt.Sprintf("mojibake %q: Shift-JIS %q read as Windows-1252, probably a dash or quote", bad, string(dec)), nil)
			}
		}
		i += n + m
	}
}

// mojibakeTrailingA reports a lone "Â" closing a line after a letter or
// punctuation: a no-break space whose 0xA0 byte went with the trailing
// white space.
func mojibakeTrailingA(ctx *Context, ps, pe int) {
	src := ctx.Doc.Src
	text := string(src[ps:pe])
	if !strings.HasSuffix(text, "Â") || pe < len(src) && src[pe] != '\n' && src[pe] != '\r' {
		return
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:len(text)-len("Â")])
	if prev >= 'a' && prev <= 'z' || strings.ContainsRune(".,;:!?)\"'”’ \u00a0", prev) {
		s := pe - len("Â")
		ctx.Report(s, pe, "mojibake \"Â\" at the end of the line: a no-break space decoded as Windows-1252 whose second byte was stripped",
			ctx.Replace(s, pe, "", "delete the stray \"Â\""))
	}
}

// mojibakeLostQuote reports "â€" whose third byte was lost: a right double
// quote (E2 80 9D) read as Windows-1252, where 0x9D is undefined and was
// dropped or turned into "?" or "�". The repair to "”" is a guess, so the
// fix is unsafe.
func mojibakeLostQuote(ctx *Context, ps, pe int) {
	text := string(ctx.Doc.Src[ps:pe])
	for off := 0; ; {
		i := strings.Index(text[off:], "â€")
		if i < 0 {
			return
		}
		i += off
		e := i + len("â€")
		off = e
		next, n := utf8.DecodeRuneInString(text[e:])
		switch {
		case next == '?' || next == utf8.RuneError && n == 3:
			e += n
		case e == len(text) || next < 0x80 && next != '?':
		default:
			continue // a continuation character: ordinary mojibake
		}
		bad := text[i:e]
		ctx.Report(ps+i, ps+e, fmt.Sprintf("mojibake %q: a right double quote ” whose last byte was lost", bad),
			&Fix{Safety: Unsafe, Description: fmt.Sprintf("replace %q with ”", bad), Edits: []article.Edit{{Offset: ps + i, End: ps + e, Text: "”"}}})
	}
}

func mojibakeLatinOrSpace(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || r == ' ') || unicode.Is(unicode.Latin, r)
}

// mojibakeCP1252Byte returns the Windows-1252 byte of r, counting the
// five undefined bytes as their C1 controls.
func mojibakeCP1252Byte(r rune) (byte, bool) {
	if r < 0x80 {
		return byte(r), true
	}
	mojibakeInit()
	b, ok := mojibakeCodecs[1].enc[r]
	return b, ok
}

// encodingTrimCommon narrows text[s:e] → repl to the characters that differ.
func encodingTrimCommon(text string, s, e int, repl string) (int, int, string) {
	for s < e && len(repl) > 0 {
		r1, n1 := utf8.DecodeRuneInString(text[s:e])
		r2, n2 := utf8.DecodeRuneInString(repl)
		if r1 != r2 || n1 != n2 {
			break
		}
		s += n1
		repl = repl[n2:]
	}
	for s < e && len(repl) > 0 {
		r1, n1 := utf8.DecodeLastRuneInString(text[s:e])
		r2, n2 := utf8.DecodeLastRuneInString(repl)
		if r1 != r2 || n1 != n2 {
			break
		}
		e -= n1
		repl = repl[:len(repl)-n2]
	}
	return s, e, repl
}

func checkReplacementChar(ctx *Context) {
	d := ctx.Doc
	src := d.Src
	done := -1
	for _, h := range ctx.Hits() {
		if h < done || d.InNonProse(h) {
			continue
		}
		e := h
		for {
			switch {
			case strings.HasPrefix(string(src[e:min(e+3, len(src))]), "\uFFFD"):
				e += 3
				continue
			case strings.HasPrefix(string(src[e:min(e+6, len(src))]), "ï¿½"):
				e += 6
				continue
			}
			break
		}
		done = e
		n := strings.Count(string(src[h:e]), "\uFFFD") + strings.Count(string(src[h:e]), "ï¿½")
		msg := "replacement character � where text was lost in decoding"
		if n > 1 {
			msg = fmt.Sprintf("%d replacement characters � where text was lost in decoding", n)
		}
		if strings.Contains(string(src[h:e]), "ï¿½") {
			msg += " (shown as its mojibake ï¿½)"
		} else if n == 1 && e < len(src) && strings.IndexByte("efgh", src[e]) >= 0 {
			// Shift-JIS quotes are 0x81 0x65-0x68; 0x81 is lost, the
			// letter stays: "University�fs", "�equoted�f".
			msg += "; with the " + string(src[e]) + " after it, probably a quote or apostrophe from a Japanese code page"
		}
		ctx.Report(h, e, msg, nil)
	}
}

var invisibleNames = map[rune]string{
	0x200B: "zero-width space U+200B",
	0x200C: "zero-width non-joiner U+200C",
	0x200D: "zero-width joiner U+200D",
	0x2060: "word joiner U+2060",
	0xFEFF: "byte order mark U+FEFF",
	0x00AD: "soft hyphen U+00AD",
}

// invisibleNoSpaceScript reports scripts that separate words with zero-width spaces.
func invisibleNoSpaceScript(r rune) bool {
	return unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan,
		unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Javanese, unicode.Balinese)
}

// invisibleJoinerContext reports whether r is a character beside which the
// zero-width joiners are meaningful: anything but ASCII and Latin text.
func invisibleJoinerContext(r rune) bool {
	if r < 0x80 || r == utf8.RuneError || unicode.IsSpace(r) {
		return false
	}
	if unicode.Is(unicode.Latin, r) || unicode.IsPunct(r) {
		return false
	}
	return true
}

func checkInvisibleChars(ctx *Context) {
	d := ctx.Doc
	src := d.Src
	done := -1
	for _, h := range ctx.Hits() {
		if h < done {
			continue
		}
		if h == 0 && d.BOM > 0 {
			continue
		}
		e := h
		joinersOnly, shy, zwsp := true, false, false
		var names []string
		for e < len(src) {
			r, n := utf8.DecodeRune(src[e:])
			name, ok := invisibleNames[r]
			if !ok {
				break
			}
			if r != 0x200C && r != 0x200D {
				joinersOnly = false
			}
			shy = shy || r == 0x00AD
			zwsp = zwsp || r == 0x200B || r == 0x2060
			if len(names) == 0 || names[len(names)-1] != name {
				names = append(names, name)
			}
			e += n
		}
		done = e
		if e == h || d.InNonProse(h) {
			continue
		}
		prev, _ := utf8.DecodeLastRune(src[:h])
		next, _ := utf8.DecodeRune(src[e:])
		if joinersOnly && (invisibleJoinerContext(prev) || invisibleJoinerContext(next)) {
			continue
		}
		if zwsp && !shy && (invisibleNoSpaceScript(prev) || invisibleNoSpaceScript(next)) {
			continue
		}
		what := strings.Join(names, ", ")
		if e-h > 3 {
			what = fmt.Sprintf("%d invisible characters (%s)", utf8.RuneCount(src[h:e]), what)
		}
		if shy && unicode.IsDigit(prev) && unicode.IsDigit(next) {
			ctx.Report(h, e, what+" between digits, probably a lost dash", nil)
			continue
		}
		// Keep the spacing single: " \u200b " and a trailing " \u200b" lose
		// a space with the character.
		ds, de := h, e
		if prev == ' ' && next == ' ' {
			de++
		} else if prev == ' ' && (e == len(src) || src[e] == '\n' || src[e] == '\r') && h >= 2 && src[h-2] != ' ' {
			ds--
		}
		ctx.Report(h, e, what+" in the text", ctx.Replace(ds, de, "", "delete the invisible characters"))
	}
}

func encodingControlTriggers() []string {
	var out []string
	for c := rune(0); c < 0x20; c++ {
		if c != '\t' && c != '\n' && c != '\r' {
			out = append(out, string(c))
		}
	}
	out = append(out, "\x7f")
	for c := rune(0x80); c < 0xA0; c++ {
		out = append(out, string(c))
	}
	for c := rune(0x206A); c < 0x2070; c++ {
		out = append(out, string(c))
	}
	for c := rune(0xFFF9); c < 0xFFFD; c++ {
		out = append(out, string(c))
	}
	return out
}

func encodingIsControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7F || r >= 0x80 && r < 0xA0 ||
		r >= 0x206A && r < 0x2070 || r >= 0xFFF9 && r < 0xFFFD
}

var encodingANSIRe = lazyRegexp(`^\x1b\[[0-9;?]*[A-Za-z]`)

func checkControlChars(ctx *Context) {
	d := ctx.Doc
	src := d.Src
	mojibakeInit()
	done := -1
	for _, h := range ctx.Hits() {
		if h < done || !utf8.FullRune(src[h:]) {
			continue
		}
		if r, _ := utf8.DecodeRune(src[h:]); !encodingIsControl(r) {
			continue // a trigger byte inside another character
		}
		// A C1 control right after mojibake is part of the run that
		// encoding/mojibake repairs.
		prev, _ := utf8.DecodeLastRune(src[:h])
		e := h
		var repl strings.Builder
		var names []string
		c1InRun := false
		for e < len(src) {
			if m := encodingANSIRe().Find(src[e:]); m != nil {
				names = append(names, fmt.Sprintf("ANSI escape %q", m))
				e += len(m)
				continue
			}
			r, n := utf8.DecodeRune(src[e:])
			if !encodingIsControl(r) {
				break
			}
			switch {
			case r >= 0x80 && r < 0xA0:
				if e == h && prev >= 0x80 && mojibakeTakesC1(d, h, r) {
					c1InRun = true
				}
				if w := charmap.Windows1252.DecodeByte(byte(r)); w != utf8.RuneError {
					repl.WriteRune(w)
				}
				names = append(names, fmt.Sprintf("C1 control U+%04X", r))
			case r == 0x0B || r >= 0x1C && r <= 0x1F:
				names = append(names, fmt.Sprintf("control character U+%04X", r))
				repl.WriteString("\x00sep")
			default:
				names = append(names, fmt.Sprintf("control character U+%04X", r))
			}
			e += n
		}
		done = e
		if e == h || c1InRun || d.InNonProse(h) {
			continue
		}
		next, _ := utf8.DecodeRune(src[e:])
		text := repl.String()
		if strings.Contains(text, "\x00sep") {
			sep := ""
			if !unicode.IsSpace(prev) && !unicode.IsSpace(next) && h > 0 && e < len(src) {
				sep = " "
			}
			text = strings.ReplaceAll(text, "\x00sep", sep)
			if sep == " " {
				text = strings.ReplaceAll(text, "  ", " ")
			}
		}
		if len(names) > 3 {
			names = append(names[:3], "…")
		}
		ctx.Report(h, e, strings.Join(names, ", ")+" in the text",
			ctx.Replace(h, e, text, "replace or delete the control characters"))
	}
}

// mojibakeTakesC1 reports whether encoding/mojibake repairs the line
// around the C1 control r at off, so it is not reported twice.
func mojibakeTakesC1(d *article.Doc, off int, r rune) bool {
	s, e, _ := d.Line(d.LineOf(off))
	line := string(d.Src[s:e])
	fixed, _, ok := mojibakeRepair(line)
	return ok && strings.Count(fixed, string(r)) < strings.Count(line, string(r))
}

func checkInvalidUTF8(ctx *Context) {
	d := ctx.Doc
	src := d.Src
	if utf8.Valid(src) {
		return
	}
	type run struct{ s, e int }
	var runs []run
	for i := 0; i < len(src); {
		if src[i] < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if r != utf8.RuneError || n != 1 {
			i += n
			continue
		}
		if len(runs) > 0 && runs[len(runs)-1].e == i {
			runs[len(runs)-1].e++
		} else {
			runs = append(runs, run{i, i + 1})
		}
		i++
	}
	// Stray Windows-1252: every run is short and decodes to a letter or a
	// typographic sign.
	cp1252 := true
	for _, r := range runs {
		if r.e-r.s > 2 {
			cp1252 = false
			break
		}
		for _, b := range src[r.s:r.e] {
			w := charmap.Windows1252.DecodeByte(b)
			if w == utf8.RuneError || !(unicode.IsLetter(w) || strings.ContainsRune("‘’‚“”„…–—•€£©®°·«»¢¥§¶±×÷½¼¾¹²³µ™†‡‰ˆ˜\u00a0", w)) {
				cp1252 = false
				break
			}
		}
	}
	for _, r := range runs {
		var hex strings.Builder
		var dec strings.Builder
		for _, b := range src[r.s:r.e] {
			fmt.Fprintf(&hex, "\\x%02X", b)
			dec.WriteRune(charmap.Windows1252.DecodeByte(b))
		}
		if cp1252 {
			ctx.Report(r.s, r.e, fmt.Sprintf("invalid UTF-8 bytes %s (Windows-1252 %q)", hex.String(), dec.String()),
				ctx.Replace(r.s, r.e, dec.String(), "decode the bytes as Windows-1252"))
			continue
		}
		ctx.Report(r.s, r.e, fmt.Sprintf("invalid UTF-8 bytes %s", hex.String()), nil)
	}
}
