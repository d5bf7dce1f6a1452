package report

import (
	"encoding/xml"
	"io"

	"github.com/scrapelint/scrapelint/rules"
)

// Checkstyle XML, the format most CI report plugins accept (there is no
// official schema). Every linted file is listed, with or without errors.

type checkstyleXML struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

func writeCheckstyle(w io.Writer, files []File) error {
	doc := checkstyleXML{Version: "4.3"}
	for _, f := range files {
		cf := checkstyleFile{Name: repoPath(f.Path)}
		for _, x := range f.Findings {
			line, col, _, _ := span(x)
			cf.Errors = append(cf.Errors, checkstyleError{
				Line:     line,
				Column:   col,
				Severity: checkstyleSeverity(x.Severity),
				Message:  x.Message,
				Source:   toolName + "." + x.Rule,
			})
		}
		doc.Files = append(doc.Files, cf)
	}
	return writeXML(w, doc)
}

func checkstyleSeverity(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "info"
}

// writeXML writes an XML declaration and v, indented, with a final newline.
// encoding/xml escapes markup characters and line breaks in attributes and
// replaces characters XML cannot carry with U+FFFD.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
