package rules_test

import (
	"strings"
	"testing"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/fixers"
	"github.com/scrapelint/scrapelint/rules"
)

// lintWith runs one rule over src and returns its findings.
func lintWith(t *testing.T, r rules.Rule, path, src string) []rules.Finding {
	t.Helper()
	return lintWithDict(t, r, nil, path, src)
}

// lintWithDict is lintWith with project dictionaries (nil for none).
func lintWithDict(t *testing.T, r rules.Rule, dict *rules.Dictionaries, path, src string) []rules.Finding {
	t.Helper()
	doc, err := article.Parse(path, []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	e := rules.NewEngine([]rules.Rule{r})
	e.ReportUnusedSuppressions = true
	e.Dictionaries = dict
	return e.Run(doc)
}

// fixWith applies r's fixes (safe and unsafe) to a fixed point.
func fixWith(t *testing.T, r rules.Rule, path, src string) string {
	t.Helper()
	return fixWithDict(t, r, nil, path, src)
}

// fixWithDict is fixWith with project dictionaries (nil for none).
func fixWithDict(t *testing.T, r rules.Rule, dict *rules.Dictionaries, path, src string) string {
	t.Helper()
	e := rules.NewEngine([]rules.Rule{r})
	e.ReportUnusedSuppressions = true
	e.Dictionaries = dict
	out, ok, err := fixers.Loop([]byte(src), func(b []byte) ([][]article.Edit, error) {
		d, err := article.Parse(path, b)
		if err != nil {
			return nil, err
		}
		return rules.Edits(e.Run(d), rules.Unsafe), nil
	})
	if err != nil || !ok {
		t.Fatalf("fix loop: converged=%v err=%v", ok, err)
	}
	return string(out)
}

// TestExamples checks every documented example of every rule: the bad text
// is reported, the good text is not, and the fix gives the documented result.
func TestExamples(t *testing.T) {
	for _, r := range rules.All() {
		m := r.Meta()
		t.Run(m.ID, func(t *testing.T) {
			if len(m.Examples) == 0 {
				t.Fatal("rule has no examples")
			}
			if m.Summary == "" || m.What == "" || m.Why == "" || m.FixNote == "" {
				t.Fatal("rule documentation is incomplete (Summary, What, Why, FixNote)")
			}
			for i, ex := range m.Examples {
				path := ex.Path
				if path == "" {
					path = "example.md"
				}
				if ex.Bad != "" {
					fs := lintWithDict(t, r, ex.Dict, path, ex.Bad)
					if len(fs) == 0 {
						t.Errorf("example %d: bad text not reported:\n%s", i+1, ex.Bad)
					}
					for _, f := range fs {
						if f.Fix != nil && f.Fix.Safety != m.Fix {
							t.Errorf("example %d: fix safety %s, rule declares %s", i+1, f.Fix.Safety, m.Fix)
						}
					}
				}
				if ex.Good != "" {
					if fs := lintWithDict(t, r, ex.Dict, path, ex.Good); len(fs) > 0 {
						t.Errorf("example %d: good text reported at %d:%d: %s\n%s", i+1, fs[0].Line, fs[0].Column, fs[0].Message, ex.Good)
					}
				}
				if ex.Fixed != "" {
					if m.Fix == rules.NoFix {
						t.Errorf("example %d: has Fixed but the rule declares no fix", i+1)
					}
					if got := fixWithDict(t, r, ex.Dict, path, ex.Bad); got != ex.Fixed {
						t.Errorf("example %d: fixed text\n got: %q\nwant: %q", i+1, got, ex.Fixed)
					}
				}
			}
		})
	}
}

func TestRuleIDsAreWellFormed(t *testing.T) {
	for _, r := range rules.All() {
		m := r.Meta()
		cat, name, ok := strings.Cut(m.ID, "/")
		if !ok || name == "" || strings.ToLower(m.ID) != m.ID || strings.ContainsAny(name, " _/") {
			t.Errorf("rule id %q: want category/kebab-case-name", m.ID)
		}
		if m.Category() != cat {
			t.Errorf("rule %q: category %q", m.ID, m.Category())
		}
		switch m.Severity {
		case rules.Error, rules.Warning, rules.Info:
		default:
			t.Errorf("rule %q: severity %q", m.ID, m.Severity)
		}
		switch m.Fix {
		case rules.Safe, rules.Unsafe, rules.NoFix:
		default:
			t.Errorf("rule %q: fix safety %q", m.ID, m.Fix)
		}
	}
}
