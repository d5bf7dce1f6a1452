package fixers

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/scrapelint/scrapelint/article"
)

func e(off, end int, text string) article.Edit {
	return article.Edit{Offset: off, End: end, Text: text}
}

func TestApply(t *testing.T) {
	src := []byte("0123456789")
	cases := []struct {
		name   string
		groups [][]article.Edit
		want   string
		n      int
	}{
		{"none", nil, "0123456789", 0},
		{"one", [][]article.Edit{{e(2, 4, "x")}}, "01x456789", 1},
		{"two disjoint", [][]article.Edit{{e(6, 7, "")}, {e(0, 1, "A")}}, "A12345789", 2},
		{"adjacent", [][]article.Edit{{e(0, 2, "")}, {e(2, 4, "")}}, "456789", 2},
		{"overlap waits", [][]article.Edit{{e(0, 5, "")}, {e(3, 6, "y")}}, "56789", 1},
		{"group all or none", [][]article.Edit{{e(0, 2, "")}, {e(1, 3, ""), e(8, 9, "")}}, "23456789", 1},
		{"duplicate edit once", [][]article.Edit{{e(0, 2, "")}, {e(0, 2, "")}}, "23456789", 1},
		{"two inserts same point wait", [][]article.Edit{{e(5, 5, "a")}, {e(5, 5, "b")}}, "01234a56789", 1},
		{"out of range ignored", [][]article.Edit{{e(5, 50, "")}}, "0123456789", 0},
	}
	for _, c := range cases {
		got, n := Apply(src, c.groups)
		if string(got) != c.want || n != c.n {
			t.Errorf("%s: got %q (%d), want %q (%d)", c.name, got, n, c.want, c.n)
		}
	}
}

// deleteWord is a toy linter: every "bad" (and the space after it) goes.
func deleteWord(b []byte) ([][]article.Edit, error) {
	var out [][]article.Edit
	s := string(b)
	for i := 0; ; {
		k := strings.Index(s[i:], "bad ")
		if k < 0 {
			return out, nil
		}
		out = append(out, []article.Edit{e(i+k, i+k+4, "")})
		i += k + 4
	}
}

func TestLoopFixedPoint(t *testing.T) {
	// Removing "bad " from "babad d " creates a new "bad " — the loop runs
	// until nothing is left to fix.
	out, ok, err := Loop([]byte("x babad d y"), deleteWord)
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if string(out) != "x y" {
		t.Fatalf("got %q", out)
	}
	again, _, _ := Loop(out, deleteWord)
	if string(again) != string(out) {
		t.Fatal("fix is not idempotent")
	}
}

func TestLoopCap(t *testing.T) {
	grow := func(b []byte) ([][]article.Edit, error) {
		return [][]article.Edit{{e(0, 0, "x")}}, nil
	}
	_, ok, err := Loop([]byte("a"), grow)
	if err != nil || ok {
		t.Fatalf("a never-ending fix must stop and say so: ok=%v err=%v", ok, err)
	}
}

func TestUnifiedDiffGitApply(t *testing.T) {
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git not installed")
	}
	cases := []struct{ name, a, b string }{
		{"delete first", "[ad]\nline 1\nline 2\n", "line 1\nline 2\n"},
		{"delete last no newline", "a\nb\nc\nSource link", "a\nb\nc"},
		{"change middle", strings.Repeat("x\n", 10) + "old\n" + strings.Repeat("y\n", 10), strings.Repeat("x\n", 10) + "new\n" + strings.Repeat("y\n", 10)},
		{"two hunks", strings.Repeat("k\n", 3) + "A\n" + strings.Repeat("k\n", 12) + "B\n", strings.Repeat("k\n", 3) + strings.Repeat("k\n", 12)},
		{"crlf", "a\r\nX\r\nb\r\n", "a\r\nb\r\n"},
		{"add final newline", "a\nb", "a\nb\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "f.md"), []byte(c.a), 0o644); err != nil {
				t.Fatal(err)
			}
			patch := UnifiedDiff("f.md", []byte(c.a), []byte(c.b))
			if !strings.HasPrefix(patch, "--- a/f.md\n+++ b/f.md\n@@ ") {
				t.Fatalf("bad header:\n%s", patch)
			}
			cmd := exec.Command(git, "apply", "--unsafe-paths", "-")
			cmd.Dir = dir
			cmd.Stdin = strings.NewReader(patch)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("git apply: %v\n%s\npatch:\n%s", err, out, patch)
			}
			got, _ := os.ReadFile(filepath.Join(dir, "f.md"))
			if string(got) != c.b {
				t.Fatalf("applied: %q, want %q\npatch:\n%s", got, c.b, patch)
			}
		})
	}
	if UnifiedDiff("f", []byte("same"), []byte("same")) != "" {
		t.Error("equal inputs must give an empty diff")
	}
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	if err := os.WriteFile(p, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteAtomic(p, []byte("old"), []byte("new")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	info, _ := os.Stat(p)
	if string(got) != "new" || info.Mode().Perm() != 0o640 {
		t.Fatalf("content %q mode %v", got, info.Mode())
	}
	// Someone edited the file since it was read: it must not be overwritten.
	if err := WriteAtomic(p, []byte("old"), []byte("newer")); !errors.Is(err, ErrChanged) {
		t.Fatalf("err %v, want ErrChanged", err)
	}
	got, _ = os.ReadFile(p)
	if string(got) != "new" {
		t.Fatalf("file changed to %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left: %v", entries)
	}
}

func TestWriteAtomicThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.md")
	link := filepath.Join(dir, "link.md")
	_ = os.WriteFile(target, []byte("a"), 0o644)
	if err := os.Symlink("real.md", link); err != nil {
		t.Skip("symlinks unsupported")
	}
	if err := WriteAtomic(link, []byte("a"), []byte("b")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the symlink was replaced by a file")
	}
	if got, _ := os.ReadFile(target); string(got) != "b" {
		t.Fatalf("target %q", got)
	}
}

func TestWriteAtomicReadOnlyAndStaleTemps(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	_ = os.WriteFile(p, []byte("old"), 0o444)
	// Root may write any file, as with any other tool; others may not.
	if !writable(p) {
		if err := WriteAtomic(p, []byte("old"), []byte("new")); !errors.Is(err, ErrReadOnly) {
			t.Fatalf("err %v, want ErrReadOnly", err)
		}
		if got, _ := os.ReadFile(p); string(got) != "old" {
			t.Fatal("read-only file changed")
		}
	}
	_ = os.Chmod(p, 0o644)
	stale := filepath.Join(dir, TempPrefix+"a.md-123.tmp")
	_ = os.WriteFile(stale, []byte("half"), 0o644)
	if err := WriteAtomic(p, []byte("old"), []byte("new")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Fatal("a stale temporary file from a killed run was left behind")
	}
}

func TestKeepTrailingBlanks(t *testing.T) {
	cases := []struct{ orig, out, want string }{
		{"a\n\nX\nY\n", "a\n\n", "a\n"},
		{"a\n\n\nX\n", "a\n\n\n", "a\n"},
		{"a\n\n", "a\n\n", "a\n\n"},
		{"a\r\n\r\nX\r\n", "a\r\n\r\n", "a\r\n"},
		{"a", "a", "a"},
		{"X\n", "", ""},
	}
	for _, c := range cases {
		if got := string(keepTrailingBlanks([]byte(c.orig), []byte(c.out))); got != c.want {
			t.Errorf("keepTrailingBlanks(%q, %q) = %q, want %q", c.orig, c.out, got, c.want)
		}
	}
}
