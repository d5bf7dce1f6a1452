package walk

import (
	"os"
	"path/filepath"
	"sync"

	"github.com/scrapelint/scrapelint/article"
)

// Sites recognises the site generator a file belongs to, by the
// configuration files in the folders above it. It caches per folder and is
// safe for concurrent use.
type Sites struct {
	cache sync.Map // folder -> article.Site
}

// Of returns the site of the file at path.
func (s *Sites) Of(path string) article.Site {
	if path == "" || path == "-" {
		return article.UnknownSite
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return article.UnknownSite
	}
	if v, ok := s.cache.Load(dir); ok {
		return v.(article.Site)
	}
	site := article.UnknownSite
	for i, p := 0, dir; i < 8; i++ {
		if isHugoRoot(p) {
			site = article.HugoSite
			break
		}
		if _, err := os.Stat(filepath.Join(p, ".git")); err == nil {
			break // the repository top: the site cannot be above it
		}
		parent := filepath.Dir(p)
		if parent == p {
			break
		}
		p = parent
	}
	s.cache.Store(dir, site)
	return site
}

// isHugoRoot: a hugo.* configuration, or (older sites) config.toml beside
// archetypes/, layouts/ or themes/.
func isHugoRoot(p string) bool {
	for _, name := range []string{"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json"} {
		if _, err := os.Stat(filepath.Join(p, name)); err == nil {
			return true
		}
	}
	if _, err := os.Stat(filepath.Join(p, "config.toml")); err != nil {
		return false
	}
	for _, sub := range []string{"archetypes", "layouts", "themes"} {
		if st, err := os.Stat(filepath.Join(p, sub)); err == nil && st.IsDir() {
			return true
		}
	}
	return false
}
