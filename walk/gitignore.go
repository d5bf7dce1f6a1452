package walk

import (
	"bufio"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// ignorer applies .gitignore files: those of the folders above the root up
// to the repository top (the folder holding .git), and those found while
// walking. Later, deeper patterns win, and "!" re-includes, as in git.
type ignorer struct {
	rules []ignoreRule
}

type ignoreRule struct {
	base    string // folder the .gitignore lives in, slash-separated, absolute
	pattern string
	negate  bool
	dirOnly bool
	// anchored patterns (containing a slash) match from base; others
	// match any path segment suffix.
	anchored bool
}

func newIgnorer(root string) *ignorer {
	ig := &ignorer{}
	abs, err := filepath.Abs(root)
	if err != nil {
		return ig
	}
	// Collect the folders from the repository top down to the root's
	// parent; the root itself is read by enter().
	var chain []string
	for dir := filepath.Dir(abs); ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(abs, ".git")); err == nil {
			break
		}
		chain = append(chain, dir)
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			break
		}
		if filepath.Dir(dir) == dir {
			chain = nil // not in a repository: parents' ignores don't apply
			break
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		ig.load(chain[i])
	}
	return ig
}

func (ig *ignorer) enter(dir string) {
	abs, err := filepath.Abs(dir)
	if err == nil {
		ig.load(abs)
	}
}

func (ig *ignorer) load(dir string) {
	f, err := os.Open(filepath.Join(dir, ".gitignore"))
	if err != nil {
		return
	}
	defer func() { _ = f.Close() }()
	base := filepath.ToSlash(dir)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := ignoreRule{base: base}
		if strings.HasPrefix(line, "!") {
			r.negate = true
			line = line[1:]
		}
		line = strings.TrimPrefix(line, "\\")
		if strings.HasSuffix(line, "/") {
			r.dirOnly = true
			line = strings.TrimSuffix(line, "/")
		}
		if strings.Contains(line, "/") {
			r.anchored = true
			line = strings.TrimPrefix(line, "/")
		}
		r.pattern = line
		ig.rules = append(ig.rules, r)
	}
}

func (ig *ignorer) ignored(p string, isDir bool) bool {
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	abs = filepath.ToSlash(abs)
	ignored := false
	for _, r := range ig.rules {
		if r.dirOnly && !isDir {
			continue
		}
		if !strings.HasPrefix(abs, r.base+"/") {
			continue
		}
		rel := strings.TrimPrefix(abs, r.base+"/")
		if r.matches(rel) {
			ignored = !r.negate
		}
	}
	return ignored
}

func (r ignoreRule) matches(rel string) bool {
	if r.anchored {
		return globMatch(r.pattern, rel)
	}
	// An unanchored pattern matches the last segment... or any suffix of
	// segments for patterns with "**".
	segs := strings.Split(rel, "/")
	return globMatch(r.pattern, segs[len(segs)-1])
}

// globMatch matches slash-separated paths with git's "**" semantics.
func globMatch(pattern, name string) bool {
	if !strings.Contains(pattern, "**") {
		ok, _ := path.Match(pattern, name)
		return ok
	}
	pp := strings.Split(pattern, "/")
	np := strings.Split(name, "/")
	return matchSegs(pp, np)
}

func matchSegs(pp, np []string) bool {
	for len(pp) > 0 {
		if pp[0] == "**" {
			if len(pp) == 1 {
				return true
			}
			for i := 0; i <= len(np); i++ {
				if matchSegs(pp[1:], np[i:]) {
					return true
				}
			}
			return false
		}
		if len(np) == 0 {
			return false
		}
		if ok, _ := path.Match(pp[0], np[0]); !ok {
			return false
		}
		pp, np = pp[1:], np[1:]
	}
	return len(np) == 0
}
