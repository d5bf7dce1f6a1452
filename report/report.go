// Package report renders findings: the human text format and the machine
// formats derived from the finding schema. Reporters never re-detect
// anything; they only format the finding list they are given.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/scrapelint/scrapelint/rules"
)

// File is one linted file with its findings, in position order. Src is the
// content the findings refer to (for source excerpts).
type File struct {
	Path     string
	Src      []byte
	Findings []rules.Finding
}

// Options tune the output.
type Options struct {
	// Quiet prints only the summary (text format).
	Quiet bool
	// Statistics prints a count per rule instead of the findings.
	Statistics bool
	// UnsafeFixes says whether unsafe fixes are enabled, for the hints.
	UnsafeFixes bool
	// Fixed is the number of findings fixed in this run, for the summary.
	Fixed int
	// Color enables ANSI colour.
	Color bool
	// ToolVersion is the scrapelint version the machine formats name
	// (SARIF tool.driver.version); empty leaves it out.
	ToolVersion string
	// Rules are the rules that ran, listed in the SARIF driver; nil means
	// every built-in rule (rules.All()).
	Rules []rules.Rule
}

// Formats lists the names accepted by Write.
var Formats = []string{"text", "json", "jsonl", "sarif", "github", "checkstyle", "junit", "rdjson", "gitlab"}

// Write renders files in the given format.
func Write(w io.Writer, format string, files []File, opt Options) error {
	switch format {
	case "text", "json", "jsonl", "github":
		st, _ := NewStream(w, format, opt)
		for _, f := range files {
			if err := st.Add(f); err != nil {
				return err
			}
		}
		return st.Close()
	case "sarif":
		return writeSARIF(w, files, opt)
	case "checkstyle":
		return writeCheckstyle(w, files)
	case "junit":
		return writeJUnit(w, files)
	case "rdjson":
		return writeRDJSON(w, files)
	case "gitlab":
		return writeGitLab(w, files)
	}
	return fmt.Errorf("unknown format %q (choose one of: %s)", format, strings.Join(Formats, ", "))
}

// Counts summarises a finding list.
type Counts struct {
	Total, Files, Safe, Unsafe int
	ByCategory                 map[string]int
	ByRule                     map[string]int
	// FixSafety records, per rule, the safety of its fixes ("" if none).
	FixSafety map[string]string
}

// Add tallies one file's findings.
func (c *Counts) Add(f File) {
	if c.ByCategory == nil {
		c.ByCategory, c.ByRule, c.FixSafety = map[string]int{}, map[string]int{}, map[string]string{}
	}
	if len(f.Findings) > 0 {
		c.Files++
	}
	for _, x := range f.Findings {
		c.Total++
		c.ByCategory[x.Category]++
		c.ByRule[x.Rule]++
		if x.Fix != nil {
			c.FixSafety[x.Rule] = string(x.Fix.Safety)
			switch x.Fix.Safety {
			case rules.Safe:
				c.Safe++
			case rules.Unsafe:
				c.Unsafe++
			}
		}
	}
}

// Count tallies findings by category, rule and fix safety.
func Count(files []File) Counts {
	var c Counts
	c.Add(File{})
	for _, f := range files {
		c.Add(f)
	}
	return c
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
