package main

import (
	"fmt"
	"path/filepath"
	"sync"

	"github.com/scrapelint/scrapelint/config"
	"github.com/scrapelint/scrapelint/rules"
	"github.com/scrapelint/scrapelint/walk"
)

// defaultMaxFileSize bounds memory per file; larger files are skipped.
const defaultMaxFileSize = 16 << 20

// resolver finds the config for each file and shares one engine between
// all files with the same effective settings. It is safe for concurrent use.
type resolver struct {
	o       *lintOptions
	flagMax int64

	mu      sync.Mutex
	configs map[string]*config.Config // by folder ("" = none)
	engines map[string]*rules.Engine  // by config path + settings key
	user    map[string][]rules.Rule   // user rules by config path
	// dicts holds one Dictionaries per config path, shared by the
	// engines of its per-file settings (it builds its tables once).
	dicts map[string]*rules.Dictionaries
	err   error

	// sites recognises Hugo sites, for the form of rebuilt embeds.
	sites walk.Sites
}

func newResolver(o *lintOptions) (*resolver, error) {
	r := &resolver{o: o, configs: map[string]*config.Config{}, engines: map[string]*rules.Engine{}, user: map[string][]rules.Rule{},
		dicts: map[string]*rules.Dictionaries{}}
	if o.maxFileSize != "" {
		n, err := config.ParseSize(o.maxFileSize)
		if err != nil {
			return nil, fmt.Errorf("--max-file-size: %w", err)
		}
		r.flagMax = n
	}
	// Check flags and an explicit config up front, so usage errors come
	// before any file is read.
	if o.configPath != "" {
		if _, err := r.load(o.configPath); err != nil {
			return nil, err
		}
	}
	if _, err := rules.SelectFrom(rules.All(), nil, nil); err != nil {
		return nil, err
	}
	if _, _, err := r.engineFor("."); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *resolver) load(path string) (*config.Config, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	key := "file:" + path
	if c, ok := r.configs[key]; ok {
		return c, nil
	}
	c, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	r.configs[key] = c
	return c, nil
}

// configFor returns the config that governs file, or nil.
func (r *resolver) configFor(file string) (*config.Config, error) {
	if r.o.isolated {
		return nil, nil
	}
	if r.o.configPath != "" {
		return r.load(r.o.configPath)
	}
	dir := filepath.Dir(file)
	r.mu.Lock()
	c, ok := r.configs[dir]
	r.mu.Unlock()
	if ok {
		return c, nil
	}
	p := config.Find(dir)
	if p != "" {
		var err error
		if c, err = r.load(p); err != nil {
			return nil, err
		}
	}
	r.mu.Lock()
	r.configs[dir] = c
	r.mu.Unlock()
	return c, nil
}

func (r *resolver) excluded(file string) bool {
	c, err := r.configFor(file)
	return err == nil && c != nil && c.Excluded(file)
}

// engineFor returns the engine and size limit for one file.
func (r *resolver) engineFor(file string) (*rules.Engine, int64, error) {
	c, err := r.configFor(file)
	if err != nil {
		r.setErr(err)
		return nil, 0, err
	}
	limit := int64(defaultMaxFileSize)
	var set config.Settings
	key := "-"
	var user []rules.Rule
	if c != nil {
		set = c.For(file)
		key = c.Path + "\x00" + set.Key()
		if c.MaxFileSize > 0 {
			limit = int64(c.MaxFileSize)
		}
		if user, err = r.userRules(c); err != nil {
			r.setErr(err)
			return nil, 0, err
		}
	}
	if r.flagMax > 0 {
		limit = r.flagMax
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if e, ok := r.engines[key]; ok {
		return e, limit, nil
	}
	sel, ignore := set.Select, set.Ignore
	if len(r.o.sel) > 0 {
		// An explicit --select is what the user wants to run now: it
		// replaces the config's selection, its ignores included.
		sel, ignore = r.o.sel, nil
	}
	ignore = append(append([]string(nil), ignore...), r.o.ignore...)
	all := append(rules.All(), user...)
	rs, err := rules.SelectFrom(all, sel, ignore)
	if err != nil {
		return nil, 0, err
	}
	if len(rs) == 0 {
		return nil, 0, fmt.Errorf("--select/--ignore leave no rule to run")
	}
	e := rules.NewEngine(rs)
	e.Severity = set.Severity
	e.ReportUnusedSuppressions = r.o.reportUnused
	if c != nil {
		d, ok := r.dicts[c.Path]
		if !ok {
			d = dictionaries(c)
			r.dicts[c.Path] = d
		}
		e.Dictionaries = d
	}
	r.engines[key] = e
	return e, limit, nil
}

func (r *resolver) userRules(c *config.Config) ([]rules.Rule, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if rs, ok := r.user[c.Path]; ok {
		return rs, nil
	}
	var rs []rules.Rule
	for _, u := range c.Rules {
		rule, err := rules.NewUserRule(rules.UserRuleSpec{
			ID: u.ID, Kind: u.Kind, Message: u.Message, Severity: rules.Severity(u.Severity),
			Patterns: u.Patterns, Regex: u.Regex, IgnoreCase: u.IgnoreCase, Fix: u.Fix, Swap: u.Swap,
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.Path, err)
		}
		rs = append(rs, rule)
	}
	r.user[c.Path] = rs
	return rs, nil
}

// allRules lists the built-in rules and every user rule seen, for the
// machine formats that describe rules.
func (r *resolver) allRules() []rules.Rule {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := rules.All()
	for _, rs := range r.user {
		out = append(out, rs...)
	}
	return out
}

func (r *resolver) setErr(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err == nil {
		r.err = err
	}
}

func (r *resolver) firstErr() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

// dictionaries builds the rules' view of a config's dictionaries (nil
// when it sets none). Each config file gets its own: rules keep no global
// word lists, so configs in one run never leak into each other.
func dictionaries(c *config.Config) *rules.Dictionaries {
	d := c.Dictionary
	if len(d.Names) == 0 && len(d.KnownDistinct) == 0 && len(d.Abbreviations) == 0 && len(d.Boilerplate) == 0 && len(d.TorturedPhrases) == 0 {
		return nil
	}
	out := &rules.Dictionaries{
		Names:           d.Names,
		KnownDistinct:   d.KnownDistinct,
		Abbreviations:   d.Abbreviations,
		Boilerplate:     d.Boilerplate,
		TorturedPhrases: d.TorturedPhrases,
	}
	return out
}
