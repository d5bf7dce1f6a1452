package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseFull(t *testing.T) {
	src := `
select: [ads, boilerplate]
ignore: [ads/label-line]
severity:
  boilerplate: info
exclude: ["drafts/**"]
per-file:
  - files: ["archive/**"]
    ignore: [boilerplate]
    severity: {ads: warning}
max-file-size: 2MB
dictionaries:
  names: ["Volodymyr Zelenskyy"]
  known-distinct: [["Kim Jong Un", "Kim Jong Il"]]
  abbreviations: {NZ: N.Z.}
  boilerplate: ["Follow us on Telegram"]
  tortured-phrases: {"counterfeit consciousness": "artificial intelligence"}
rules:
  - id: boilerplate/telegram
    kind: existence
    message: Telegram promotion
    patterns: ["Join our Telegram"]
    fix: delete
  - id: names/house-style
    kind: substitution
    message: house spelling
    swap: {Kiev: Kyiv}
`
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	c, err := Parse(p, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.MaxFileSize != 2<<20 || len(c.Rules) != 2 || c.Dictionary.Abbreviations["NZ"] != "N.Z." {
		t.Fatalf("parsed %+v", c)
	}
	if !c.Excluded(filepath.Join(dir, "drafts", "a.md")) || c.Excluded(filepath.Join(dir, "posts", "a.md")) {
		t.Error("exclude glob")
	}
	s := c.For(filepath.Join(dir, "archive", "2010", "a.md"))
	if strings.Join(s.Ignore, ",") != "ads/label-line,boilerplate" || s.Severity["ads"] != "warning" || s.Severity["boilerplate"] != "info" {
		t.Errorf("per-file settings %+v", s)
	}
	if other := c.For(filepath.Join(dir, "posts", "a.md")); len(other.Ignore) != 1 {
		t.Errorf("per-file applied outside its glob: %+v", other)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"selct: [ads]\n", `:1: unknown key "selct"`},
		{"select: [adz]\n", `unknown rule or category "adz"`},
		{"severity: {ads: loud}\n", `"loud" is not error, warning or info`},
		{"max-file-size: lots\n", `"lots" is not a size`},
		{"exclude: [\"[\"]\n", "not a valid glob"},
		{"rules:\n  - id: custom\n    kind: existence\n    patterns: [x]\n", "use category/name"},
		{"rules:\n  - id: ads/x\n    kind: existence\n    patterns: [\"(\"]\n    regex: true\n", ":2: rule ads/x: bad regex"},
		{"rules:\n  - id: ads/x\n    kind: magic\n", `kind "magic"`},
		{"rules:\n  - id: ads/placeholder-token\n    kind: existence\n    patterns: [x]\n", "belongs to a built-in rule"},
		{"rules:\n  - id: ads/x\n    kind: existence\n    patterns: [\"a{1000}{1000}\"]\n    regex: true\n", "bad regex"},
		{"per-file:\n  - ignore: [ads]\n", "needs a files: list"},
		{"a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n", "unknown key"},
		{"select: ads\n", "cannot unmarshal"},
		// A YAML alias bomb: rejected before it can expand.
		{"dictionaries:\n  names: &a [x,x,x,x,x,x,x,x,x]\nper-file:\n  - files: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n  - files: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n  - files: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n", "cannot unmarshal"},
	}
	for _, c := range cases {
		_, err := Parse("cfg.yml", []byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want it to contain %q", c.src, err, c.want)
		}
	}
	if _, err := Parse("cfg.yml", []byte("")); err != nil {
		t.Errorf("an empty config is valid: %v", err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	_ = os.Mkdir(filepath.Join(root, ".git"), 0o755)
	deep := filepath.Join(root, "a", "b")
	_ = os.MkdirAll(deep, 0o755)
	if got := Find(deep); got != "" {
		t.Fatalf("found %q with no config", got)
	}
	top := filepath.Join(root, FileName)
	_ = os.WriteFile(top, nil, 0o644)
	if got := Find(deep); got != top {
		t.Fatalf("Find = %q, want %q", got, top)
	}
	near := filepath.Join(root, "a", FileName)
	_ = os.WriteFile(near, nil, 0o644)
	if got := Find(deep); got != near {
		t.Fatalf("nearest wins: got %q", got)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"10": 10, "2KB": 2048, "1 MB": 1 << 20, "1g": 1 << 30} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "-1", "1TB", "MB"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) accepted", in)
		}
	}
}
