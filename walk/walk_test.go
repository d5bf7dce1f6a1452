package walk

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/scrapelint/scrapelint/article"
)

func TestGlobMatch(t *testing.T) {
	cases := []struct {
		pattern, name string
		want          bool
	}{
		{"*.md", "a.md", true},
		{"*.md", "a.txt", false},
		{"drafts/*", "drafts/a.md", true},
		{"drafts/*", "drafts/x/a.md", false},
		{"**/tmp", "a/b/tmp", true},
		{"a/**/b.md", "a/x/y/b.md", true},
		{"a/**/b.md", "a/b.md", true},
		{"a/**", "a/x/y", true},
	}
	for _, c := range cases {
		if got := globMatch(c.pattern, c.name); got != c.want {
			t.Errorf("globMatch(%q, %q) = %v", c.pattern, c.name, got)
		}
	}
}

func write(t *testing.T, p, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFilesHonoursGitignore(t *testing.T) {
	root := t.TempDir()
	_ = os.Mkdir(filepath.Join(root, ".git"), 0o755)
	write(t, filepath.Join(root, ".gitignore"), "# comment\n*.tmp.md\nbuild/\n!keep.tmp.md\n")
	write(t, filepath.Join(root, "a.md"), "x")
	write(t, filepath.Join(root, "b.tmp.md"), "x")
	write(t, filepath.Join(root, "keep.tmp.md"), "x")
	write(t, filepath.Join(root, "build", "c.md"), "x")
	write(t, filepath.Join(root, "sub", ".gitignore"), "local.md\n")
	write(t, filepath.Join(root, "sub", "local.md"), "x")
	write(t, filepath.Join(root, "sub", "d.html"), "x")
	write(t, filepath.Join(root, ".hidden", "e.md"), "x")
	write(t, filepath.Join(root, "notes.json"), "x")
	got, errs := Files([]string{root})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var rel []string
	for _, p := range got {
		r, _ := filepath.Rel(root, p)
		rel = append(rel, filepath.ToSlash(r))
	}
	want := []string{"a.md", "keep.tmp.md", "sub/d.html"}
	if !reflect.DeepEqual(rel, want) {
		t.Fatalf("files %v, want %v", rel, want)
	}
}

func TestSitesRecognisesHugo(t *testing.T) {
	root := t.TempDir()
	_ = os.Mkdir(filepath.Join(root, ".git"), 0o755)
	write(t, filepath.Join(root, "site", "hugo.toml"), "")
	write(t, filepath.Join(root, "site", "content", "post", "a.md"), "x")
	write(t, filepath.Join(root, "old", "config.toml"), "")
	_ = os.MkdirAll(filepath.Join(root, "old", "layouts"), 0o755)
	write(t, filepath.Join(root, "old", "content", "b.md"), "x")
	write(t, filepath.Join(root, "plain", "c.md"), "x")
	var s Sites
	for p, want := range map[string]article.Site{
		"site/content/post/a.md": article.HugoSite,
		"old/content/b.md":       article.HugoSite,
		"plain/c.md":             article.UnknownSite,
		"-":                      article.UnknownSite,
	} {
		full := p
		if p != "-" {
			full = filepath.Join(root, p)
		}
		if got := s.Of(full); got != want {
			t.Errorf("%s: site %v, want %v", p, got, want)
		}
	}
}
