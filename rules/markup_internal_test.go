package rules

import (
	"testing"

	"github.com/scrapelint/scrapelint/article"
)

// The engine keeps front matter unchanged, so the escaping of a decoded
// entity for its YAML/TOML string is checked here directly.
func TestMarkupFrontMatterText(t *testing.T) {
	cases := []struct {
		src, ent, v, want string
		ok                bool
	}{
		{"---\ntitle: 'It&#039;s'\n---\n", "&#039;", "'", "''", true},
		{"---\ntitle: \"Say &quot;hi\"\n---\n", "&quot;", "\"", "\\\"", true},
		{"---\ntitle: Fish &amp; chips\n---\n", "&amp;", "&", "&", true},
		{"---\ntitle: &amp; more\n---\n", "&amp;", "&", "", false},
		{"---\ntitle: A&#58; B\n---\n", "&#58;", ":", "", false},
		{"---\ntags:\n  - 'Q&#039;s'\n---\n", "&#039;", "'", "''", true},
		{"+++\ntitle = 'It&#039;s'\n+++\n", "&#039;", "'", "", false},
		{"+++\ntitle = \"Fish &amp; chips\"\n+++\n", "&amp;", "&", "&", true},
	}
	for _, c := range cases {
		d, err := article.Parse("a.md", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		off := indexFold(d.Src, []byte(c.ent))
		got, ok := mkFrontMatterText(d, off, c.v)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("%q: got %q,%v want %q,%v", c.src, got, ok, c.want, c.ok)
		}
	}
}

func TestMarkupEntityParse(t *testing.T) {
	cases := []struct {
		in    string
		v     string
		depth int
		ok    bool
	}{
		{"&amp;", "&", 1, true},
		{"&amp;amp;", "&", 2, true},
		{"&amp;#8217;", "’", 2, true},
		{"&#x2014;", "—", 1, true},
		{"&notit;", "", 0, false},
		{"&amp", "", 0, false},
		{"&#;", "", 0, false},
		{"&#0;", "", 0, false},
		{"&foo;", "", 0, false},
		{"&;", "", 0, false},
	}
	for _, c := range cases {
		_, v, depth, ok := mkEntityAt([]byte(c.in), 0)
		if ok != c.ok || v != c.v || depth != c.depth {
			t.Errorf("%q: got %q,%d,%v", c.in, v, depth, ok)
		}
	}
}
