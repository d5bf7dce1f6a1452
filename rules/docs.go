package rules

import (
	"fmt"
	"sort"
	"strings"
)

// Explain renders a rule's documentation as `scrapelint explain` prints it.
func Explain(r Rule) string {
	m := r.Meta()
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", m.ID)
	fmt.Fprintf(&b, "Category: %s · Severity: %s · Fix: %s\n\n", m.Category(), m.Severity, m.Fix)
	fmt.Fprintf(&b, "%s\n\n", m.Summary)
	fmt.Fprintf(&b, "## What it does\n%s\n\n", m.What)
	fmt.Fprintf(&b, "## Why is this bad?\n%s\n\n", m.Why)
	for i, ex := range m.Examples {
		label := ""
		if len(m.Examples) > 1 {
			label = fmt.Sprintf(" %d", i+1)
		}
		fmt.Fprintf(&b, "## Example%s\n", label)
		if ex.Dict != nil {
			fmt.Fprintf(&b, "With .scrapelint.yml:\n%s\nReported:\n", indent(ex.Dict.yaml()))
		}
		fmt.Fprintf(&b, "%s\n", indent(ex.Bad))
		if ex.Fixed != "" {
			fmt.Fprintf(&b, "Fixed:\n%s\n", indent(ex.Fixed))
		}
		if ex.Good != "" {
			fmt.Fprintf(&b, "Not reported:\n%s\n", indent(ex.Good))
		}
	}
	fmt.Fprintf(&b, "## Fix safety\n%s\n", m.FixNote)
	return b.String()
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "    " + l
	}
	return strings.Join(lines, "\n") + "\n"
}

// MarkdownTable renders the rule list as the Markdown table in README.md.
func MarkdownTable(rs []Rule) string {
	var b strings.Builder
	b.WriteString("| Rule | Severity | Fix | What it finds |\n|---|---|---|---|\n")
	for _, r := range rs {
		m := r.Meta()
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", m.ID, m.Severity, m.Fix, strings.ReplaceAll(m.Summary, "|", "\\|"))
	}
	return b.String()
}

// yaml renders the dictionaries as the .scrapelint.yml block that sets
// them, for the documentation of examples.
func (d *Dictionaries) yaml() string {
	var b strings.Builder
	b.WriteString("dictionaries:\n")
	list := func(key string, vs []string) {
		if len(vs) > 0 {
			fmt.Fprintf(&b, "  %s: [%s]\n", key, quoteAll(vs))
		}
	}
	pairs := func(key string, m map[string]string) {
		if len(m) == 0 {
			return
		}
		ks := make([]string, 0, len(m))
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		fmt.Fprintf(&b, "  %s:\n", key)
		for _, k := range ks {
			fmt.Fprintf(&b, "    %q: %q\n", k, m[k])
		}
	}
	list("names", d.Names)
	if len(d.KnownDistinct) > 0 {
		b.WriteString("  known-distinct:\n")
		for _, g := range d.KnownDistinct {
			fmt.Fprintf(&b, "    - [%s]\n", quoteAll(g))
		}
	}
	pairs("abbreviations", d.Abbreviations)
	list("boilerplate", d.Boilerplate)
	pairs("tortured-phrases", d.TorturedPhrases)
	return b.String()
}

func quoteAll(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = fmt.Sprintf("%q", v)
	}
	return strings.Join(q, ", ")
}
