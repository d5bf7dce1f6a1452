package main

import (
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func lintArgs(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, nil, &out, &errb)
	return code, out.String(), errb.String()
}

// A 1 GB file (sparse, so it costs no disk) is skipped by the default size
// limit with a warning, and the run still succeeds on the other files.
func TestHugeFileSkipped(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "huge.md")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Skip("cannot make a sparse file here")
	}
	_ = f.Close()
	ok := filepath.Join(dir, "ok.md")
	_ = os.WriteFile(ok, []byte("Fine.\n"), 0o644)
	code, _, errs := lintArgs(t, "lint", "--select", "ads", big, ok)
	if code != exitClean || !strings.Contains(errs, "huge.md: 1073741824 bytes, larger than the maximum file size") {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
}

// A 10 MB single line and an HTML file nested 10,000 levels deep are
// linted (and fixed) without trouble; time is bounded by the linear scans.
func TestLongLineAndDeepHTML(t *testing.T) {
	dir := t.TempDir()
	line := filepath.Join(dir, "line.txt")
	_ = os.WriteFile(line, append(bytes.Repeat([]byte("word &amp; [ad_1] "), (10<<20)/18), '\n'), 0o644)
	if code, _, errs := lintArgs(t, "lint", "--quiet", "--fix", line); code == exitError {
		t.Fatalf("long line: %s", errs)
	}
	deep := filepath.Join(dir, "deep.html")
	html := strings.Repeat("<div>", 10000) + "Advertisement" + strings.Repeat("</div>", 10000)
	_ = os.WriteFile(deep, []byte(html), 0o644)
	if code, _, errs := lintArgs(t, "lint", "--quiet", deep); code == exitError {
		t.Fatalf("deep HTML: %s", errs)
	}
}

// 100,000 tiny files in nested folders are all linted.
func TestManyTinyFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	const n = 100000
	for i := 0; i < n; i++ {
		sub := filepath.Join(dir, strconv.Itoa(i/1000))
		if i%1000 == 0 {
			_ = os.Mkdir(sub, 0o755)
		}
		body := "Fine.\n"
		if i%10000 == 0 {
			body = "[ad_1]\n"
		}
		if err := os.WriteFile(filepath.Join(sub, strconv.Itoa(i)+".md"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := lintArgs(t, "lint", "--select", "ads", "--quiet", dir)
	if code != exitFindings || !strings.Contains(out, "Found 10 findings in 10 files") {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errs)
	}
}

// The program never opens a network connection and never runs another
// program: none of its packages imports the packages that could.
func TestNoNetworkNoExec(t *testing.T) {
	forbidden := map[string]bool{"net": true, "net/http": true, "os/exec": true, "plugin": true, "syscall": true, "unsafe": true}
	root, _ := filepath.Abs("../..")
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && p != root {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		// Measurement tools are not part of the program.
		if rel, _ := filepath.Rel(root, p); strings.HasPrefix(rel, "cmd/gencorpus") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		checked++
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if forbidden[path] {
				return fmt.Errorf("%s imports %s", p, path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 20 {
		t.Fatalf("checked only %d files", checked)
	}
}

// The article model, the rules and the reporters never touch the file
// system: they read the bytes they are given, so no path written in an
// article can make scrapelint open anything.
func TestRulesNeverTouchTheDisk(t *testing.T) {
	forbidden := map[string]bool{"os": true, "io/ioutil": true, "io/fs": true, "embed": false}
	fset := token.NewFileSet()
	for _, pkg := range []string{"article", "rules", "report"} {
		matches, _ := filepath.Glob(filepath.Join("../..", pkg, "*.go"))
		for _, p := range matches {
			if strings.HasSuffix(p, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				if forbidden[path] {
					t.Errorf("%s imports %s", p, path)
				}
			}
		}
	}
}
