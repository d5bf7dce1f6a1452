package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFixSurvivesSIGKILL kills `lint --fix` over a few thousand files at
// random moments and checks the promise: every file is exactly its original
// or exactly its fixed form, and the next run leaves no temporary file.
func TestFixSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	self, err := os.Executable()
	if err != nil {
		t.Skip("cannot find the test binary")
	}
	const n = 2000
	dir := t.TempDir()
	orig := make([][]byte, n)
	for i := range orig {
		orig[i] = []byte(fmt.Sprintf("[ad_1]\nStory %d: the council met on Monday and approved the budget after a long debate.\n\nADVERTISEMENT\n\nThe vote was %d to %d.\n\n[ad_2]\n", i, i%9, i%7))
	}
	// The fixed form of each file, computed in-process.
	want := make([][]byte, n)
	ref := filepath.Join(t.TempDir(), "ref.md")
	for i := range orig {
		if err := os.WriteFile(ref, orig[i], 0o644); err != nil {
			t.Fatal(err)
		}
		run([]string{"lint", "--select", "ads", "--fix", "--quiet", ref}, nil, io.Discard, io.Discard)
		want[i], _ = os.ReadFile(ref)
		if bytes.Equal(want[i], orig[i]) {
			t.Fatal("fixture has nothing to fix")
		}
	}
	path := func(i int) string { return filepath.Join(dir, fmt.Sprintf("d%02d", i%50), fmt.Sprintf("a%04d.md", i)) }
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 4; round++ {
		for i := range orig {
			_ = os.MkdirAll(filepath.Dir(path(i)), 0o755)
			if err := os.WriteFile(path(i), orig[i], 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command(self, "lint", "--select", "ads", "--fix", "--quiet", dir)
		cmd.Env = append(os.Environ(), "SCRAPELINT_TEST_MAIN=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(100+rng.IntN(1200)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()

		fixedCount := 0
		for i := range orig {
			got, err := os.ReadFile(path(i))
			if err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
			switch {
			case bytes.Equal(got, want[i]):
				fixedCount++
			case bytes.Equal(got, orig[i]):
			default:
				t.Fatalf("round %d: %s is neither original nor fixed:\n%q", round, path(i), got)
			}
		}
		t.Logf("round %d: killed with %d of %d files fixed", round, fixedCount, n)

		// The next run finishes the job and cleans up after the killed one.
		cmd = exec.Command(self, "lint", "--select", "ads", "--fix", "--quiet", dir)
		cmd.Env = append(os.Environ(), "SCRAPELINT_TEST_MAIN=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("round %d: second run: %v\n%s", round, err, out)
		}
		_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && strings.HasPrefix(d.Name(), ".scrapelint-") {
				t.Errorf("round %d: temporary file left: %s", round, p)
			}
			return nil
		})
		for i := range orig {
			if got, _ := os.ReadFile(path(i)); !bytes.Equal(got, want[i]) {
				t.Fatalf("round %d: %s not fixed after the second run", round, path(i))
			}
		}
	}
}
