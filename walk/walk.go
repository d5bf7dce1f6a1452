// Package walk turns the paths given on the command line into the list of
// article files to lint: folders are searched recursively, hidden folders
// and files ignored by .gitignore are skipped, and explicitly named files
// are always taken.
package walk

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Extensions are the file types taken when a folder is searched.
var Extensions = []string{".md", ".markdown", ".mdx", ".html", ".htm", ".txt"}

// Error is a path that could not be read; the walk goes on without it.
type Error struct {
	Path string
	Err  error
}

func (e *Error) Error() string { return e.Path + ": " + e.Err.Error() }

// Files expands paths into article files, in a stable order: each argument
// in turn, files within a folder sorted by path. Duplicates are dropped.
func Files(paths []string) ([]string, []error) {
	var out []string
	var errs []error
	seen := map[string]bool{}
	add := func(p string) {
		key := filepath.Clean(p)
		if !seen[key] {
			seen[key] = true
			out = append(out, p)
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			errs = append(errs, &Error{root, unwrapPathError(err)})
			continue
		}
		if !info.IsDir() {
			add(root)
			continue
		}
		ign := newIgnorer(root)
		var found []string
		visited := map[string]bool{}
		if real, err := filepath.EvalSymlinks(root); err == nil {
			visited[real] = true
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{p, unwrapPathError(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if d.IsDir() {
				if p != root && (strings.HasPrefix(name, ".") || name == "node_modules") {
					return fs.SkipDir
				}
				if p != root && ign.ignored(p, true) {
					return fs.SkipDir
				}
				ign.enter(p)
				return nil
			}
			if strings.HasPrefix(name, ".") || !hasArticleExt(name) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				// Follow a link to a file only if it stays inside the root.
				if !linkedFileInside(root, p) {
					return nil
				}
			}
			if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				// FIFOs, sockets and devices could block or never end.
				return nil
			}
			if ign.ignored(p, false) {
				return nil
			}
			found = append(found, p)
			return nil
		})
		if err != nil {
			errs = append(errs, &Error{root, err})
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return out, errs
}

func hasArticleExt(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// linkedFileInside reports whether the symlink p resolves to a regular
// file inside root (links out of the tree, dangling links and links to
// folders are not followed).
func linkedFileInside(root, p string) bool {
	real, err := filepath.EvalSymlinks(p)
	if err != nil || !inside(root, real) {
		return false
	}
	st, err := os.Stat(real)
	return err == nil && !st.IsDir()
}

func inside(root, p string) bool {
	r, err := filepath.EvalSymlinks(root)
	if err != nil {
		return false
	}
	r, _ = filepath.Abs(r)
	p, _ = filepath.Abs(p)
	rel, err := filepath.Rel(r, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
