package report

import (
	"encoding/json"
	"io"

	"github.com/scrapelint/scrapelint/rules"
)

// GitLab Code Quality report (a subset of the Code Climate format): a JSON
// array of issues, shown in merge requests when uploaded as
// artifacts:reports:codequality.

type gitlabIssue struct {
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int `json:"begin"`
	End   int `json:"end"`
}

func writeGitLab(w io.Writer, files []File) error {
	out := []gitlabIssue{}
	for _, f := range files {
		p := repoPath(f.Path)
		fps := Fingerprints(f)
		for i, x := range f.Findings {
			line, _, endLine, _ := span(x)
			out = append(out, gitlabIssue{
				Description: x.Message,
				CheckName:   x.Rule,
				Fingerprint: fps[i],
				Severity:    gitlabSeverity(x.Severity),
				Location:    gitlabLocation{Path: p, Lines: gitlabLines{Begin: line, End: endLine}},
			})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// gitlabSeverity maps onto GitLab's info/minor/major/critical/blocker;
// critical and blocker are left to security tools.
func gitlabSeverity(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "major"
	case rules.Warning:
		return "minor"
	}
	return "info"
}
