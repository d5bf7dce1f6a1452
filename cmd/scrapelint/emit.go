package main

import (
	"fmt"
	"io"
	"os"

	"github.com/scrapelint/scrapelint/baseline"
	"github.com/scrapelint/scrapelint/report"
)

// emitter reports each file's result as it arrives, in input order:
// warnings and errors on stderr, diffs and fixed standard input on stdout,
// findings through a streamed report where the format allows it, or
// collected for the formats that need every finding at once.
type emitter struct {
	o         *lintOptions
	stdout    io.Writer
	stderr    io.Writer
	stdinUsed bool
	base      *baseline.File
	newBase   *baseline.File
	res       *resolver

	stream  *report.Stream // the terminal (or sole) report, when it streams
	collect []report.File  // for a non-streaming format or --output
	counts  report.Counts  // of what is reported
	fixed   int
	changed int
	hidden  int
}

func (o *lintOptions) newEmitter(stdout, stderr io.Writer, stdinUsed bool, base *baseline.File, res *resolver) *emitter {
	e := &emitter{o: o, stdout: stdout, stderr: stderr, stdinUsed: stdinUsed, base: base, newBase: &baseline.File{}, res: res}
	e.counts.Add(report.File{})
	if o.diff {
		return e
	}
	format, w := o.format, stdout
	if o.fix && stdinUsed {
		w = stderr // stdout carries the fixed article
	}
	if o.output != "" {
		format = "text" // the terminal gets text; the file gets o.format
	}
	if st, ok := report.NewStream(w, format, e.reportOptions(format == "text" && o.useColor(w))); ok {
		e.stream = st
	}
	return e
}

func (e *emitter) reportOptions(color bool) report.Options {
	o := e.o
	return report.Options{
		Quiet: o.quiet || o.fixOnly, Statistics: o.stats, UnsafeFixes: o.unsafeFixes, Fixed: e.fixed,
		ToolVersion: version(), Rules: e.res.allRules(), Color: color,
	}
}

// add reports one result and says whether it was an error.
func (e *emitter) add(r result) bool {
	o := e.o
	if r.warn != "" {
		fmt.Fprintf(e.stderr, "scrapelint: warning: %s: %s\n", r.path, r.warn)
		return false
	}
	failed := false
	if r.err != nil {
		fmt.Fprintf(e.stderr, "scrapelint: %s: %v\n", r.path, r.err)
		if r.findings == nil {
			return true
		}
		// The fix could not be written: the findings still stand.
		failed = true
	}
	e.fixed += r.fixed
	if r.diff != "" || (o.fix && r.fixed > 0) {
		e.changed++
	}
	if r.diff != "" {
		_, _ = io.WriteString(e.stdout, r.diff)
	}
	if o.fix && e.stdinUsed && r.path == o.stdinName() {
		_, _ = e.stdout.Write(r.src)
	}
	if o.showFixes {
		for _, a := range r.applied {
			fmt.Fprintf(e.stderr, "fixed %s:%d:%d: %s (%s)\n", a.Path, a.Line, a.Column, a.Rule, a.Fix.Description)
		}
	}
	findings := r.findings
	if o.updateBaseline {
		e.newBase.Add(r.path, r.src, findings)
		findings = nil
	} else if e.base != nil {
		var n int
		findings, n = e.base.Filter(r.path, r.src, findings)
		e.hidden += n
	}
	if o.diff {
		return failed
	}
	f := report.File{Path: r.path, Src: r.src, Findings: findings}
	e.counts.Add(f)
	if e.stream != nil {
		if err := e.stream.Add(f); err != nil {
			fmt.Fprintf(e.stderr, "scrapelint: %v\n", err)
			return true
		}
	}
	if e.stream == nil || o.output != "" {
		if !o.needsSource() || len(findings) == 0 {
			// Only excerpts and fingerprints read the bytes.
			f.Src = nil
		}
		e.collect = append(e.collect, f)
	}
	return failed
}

func (e *emitter) remaining() int { return e.counts.Total }

// finish writes what can only be written at the end: summaries, the
// collected formats, the baseline.
func (e *emitter) finish() error {
	o := e.o
	if o.updateBaseline {
		if err := e.newBase.Save(o.baselinePath); err != nil {
			return err
		}
		n := 0
		for _, fps := range e.newBase.Findings {
			n += len(fps)
		}
		fmt.Fprintf(e.stderr, "Recorded %d finding%s in %s.\n", n, plural(n), o.baselinePath)
	}
	if e.hidden > 0 {
		fmt.Fprintf(e.stderr, "%d finding%s hidden by the baseline %s.\n", e.hidden, plural(e.hidden), o.baselinePath)
	}
	if o.diff {
		if e.changed > 0 {
			fmt.Fprintf(e.stderr, "Would fix %d finding%s in %d file%s.\n", e.fixed, plural(e.fixed), e.changed, plural(e.changed))
		} else {
			fmt.Fprintln(e.stderr, "No fixes to apply.")
		}
		return nil
	}
	if o.output != "" {
		f, err := os.Create(o.output)
		if err != nil {
			return err
		}
		if err := report.Write(f, o.format, e.collect, e.reportOptions(false)); err != nil {
			_ = f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	if e.stream != nil {
		e.stream.SetFixed(e.fixed)
		return e.stream.Close()
	}
	w := e.stdout
	if o.fix && e.stdinUsed {
		w = e.stderr
	}
	return report.Write(w, o.format, e.collect, e.reportOptions(false))
}
