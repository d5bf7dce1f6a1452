package rules

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/corpus"
)

// The verbless-fragment scan uses fast forms of simpler definitions;
// these tests hold them to the definitions.

func TestIsWideSpace(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if isWideSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isWideSpace(%U) = %v", r, isWideSpace(r))
		}
	}
}

// fragmentTestStrings are random strings over the bytes and runes that
// the fragment checks treat specially, and some invalid UTF-8.
func fragmentTestStrings(n int) []string {
	parts := []string{"a", "B", "z", "'", "-", " ", "  ", "\t", ".", "!", "?", ",", "3", ":", "(", "“", "”", "’", "€", "–",
		"é", "Ж", "中", "\u00a0", "\u2009", "\u3000", "\u0085", "\u200b", "\xe2", "\xe2\x80", "\xc2", "<", "*", "_", "&", "word", "Word"}
	rng := rand.New(rand.NewSource(1))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rng.Intn(40); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		out[i] = b.String()
	}
	return out
}

func TestFragmentWordCount(t *testing.T) {
	banned := func(f string) bool {
		for i := 0; i < len(f); i++ {
			if c := f[i]; c < utf8.RuneSelf {
				if fragmentBanned[c] {
					return true
				}
				continue
			}
			for _, r := range []string{"“", "”", "‘", "’", "€", "£", "–", "—"} {
				if strings.HasPrefix(f[i:], r) {
					return true
				}
			}
		}
		return false
	}
	for _, s := range fragmentTestStrings(100000) {
		n, ok := fragmentWordCount(s)
		want := len(trWordsInto(nil, s))
		wantOK := !banned(s) && want <= 10
		if ok != wantOK || ok && n != want {
			t.Fatalf("fragmentWordCount(%q) = %d, %v; want %d, %v", s, n, ok, want, wantOK)
		}
	}
}

func TestLineShape(t *testing.T) {
	for _, s := range fragmentTestStrings(100000) {
		if s == "" {
			continue
		}
		plain, single := lineShape([]byte(s))
		wantPlain := !strings.ContainsAny(s, "<[]*_&")
		wantSingle := wantPlain && !strings.HasSuffix(s, " ") && !strings.Contains(s, "  ") &&
			strings.IndexFunc(s, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) < 0
		if plain != wantPlain || single != wantSingle {
			t.Fatalf("lineShape(%q) = %v, %v; want %v, %v", s, plain, single, wantPlain, wantSingle)
		}
	}
}

func TestIsAbbrev(t *testing.T) {
	for _, w := range []string{"Mr", "mr", "U.S", "Sept", "approx", "Approx", "x", "", "day", "Dec", "dec", "Monday", "etc", "résumé", "Ltd", "al", "ab", "Mrs", "Corp"} {
		want := len(w) <= 1 || strings.Contains(w, ".") || abbrevs[strings.ToLower(w)]
		if got := isAbbrev("It was " + w); got != want {
			t.Errorf("isAbbrev(%q) = %v, want %v", w, got, want)
		}
	}
}

// langBalanceRef is the plain definition of the language balance that
// scanWords computes: runs of one to four ASCII letters, looked up in
// languageWords.
func langBalanceRef(d *article.Doc) int {
	en, other := 0, 0
	src := d.Src[d.Body():]
	for i := 0; i < len(src); {
		if c := src[i] | 0x20; c < 'a' || c > 'z' {
			i++
			continue
		}
		s := i
		for i < len(src) && src[i]|0x20 >= 'a' && src[i]|0x20 <= 'z' {
			i++
		}
		if i-s <= 4 {
			switch langMark(src, s, i) {
			case 1:
				en++
			case -1:
				other++
			}
		}
	}
	return en - other
}

func TestScanWordsLanguage(t *testing.T) {
	g := &corpus.Generator{Seed: corpus.DefaultSeed}
	docs := []string{
		"Le président et les ministres sont dans la salle pour une réunion.\n",
		"Der Präsident und die Minister sind mit einer Delegation in den Saal gekommen.\n",
		"The president and the ministers are in the room, with 2nd-hand café_notes.\n",
		"---\ntitle: the the the\n---\nle les des et est une x1le and\n",
	}
	for i := 0; i < 40; i++ {
		docs = append(docs, string(g.Article(i).Data))
	}
	for i, src := range docs {
		d, err := article.Parse(fmt.Sprintf("doc%d.md", i), []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		_, _, _, lang := scanWords(d, tortured(), mistranslationIndex())
		if want := langBalanceRef(d); lang != want {
			t.Errorf("doc %d: language balance %d, want %d", i, lang, want)
		}
	}
}

// TestFragBanned8 holds fragBanned8 to fragmentBanned for every ASCII
// byte in every position, and fragmentWordCount's fast path to the
// definition on long ASCII strings.
func TestFragBanned8(t *testing.T) {
	for c := range utf8.RuneSelf {
		for p := range 8 {
			x := uint64(c)<<(8*p) | 0x6161616161616161&^(0xFF<<(8*p))
			bit := uint64(0x80) << (8 * p)
			if got := fragBanned8(x); got&bit != 0 != fragmentBanned[c] || got&^bit != 0 {
				t.Fatalf("fragBanned8: byte %#x at %d", c, p)
			}
		}
	}
	parts := []string{"a", "Bc", "word", " ", "  ", ".", ",", "-", "'", "3", "é", "x y", "*", "<", "{"}
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for k := rng.Intn(30); k >= 0; k-- {
			p := parts[rng.Intn(len(parts))]
			if rng.Intn(4) > 0 {
				p = parts[rng.Intn(5)]
			}
			b.WriteString(p)
		}
		s := b.String()
		n, ok := fragmentWordCount(s)
		want := len(trWordsInto(nil, s))
		wantOK := !strings.ContainsAny(s, "-'3") && want <= 10
		if ok != wantOK || ok && n != want {
			t.Fatalf("fragmentWordCount(%q) = %d, %v; want %d, %v", s, n, ok, want, wantOK)
		}
	}
}

// TestHasForeignLead holds the chunked hasForeignLead to a byte loop.
func TestHasForeignLead(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	for i := 0; i < 20000; i++ {
		b := make([]byte, rng.Intn(40))
		for j := range b {
			b[j] = byte('a' + rng.Intn(26))
			if rng.Intn(30) == 0 {
				b[j] = byte(0x80 + rng.Intn(0x80))
			}
		}
		want := false
		for _, c := range b {
			want = want || isForeignLead(c)
		}
		if hasForeignLead(b) != want {
			t.Fatalf("hasForeignLead(%q) = %v", b, !want)
		}
	}
}

// TestWrappedParagraph holds wrappedParagraph to article.Visible: when
// it accepts a line, Visible returns the text between the tags.
func TestWrappedParagraph(t *testing.T) {
	inners := fragmentTestStrings(50000)
	inners = append(inners, "# Heading", "> quote", "- item", "+ item", "-x", "a &amp; b", "x  y", "x\ty", "#", "- ", "x ")
	accepted := 0
	for _, in := range inners {
		line := []byte("<p>" + in + "</p>")
		if !wrappedParagraph(line) {
			continue
		}
		accepted++
		if v := article.Visible(line); v != in {
			t.Fatalf("wrappedParagraph(%q): Visible gives %q", line, v)
		}
	}
	if accepted < 1000 {
		t.Fatalf("only %d lines accepted", accepted)
	}
}
