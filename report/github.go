package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/scrapelint/scrapelint/rules"
)

// GitHub Actions workflow commands, one annotation per finding:
//
//	::error file=a.md,line=3,col=5,endLine=3,endColumn=11,title=scrapelint (ads/placeholder-token)::message
//
// GitHub honours col and endColumn only when line equals endLine.

func writeGitHubFile(bw io.Writer, f File) {
	p := repoPath(f.Path)
	{
		for _, x := range f.Findings {
			line, col, endLine, endCol := span(x)
			msg := x.Message
			if x.Fix != nil {
				msg += "\n" + fixLabel(x.Fix)
				if x.Fix.Description != "" {
					msg += ": " + x.Fix.Description
				}
			}
			fmt.Fprintf(bw, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
				githubCommand(x.Severity), githubProperty(p), line, col, endLine, endCol,
				githubProperty(toolName+" ("+x.Rule+")"), githubData(msg))
		}
	}
}

func githubCommand(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "notice"
}

var (
	githubDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// githubData escapes a workflow command's message.
func githubData(s string) string { return githubDataEscaper.Replace(s) }

// githubProperty escapes a workflow command's property value.
func githubProperty(s string) string { return githubPropertyEscaper.Replace(s) }
