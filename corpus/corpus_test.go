package corpus

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The probes are written here independently of the generator's sample
// lists: each injected artifact must show up as exactly one match of its
// kind's plain strings, and the base text as none.
var probes = map[Kind][]string{
	AdToken:         {"[ad", "[the_ad", "[quads"},
	SourceLink:      {"Source link"},
	ShareBar:        {"Share this:", "Share on Facebook", "Share this article"},
	AppearedFirst:   {"appeared first on"},
	BoilerplateLine: {"Related Posts:", "Follow us on Google News", "Subscribe to our newsletter", "Continue reading", "Sign up for our newsletter", "Recommended for you"},
	Tweet:           {"https://t.co/"},
	Instagram:       {"View this post on Instagram"},
	Entity:          {"&"},
	BrLine:          {"<br"},
	Mojibake:        {"â€", "Ã"},
	ZeroWidth:       {"\u200b"},
	TorturedPhrase: {"counterfeit consciousness", "profound learning", "colossal information",
		"irregular woodland", "flag to commotion", "heart assault", "kidney disappointment",
		"worldwide temperature alteration", "web of things", "choice tree", "straight relapse",
		"vitality utilization"},
	MisspelledName: {"Macorn", "Scholtz", "Merkell", "Brinken", "Bidden", "Moddi", "Trudaeu",
		"Arderne", "Puttin", "Zelenksy", "Jonhson", "Sunack", "Starmar", "Melonni", "Ramaposa",
		"Kishidda", "Albanesse", "Stoltenburg", "Guteres", "Harriss", "Pelossi", "Ruttte", "Dudda",
		"Netanyahou", "Bolsanaro", "Millei", "Borric", "Sheinbuam", "Bukelle", "Rutto", "Kagamme",
		"Yelen", "Lagarda", "Dragi"},
	TruncatedEnding: {"[…]", "[...]"},
}

var (
	spaceBeforePunct = regexp.MustCompile(`(?m)[\p{L}\p{N}] [,.;:!?](?:\s|$|”|\)|</)`)
	plainUS          = regexp.MustCompile(`\bUS\b`)
)

// count finds the artifacts of one file by plain search.
func count(data []byte, whole bool) Counts {
	var c Counts
	s := string(data)
	for k, ps := range probes {
		for _, p := range ps {
			c[k] += strings.Count(s, p)
		}
	}
	lower := strings.ToLower(s)
	c[AdLabel] = strings.Count(lower, "advertisement")
	c[ReadMore] = strings.Count(lower, "read more: ") + strings.Count(lower, "also read: ")
	c[SpaceBeforePunct] = len(spaceBeforePunct.FindAllStringIndex(s, -1))
	lines := strings.Split(strings.ReplaceAll(s, "\u200b", ""), "\n")
	for _, line := range lines {
		w := strings.Split(line, " ")
		for i := 1; i < len(w); i++ {
			if letters(w[i]) && strings.EqualFold(w[i-1], w[i]) {
				c[DoubledWord]++
			}
		}
	}
	if !whole {
		return c
	}
	if strings.Contains(s, "U.S.") && plainUS.MatchString(s) {
		c[USMixed] = 1
	}
	seen := map[string]int{}
	for _, line := range lines {
		line = strings.TrimSuffix(strings.TrimPrefix(line, "<p>"), "</p>")
		if len(line) >= 100 {
			seen[line]++
			if seen[line] > 1 {
				c[DuplicateParagraph]++
			}
		}
	}
	return c
}

func letters(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

func TestDeterministic(t *testing.T) {
	g := &Generator{Seed: DefaultSeed}
	d1, d2 := t.TempDir(), t.TempDir()
	if _, err := g.WriteDir(d1, 1200); err != nil {
		t.Fatal(err)
	}
	if _, err := (&Generator{Seed: DefaultSeed}).WriteDir(d2, 1200); err != nil {
		t.Fatal(err)
	}
	n := 0
	err := filepath.WalkDir(d1, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(d1, p)
		a, _ := os.ReadFile(p)
		b, err := os.ReadFile(filepath.Join(d2, rel))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs with the same seed", rel)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != 1201 {
		t.Errorf("got %d files, want 1200 articles and MANIFEST.json", n)
	}
	if !exists(d1, "001", "article-001199") {
		t.Errorf("article 1199 is not in subfolder 001")
	}
	// A corpus is a prefix of any larger one with the same seed.
	if !bytes.Equal(g.Article(7).Data, (&Generator{Seed: DefaultSeed}).Article(7).Data) {
		t.Error("Article(7) differs between generators with the same seed")
	}
	if bytes.Equal(g.Article(7).Data, (&Generator{Seed: DefaultSeed + 1}).Article(7).Data) {
		t.Error("another seed gives the same article")
	}
}

func exists(dir, sub, stem string) bool {
	m, _ := filepath.Glob(filepath.Join(dir, sub, stem+".*"))
	return len(m) == 1
}

func TestSizesAndFormats(t *testing.T) {
	g := &Generator{Seed: DefaultSeed}
	const n = 5000
	ext := map[string]int{}
	total := 0
	for i := range n {
		a := g.Article(i)
		if len(a.Data) < MinArticleSize || len(a.Data) > MaxArticleSize {
			t.Errorf("%s: %d bytes, outside %d–%d", a.Name, len(a.Data), MinArticleSize, MaxArticleSize)
		}
		if !strings.HasSuffix(a.Name, a.Ext) {
			t.Errorf("%s: extension is not %s", a.Name, a.Ext)
		}
		ext[a.Ext]++
		total += len(a.Data)
		switch a.Ext {
		case ".md":
			if !bytes.HasPrefix(a.Data, []byte("---\ntitle: ")) {
				t.Errorf("%s: no YAML front matter", a.Name)
			}
		case ".html":
			if !bytes.HasPrefix(a.Data, []byte("<!DOCTYPE html>")) {
				t.Errorf("%s: not an HTML document", a.Name)
			}
		}
	}
	// The shared generator's articles average 6.5 KB.
	if mean := total / n; mean < 5800 || mean > 7200 {
		t.Errorf("mean size %d bytes, want about 6,500", mean)
	}
	for e, want := range map[string]float64{".md": 0.80, ".txt": 0.12, ".html": 0.08} {
		if got := float64(ext[e]) / n; got < want-0.025 || got > want+0.025 {
			t.Errorf("%s: %.3f of the files, want %.2f", e, got, want)
		}
	}
}

func TestManifestMatchesFiles(t *testing.T) {
	dir := t.TempDir()
	m, err := (&Generator{Seed: DefaultSeed}).WriteDir(dir, 2500)
	if err != nil {
		t.Fatal(err)
	}
	var found Counts
	var bytesTotal int64
	err = filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || e.Name() == "MANIFEST.json" {
			return err
		}
		data, err := os.ReadFile(p)
		bytesTotal += int64(len(data))
		found.Add(count(data, true))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var onDisk Manifest
	raw, err := os.ReadFile(filepath.Join(dir, "MANIFEST.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &onDisk); err != nil {
		t.Fatal(err)
	}
	if onDisk.Files != 2500 || onDisk.Bytes != bytesTotal || m.Bytes != bytesTotal {
		t.Errorf("manifest says %d files, %d bytes; the folder holds %d bytes", onDisk.Files, onDisk.Bytes, bytesTotal)
	}
	families := map[string]int{}
	for k := range numKinds {
		want := onDisk.Injected[k.String()]
		if found[k] != want {
			t.Errorf("%s: manifest %d, found %d in the files", k, want, found[k])
		}
		if want == 0 {
			t.Errorf("%s: nothing injected in 2,500 files", k)
		}
		families[k.Family()] += want
	}
	for f, n := range families {
		if onDisk.Families[f] != n {
			t.Errorf("family %s: manifest %d, kinds add up to %d", f, onDisk.Families[f], n)
		}
	}
	if len(families) != 8 {
		t.Errorf("%d families, want the 8 rule families", len(families))
	}
}

func TestCleanHasNoArtifacts(t *testing.T) {
	g := &Generator{Seed: DefaultSeed, Clean: true}
	var found Counts
	for i := range 1500 {
		found.Add(count(g.Article(i).Data, true))
	}
	if found != (Counts{}) {
		for k := range numKinds {
			if found[k] != 0 {
				t.Errorf("%s: %d in the base text", k, found[k])
			}
		}
	}
}

func TestBigFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	const size = 3 << 20
	m, err := (&Generator{Seed: DefaultSeed}).WriteBig(p, size)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(data)) != m.Bytes || len(data) < size || len(data) > size+MaxArticleSize {
		t.Errorf("big file is %d bytes, manifest %d, asked %d", len(data), m.Bytes, size)
	}
	if _, err := os.Stat(p + ".manifest.json"); err != nil {
		t.Error(err)
	}
	// Duplicates and the U.S./US mix are per article; the big file is one.
	found := count(data, false)
	for k := range numKinds {
		if k == USMixed || k == DuplicateParagraph {
			continue
		}
		if found[k] != m.Injected[k.String()] {
			t.Errorf("%s: manifest %d, found %d", k, m.Injected[k.String()], found[k])
		}
	}
}
