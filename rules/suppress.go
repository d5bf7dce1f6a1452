package rules

import (
	"bytes"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/scrapelint/scrapelint/article"
)

// Inline suppressions, for Markdown and HTML:
//
//	<!-- scrapelint-disable RULE[,RULE] -->   … <!-- scrapelint-enable -->
//	<!-- scrapelint-disable-next-line RULE -->
//
// and for a whole file, in YAML or JSON front matter:
//
//	scrapelint: {ignore: [RULE]}
//
// RULE is a rule id or a category; no RULE means every rule.

var directiveRe = lazyRegexp(`<!--\s*scrapelint-(disable-next-line|disable|enable)\b([^>]*?)-->`)

type suppression struct {
	kind  string // "disable", "next-line", "file"
	names []string
	// [start,end) is the byte range of the article it covers.
	start, end int
	// at is where the directive itself stands, for reporting it.
	at, atEnd int
	used      bool
}

func (s *suppression) covers(f *Finding) bool {
	if f.Offset < s.start || f.Offset >= s.end {
		return false
	}
	if len(s.names) == 0 {
		return true
	}
	for _, n := range s.names {
		if n == f.Rule || n == f.Category {
			return true
		}
	}
	return false
}

func parseNames(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' })
}

// suppressions finds every directive in the article.
// directivePrefix starts every suppression comment.
const directivePrefix = "scrapelint-"

// suppressions lists the file's suppressions; directives tells whether the
// file contains directivePrefix (case-insensitively) at all.
func suppressions(d *article.Doc, directives bool) []*suppression {
	var out []*suppression
	if names := frontMatterIgnore(d); names != nil {
		out = append(out, &suppression{kind: "file", names: names, start: 0, end: len(d.Src) + 1, at: 0, atEnd: d.FrontMatterEnd})
	}
	if !directives {
		return out
	}
	var open []*suppression
	for _, m := range directiveRe().FindAllSubmatchIndex(d.Src, -1) {
		if m[0] < d.Body() || d.InCodeBlock(m[0]) {
			continue
		}
		kind := string(d.Src[m[2]:m[3]])
		names := parseNames(string(d.Src[m[4]:m[5]]))
		switch kind {
		case "disable":
			s := &suppression{kind: "disable", names: names, start: m[1], end: len(d.Src) + 1, at: m[0], atEnd: m[1]}
			open = append(open, s)
			out = append(out, s)
		case "enable":
			// Closes the matching (or, with no names, every) open region.
			var keep []*suppression
			for _, s := range open {
				if len(names) == 0 || sameNames(s.names, names) {
					s.end = m[0]
				} else {
					keep = append(keep, s)
				}
			}
			open = keep
		case "disable-next-line":
			ln := d.LineOf(m[1])
			next := ln + 1
			// The directive may share its line with nothing else; skip
			// blank lines to the next content line.
			for next < d.LineCount() && d.IsBlankLine(next) {
				next++
			}
			s := &suppression{kind: "next-line", names: names, at: m[0], atEnd: m[1], start: len(d.Src) + 1, end: len(d.Src) + 1}
			if next < d.LineCount() {
				s.start, _, s.end = d.Line(next)
				if s.end == s.start {
					s.end++
				}
			}
			out = append(out, s)
		}
	}
	return out
}

func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// frontMatterIgnore reads "scrapelint: {ignore: [...]}" from YAML or JSON
// front matter. It returns nil when there is no such key.
func frontMatterIgnore(d *article.Doc) []string {
	if d.FrontMatter != article.YAMLFrontMatter && d.FrontMatter != article.JSONFrontMatter {
		return nil
	}
	fm := d.Src[d.BOM:d.FrontMatterEnd]
	if !bytes.Contains(fm, []byte("scrapelint")) {
		return nil
	}
	if d.FrontMatter == article.YAMLFrontMatter {
		// Strip the delimiter lines.
		lines := bytes.SplitN(fm, []byte("\n"), 2)
		if len(lines) < 2 {
			return nil
		}
		fm = lines[1]
		if k := bytes.LastIndex(fm, []byte("\n---")); k >= 0 {
			fm = fm[:k]
		} else if k := bytes.LastIndex(fm, []byte("\n...")); k >= 0 {
			fm = fm[:k]
		}
	}
	var v struct {
		Scrapelint struct {
			Ignore []string `yaml:"ignore" json:"ignore"`
		} `yaml:"scrapelint" json:"scrapelint"`
	}
	if err := yaml.Unmarshal(fm, &v); err != nil {
		return nil
	}
	if len(v.Scrapelint.Ignore) == 0 {
		return nil
	}
	return v.Scrapelint.Ignore
}

// applySuppressions drops suppressed findings and, when asked, reports the
// directives that suppressed nothing.
func applySuppressions(d *article.Doc, fs []Finding, directives, reportUnused bool) []Finding {
	if len(fs) == 0 && !reportUnused {
		return fs
	}
	sups := suppressions(d, directives)
	if len(sups) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		suppressed := false
		for _, s := range sups {
			if s.covers(&f) {
				s.used = true
				suppressed = true
			}
		}
		if !suppressed {
			out = append(out, f)
		}
	}
	if !reportUnused {
		return out
	}
	for _, s := range sups {
		if s.used {
			continue
		}
		what := "every rule"
		if len(s.names) > 0 {
			what = strings.Join(s.names, ", ")
		}
		m := unusedSuppression.Meta()
		f := Finding{Offset: s.at, EndOffset: s.atEnd, Rule: m.ID, Category: m.Category(), Severity: m.Severity,
			Message: fmt.Sprintf("suppression of %s suppresses nothing; remove it", what)}
		if s.kind != "file" {
			f.Fix = &Fix{Safety: Safe, Description: "remove the suppression comment", Edits: []article.Edit{removeComment(d, s.at, s.atEnd)}}
		}
		out = append(out, f)
	}
	return out
}

// removeComment deletes a directive, and its line when it stands alone.
func removeComment(d *article.Doc, s, e int) article.Edit {
	ln := d.LineOf(s)
	ls, le, _ := d.Line(ln)
	if len(bytes.TrimSpace(d.Src[ls:s])) == 0 && len(bytes.TrimSpace(d.Src[e:le])) == 0 {
		return d.DeleteLines(ln, ln)
	}
	return article.Edit{Offset: s, End: e}
}

// unusedSuppression is reported by the engine, not by a check of its own:
// only the engine sees which findings each directive suppressed.
var unusedSuppression = New(Meta{
	ID:       "markup/unused-suppression",
	Severity: Warning,
	Fix:      Safe,
	Summary:  "A `scrapelint-disable` comment that suppresses nothing (with --report-unused-suppressions).",
	What: "Reports `<!-- scrapelint-disable … -->`, `<!-- scrapelint-disable-next-line … -->` comments and " +
		"front-matter `scrapelint: {ignore: […]}` entries that did not suppress any finding in this run.",
	Why: "A stale suppression hides the next real problem on that line and is noise in the article's source.",
	FixNote: "Safe: removes the comment (and its line when it stands alone). Front-matter entries are " +
		"reported only, since front matter is never rewritten.",
	Examples: []Example{
		{Bad: "<!-- scrapelint-disable-next-line ads/label-line -->\nA plain sentence.\n", Good: "A plain sentence.\n", Fixed: "A plain sentence.\n"},
	},
}, func(*Context) {})

// IsEngineRule reports rules whose findings the engine itself produces.
func IsEngineRule(id string) bool { return id == unusedSuppression.Meta().ID }

func init() { Register(unusedSuppression) }
