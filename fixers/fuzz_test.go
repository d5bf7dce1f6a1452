package fixers

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/scrapelint/scrapelint/article"
)

// applyUnified applies a unified diff produced by UnifiedDiff to a, the way
// patch does, so the fuzzer can check that the diff describes the change.
func applyUnified(a []byte, patch string) ([]byte, error) {
	lines := splitLines(string(a))
	var out []string
	pos := 0 // index into lines
	pl := splitLines(patch)
	for i := 2; i < len(pl); {
		h := pl[i]
		if !strings.HasPrefix(h, "@@ -") {
			return nil, fmt.Errorf("expected hunk header, got %q", h)
		}
		f := strings.Fields(h)
		// "-s,n": the hunk replaces n lines from line s; with n == 0, s
		// names the line after which text is inserted.
		startStr, count, _ := strings.Cut(f[1][1:], ",")
		oldStart, _ := strconv.Atoi(startStr)
		start := oldStart - 1
		if count == "0" {
			start = oldStart
		}
		if start < pos || start > len(lines) {
			return nil, fmt.Errorf("hunk start %d out of order", start)
		}
		out = append(out, lines[pos:start]...)
		pos = start
		i++
		for i < len(pl) && !strings.HasPrefix(pl[i], "@@ ") {
			l := pl[i]
			noNL := i+1 < len(pl) && strings.HasPrefix(pl[i+1], "\\ No newline")
			body := l[1:]
			if noNL {
				body = strings.TrimSuffix(body, "\n")
			}
			switch l[0] {
			case ' ', '-':
				if pos >= len(lines) || lines[pos] != body {
					return nil, fmt.Errorf("context mismatch at line %d: %q vs %q", pos+1, body, lines[min(pos, len(lines)-1)])
				}
				if l[0] == ' ' {
					out = append(out, body)
				}
				pos++
			case '+':
				out = append(out, body)
			}
			i++
			if noNL {
				i++
			}
		}
	}
	out = append(out, lines[pos:]...)
	return []byte(strings.Join(out, "")), nil
}

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
		got, err := applyUnified(a, patch)
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
