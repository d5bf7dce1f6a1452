package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/rules"
)

// JUnit XML (the Ant/Surefire dialect that Jenkins, GitLab and most test
// report viewers read): one test suite, one test case per linted file. A
// file with findings fails, with one <failure> listing them; a clean file
// passes.

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
}

type junitFailure struct {
	Type    string `xml:"type,attr"`
	Message string `xml:"message,attr"`
	// Text lists the findings one per line; a CDATA section keeps the
	// line breaks readable.
	Text string `xml:",cdata"`
}

func writeJUnit(w io.Writer, files []File) error {
	suite := junitSuite{Name: toolName}
	for _, f := range files {
		p := repoPath(f.Path)
		c := junitCase{Name: p, Classname: toolName}
		if len(f.Findings) > 0 {
			c.Failure = junitFailureOf(p, f.Findings)
			suite.Failures++
		}
		suite.Tests++
		suite.Cases = append(suite.Cases, c)
	}
	doc := junitSuites{
		Name:     toolName,
		Tests:    suite.Tests,
		Failures: suite.Failures,
		Suites:   []junitSuite{suite},
	}
	return writeXML(w, doc)
}

func junitFailureOf(p string, xs []rules.Finding) *junitFailure {
	worst := rules.Info
	var b strings.Builder
	for _, x := range xs {
		switch {
		case x.Severity == rules.Error:
			worst = rules.Error
		case x.Severity == rules.Warning && worst != rules.Error:
			worst = rules.Warning
		}
		line, col, _, _ := span(x)
		fmt.Fprintf(&b, "%s:%d:%d: %s %s %s\n", p, line, col, x.Severity, x.Rule, x.Message)
	}
	n := strconv.Itoa(len(xs)) + " finding"
	if len(xs) != 1 {
		n += "s"
	}
	return &junitFailure{Type: string(worst), Message: n, Text: xmlChars(b.String())}
}

// xmlChars replaces what XML 1.0 cannot carry (most control characters,
// U+FFFE, U+FFFF, invalid UTF-8) with U+FFFD; encoding/xml does this for
// attributes and character data but not inside CDATA sections.
func xmlChars(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r == 0xFFFE, r == 0xFFFF, r == utf8.RuneError:
			return utf8.RuneError
		case r >= 0xD800 && r <= 0xDFFF:
			return utf8.RuneError
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
