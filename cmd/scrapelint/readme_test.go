package main

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/scrapelint/scrapelint/config"
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

// TestReadmeCommands parses every scrapelint command line shown in the
// README's code blocks, so a renamed or removed flag breaks the test, not
// a user's pipeline.
func TestReadmeCommands(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	lineRe := regexp.MustCompile(`(?m)(?:^|run: |- |\$ )\s*(scrapelint (?:lint|rules|explain|init|config|version)\b[^\n#|>]*)`)
	n := 0
	for _, m := range lineRe.FindAllStringSubmatch(string(b), -1) {
		args := strings.Fields(m[1])[1:]
		root := newRootCmd(nil, io.Discard, io.Discard)
		cmd, rest, err := root.Find(args)
		if err != nil {
			t.Errorf("README command %q: %v", m[1], err)
			continue
		}
		if err := cmd.ParseFlags(rest); err != nil {
			t.Errorf("README command %q: %v", m[1], err)
		}
		if f := cmd.Flags().Lookup("format"); f != nil && cmd.Name() == "lint" && !validFormat(f.Value.String()) {
			t.Errorf("README command %q: unknown format %q", m[1], f.Value.String())
		}
		n++
	}
	if n < 10 {
		t.Fatalf("found only %d commands in README.md; the pattern is broken", n)
	}
}

// TestReadmeConfig checks that the example configuration in the README is
// a valid .scrapelint.yml.
func TestReadmeConfig(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "## Configuration")
	if i < 0 {
		t.Fatal("README.md has no Configuration section")
	}
	block := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindStringSubmatch(s[i:])
	if block == nil {
		t.Fatal("no yaml block in the Configuration section")
	}
	if _, err := config.Parse("README.md", []byte(block[1])); err != nil {
		t.Fatalf("README config example: %v", err)
	}
	if _, err := config.Parse("starter", []byte(starterConfig)); err != nil {
		t.Fatalf("scrapelint init's starter config: %v", err)
	}
}

// TestReadmeBeforeAfter runs the README's before/after example through
// --fix and --fix --unsafe-fixes and compares with what the README shows.
func TestReadmeBeforeAfter(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	block := func(name string) string {
		re := regexp.MustCompile("(?s)<!-- example:" + name + " -->\n```text\n(.*?)```")
		m := re.FindStringSubmatch(string(b))
		if m == nil {
			t.Fatalf("README.md has no %s example", name)
		}
		return m[1]
	}
	before := block("before")
	for _, c := range []struct{ name, flag string }{{"safe", ""}, {"unsafe", "--unsafe-fixes"}} {
		p := filepath.Join(t.TempDir(), "post.md")
		if err := os.WriteFile(p, []byte(before), 0o644); err != nil {
			t.Fatal(err)
		}
		args := []string{"lint", "--fix", "--quiet", p}
		if c.flag != "" {
			args = append(args, c.flag)
		}
		run(args, nil, io.Discard, io.Discard)
		got, _ := os.ReadFile(p)
		if want := block(c.name); string(got) != want {
			t.Errorf("README %s example is out of date:\n got:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
}
