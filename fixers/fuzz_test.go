package fixers

import (
	"bytes"
	"testing"

	"github.com/scrapelint/scrapelint/article"
)

func FuzzUnifiedDiff(f *testing.F) {
	f.Add([]byte("a\nb\nc\n"), []byte("a\nc\n"))
	f.Add([]byte("a\nb"), []byte("a"))
	f.Add([]byte("x\r\ny\r\n"), []byte("x\r\nz\r\ny\r\n"))
	f.Add([]byte(""), []byte("new\n"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		patch := UnifiedDiff("f.md", a, b)
		if bytes.Equal(a, b) {
			if patch != "" {
				t.Fatal("diff of equal inputs")
			}
			return
		}
		got, err := ApplyDiff(a, patch)
		if err != nil {
			t.Fatalf("%v\npatch:\n%s", err, patch)
		}
		if !bytes.Equal(got, b) {
			t.Fatalf("applied diff gives %q, want %q\npatch:\n%s", got, b, patch)
		}
	})
}

func FuzzApply(f *testing.F) {
	f.Add([]byte("0123456789"), 2, 5, "xy", 4, 8, "")
	f.Add([]byte("0123456789"), 0, 2, "", 6, 9, "z")
	f.Fuzz(func(t *testing.T, src []byte, o1, e1 int, t1 string, o2, e2 int, t2 string) {
		g1 := []article.Edit{{Offset: o1, End: e1, Text: t1}}
		g2 := []article.Edit{{Offset: o2, End: e2, Text: t2}}
		out, n := Apply(src, [][]article.Edit{g1, g2})
		// Bytes outside the applied edits are unchanged: the result is
		// exactly one of the ways of applying a subset of the groups.
		one := func(g []article.Edit) []byte {
			e := g[0]
			if e.Offset < 0 || e.End > len(src) || e.Offset > e.End {
				return nil
			}
			return append(append(append([]byte{}, src[:e.Offset]...), e.Text...), src[e.End:]...)
		}
		switch n {
		case 0:
			if !bytes.Equal(out, src) {
				t.Fatal("no edit applied but bytes changed")
			}
		case 1:
			if !bytes.Equal(out, one(g1)) && !bytes.Equal(out, one(g2)) {
				t.Fatalf("one edit applied, result matches neither: %q", out)
			}
		case 2:
			a, b := g1[0], g2[0]
			if a.Offset > b.Offset {
				a, b = b, a
			}
			want := append(append(append(append(append([]byte{}, src[:a.Offset]...), a.Text...), src[a.End:b.Offset]...), b.Text...), src[b.End:]...)
			if !bytes.Equal(out, want) {
				t.Fatalf("both edits applied: got %q, want %q", out, want)
			}
		default:
			t.Fatalf("applied %d of 2", n)
		}
	})
}
