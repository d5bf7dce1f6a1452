package report

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/scrapelint/scrapelint/rules"
)

// reviewdog Diagnostic Format, rdjson flavour (one DiagnosticResult):
// https://github.com/reviewdog/reviewdog/tree/master/proto/rdf. Lines and
// columns are 1-based and columns count UTF-8 bytes; range ends are
// exclusive. Each fix (safe or unsafe) becomes one suggestion whose range
// covers all its edits, because reviewdog treats several suggestions as
// alternatives, not as parts of one change. A fix that replaces whole lines
// (deleting a line is the most common one) becomes a line-based suggestion:
// a range without columns, and text without its final line break.

type rdResult struct {
	Source      rdSource       `json:"source"`
	Severity    string         `json:"severity,omitempty"`
	Diagnostics []rdDiagnostic `json:"diagnostics"`
}

type rdSource struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

type rdDiagnostic struct {
	Message     string         `json:"message"`
	Location    rdLocation     `json:"location"`
	Severity    string         `json:"severity"`
	Code        rdCode         `json:"code"`
	Suggestions []rdSuggestion `json:"suggestions,omitempty"`
}

type rdLocation struct {
	Path  string  `json:"path"`
	Range rdRange `json:"range"`
}

type rdRange struct {
	Start rdPosition `json:"start"`
	End   rdPosition `json:"end"`
}

type rdPosition struct {
	Line int `json:"line"`
	// Column is 0 (left out) in line-based suggestions.
	Column int `json:"column,omitempty"`
}

type rdCode struct {
	Value string `json:"value"`
	URL   string `json:"url"`
}

type rdSuggestion struct {
	Range rdRange `json:"range"`
	Text  string  `json:"text"`
}

func writeRDJSON(w io.Writer, files []File) error {
	out := rdResult{Source: rdSource{Name: toolName, URL: toolURI}, Diagnostics: []rdDiagnostic{}}
	worst := 0
	for _, f := range files {
		p := repoPath(f.Path)
		for _, x := range f.Findings {
			d := rdDiagnostic{
				Message:  x.Message,
				Location: rdLocation{Path: p, Range: rdRangeOf(f.Src, x)},
				Severity: rdSeverity(x.Severity),
				Code:     rdCode{Value: x.Rule, URL: rulesURI},
			}
			if s, ok := rdSuggestionOf(f.Src, x.Fix); ok {
				d.Suggestions = []rdSuggestion{s}
			}
			if r := severityRank(x.Severity); r > worst {
				worst = r
				out.Severity = d.Severity
			}
			out.Diagnostics = append(out.Diagnostics, d)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// rdSuggestionOf turns a fix into one suggestion.
func rdSuggestionOf(src []byte, fix *rules.Fix) (rdSuggestion, bool) {
	start, end, text, ok := fixSpan(src, fix)
	if !ok {
		return rdSuggestion{}, false
	}
	atLineStart := func(off int) bool { return off == 0 || src[off-1] == '\n' }
	if end > start && atLineStart(start) && atLineStart(end) &&
		(text == "" || strings.HasSuffix(text, "\n") && text != "\n" && text != "\r\n") {
		sl, _ := bytePos(src, start)
		el, _ := bytePos(src, end-1)
		text = strings.TrimSuffix(strings.TrimSuffix(text, "\n"), "\r")
		return rdSuggestion{Range: rdRange{Start: rdPosition{Line: sl}, End: rdPosition{Line: el}}, Text: text}, true
	}
	sl, sc := bytePos(src, start)
	el, ec := bytePos(src, end)
	return rdSuggestion{Range: rdRange{Start: rdPosition{sl, sc}, End: rdPosition{el, ec}}, Text: text}, true
}

// rdRangeOf gives a finding's range in bytes, from its offsets when they fit
// the source and from its character positions otherwise.
func rdRangeOf(src []byte, x rules.Finding) rdRange {
	if x.Offset >= 0 && x.Offset <= x.EndOffset && x.EndOffset <= len(src) && len(src) > 0 {
		sl, sc := bytePos(src, x.Offset)
		el, ec := bytePos(src, x.EndOffset)
		return rdRange{Start: rdPosition{sl, sc}, End: rdPosition{el, ec}}
	}
	line, col, endLine, endCol := span(x)
	return rdRange{Start: rdPosition{line, col}, End: rdPosition{endLine, endCol}}
}

func rdSeverity(s rules.Severity) string {
	return strings.ToUpper(checkstyleSeverity(s))
}

func severityRank(s rules.Severity) int {
	switch s {
	case rules.Error:
		return 3
	case rules.Warning:
		return 2
	}
	return 1
}
