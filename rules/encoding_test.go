package rules_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/rules"
)

var encodingParse = article.Parse

func encodingRule(t *testing.T, id string) rules.Rule {
	t.Helper()
	r, ok := rules.Lookup(id)
	if !ok {
		t.Fatalf("no rule %s", id)
	}
	return r
}

func TestEncodingRules(t *testing.T) {
	cases := []struct {
		rule, name, path, src string
		// lines are the 1-based lines that must be reported (nil: none).
		lines []int
		// fixed, when set, is the text after all fixes.
		fixed string
	}{
		// mojibake: positives
		{rule: "encoding/mojibake", name: "apostrophe", src: "It wasnâ€™t so.\n", lines: []int{1}, fixed: "It wasn’t so.\n"},
		{rule: "encoding/mojibake", name: "quotes and dashes", src: "He said â€œyesâ€\u009d â€“ twice.\n", lines: []int{1}, fixed: "He said “yes” – twice.\n"},
		{rule: "encoding/mojibake", name: "accents", src: "La rÃ©gion et lâ€™Ã©tÃ©.\n", lines: []int{1}, fixed: "La région et l’été.\n"},
		{rule: "encoding/mojibake", name: "double mojibake", src: "CafÃƒÂ© au lait\n", lines: []int{1}, fixed: "Café au lait\n"},
		{rule: "encoding/mojibake", name: "macron with C1", src: "The MÄ\u0081ori Party\n", lines: []int{1}, fixed: "The Māori Party\n"},
		{rule: "encoding/mojibake", name: "mixed with a correct apostrophe", src: "that doesn’â€™t follow\n", lines: []int{1}, fixed: "that doesn’’t follow\n"},
		{rule: "encoding/mojibake", name: "stray A-circumflex before a space", src: "First.Â Second.\n", lines: []int{1}, fixed: "First.\u00a0Second.\n"},
		{rule: "encoding/mojibake", name: "stray A-circumflex at line end", src: "First sentence.Â\nNext.\n", lines: []int{1}, fixed: "First sentence.\nNext.\n"},
		{rule: "encoding/mojibake", name: "two stray A-circumflex at line end", src: "The end.Â Â\nNext.\n", lines: []int{1}, fixed: "The end.\u00a0\nNext.\n"},
		{rule: "encoding/mojibake", name: "lost closing quote", src: "as the â€œHapMapâ€?). And â€œthisâ€ too.\n", lines: []int{1}, fixed: "as the “HapMap”). And “this” too.\n"},
		{rule: "encoding/mojibake", name: "lost closing quote beside a clean quote", src: "It’s â€œHapMapâ€?.\n", lines: []int{1}, fixed: "It’s “HapMap”.\n"},
		{rule: "encoding/mojibake", name: "list bullet lost", src: "Items:\n\nÂ The first one\n", lines: []int{3}},
		{rule: "encoding/mojibake", name: "front matter title", src: "---\ntitle: \"Itâ€™s here\"\n---\nBody.\n", lines: []int{2}, fixed: "---\ntitle: \"Itâ€™s here\"\n---\nBody.\n"},
		{rule: "encoding/mojibake", name: "html text", path: "a.html", src: "<p>Itâ€™s <b>here</b></p>\n", lines: []int{1}, fixed: "<p>It’s <b>here</b></p>\n"},
		{rule: "encoding/mojibake", name: "shift-jis dash", src: "an institution„Ÿboth for all\n", lines: []int{1}},
		{rule: "encoding/mojibake", name: "windows-1251 mojibake", src: "lвЂ™ouest\n", lines: []int{1}, fixed: "l’ouest\n"},
		// mojibake: near misses
		{rule: "encoding/mojibake", name: "real accents", src: "Ångström, São Paulo, Zürich, naïve café.\n"},
		{rule: "encoding/mojibake", name: "currency", src: "It cost £5 (€6) or ¥800 — cheap.\n"},
		{rule: "encoding/mojibake", name: "greek", src: "Η ¨ανατροφή¨ δυστυχώς από τους προπονητές\n"},
		{rule: "encoding/mojibake", name: "portuguese", src: "Vamos às compras à noite.\n"},
		{rule: "encoding/mojibake", name: "german quotes", src: "Er sagte „Über alles“ und ging.\n"},
		{rule: "encoding/mojibake", name: "fenced code", src: "Text.\n\n```\nprint(\"â€œ\")\n```\n"},
		{rule: "encoding/mojibake", name: "inline code", src: "The bytes show as `â€™` in Excel.\n"},
		{rule: "encoding/mojibake", name: "copyright", src: "[© Scoop Media](http://example.org/)\n"},
		{rule: "encoding/mojibake", name: "capital A circumflex word", src: "ÂNGELA and Âge\n"},

		// replacement-char
		{rule: "encoding/replacement-char", name: "run", src: "married ���� in May\n", lines: []int{1}},
		{rule: "encoding/replacement-char", name: "japanese quotes", src: "The University�fs plan\nand �eso-called�f rules\n", lines: []int{1, 2}},
		{rule: "encoding/replacement-char", name: "mojibake of U+FFFD", src: "broken ï¿½ here\n", lines: []int{1}},
		{rule: "encoding/replacement-char", name: "in code", src: "Decoders emit `\uFFFD`.\n"},

		// invisible-char
		{rule: "encoding/invisible-char", name: "zwsp around emphasis", src: "the film\u200b *Hobo*\u200b is\n", lines: []int{1}, fixed: "the film *Hobo* is\n"},
		{rule: "encoding/invisible-char", name: "zwsp between spaces", src: "from _Blade Runner_ \u200b or\nawesome. \u200b\n", lines: []int{1, 2}, fixed: "from _Blade Runner_ or\nawesome.\n"},
		{rule: "encoding/invisible-char", name: "soft hyphen in word", src: "guide\u00adlines and assess\u00adments\n", lines: []int{1}, fixed: "guidelines and assessments\n"},
		{rule: "encoding/invisible-char", name: "soft hyphen before hyphen", src: "trade\u00ad-based\n", lines: []int{1}, fixed: "trade-based\n"},
		{rule: "encoding/invisible-char", name: "soft hyphen between digits", src: "6\u00ad8 per cent\n", lines: []int{1}, fixed: "6\u00ad8 per cent\n"},
		{rule: "encoding/invisible-char", name: "mid-file BOM", src: "One\ntwo\ufeff three\n", lines: []int{2}, fixed: "One\ntwo three\n"},
		{rule: "encoding/invisible-char", name: "word joiner", src: "a\u2060b\n", lines: []int{1}, fixed: "ab\n"},
		{rule: "encoding/invisible-char", name: "ZWJ between Latin letters", src: "wo\u200drd\n", lines: []int{1}, fixed: "word\n"},
		{rule: "encoding/invisible-char", name: "leading BOM", src: "\ufeff---\ntitle: x\n---\nText.\n"},
		{rule: "encoding/invisible-char", name: "emoji ZWJ sequence", src: "Family 👨\u200d👩\u200d👧 and 🤷\u200d♂️ shrug\n"},
		{rule: "encoding/invisible-char", name: "persian ZWNJ", src: "می\u200cخواهم\n"},
		{rule: "encoding/invisible-char", name: "devanagari ZWJ", src: "क्\u200dष\n"},
		{rule: "encoding/invisible-char", name: "thai ZWSP", src: "ภาษา\u200bไทย\n"},
		{rule: "encoding/invisible-char", name: "in code", src: "Use `a\u200bb` to test.\n"},

		// control-char
		{rule: "encoding/control-char", name: "C1 apostrophe", src: "don\u0092t\n", lines: []int{1}, fixed: "don’t\n"},
		{rule: "encoding/control-char", name: "C1 ellipsis and quote", src: "parlé\u0085 Tu\n", lines: []int{1}, fixed: "parlé… Tu\n"},
		{rule: "encoding/control-char", name: "vertical tab between words", src: "one\u000btwo\n", lines: []int{1}, fixed: "one two\n"},
		{rule: "encoding/control-char", name: "bell", src: "ding\u0007\n", lines: []int{1}, fixed: "ding\n"},
		{rule: "encoding/control-char", name: "ansi", src: "\x1b[1;31mred\x1b[0m text\n", lines: []int{1}, fixed: "red text\n"},
		{rule: "encoding/control-char", name: "tabs and CRLF", src: "a\tb\r\nc\r\n"},
		{rule: "encoding/control-char", name: "C1 inside mojibake is left to mojibake", src: "â€\u009d\n"},

		// invalid-utf8
		{rule: "encoding/invalid-utf8", name: "cp1252 apostrophe", src: "don\x92t\n", lines: []int{1}, fixed: "don’t\n"},
		{rule: "encoding/invalid-utf8", name: "latin-1 letter", src: "line one\ncaf\xe9 two\n", lines: []int{2}, fixed: "line one\ncafé two\n"},
		{rule: "encoding/invalid-utf8", name: "unknown encoding", src: "\x82\xa0\x82\xa2\x82\xa4 and \x92\n", lines: []int{1}, fixed: "\x82\xa0\x82\xa2\x82\xa4 and \x92\n"},
		{rule: "encoding/invalid-utf8", name: "valid", src: "café ’ “ok”\n"},
	}
	for _, c := range cases {
		t.Run(c.rule+"/"+c.name, func(t *testing.T) {
			r := encodingRule(t, c.rule)
			path := c.path
			if path == "" {
				path = "a.md"
			}
			fs := lintWith(t, r, path, c.src)
			seen := map[int]bool{}
			for _, f := range fs {
				for l := f.Line; l <= f.EndLine; l++ {
					seen[l] = true
				}
			}
			for _, l := range c.lines {
				if !seen[l] {
					t.Errorf("line %d not reported; findings: %+v", l, fs)
				}
			}
			if len(c.lines) == 0 && len(fs) > 0 {
				t.Errorf("unexpected finding %d:%d %s", fs[0].Line, fs[0].Column, fs[0].Message)
			}
			if c.fixed != "" {
				got := fixWith(t, r, path, c.src)
				if got != c.fixed {
					t.Errorf("fixed\n got: %q\nwant: %q", got, c.fixed)
				}
				if utf8.ValidString(c.src) && !utf8.ValidString(got) {
					t.Errorf("fix produced invalid UTF-8")
				}
			}
		})
	}
}

// TestMojibakeNegatives runs the mojibake rule over ftfy's must-not-change
// cases (copied under testdata/ftfy with their licence note).
func TestMojibakeNegatives(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "ftfy", "negative.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cs []struct {
		Label, Original string
		Fixed           string `json:"fixed"`
		FixedEncoding   string `json:"fixed-encoding"`
	}
	if err := json.Unmarshal(b, &cs); err != nil {
		t.Fatal(err)
	}
	r := encodingRule(t, "encoding/mojibake")
	for _, c := range cs {
		want := c.FixedEncoding
		if want == "" {
			want = c.Fixed
		}
		if want != c.Original {
			continue // ftfy changes it (C1 controls: a control-char matter)
		}
		if fs := lintWith(t, r, "a.txt", c.Original+"\n"); len(fs) > 0 {
			t.Errorf("%s: reported %s", c.Label, fs[0].Message)
		}
	}
}

// TestEncodingNeverCrashes feeds broken bytes to every encoding rule.
func TestEncodingNeverCrashes(t *testing.T) {
	inputs := []string{"\xfe\xfd", "a\xc3", "\xe2\x80", "Â", "\u200b", "â€", "\x1b[", "\u0085", "\xef\xbb\xbf\xef\xbb\xbf", "x\xc2\x85\xe2"}
	for _, r := range rules.All() {
		if !strings.HasPrefix(r.Meta().ID, "encoding/") {
			continue
		}
		for _, in := range inputs {
			lintWith(t, r, "a.md", in)
			got := fixWith(t, r, "a.md", in)
			if utf8.ValidString(in) && !utf8.ValidString(got) {
				t.Errorf("%s: fix of %q gave invalid UTF-8 %q", r.Meta().ID, in, got)
			}
		}
	}
}

func BenchmarkEncodingASCII(b *testing.B) {
	src := []byte(strings.Repeat("The council met on Monday to discuss the budget, and it passed.\n", 20000))
	var rs []rules.Rule
	for _, r := range rules.All() {
		if strings.HasPrefix(r.Meta().ID, "encoding/") {
			rs = append(rs, r)
		}
	}
	e := rules.NewEngine(rs)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		d, _ := encodingParse("a.md", src)
		e.Run(d)
	}
}

func BenchmarkEncodingUnicode(b *testing.B) {
	src := []byte(strings.Repeat("The café’s “menu” — naïve Zürich prices: £5, and the Māori name.\n", 20000))
	var rs []rules.Rule
	for _, r := range rules.All() {
		if strings.HasPrefix(r.Meta().ID, "encoding/") {
			rs = append(rs, r)
		}
	}
	e := rules.NewEngine(rs)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		d, _ := encodingParse("a.md", src)
		e.Run(d)
	}
}
