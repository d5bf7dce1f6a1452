package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	// The crash test runs this binary as scrapelint in a child process.
	if os.Getenv("SCRAPELINT_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	testscript.Main(m, map[string]func(){
		"scrapelint": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scenarios in testdata/script: each is a
// txtar archive of files plus the commands a user would type.
func TestScripts(t *testing.T) {
	shared, _ := filepath.Abs("../../../shared")
	examples, _ := filepath.Abs("../../testdata/examples")
	testscript.Run(t, testscript.Params{
		Dir: "../../testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("SHARED", shared)
			env.Setenv("EXAMPLES", examples)
			// Tests never see the developer's colour preferences.
			env.Setenv("NO_COLOR", "")
			env.Setenv("FORCE_COLOR", "")
			return nil
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "root":
				return os.Geteuid() == 0, nil
			case "shared":
				// The shared specimen beside the checkout (present in CI).
				_, err := os.Stat(filepath.Join(shared, "000_269c3aa8a2f3f0f3.txt"))
				return err == nil, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// crlf FILE: convert LF line endings to CRLF.
			"crlf": func(ts *testscript.TestScript, neg bool, args []string) {
				editFile(ts, args, func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) })
			},
			// nofinalnl FILE: drop the final newline txtar always adds.
			"nofinalnl": func(ts *testscript.TestScript, neg bool, args []string) {
				editFile(ts, args, func(b []byte) []byte { return bytes.TrimSuffix(b, []byte("\n")) })
			},
			// bom FILE: prepend a UTF-8 byte order mark.
			"bom": func(ts *testscript.TestScript, neg bool, args []string) {
				editFile(ts, args, func(b []byte) []byte { return append([]byte("\ufeff"), b...) })
			},
			// unhex FILE: replace each \xNN in the file with that byte (NUL,
			// invalid UTF-8), which txtar cannot hold.
			"unhex": func(ts *testscript.TestScript, neg bool, args []string) {
				editFile(ts, args, func(b []byte) []byte {
					return hexEsc.ReplaceAllFunc(b, func(m []byte) []byte {
						v, _ := strconv.ParseUint(string(m[2:]), 16, 8)
						return []byte{byte(v)}
					})
				})
			},
		},
	})
}

var hexEsc = regexp.MustCompile(`\\x[0-9a-fA-F]{2}`)

func editFile(ts *testscript.TestScript, args []string, f func([]byte) []byte) {
	if len(args) != 1 {
		ts.Fatalf("usage: CMD FILE")
	}
	p := ts.MkAbs(args[0])
	b, err := os.ReadFile(p)
	ts.Check(err)
	ts.Check(os.WriteFile(p, f(b), 0o644))
}
