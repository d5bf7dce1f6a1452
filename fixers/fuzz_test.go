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
	f.Fuzz(func(t *testing.T, src []byte, o1, e1 int, t1 string, o2, e2 int, t2 string) {
		groups := [][]article.Edit{{{Offset: o1, End: e1, Text: t1}}, {{Offset: o2, End: e2, Text: t2}}}
		out, n := Apply(src, groups)
		if n == 0 && !bytes.Equal(out, src) {
			t.Fatal("no edit applied but bytes changed")
		}
		if n > 2 {
			t.Fatalf("applied %d of 2", n)
		}
	})
}
