// Package rules holds the rule model (Rule, Meta, Finding), the registry of
// built-in rules, the engine that runs them over an article, and the rule
// families themselves, one file each.
package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/scrapelint/scrapelint/article"
)

// Severity of a finding.
type Severity string

// Severities, from most to least serious.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Safety says whether a fix may be applied without review (ruff's model).
type Safety string

// Fix safety levels.
const (
	// Safe fixes remove non-content or repair bytes with certainty.
	Safe Safety = "safe"
	// Unsafe fixes change words or structure; applied only on request.
	Unsafe Safety = "unsafe"
	// NoFix rules only report.
	NoFix Safety = "none"
)

// Categories lists the rule categories in the order the summary uses.
var Categories = []string{"ads", "boilerplate", "embeds", "markup", "encoding", "translation", "names", "structure"}

// Example is one documented sample of a rule: Bad must be reported, Good
// must not. Fixed, when set, is what --fix (or --unsafe-fixes for unsafe
// rules) makes of Bad.
type Example struct {
	Bad   string
	Good  string
	Fixed string
	// Path names the sample file; its extension selects the format
	// (default "example.md").
	Path string
	// Dict, when set, is the project dictionary the sample is checked
	// with (for rules driven by .scrapelint.yml dictionaries).
	Dict *Dictionaries
}

// Meta is everything scrapelint knows about a rule apart from its code. It
// feeds `scrapelint rules`, `scrapelint explain`, the README table and the
// example tests: one source of truth.
type Meta struct {
	// ID is "category/name"; it never changes once released.
	ID       string
	Severity Severity
	Fix      Safety
	// Summary is one line; What and Why are short paragraphs.
	Summary string
	What    string
	Why     string
	// FixNote says what the fix does and why it has the safety it has.
	FixNote  string
	Examples []Example
	// Triggers are literals (matched case-insensitively for ASCII) of
	// which at least one must occur in the file for the rule to run. An
	// empty list means the rule always runs.
	Triggers []string
	// ReadsFrontMatter lets the rule report inside front matter (an
	// HTML entity in a title field, say); other findings there are dropped.
	ReadsFrontMatter bool
	// Prepare, when set, builds the rule's lazily loaded data (a large
	// dictionary index). The engine calls it in the background as soon as
	// the rule is selected, so a short run overlaps the build with reading
	// and parsing instead of waiting for it; a run that never selects the
	// rule never pays for it.
	Prepare func()
}

// Category returns the part of the ID before the slash.
func (m Meta) Category() string {
	c, _, _ := strings.Cut(m.ID, "/")
	return c
}

// Rule is a check over one article.
type Rule interface {
	Meta() *Meta
	// Check reports findings through ctx. It must not keep ctx.
	Check(ctx *Context)
}

// Fix is a set of edits that resolves one finding.
type Fix struct {
	Safety      Safety         `json:"safety"`
	Description string         `json:"description"`
	Edits       []article.Edit `json:"edits"`
}

// Related points at another place that explains a finding.
type Related struct {
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
	// Offset locates the place before line and column are computed.
	Offset int `json:"-"`
}

// Finding is one reported artifact. Offsets are bytes into the file as
// read; Line/Column fields are filled in by the engine.
type Finding struct {
	Path      string    `json:"path"`
	Line      int       `json:"line"`
	Column    int       `json:"column"`
	EndLine   int       `json:"end_line"`
	EndColumn int       `json:"end_column"`
	Offset    int       `json:"offset"`
	EndOffset int       `json:"end_offset"`
	Rule      string    `json:"rule"`
	Category  string    `json:"category"`
	Severity  Severity  `json:"severity"`
	Message   string    `json:"message"`
	Fix       *Fix      `json:"fix"`
	Related   []Related `json:"related"`
}

// Context is what a rule sees while it checks one article.
type Context struct {
	Doc *article.Doc
	// Dict holds the project's dictionary additions (may be nil).
	Dict *Dictionaries
	meta *Meta
	out  []Finding
	// hits are offsets of this rule's trigger literals in Doc.Src.
	hits []int
}

// Hits returns the offsets where the rule's trigger literals occur, in
// order. Rules without triggers get nil.
func (c *Context) Hits() []int { return c.hits }

// HitLines returns, in order, the distinct 0-based body lines that hold a
// trigger hit: most rules look at a hit's whole line once.
func (c *Context) HitLines() []int {
	var out []int
	last := -1
	for _, h := range c.hits {
		if h < c.Doc.Body() {
			continue
		}
		ln := c.Doc.LineOf(h)
		if ln != last {
			out = append(out, ln)
			last = ln
		}
	}
	return out
}

// Report records a finding over [start,end) with an optional fix.
func (c *Context) Report(start, end int, msg string, fix *Fix, related ...Related) {
	c.out = append(c.out, Finding{
		Offset:    start,
		EndOffset: end,
		Rule:      c.meta.ID,
		Category:  c.meta.Category(),
		Severity:  c.meta.Severity,
		Message:   msg,
		Fix:       fix,
		Related:   related,
	})
}

// ReportLines reports the 0-based lines first..last as one finding whose fix
// (of the rule's declared safety) deletes them. When the lines hold HTML
// that opens or closes elements beyond them, deleting them would break the
// page, so the finding is reported without a fix.
func (c *Context) ReportLines(first, last int, msg, fixDesc string) {
	s, _, _ := c.Doc.Line(first)
	_, e, _ := c.Doc.Line(last)
	var fix *Fix
	if c.meta.Fix != NoFix && htmlBalanced(c.Doc.Src[s:e]) {
		fix = &Fix{Safety: c.meta.Fix, Description: fixDesc, Edits: []article.Edit{c.Doc.DeleteLines(first, last)}}
	}
	c.Report(s, e, msg, fix)
}

// Replace is a shorthand for a one-edit fix of the rule's declared safety.
func (c *Context) Replace(start, end int, text, desc string) *Fix {
	if c.meta.Fix == NoFix {
		return nil
	}
	return &Fix{Safety: c.meta.Fix, Description: desc, Edits: []article.Edit{{Offset: start, End: end, Text: text}}}
}

var registry = map[string]Rule{}

// Register adds a built-in rule; it is called from the families' init
// functions and panics on a programming error (duplicate or malformed id).
func Register(r Rule) {
	m := r.Meta()
	cat := m.Category()
	if !validCategory(cat) || !strings.Contains(m.ID, "/") {
		panic(fmt.Sprintf("rule %q: id must be category/name with a known category", m.ID))
	}
	if _, dup := registry[m.ID]; dup {
		panic("duplicate rule " + m.ID)
	}
	registry[m.ID] = r
}

func validCategory(c string) bool {
	for _, k := range Categories {
		if k == c {
			return true
		}
	}
	return false
}

// All returns every registered rule, sorted by category order then id.
func All() []Rule {
	out := make([]Rule, 0, len(registry))
	for _, r := range registry {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Meta(), out[j].Meta()) })
	return out
}

func less(a, b *Meta) bool {
	ca, cb := catIndex(a.Category()), catIndex(b.Category())
	if ca != cb {
		return ca < cb
	}
	return a.ID < b.ID
}

func catIndex(c string) int {
	for i, k := range Categories {
		if k == c {
			return i
		}
	}
	return len(Categories)
}

// Lookup finds a rule by id.
func Lookup(id string) (Rule, bool) {
	r, ok := registry[id]
	return r, ok
}

// Select returns the built-in rules chosen by select/ignore lists of rule
// ids or categories. An empty select list means every rule. Unknown names
// are an error that says where to look.
func Select(sel, ignore []string) ([]Rule, error) {
	return SelectFrom(All(), sel, ignore)
}

// SelectFrom is Select over a given rule set (built-in plus user rules).
func SelectFrom(all []Rule, sel, ignore []string) ([]Rule, error) {
	known := map[string]bool{}
	for _, r := range all {
		known[r.Meta().ID] = true
	}
	match := func(names []string, m *Meta) bool {
		for _, n := range names {
			if n == m.ID || n == m.Category() || n == "ALL" {
				return true
			}
		}
		return false
	}
	for _, n := range append(append([]string(nil), sel...), ignore...) {
		if n == "ALL" || validCategory(n) || known[n] {
			continue
		}
		return nil, fmt.Errorf("unknown rule or category %q (see `scrapelint rules`; categories: %s)", n, strings.Join(Categories, ", "))
	}
	var out []Rule
	for _, r := range all {
		m := r.Meta()
		if len(sel) > 0 && !match(sel, m) {
			continue
		}
		if match(ignore, m) {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

// funcRule adapts a Meta and a check function to Rule; most rules are
// written this way.
type funcRule struct {
	meta  Meta
	check func(*Context)
}

func (r *funcRule) Meta() *Meta        { return &r.meta }
func (r *funcRule) Check(ctx *Context) { r.check(ctx) }

// New makes a Rule from its metadata and check function.
func New(m Meta, check func(*Context)) Rule { return &funcRule{meta: m, check: check} }
