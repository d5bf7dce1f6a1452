// Package config reads .scrapelint.yml: where it is found, what its keys
// mean, and how a file's effective settings are resolved from the nearest
// config, its per-file overrides and the command line.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/scrapelint/scrapelint/rules"
)

// FileName is the name scrapelint looks for in each folder.
const FileName = ".scrapelint.yml"

// Config is one parsed .scrapelint.yml.
type Config struct {
	// Path is the file it was read from ("" for the defaults); Dir is the
	// folder that globs are relative to.
	Path, Dir string

	Select   []string          `yaml:"select"`
	Ignore   []string          `yaml:"ignore"`
	Severity map[string]string `yaml:"severity"`
	Exclude  []string          `yaml:"exclude"`
	PerFile  []PerFile         `yaml:"per-file"`
	// MaxFileSize accepts bytes or a size such as "16MB".
	MaxFileSize Size         `yaml:"max-file-size"`
	Dictionary  Dictionaries `yaml:"dictionaries"`
	Rules       []UserRule   `yaml:"rules"`
}

// PerFile overrides settings for the files its globs match.
type PerFile struct {
	Files    []string          `yaml:"files"`
	Select   []string          `yaml:"select"`
	Ignore   []string          `yaml:"ignore"`
	Severity map[string]string `yaml:"severity"`
	line     int
}

// Dictionaries extend the built-in word lists.
type Dictionaries struct {
	// Names are canonical spellings of names the project uses.
	Names []string `yaml:"names"`
	// KnownDistinct are pairs of names that look alike but are different
	// entities ("Kim Jong Un", "Kim Jong Il").
	KnownDistinct [][]string `yaml:"known-distinct"`
	// Abbreviations are extra dotted/undotted pairs ("NZ": "N.Z.").
	Abbreviations map[string]string `yaml:"abbreviations"`
	// Boilerplate lines, matched as whole lines.
	Boilerplate []string `yaml:"boilerplate"`
	// TorturedPhrases map a spun phrase to the expected one.
	TorturedPhrases map[string]string `yaml:"tortured-phrases"`
}

// UserRule is a rule defined in the config file.
type UserRule struct {
	ID       string   `yaml:"id"`
	Kind     string   `yaml:"kind"` // existence or substitution
	Message  string   `yaml:"message"`
	Severity string   `yaml:"severity"`
	Patterns []string `yaml:"patterns"`
	// Regex makes Patterns RE2 regular expressions instead of literals.
	Regex      bool              `yaml:"regex"`
	IgnoreCase bool              `yaml:"ignore-case"`
	Fix        string            `yaml:"fix"` // existence: "delete"; substitution: safe or unsafe
	Swap       map[string]string `yaml:"swap"`
	line       int
}

// Size is a byte count that YAML may give as "16MB", "512KB" or 1048576.
type Size int64

// UnmarshalYAML parses sizes with an optional KB/MB/GB suffix.
func (s *Size) UnmarshalYAML(n *yaml.Node) error {
	v, err := ParseSize(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: max-file-size: %w", n.Line, err)
	}
	*s = Size(v)
	return nil
}

// ParseSize reads "123", "16KB", "16MB", "1GB" (powers of 1024).
func ParseSize(v string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(v))
	mult := int64(1)
	for _, u := range []struct {
		suf string
		m   int64
	}{{"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(t, u.suf) {
			mult, t = u.m, strings.TrimSpace(strings.TrimSuffix(t, u.suf))
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%q is not a size (use bytes or a number with KB, MB or GB)", v)
	}
	return n * mult, nil
}

// Error is a configuration problem with its location.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Limits that keep a hostile config from costing more than it is worth.
const (
	maxConfigSize  = 1 << 20
	maxPatternLen  = 4096
	maxPatterns    = 10000
	maxRegexStates = 10000
)

// Load reads and validates one config file.
func Load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, b)
}

// Parse validates config bytes read from path.
func Parse(path string, b []byte) (*Config, error) {
	if len(b) > maxConfigSize {
		return nil, &Error{path, 0, fmt.Sprintf("config is larger than %d bytes", maxConfigSize)}
	}
	abs, _ := filepath.Abs(path)
	c := &Config{Path: path, Dir: filepath.Dir(abs)}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlError(path, err)
	}
	// Second pass for line numbers of list items.
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err == nil {
		recordLines(&root, c)
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	return c, nil
}

var (
	yamlLineRe     = regexp.MustCompile(`^line (\d+): (.*)$`)
	yamlUnknownKey = regexp.MustCompile(`field (\S+) not found in type \S+`)
)

// yamlError turns yaml.v3's "yaml: unmarshal errors:\n  line 3: field x
// not found in type config.Config" into "path:3: unknown key "x" …".
func yamlError(path string, err error) error {
	m := strings.TrimPrefix(err.Error(), "yaml: ")
	m = strings.TrimPrefix(m, "unmarshal errors:\n")
	m = strings.TrimSpace(strings.SplitN(m, "\n", 2)[0])
	m = yamlUnknownKey.ReplaceAllString(m, "unknown key \"$1\" (`scrapelint init` writes a file with every key)")
	line := 0
	if sm := yamlLineRe.FindStringSubmatch(m); sm != nil {
		line, _ = strconv.Atoi(sm[1])
		m = sm[2]
	}
	return &Error{path, line, m}
}

func recordLines(root *yaml.Node, c *Config) {
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		key, val := m.Content[i].Value, m.Content[i+1]
		switch key {
		case "rules":
			for j, item := range val.Content {
				if j < len(c.Rules) {
					c.Rules[j].line = item.Line
				}
			}
		case "per-file":
			for j, item := range val.Content {
				if j < len(c.PerFile) {
					c.PerFile[j].line = item.Line
				}
			}
		}
	}
}

func (c *Config) errf(line int, format string, args ...any) error {
	return &Error{c.Path, line, fmt.Sprintf(format, args...)}
}

func (c *Config) validate() error {
	userIDs := map[string]bool{}
	for _, r := range c.Rules {
		userIDs[r.ID] = true
	}
	checkNames := func(line int, key string, names []string) error {
		for _, n := range names {
			if n == "ALL" || userIDs[n] {
				continue
			}
			if _, err := rules.Select([]string{n}, nil); err != nil {
				return c.errf(line, "%s: unknown rule or category %q (see `scrapelint rules`)", key, n)
			}
		}
		return nil
	}
	checkSev := func(line int, m map[string]string) error {
		for id, s := range m {
			if err := checkNames(line, "severity", []string{id}); err != nil {
				return err
			}
			switch rules.Severity(s) {
			case rules.Error, rules.Warning, rules.Info:
			default:
				return c.errf(line, "severity of %s: %q is not error, warning or info", id, s)
			}
		}
		return nil
	}
	if err := checkNames(0, "select", c.Select); err != nil {
		return err
	}
	if err := checkNames(0, "ignore", c.Ignore); err != nil {
		return err
	}
	if err := checkSev(0, c.Severity); err != nil {
		return err
	}
	for _, g := range c.Exclude {
		if !doublestar.ValidatePattern(g) {
			return c.errf(0, "exclude: %q is not a valid glob", g)
		}
	}
	for _, p := range c.PerFile {
		if len(p.Files) == 0 {
			return c.errf(p.line, "per-file entry needs a files: list of globs")
		}
		for _, g := range p.Files {
			if !doublestar.ValidatePattern(g) {
				return c.errf(p.line, "per-file: %q is not a valid glob", g)
			}
		}
		if err := checkNames(p.line, "per-file select", p.Select); err != nil {
			return err
		}
		if err := checkNames(p.line, "per-file ignore", p.Ignore); err != nil {
			return err
		}
		if err := checkSev(p.line, p.Severity); err != nil {
			return err
		}
	}
	seen := map[string]bool{}
	for _, r := range c.Rules {
		if err := r.validate(c); err != nil {
			return err
		}
		if seen[r.ID] {
			return c.errf(r.line, "rule %s is defined twice", r.ID)
		}
		seen[r.ID] = true
		if _, builtin := rules.Lookup(r.ID); builtin {
			return c.errf(r.line, "rule %s: that id belongs to a built-in rule; choose another name", r.ID)
		}
	}
	for _, pair := range c.Dictionary.KnownDistinct {
		if len(pair) < 2 {
			return c.errf(0, "dictionaries.known-distinct: each entry is a list of at least two names")
		}
	}
	return nil
}

func (r UserRule) validate(c *Config) error {
	cat, name, ok := strings.Cut(r.ID, "/")
	if !ok || name == "" || !validCategory(cat) {
		return c.errf(r.line, "rule id %q: use category/name with a category among %s", r.ID, strings.Join(rules.Categories, ", "))
	}
	if r.Severity != "" {
		switch rules.Severity(r.Severity) {
		case rules.Error, rules.Warning, rules.Info:
		default:
			return c.errf(r.line, "rule %s: severity %q is not error, warning or info", r.ID, r.Severity)
		}
	}
	switch r.Kind {
	case "existence":
		if len(r.Patterns) == 0 {
			return c.errf(r.line, "rule %s: an existence rule needs patterns", r.ID)
		}
		if r.Fix != "" && r.Fix != "delete" {
			return c.errf(r.line, "rule %s: fix of an existence rule is \"delete\" or absent", r.ID)
		}
	case "substitution":
		if len(r.Swap) == 0 {
			return c.errf(r.line, "rule %s: a substitution rule needs swap: {found: replacement}", r.ID)
		}
		if r.Fix != "" && r.Fix != "safe" && r.Fix != "unsafe" && r.Fix != "none" {
			return c.errf(r.line, "rule %s: fix of a substitution rule is safe, unsafe or none", r.ID)
		}
	default:
		return c.errf(r.line, "rule %s: kind %q is not existence or substitution", r.ID, r.Kind)
	}
	pats := append([]string(nil), r.Patterns...)
	for k := range r.Swap {
		pats = append(pats, k)
	}
	if len(pats) > maxPatterns {
		return c.errf(r.line, "rule %s: more than %d patterns", r.ID, maxPatterns)
	}
	for _, p := range pats {
		if p == "" {
			return c.errf(r.line, "rule %s: empty pattern", r.ID)
		}
		if len(p) > maxPatternLen {
			return c.errf(r.line, "rule %s: pattern longer than %d characters", r.ID, maxPatternLen)
		}
		if r.Regex {
			if _, err := rules.CompileUserRegexp(p, r.IgnoreCase); err != nil {
				return c.errf(r.line, "rule %s: bad regex %q: %v", r.ID, p, err)
			}
		}
	}
	return nil
}

func validCategory(c string) bool {
	for _, k := range rules.Categories {
		if c == k {
			return true
		}
	}
	return false
}

// Find returns the nearest config for a folder: it walks up from dir to the
// repository top (a folder holding .git) and stops at the first
// .scrapelint.yml. It returns "" when there is none.
func Find(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(abs, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		if _, err := os.Stat(filepath.Join(abs, ".git")); err == nil {
			return ""
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return ""
		}
		abs = parent
	}
}

// Settings are the effective settings for one file.
type Settings struct {
	Select, Ignore []string
	Severity       map[string]rules.Severity
}

// rel returns file relative to the config folder, slash-separated, or ""
// when the file is outside it.
func (c *Config) rel(file string) string {
	abs, err := filepath.Abs(file)
	if err != nil {
		return ""
	}
	r, err := filepath.Rel(c.Dir, abs)
	if err != nil || strings.HasPrefix(r, "..") {
		return ""
	}
	return filepath.ToSlash(r)
}

// Excluded reports whether the config's exclude globs match file.
func (c *Config) Excluded(file string) bool {
	r := c.rel(file)
	if r == "" {
		return false
	}
	for _, g := range c.Exclude {
		if ok, _ := doublestar.Match(g, r); ok {
			return true
		}
		// A glob naming a folder excludes everything under it.
		if ok, _ := doublestar.Match(strings.TrimSuffix(g, "/")+"/**", r); ok {
			return true
		}
	}
	return false
}

// For resolves the settings for one file: the config's select/ignore and
// severities, then each matching per-file entry in order.
func (c *Config) For(file string) Settings {
	s := Settings{Select: append([]string(nil), c.Select...), Ignore: append([]string(nil), c.Ignore...), Severity: map[string]rules.Severity{}}
	for k, v := range c.Severity {
		s.Severity[k] = rules.Severity(v)
	}
	r := c.rel(file)
	for _, p := range c.PerFile {
		matched := false
		for _, g := range p.Files {
			if ok, _ := doublestar.Match(g, r); ok && r != "" {
				matched = true
			}
		}
		if !matched {
			continue
		}
		if len(p.Select) > 0 {
			s.Select = append([]string(nil), p.Select...)
		}
		s.Ignore = append(s.Ignore, p.Ignore...)
		for k, v := range p.Severity {
			s.Severity[k] = rules.Severity(v)
		}
	}
	return s
}

// Key identifies a Settings value, so engines can be shared between files
// with the same effective rules.
func (s Settings) Key() string {
	var b strings.Builder
	b.WriteString(strings.Join(s.Select, ","))
	b.WriteByte('|')
	b.WriteString(strings.Join(s.Ignore, ","))
	b.WriteByte('|')
	keys := make([]string, 0, len(s.Severity))
	for k := range s.Severity {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b.WriteString(k + "=" + string(s.Severity[k]) + ";")
	}
	return b.String()
}
