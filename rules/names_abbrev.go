package rules

import (
	"bytes"
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// nameAbbrevPairs are abbreviations that style guides write either with
// periods or without; one article should pick one.
// Projects add their own pairs (Dictionaries.Abbreviations).
var nameAbbrevPairs = []nameAbbrevPair{
	{"U.S.", "US"}, {"U.K.", "UK"}, {"E.U.", "EU"}, {"U.N.", "UN"}, {"U.A.E.", "UAE"}, {"D.C.", "DC"},
}

// nameAbbrevPair is one abbreviation in its two styles.
type nameAbbrevPair struct{ dotted, plain string }

// nameAbbrevHit is one occurrence of either style.
type nameAbbrevHit struct {
	start, end int
	dotted     bool
}

func checkAbbreviationStyle(ctx *Context) {
	d := ctx.Doc
	body := d.Src[d.FrontMatterEnd:]
	pairs := nameAbbrevPairs
	if extra := ctx.Dict.abbreviationPairs(); len(extra) > 0 {
		pairs = append(append([]nameAbbrevPair(nil), pairs...), extra...)
	}
	var caps map[int]bool // lines that are no style choice, shared by the pairs
	for _, p := range pairs {
		if !bytes.Contains(body, []byte(p.dotted)) || !bytes.Contains(body, []byte(p.plain)) {
			continue
		}
		var hits []nameAbbrevHit
		nd, np := 0, 0
		if caps == nil {
			caps = map[int]bool{}
		}
		for _, h := range nameAbbrevFind(d, p.dotted, true, caps) {
			hits = append(hits, h)
			nd++
		}
		for _, h := range nameAbbrevFind(d, p.plain, false, caps) {
			hits = append(hits, h)
			np++
		}
		if nd == 0 || np == 0 {
			continue
		}
		firstD, firstP := len(d.Src), len(d.Src)
		for _, h := range hits {
			if h.dotted && h.start < firstD {
				firstD = h.start
			}
			if !h.dotted && h.start < firstP {
				firstP = h.start
			}
		}
		// The minority style is reported; on a tie, the style that
		// appears later.
		minorityDotted := nd < np || nd == np && firstD > firstP
		major, minor, nMajor := p.plain, p.dotted, np
		majorAt := firstP
		if !minorityDotted {
			major, minor, nMajor = p.dotted, p.plain, nd
			majorAt = firstD
		}
		for _, h := range hits {
			if h.dotted != minorityDotted {
				continue
			}
			repl := major
			if !minorityDotted && h.end < len(d.Src) && d.Src[h.end] == '.' {
				repl = major[:len(major)-1] // "US." at a sentence end: the period stays
			}
			if minorityDotted && nameAbbrevEndsSentence(d.Src, h.end) {
				repl = major + "."
			}
			msg := fmt.Sprintf("%q is written %q elsewhere in the article (%d of %d mentions); use one style", minor, major, nMajor, nd+np)
			ctx.Report(h.start, h.end, msg, ctx.Replace(h.start, h.end, repl, fmt.Sprintf("write %q", major)),
				Related{Offset: majorAt, Message: fmt.Sprintf("%q is written here", major)})
		}
	}
}

// nameAbbrevFind returns the occurrences of one style in the body that are
// a style choice: whole tokens in prose, not inside an all-capitals line.
func nameAbbrevFind(d *article.Doc, tok string, dotted bool, capsLines map[int]bool) []nameAbbrevHit {
	src := d.Src
	t := []byte(tok)
	var out []nameAbbrevHit
	for at := d.FrontMatterEnd; ; {
		i := bytes.Index(src[at:], t)
		if i < 0 {
			break
		}
		s := at + i
		e := s + len(t)
		at = s + 1
		if s > 0 {
			r, _ := utf8.DecodeLastRune(src[:s])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '@' || r == '/' || r == '_' || r == '#' || r == '&' {
				continue
			}
		}
		if e < len(src) {
			r, _ := utf8.DecodeRune(src[e:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '_' || r == '/' || r == '@' {
				continue
			}
			if !dotted && r == '.' && e+1 < len(src) && isASCIIUpperByte(src[e+1]) {
				continue // "U.S" spelled without its last period, or an acronym chain
			}
		}
		if d.InNonProse(s) {
			continue
		}
		ln := d.LineOf(s)
		ls, le, _ := d.Line(ln)
		allCaps, ok := capsLines[ln]
		if !ok {
			allCaps = nameAllCapsLine(d, ln) || lineInCode(d, ln) || nameLinkOnlyLine(src[ls:le])
			capsLines[ln] = allCaps
		}
		if allCaps {
			continue
		}
		out = append(out, nameAbbrevHit{start: s, end: e, dotted: dotted})
	}
	return out
}

func isASCIIUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// nameAllCapsLine reports a line written in capitals (a shouted headline,
// a signature), where "US" is not a style choice. The abbreviations
// themselves do not count.
func nameAllCapsLine(d *article.Doc, ln int) bool {
	s, e, _ := d.Line(ln)
	up, low := 0, 0
	// np[k] is the first non-prose range ending after i (what
	// InNonProse looks up), followed as i moves on.
	np := d.NonProse()
	k, _ := slices.BinarySearchFunc(np, s, func(sp article.Span, off int) int {
		if sp.End <= off {
			return -1
		}
		return 1
	})
	for i := s; i < e; {
		if i+2 <= e && (string(d.Src[i:i+2]) == "US" || string(d.Src[i:i+2]) == "UK" || string(d.Src[i:i+2]) == "EU" || string(d.Src[i:i+2]) == "UN") {
			i += 2
			continue
		}
		// Even if every rune left were a capital there would be too
		// few: most lines are prose and tell after a third of their
		// length.
		if up+e-i < 3*low {
			return false
		}
		r, sz := rune(d.Src[i]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRune(d.Src[i:e])
		}
		for k < len(np) && np[k].End <= i {
			k++
		}
		if k < len(np) && np[k].Start <= i {
			i += sz
			continue
		}
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			low++
		}
		i += sz
	}
	return up >= 6 && up >= 3*low
}

// nameAbbrevEndsSentence guesses whether the period of "U.S." also ends a
// sentence: the line ends after it.
func nameAbbrevEndsSentence(src []byte, e int) bool {
	for e < len(src) && (src[e] == ' ' || src[e] == '\t') {
		e++
	}
	return e >= len(src) || src[e] == '\n' || src[e] == '\r'
}
