package rules_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/rules"
)

func namesRule(t *testing.T, id string) rules.Rule {
	t.Helper()
	r, ok := rules.Lookup(id)
	if !ok {
		t.Fatalf("rule %s not registered", id)
	}
	return r
}

// namesCase is one table row: the text, and the reported spans' texts in
// order (none for a negative).
type namesCase struct {
	name string
	src  string
	want []string
}

func runNamesCases(t *testing.T, id string, cases []namesCase) {
	t.Helper()
	r := namesRule(t, id)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := lintWith(t, r, "a.md", c.src)
			var got []string
			for _, f := range fs {
				got = append(got, c.src[f.Offset:f.EndOffset])
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestNamesVariantSpelling(t *testing.T) {
	runNamesCases(t, "names/variant-spelling", []namesCase{
		{"diacritics minority", "Erdoğan said so. Later Erdoğan left. Then Erdogan returned.\n", []string{"Erdogan"}},
		{"transliteration", "Crown Prince Mohammed bin Salman met them. Mohammed bin Salman spoke. Muhammad bin Salman left.\n", []string{"Muhammad"}},
		{"typo of a recurring name", "The envoy Lindqvist spoke. Later Lindqvist left and Lindqvits returned.\n", []string{"Lindqvits"}},
		{"tie reports the later", "The mayor Okonkwo spoke, and later Okonkow answered.\n", []string{"Okonkow"}},
		{"gazetteer spelling wins a tie", "Fans of Rodrigeuz cheered the film. Later Rodriguez thanked them.\n", []string{"Rodrigeuz"}},
		{"place alias", "Talks in Kyiv resumed. Officials in Kyiv said the mayor of Kiev agreed.\n", []string{"Kiev"}},
		{"every minority occurrence", "Te Pāti Māori won. Māori voters and Māori leaders met. Maori land, Maori water.\n", []string{"Maori", "Maori"}},
		// near misses that must stay quiet
		{"different first names", "Anna Kowalski met Adam Kowalsky. Kowalski and Kowalsky disagreed.\n", nil},
		{"two real surnames", "Boris Johnson met Mark Johnston on Monday.\n", nil},
		{"distinct pair", "Kim Jong Un succeeded Kim Jong Il. Iran and Iraq met.\n", nil},
		{"derived adjective", "Israel said Israeli troops left. Palestine and Palestinian groups met.\n", nil},
		{"ordinary words", "The Center opened. The Centre closed. From the Form we learn.\n", nil},
		{"case and apostrophe style", "We’d go. We'd stay. The al-Fitr feast and the Al-Fitr prayers.\n", nil},
		{"given names of two people", "Brianna Lee spoke. Later Brianne Cole answered.\n", nil},
		{"place and given name", "Growth in Asia slowed, said Asya Pereltsvaig.\n", nil},
		{"quoted typo kept", "Jacob Wohl spoke. Wohl left. The email said “ask Burkman n Whol about it.”\n", nil},
		{"code is not prose", "Erdoğan spoke. Erdoğan left. `Erdogan` is the ASCII key.\n", nil},
	})
}

func TestNamesAbbreviationStyle(t *testing.T) {
	runNamesCases(t, "names/abbreviation-style", []namesCase{
		{"plain minority", "The U.S. envoy and the U.S. embassy. US troops left.\n", []string{"US"}},
		{"dotted minority", "The US envoy and the US embassy. U.S. troops left.\n", []string{"U.S."}},
		{"tie reports the later", "US troops left. U.S. officials stayed.\n", []string{"U.S."}},
		{"compound counts", "U.S. aid grew. The U.S.-PNG deal. The US-PNG pact.\n", []string{"US"}},
		{"each pair separately", "The U.K. and the UK. The UK again. The E.U. and the E.U. and the EU.\n", []string{"U.K.", "EU"}},
		{"other tokens", "The U.S. rate. The USA and USD and US$4. Tell us. U.S. again.\n", nil},
		{"all-caps line", "The U.S. envoy spoke.\n\nBREAKING NEWS: US TROOPS LEAVE KABUL\n", nil},
		{"link list", "The U.S. envoy spoke.\n\n- [US Courts](https://www.uscourts.gov/)\n", nil},
		{"code", "The U.S. envoy spoke. Run `US=1 make`.\n", nil},
	})
}

func TestNamesMisspelledKnownName(t *testing.T) {
	runNamesCases(t, "names/misspelled-known-name", []namesCase{
		{"both names off", "Secretary of State Anthony Brinken said so.\n", []string{"Anthony Brinken"}},
		{"surname alone after the full name", "Anthony Brinken said so. Brinken’s aide agreed.\n", []string{"Anthony Brinken", "Brinken"}},
		{"dropped letter", "The minister, Justine Greeing, announced cuts.\n", []string{"Justine Greeing"}},
		{"transposed letters", "A film by Robert Rodrigeuz opened.\n", []string{"Robert Rodrigeuz"}},
		{"correct name elsewhere", "Prime Minister Benjamin Netanyahu spoke. Later Netanyhu met the cabinet.\n", []string{"Netanyhu"}},
		{"famous surname after a title", "On Monday President Zelenksy met Chancellor Merkell.\n", []string{"Zelenksy", "Merkell"}},
		{"unknown surname after a title", "Mayor Okafor and Senator Blinkhorn spoke.\n", nil},
		{"famous given name slip", "President Emanuel Macron met Hilary Clinton.\n", []string{"Emanuel Macron", "Hilary Clinton"}},
		{"common given name variants", "John Stewart, Marc Carney, Daniela Craig and Jon Kerry spoke.\n", nil},
		{"diacritics folded", "President Recep Tayyip Erdogan spoke.\n", nil},
		{"correct names", "Antony Blinken met Justine Greening and Jason Eisener.\n", nil},
		{"real surname near a famous one", "Coach Mike Johnston praised the team.\n", nil},
		{"different first name", "Local artist Maria Blinkin showed her work.\n", nil},
		{"gendered surname", "The actress Anna Netrebkova sang. Then Emmanuelle Macrona spoke.\n", nil},
		{"ordinary word as surname", "Deputy Tom West will lead. Joe Bide spoke.\n", nil},
		{"code span", "Run `Anthony Brinken` now.\n", nil},
	})
}

func TestNamesSpunInstitution(t *testing.T) {
	runNamesCases(t, "names/spun-institution", []namesCase{
		{"one word swapped", "The Wall Avenue Journal reported it.\n", []string{"The Wall Avenue Journal"}},
		{"agency", "Officials told Related Press on Monday.\n", []string{"Related Press"}},
		{"multi-word synonym", "The Washington Put up reported it.\n", []string{"The Washington Put up"}},
		{"several words", "The World Well being Group warned.\n", []string{"World Well being Group"}},
		{"party", "The Labour Get together won the seat.\n", []string{"Labour Get together"}},
		{"real names", "The Wall Street Journal and Fox News and the Associated Press.\n", nil},
		{"longer name continues", "See the Related Press Releases below.\n", nil},
		{"lower case prose", "Officials told the press about related news.\n", nil},
		{"of and a name follows", "She heads the State Division of Parks.\n", nil},
	})
}

func TestNamesFixes(t *testing.T) {
	for _, c := range []struct{ id, src, want string }{
		{"names/misspelled-known-name", "Secretary Anthony Brinken spoke. Brinken’s aide agreed.\n", "Secretary Antony Blinken spoke. Blinken’s aide agreed.\n"},
		{"names/abbreviation-style", "The U.S. envoy, the U.S. embassy. They left the US.\n", "The U.S. envoy, the U.S. embassy. They left the U.S.\n"},
		{"names/abbreviation-style", "The US envoy, the US embassy. They left the U.S.\n", "The US envoy, the US embassy. They left the US.\n"},
		{"names/variant-spelling", "Erdoğan said so. Erdoğan left. Erdogan returned.\n", "Erdoğan said so. Erdoğan left. Erdoğan returned.\n"},
		{"names/spun-institution", "In an interview with Fox Information, she agreed.\n", "In an interview with Fox News, she agreed.\n"},
	} {
		if got := fixWith(t, namesRule(t, c.id), "a.md", c.src); got != c.want {
			t.Errorf("%s fix:\n got %q\nwant %q", c.id, got, c.want)
		}
	}
}

// TestNamesSpecimen checks the specimen: names findings on lines 4,
// 5 and 9 (the misspelt Secretary of State) and on each line of the
// minority "US" style (3, 3, 13, 19, 22), nothing else.
func TestNamesSpecimen(t *testing.T) {
	src := strings.Join([]string{
		"[ad_1]",
		"Zalmay Khalilzad has been under pressure since the fall of the Afghan government.",
		"The US State Department announced that Zalmay Khalilzad, the top US envoy to Afghanistan, will step down.",
		"Secretary of State Anthony Brinken said that West will work with the U.S. Embassy in Doha in relation to the U.S. in Afghanistan.",
		"Brinken’s statement said: “I thank him for serving the American people for decades.”",
		"A person familiar with the situation told Reuters that Khalilzad submitted his resignation.",
		"His departure came after the Biden administration’s first formal meeting with the Taliban.",
		"The meeting followed the U.S. withdrawal in Doha in early October.",
		"In a letter to Secretary of State Anthony Brinken, Khalilzad defended his record.",
		"Agence France-Presse quoted him.",
		"The U.S. official said the senior U.S. diplomat had little interest in the U.S. government.",
		"‘Facing diplomatic failure’",
		"He reached an agreement to withdraw US troops in February 2020.",
		"Current and former U.S. officials told Reuters.",
		"Khalilzad helped the United States evacuate citizens working for the US government.",
		"He said the Taliban had not attacked the US military.",
		"[ad_2]",
	}, "\n") + "\n"
	var lines []int
	for _, id := range []string{"names/variant-spelling", "names/abbreviation-style", "names/misspelled-known-name", "names/spun-institution"} {
		for _, f := range lintWith(t, namesRule(t, id), "seed.txt", src) {
			lines = append(lines, f.Line)
		}
	}
	want := map[int]int{3: 2, 4: 1, 5: 1, 9: 1, 13: 1, 15: 1, 16: 1}
	got := map[int]int{}
	for _, l := range lines {
		got[l]++
	}
	for l, n := range want {
		if got[l] != n {
			t.Errorf("line %d: %d findings, want %d (all: %v)", l, got[l], n, lines)
		}
	}
	for l := range got {
		if want[l] == 0 {
			t.Errorf("unexpected finding on line %d", l)
		}
	}
}

// TestNamesDataFiles checks that every names dictionary loads and that its
// entries are well-formed.
func TestNamesDataFiles(t *testing.T) {
	for _, f := range []string{"names-gazetteer.txt", "names-politicians.txt"} {
		n := 0
		namesEachLine(t, f, func(l string) {
			e, ok := rules.ParseNameEntry(l)
			if !ok {
				t.Errorf("%s: malformed entry %q", f, l)
				return
			}
			for _, s := range append([]string{e.Canonical}, e.Aliases...) {
				if s != strings.TrimSpace(s) || strings.Contains(s, "  ") || !namesPrintable(s) {
					t.Errorf("%s: bad name %q in %q", f, s, l)
				}
			}
			n++
		})
		if n < 3000 {
			t.Errorf("%s: only %d entries", f, n)
		}
	}
	total := 0
	for _, f := range []string{"names-gazetteer.txt", "names-politicians.txt"} {
		namesEachLine(t, f, func(string) { total++ })
	}
	if total < 5000 {
		t.Errorf("gazetteer has %d entries, want at least 5000", total)
	}
	namesEachLine(t, "names-surnames.txt", func(l string) {
		k, v, ok := strings.Cut(l, "|")
		if !ok || k != "surname" && k != "given" || v == "" || !namesPrintable(v) {
			t.Errorf("names-surnames.txt: malformed %q", l)
		}
	})
	namesEachLine(t, "names-words.txt", func(l string) {
		for _, r := range l {
			if r < 'a' || r > 'z' {
				t.Errorf("names-words.txt: malformed %q", l)
				break
			}
		}
	})
	namesEachLine(t, "names-synonyms.txt", func(l string) {
		p := strings.Split(l, "|")
		if len(p) < 2 {
			t.Errorf("names-synonyms.txt: no synonym in %q", l)
		}
		for _, s := range p {
			if s == "" || strings.ToLower(s) != s || s != strings.TrimSpace(s) {
				t.Errorf("names-synonyms.txt: malformed %q", l)
			}
		}
		for _, s := range p[1:] {
			if s == p[0] {
				t.Errorf("names-synonyms.txt: %q lists itself", l)
			}
		}
	})
	namesEachLine(t, "names-distinct.txt", func(l string) {
		a, b, ok := strings.Cut(l, "|")
		if !ok || a == "" || b == "" || strings.Contains(b, "|") || strings.EqualFold(a, b) {
			t.Errorf("names-distinct.txt: malformed %q", l)
		}
	})
}

func namesEachLine(t *testing.T, name string, fn func(string)) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("data", name))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !strings.HasPrefix(string(b), "#") || !strings.Contains(strings.ToLower(string(b[:min(len(b), 2000)])), "source") {
		t.Errorf("%s: header must name its source and licence", name)
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fn(l)
	}
}

func namesPrintable(s string) bool {
	for _, r := range s {
		if !unicode.IsPrint(r) || r >= 0xE000 && r <= 0xF8FF {
			return false
		}
	}
	return true
}

// BenchmarkNamesRules measures the four names rules over a news-like
// article (the gazetteer is built before the timer starts).
func BenchmarkNamesRules(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 40; i++ {
		sb.WriteString("Secretary of State Antony Blinken met President Volodymyr Zelensky in Kyiv on Monday, the U.S. envoy said. ")
		sb.WriteString("Officials from the European Union and the United Nations told Reuters that the talks in Brussels and Warsaw would continue.\n\n")
		sb.WriteString("Prime Minister Keir Starmer said Britain would send aid, while the Kremlin denied the reports published by The Wall Street Journal.\n\n")
	}
	src := []byte(sb.String())
	rs, err := rules.Select([]string{"names"}, nil)
	if err != nil {
		b.Fatal(err)
	}
	e := rules.NewEngine(rs)
	doc, _ := article.Parse("bench.md", src)
	e.Run(doc)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, _ := article.Parse("bench.md", src)
		e.Run(d)
	}
}

// TestNamesHostileInput: tens of thousands of distinct, similar
// capitalised words (or abbreviations on one huge line) must stay fast.
func TestNamesHostileInput(t *testing.T) {
	var sb strings.Builder
	letters := "aeioubcdfg"
	x := uint32(7)
	for i := 0; i < 40000; i++ {
		sb.WriteByte('S')
		for k := 0; k < 6; k++ {
			x = x*1664525 + 1013904223
			sb.WriteByte(letters[(x>>24)%10])
		}
		sb.WriteByte(' ')
	}
	sb.WriteString("\n" + strings.Repeat("The U.S. and US said. ", 20000) + "\n")
	src := sb.String()
	rs, _ := rules.Select([]string{"names"}, nil)
	doc, _ := article.Parse("hostile.txt", []byte(src))
	rules.NewEngine(rs).Run(doc)
}
