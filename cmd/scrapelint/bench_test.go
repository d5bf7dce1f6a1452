package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkStartup is `scrapelint lint` of one small article as a
// pre-commit hook runs it, in process: every run builds its engine and
// loads the dictionaries its rules need (the process start itself is
// measured by scripts/bench-vs-vale.sh).
func BenchmarkStartup(b *testing.B) {
	p := filepath.Join(b.TempDir(), "post.md")
	if err := os.WriteFile(p, []byte("---\ntitle: A\n---\n[ad_1]\nThe council met on Monday and approved the budget, officials said.\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		run([]string{"lint", "--isolated", p}, nil, io.Discard, io.Discard)
	}
}
