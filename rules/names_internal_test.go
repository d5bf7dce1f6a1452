package rules

import "testing"

// TestNamesGazetteerLoads builds the gazetteer from the embedded files and
// checks its indexes: people by surname, the near-miss index, known-distinct
// pairs, the word guard and the spinner index.
func TestNamesGazetteerLoads(t *testing.T) {
	g := buildNameGazetteer()
	if len(g.entries) < 5000 {
		t.Fatalf("gazetteer has %d entries, want at least 5000", len(g.entries))
	}
	if len(g.persons["blinken"]) == 0 || g.full["antony blinken"] == 0 && g.entries[0].Canonical != "Antony Blinken" {
		t.Error("Antony Blinken is not indexed")
	}
	near := g.surnameNear("brinken")
	found := false
	for _, k := range near {
		found = found || k == "blinken"
	}
	if !found {
		t.Errorf("near-miss index: brinken → %v, want blinken", near)
	}
	if !g.isDistinct("iran", "iraq") || !g.isDistinct("kim jong il", "kim jong un") {
		t.Error("known-distinct pairs not loaded")
	}
	if !g.isWord("center") || !g.isWord("statements") || g.isWord("blinken") {
		t.Error("word guard wrong")
	}
	if !g.sameEntity("kyiv", "kiev") || !g.sameEntity("zelensky", "zelenskyy") {
		t.Error("aliases not loaded")
	}
	idx := g.spunIdx()
	if idx.phrases["wall avenue journal"].orig == "" || idx.phrases["related press"].orig != "Associated Press" {
		t.Error("spinner index misses known spun names")
	}
	if _, ok := idx.phrases["wall street journal"]; ok {
		t.Error("spinner index holds a real name")
	}
}

func TestNamesSkeleton(t *testing.T) {
	for _, c := range [][2]string{{"Muhammad", "Mohammed"}, {"Mohamed", "Mohammed"}, {"Zelensky", "Zelenskyy"}, {"Zelenskiy", "Zelensky"},
		{"Kyiv", "Kiev"}, {"Erdoğan", "Erdogan"}, {"al-Assad", "Assad"}, {"Kadhafi", "Qaddafi"}} {
		if a, b := nameSkeleton(c[0]), nameSkeleton(c[1]); a != b {
			t.Errorf("skeleton %s=%q, %s=%q", c[0], a, c[1], b)
		}
	}
	for _, c := range [][2]string{{"Johnson", "Johnston"}, {"Iran", "Iraq"}} {
		if nameSkeleton(c[0]) == nameSkeleton(c[1]) {
			t.Errorf("skeleton merges %s and %s", c[0], c[1])
		}
	}
}

func TestNamesOSA(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"blinken", "brinken", 1}, {"rodriguez", "rodrigeuz", 1}, {"greening", "greeing", 1}, {"muhammad", "mohammed", 2}, {"abc", "abc", 0}} {
		if got := osaDistance(c.a, c.b, 3); got != c.d {
			t.Errorf("osa(%s,%s)=%d want %d", c.a, c.b, got, c.d)
		}
	}
}

// TestNamesProjectLeavesBuiltin: a project's names live in its own
// gazetteer; the built-in one never learns them.
func TestNamesProjectLeavesBuiltin(t *testing.T) {
	d := &Dictionaries{Names: []string{"Xanthippe Quarrington", "Velmora Institute"}, KnownDistinct: [][]string{{"Velmora", "Velmura"}}}
	v := namesFor(d)
	if v.x == nil || !v.info("quarrington").surname || !v.info("xanthippe").given || len(v.persons("quarrington")) != 1 {
		t.Fatal("project person not indexed")
	}
	if _, ok := v.fullName("xanthippe quarrington"); !ok {
		t.Error("project full name not indexed")
	}
	if !v.info("velmora").known || v.info("velmora").given || !v.isDistinct("velmora", "velmura") {
		t.Error("project organisation or distinct pair not indexed")
	}
	if w, ok := v.projectForm("quarrington"); !ok || w != "Quarrington" {
		t.Errorf("project form = %q, %v", w, ok)
	}
	if namesFor(d).x != v.x {
		t.Error("project gazetteer rebuilt for the same Dictionaries")
	}
	g := namesGaz()
	if g.info("quarrington").known || g.isDistinct("velmora", "velmura") || len(g.persons["quarrington"]) != 0 {
		t.Error("the built-in gazetteer learned project names")
	}
	if namesFor(nil).x != nil || namesFor(&Dictionaries{}).x != nil {
		t.Error("empty dictionaries built a project gazetteer")
	}
}

// TestSpunNextCapital compares the eight-bytes-at-a-time search with a
// plain one, for every byte value at every place of a chunk.
func TestSpunNextCapital(t *testing.T) {
	naive := func(src []byte, i, e int) int {
		for i < e && (src[i] < 'A' || src[i] > 'Z') {
			i++
		}
		return i
	}
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			src := []byte("xxxxxxxxxxxxxxxxxxxx\x80\xffz@[")
			src[at] = byte(c)
			for i := 0; i < len(src); i++ {
				if got, want := spunNextCapital(src, i, len(src)), naive(src, i, len(src)); got != want {
					t.Fatalf("byte %#x at %d from %d: %d, want %d", c, at, i, got, want)
				}
			}
		}
	}
}
