package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// addSeeds adds the shared seed corpus (testdata/fuzz/seeds and the
// example articles) to a fuzz target.
func addSeeds(f *testing.F) {
	for _, dir := range []string{"../testdata/fuzz/seeds", "../testdata/examples"} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if b, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil {
				f.Add(b, uint8(len(e.Name())))
			}
		}
	}
	f.Add([]byte("---\ntitle: x\n---\n[ad_1]\n`code` <p>x</p>"), uint8(0))
}

var fuzzPaths = []string{"a.md", "a.html", "a.txt", "a.mdx", "noext"}

func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte, sel uint8) {
		if got, want := collapseSpace(string(src)), strings.Join(strings.Fields(string(src)), " "); got != want {
			t.Fatalf("collapseSpace = %q, want %q", got, want)
		}
		d, err := Parse(fuzzPaths[int(sel)%len(fuzzPaths)], src)
		if err != nil {
			return
		}
		if d.FrontMatterEnd < d.BOM || d.FrontMatterEnd > len(src) {
			t.Fatalf("front matter end %d out of range", d.FrontMatterEnd)
		}
		prev := 0
		for _, s := range d.NonProse() {
			if s.Start < prev || s.End <= s.Start || s.End > len(src) {
				t.Fatalf("bad non-prose span %+v after %d", s, prev)
			}
			prev = s.End
		}
		n := d.LineCount()
		for i := 0; i < n; i++ {
			s, e, next := d.Line(i)
			if s > e || e > next || next > len(src) {
				t.Fatalf("line %d: %d %d %d", i, s, e, next)
			}
			v := d.VisibleLine(i)
			if utf8.Valid(src) && !utf8.ValidString(v) {
				t.Fatalf("visible line %d not valid UTF-8", i)
			}
		}
		for off := 0; off <= len(src); off += 1 + len(src)/64 {
			if l, c := d.Position(off); l < 1 || c < 1 || (n > 0 && l > n) {
				t.Fatalf("position(%d) = %d:%d", off, l, c)
			}
		}
		if n > 0 {
			first := int(sel) % n
			e := d.DeleteLines(first, first)
			if e.Offset < 0 || e.End > len(src) || e.Offset > e.End {
				t.Fatalf("bad deletion %+v", e)
			}
			out := append(append(append([]byte{}, src[:e.Offset]...), e.Text...), src[e.End:]...)
			if utf8.Valid(src) && !utf8.Valid(out) {
				t.Fatal("deleting a line made invalid UTF-8")
			}
			if e.Offset < d.FrontMatterEnd && first >= d.FirstBodyLine() && d.FrontMatterEnd < len(src) {
				t.Fatalf("deleting a body line touched the front matter: %+v", e)
			}
		}
	})
}
