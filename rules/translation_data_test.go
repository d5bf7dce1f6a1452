package rules

import (
	"strings"
	"testing"
)

// The translation family's dictionaries load, carry their source and
// licence, and hold well-formed entries.

func TestTranslationDataHeaders(t *testing.T) {
	for _, name := range []string{"translation-tortured-phrases.txt", "translation-tortured-allow.txt", "translation-spinner-news.txt", "translation-mistranslations.txt", "translation-verbs.txt"} {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		head := string(b)
		if i := strings.Index(head, "\n\n"); i > 0 {
			head = head[:i]
		}
		if !strings.HasPrefix(head, "#") || !strings.Contains(head, "Source") || !strings.Contains(head, "Licence") {
			t.Errorf("%s: header must name its source and licence", name)
		}
		if len(loadList(name)) == 0 {
			t.Errorf("%s: no entries", name)
		}
	}
	b, _ := dataFS.ReadFile("data/translation-tortured-phrases.txt")
	for _, want := range []string{"CC BY 4.0", "Problematic Paper Screener", "Cabanac", "Labbé", "Magazinov", "torturedcheck", "Changes"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("tortured-phrase attribution lacks %q", want)
		}
	}
}

func TestTorturedPhraseEntries(t *testing.T) {
	allow := map[string]bool{}
	for _, a := range loadList("translation-tortured-allow.txt") {
		if a != strings.ToLower(a) || len(strings.Fields(a)) < 2 {
			t.Errorf("allow-list entry %q: want a lower-case phrase of two or more words", a)
		}
		allow[a] = true
	}
	for _, name := range []string{"translation-tortured-phrases.txt", "translation-spinner-news.txt"} {
		seen := map[string]bool{}
		for _, l := range loadList(name) {
			p, err := parsePhrasePair(l)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if seen[p.wrong] {
				t.Errorf("%s: duplicate entry %q", name, p.wrong)
			}
			seen[p.wrong] = true
			if allow[p.wrong] {
				t.Errorf("%s: %q is on the allow-list; drop it from the dictionary", name, p.wrong)
			}
			if p.wrong == strings.ToLower(p.right) {
				t.Errorf("%s: %q maps to itself", name, p.wrong)
			}
		}
	}
	if n := len(tortured().pairs); n < 5000 {
		t.Errorf("tortured-phrase dictionary has %d entries, want several thousand", n)
	}
	for _, ordinary := range []string{"surface region", "in addition", "machine learning", "social media"} {
		for _, p := range tortured().pairs {
			if p.wrong == ordinary {
				t.Errorf("ordinary phrase %q is in the dictionary", ordinary)
			}
		}
	}
}

func TestMistranslationEntries(t *testing.T) {
	es := mistranslations()
	if len(es) < 50 {
		t.Fatalf("%d mistranslation entries, want dozens", len(es))
	}
	seen := map[string]bool{}
	found := false
	for _, e := range es {
		if seen[e.Wrong] {
			t.Errorf("duplicate entry %q", e.Wrong)
		}
		seen[e.Wrong] = true
		if e.Wrong == "tuberculosis prisoners" {
			found = e.Right == "Taliban prisoners" && len(e.Context) > 1 && len(e.Unless) > 0
		}
		for _, w := range append(append([]string(nil), e.Context...), e.Unless...) {
			if len(w) < 2 {
				t.Errorf("entry %q: context word %q is too short to be precise", e.Wrong, w)
			}
		}
	}
	if !found {
		t.Error("the tuberculosis/Taliban entry is missing or has no context and unless words")
	}
	for _, bad := range []string{"no arrow here", "a b => c | nonsense", "a b => c | context:", "a b => c | colour: red"} {
		if _, err := ParseMistranslation(bad); err == nil {
			t.Errorf("ParseMistranslation(%q): want an error", bad)
		}
	}
	e, err := ParseMistranslation("Red  Palace => Kremlin | context: moscow, putin | unless: museum")
	if err != nil || e.Wrong != "red palace" || e.Right != "Kremlin" || len(e.Context) != 2 || e.Unless[0] != "museum" {
		t.Errorf("ParseMistranslation: got %+v, %v", e, err)
	}
}

func TestVerbLexicon(t *testing.T) {
	for _, l := range loadList("translation-verbs.txt") {
		if f := strings.Fields(l); len(f) != 1 && len(f) != 3 {
			t.Errorf("verb line %q: want a base form, or base, past and participle", l)
		}
	}
	lx := verbs()
	for _, w := range []string{"said", "announced", "was", "will", "resigned", "fought", "withdrew", "pleaded"} {
		if !lx.sure[w] {
			t.Errorf("verb form %q not known", w)
		}
	}
	for _, w := range []string{"warns", "close", "reports", "carries"} {
		if !lx.bases[w] {
			t.Errorf("base or -s form %q not known", w)
		}
	}
}
