package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGolden lints every article in testdata/examples and compares the text
// and JSON reports and the fixed articles (safe, and safe+unsafe) with the
// golden files. Regenerate with: go test ./cmd/scrapelint -run TestGolden -update
func TestGolden(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(root); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = os.Chdir(wd) }()
	t.Setenv("NO_COLOR", "1")

	examples, _ := filepath.Glob("testdata/examples/*")
	if len(examples) == 0 {
		t.Fatal("no examples")
	}
	for _, ex := range examples {
		name := filepath.Base(ex)
		t.Run(name, func(t *testing.T) {
			var out, errb bytes.Buffer
			run([]string{"lint", ex}, nil, &out, &errb)
			checkGolden(t, "testdata/golden/"+name+".txt", out.Bytes())
			out.Reset()
			run([]string{"lint", "--format", "json", ex}, nil, &out, &errb)
			checkGolden(t, "testdata/golden/"+name+".json", out.Bytes())

			for _, mode := range []struct{ dir, flag string }{{"fixed", ""}, {"fixed-unsafe", "--unsafe-fixes"}} {
				src, err := os.ReadFile(ex)
				if err != nil {
					t.Fatal(err)
				}
				tmp := filepath.Join(t.TempDir(), name)
				if err := os.WriteFile(tmp, src, 0o644); err != nil {
					t.Fatal(err)
				}
				args := []string{"lint", "--fix", "--quiet", tmp}
				if mode.flag != "" {
					args = append(args, mode.flag)
				}
				errb.Reset()
				if code := run(args, nil, &out, &errb); code == exitError {
					t.Fatalf("fix failed: %s", errb.String())
				}
				fixed, _ := os.ReadFile(tmp)
				checkGolden(t, "testdata/golden/"+mode.dir+"/"+name, fixed)
				// A second run changes nothing.
				run(args, nil, &out, &errb)
				again, _ := os.ReadFile(tmp)
				if !bytes.Equal(again, fixed) {
					t.Errorf("%s: second --fix changed the file", mode.dir)
				}
			}
		})
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run with -update to accept):\n%s", path, firstDiff(string(want), string(got)))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n want: " + w + "\n  got: " + g
		}
	}
	return ""
}
