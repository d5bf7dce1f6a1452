package report

import (
	"bufio"
	"io"
)

// Stream writes a report one file at a time, for the formats whose output
// is a sequence (text, json, jsonl, github). A run over a large corpus then
// holds only the files in flight, not every finding of every file.
type Stream struct {
	w      *bufio.Writer
	format string
	opt    Options
	p      palette
	counts Counts
	n      int // findings written (json separators)
}

// NewStream starts a streamed report. It returns false for formats that
// need every finding before they can write anything (sarif, checkstyle,
// junit, rdjson, gitlab); use Write for those.
func NewStream(w io.Writer, format string, opt Options) (*Stream, bool) {
	switch format {
	case "text", "json", "jsonl", "github":
	default:
		return nil, false
	}
	s := &Stream{w: bufio.NewWriter(w), format: format, opt: opt, p: newPalette(opt.Color)}
	s.counts.Add(File{})
	if format == "json" {
		_, _ = s.w.WriteString("[")
	}
	return s, true
}

// Add writes one file's findings.
func (s *Stream) Add(f File) error {
	s.counts.Add(f)
	switch s.format {
	case "text":
		if !s.opt.Quiet && !s.opt.Statistics {
			for _, x := range f.Findings {
				writeFinding(s.w, s.p, f, x)
			}
		}
	case "json", "jsonl":
		for _, x := range f.Findings {
			if s.format == "json" {
				sep := ",\n"
				if s.n == 0 {
					sep = "\n"
				}
				_, _ = s.w.WriteString(sep)
			}
			if err := jsonFinding(s.w, x, s.format == "json"); err != nil {
				return err
			}
			s.n++
		}
	case "github":
		writeGitHubFile(s.w, f)
	}
	// Flushing per file keeps output flowing on long runs.
	return s.w.Flush()
}

// Close writes what comes after the findings (the text summary, the end
// of the json array) and flushes.
func (s *Stream) Close() error {
	switch s.format {
	case "text":
		if s.opt.Statistics {
			writeStatistics(s.w, s.counts)
		}
		writeSummary(s.w, s.p, s.counts, s.opt)
	case "json":
		if s.n > 0 {
			_, _ = s.w.WriteString("\n")
		}
		_, _ = s.w.WriteString("]\n")
	}
	return s.w.Flush()
}

// SetFixed sets the number of fixed findings the summary reports.
func (s *Stream) SetFixed(n int) { s.opt.Fixed = n }

// Counts returns the tally of everything added so far.
func (s *Stream) Counts() Counts { return s.counts }
