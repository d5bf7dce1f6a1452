package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/scrapelint/scrapelint/rules"
)

// TestReadme keeps README.md honest: the rule table is generated from the
// rule metadata, the two commands are there, and the pre-commit snippet
// names hooks that .pre-commit-hooks.yaml defines.
func TestReadme(t *testing.T) {
	const path = "../../README.md"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	table := rules.MarkdownTable(rules.All())
	start, end := "<!-- rules:start -->\n", "<!-- rules:end -->"
	i, j := strings.Index(readme, start), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatal("README.md lacks the rules:start/rules:end markers")
	}
	if got := readme[i+len(start) : j]; got != table {
		if *update {
			readme = readme[:i+len(start)] + table + readme[j:]
			if err := os.WriteFile(path, []byte(readme), 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			t.Error("README.md rule table is out of date (go test ./cmd/scrapelint -run TestReadme -update)")
		}
	}
	for _, cmd := range []string{"go run ./cmd/scrapelint lint testdata/examples", "go test ./...", "go install ./cmd/scrapelint"} {
		if !strings.Contains(readme, cmd) {
			t.Errorf("README.md does not show %q", cmd)
		}
	}
	hooks, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	snippet := readme[strings.Index(readme, "<!-- precommit:start -->"):strings.Index(readme, "<!-- precommit:end -->")]
	for _, m := range regexp.MustCompile(`id: (\S+)`).FindAllStringSubmatch(snippet, -1) {
		if !strings.Contains(string(hooks), "- id: "+m[1]+"\n") {
			t.Errorf("README pre-commit snippet names hook %q, which .pre-commit-hooks.yaml does not define", m[1])
		}
	}
}
