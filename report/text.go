package report

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/scrapelint/scrapelint/rules"
)

type palette struct {
	path, rule, err, warn, info, dim, fix *color.Color
}

func newPalette(on bool) palette {
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return palette{
		path: mk(color.Bold),
		rule: mk(color.FgCyan),
		err:  mk(color.FgRed, color.Bold),
		warn: mk(color.FgYellow, color.Bold),
		info: mk(color.FgBlue),
		dim:  mk(color.FgHiBlack),
		fix:  mk(color.FgGreen),
	}
}

func writeFinding(w *bufio.Writer, p palette, f File, x rules.Finding) {
	sev := p.info
	switch x.Severity {
	case rules.Error:
		sev = p.err
	case rules.Warning:
		sev = p.warn
	}
	fmt.Fprintf(w, "%s:%d:%d: %s %s %s\n", p.path.Sprint(x.Path), x.Line, x.Column,
		sev.Sprint(string(x.Severity)), p.rule.Sprint(x.Rule), x.Message)
	writeExcerpt(w, p, f.Src, x)
	if x.Fix != nil {
		fmt.Fprintf(w, "  %s %s\n", p.fix.Sprintf("%s fix:", x.Fix.Safety), x.Fix.Description)
	}
	_ = w.WriteByte('\n')
}

// writeExcerpt prints the first line of the span with a caret line under it,
// and says how many more lines the span covers.
func writeExcerpt(w *bufio.Writer, p palette, src []byte, x rules.Finding) {
	start := x.Offset
	for start > 0 && src[start-1] != '\n' {
		start--
	}
	end := x.Offset
	for end < len(src) && src[end] != '\n' {
		end++
	}
	line := strings.TrimRight(string(src[start:end]), "\r")
	line = strings.TrimPrefix(line, "\ufeff")
	const maxWidth = 160
	col := x.Column - 1
	var width int
	if x.EndLine == x.Line {
		width = x.EndColumn - x.Column
	} else {
		width = utf8.RuneCountInString(line) - col
	}
	if width < 1 {
		width = 1
	}
	// Long scraped lines are cut to a window around the span.
	runes := []rune(line)
	from := 0
	if len(runes) > maxWidth {
		from = col - 20
		if from < 0 {
			from = 0
		}
		to := from + maxWidth
		if to > len(runes) {
			to = len(runes)
		}
		runes = runes[from:to]
	}
	if col-from+width > len(runes) {
		width = len(runes) - (col - from)
		if width < 1 {
			width = 1
		}
	}
	num := fmt.Sprintf("%d", x.Line)
	fmt.Fprintf(w, "  %s %s %s\n", p.dim.Sprint(num), p.dim.Sprint("|"), sanitize(string(runes)))
	pad := strings.Repeat(" ", len(num))
	marker := strings.Repeat(" ", col-from) + strings.Repeat("^", width)
	if x.EndLine > x.Line {
		marker += fmt.Sprintf(" (and %d more line%s)", x.EndLine-x.Line, plural(x.EndLine-x.Line))
	}
	fmt.Fprintf(w, "  %s %s %s\n", pad, p.dim.Sprint("|"), p.err.Sprint(marker))
}

// sanitize makes control characters visible so an excerpt cannot mess up
// the terminal; tabs become one space to keep the caret aligned.
func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return ' '
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
			return '\uFFFD'
		}
		return r
	}, s)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func writeStatistics(w *bufio.Writer, c Counts) {
	for _, r := range sortedKeys(c.ByRule) {
		mark := ""
		if s := c.FixSafety[r]; s != "" {
			mark = " [" + s + " fix]"
		}
		fmt.Fprintf(w, "%6d  %s%s\n", c.ByRule[r], r, mark)
	}
}

func writeSummary(w *bufio.Writer, p palette, c Counts, opt Options) {
	if c.Total == 0 {
		if opt.Fixed > 0 {
			fmt.Fprintf(w, "%s\n", p.fix.Sprintf("Fixed %d finding%s; no findings remain.", opt.Fixed, plural(opt.Fixed)))
		} else {
			fmt.Fprintf(w, "%s\n", p.fix.Sprint("No findings."))
		}
		return
	}
	var parts []string
	for _, cat := range rules.Categories {
		if n := c.ByCategory[cat]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", cat, n))
		}
	}
	fmt.Fprintf(w, "Found %d finding%s in %d file%s (%s).", c.Total, plural(c.Total), c.Files, plural(c.Files), strings.Join(parts, ", "))
	if opt.Fixed > 0 {
		fmt.Fprintf(w, " Fixed %d.", opt.Fixed)
	}
	_ = w.WriteByte('\n')
	if c.Safe > 0 {
		fmt.Fprintf(w, "%s\n", p.fix.Sprintf("%d fixable with --fix.", c.Safe))
	}
	if c.Unsafe > 0 {
		if opt.UnsafeFixes {
			fmt.Fprintf(w, "%d more fixable with --fix --unsafe-fixes.\n", c.Unsafe)
		} else {
			fmt.Fprintf(w, "%d more fixable with --fix --unsafe-fixes (review them with --diff --unsafe-fixes first).\n", c.Unsafe)
		}
	}
}
