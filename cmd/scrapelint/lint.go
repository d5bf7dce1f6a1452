package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/fixers"
	"github.com/scrapelint/scrapelint/report"
	"github.com/scrapelint/scrapelint/rules"
	"github.com/scrapelint/scrapelint/walk"
)

type lintOptions struct {
	fix, unsafeFixes, diff bool
	sel, ignore            []string
	format                 string
	noColor, quiet, stats  bool
	stdinFilename          string
	maxFileSize            int64
}

func newLintCmd() *cobra.Command {
	o := &lintOptions{}
	cmd := &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Report (and with --fix, remove) scrape residue in articles",
		Long: `Lint article files and folders. Folders are searched recursively for .md,
.markdown, .mdx, .html, .htm and .txt files; hidden folders and files that
.gitignore ignores are skipped. Files named explicitly are always linted.
With no PATH, the current folder is linted. "-" reads standard input.

Fixes are safe (they remove non-content or repair bytes with certainty:
applied by --fix) or unsafe (they change words or structure: applied only
with --unsafe-fixes). --diff shows what --fix would do without writing.

Exit status: 0 no findings (or all were fixed), 1 findings remain (or, with
--diff, fixes would change something), 2 usage error or a file that could
not be read or written.`,
		Example: `  scrapelint lint content/posts
  scrapelint lint --diff article.md | git apply     preview, then apply
  scrapelint lint --fix --unsafe-fixes article.md
  scrapelint lint --select ads,boilerplate --statistics .
  scrapelint lint --format jsonl . > findings.jsonl
  cat page.html | scrapelint lint --stdin-filename page.html -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLint(cmd, o, args)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.fix, "fix", false, "apply safe fixes in place")
	f.BoolVar(&o.unsafeFixes, "unsafe-fixes", false, "also apply (with --fix) or show (with --diff) unsafe fixes")
	f.BoolVar(&o.diff, "diff", false, "print a unified diff of the fixes instead of applying them; writes nothing")
	f.StringSliceVar(&o.sel, "select", nil, "only these rules or categories (comma-separated, e.g. ads,embeds/flattened-tweet)")
	f.StringSliceVar(&o.ignore, "ignore", nil, "skip these rules or categories")
	f.StringVar(&o.format, "format", "text", "output format: "+strings.Join(report.Formats, ", "))
	f.BoolVar(&o.noColor, "no-color", false, "disable colour (also when NO_COLOR is set)")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print only the summary")
	f.BoolVar(&o.stats, "statistics", false, "print the number of findings per rule")
	f.StringVar(&o.stdinFilename, "stdin-filename", "", "name (and so format) of the article read from \"-\"")
	f.Int64Var(&o.maxFileSize, "max-file-size", 16<<20, "skip files larger than this many bytes")
	return cmd
}

// result is the outcome for one input file.
type result struct {
	path     string
	src      []byte // content the findings refer to (after fixing)
	findings []rules.Finding
	fixed    int
	diff     string
	warn     string // skipped, with a reason for stderr
	err      error  // could not be read or written
}

func runLint(cmd *cobra.Command, o *lintOptions, args []string) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	if !validFormat(o.format) {
		return &codeError{exitError, fmt.Errorf("unknown --format %q (choose one of: %s)", o.format, strings.Join(report.Formats, ", "))}
	}
	if o.fix && o.diff {
		return &codeError{exitError, errors.New("--fix and --diff exclude each other: --diff previews what --fix would write")}
	}
	rs, err := rules.Select(o.sel, o.ignore)
	if err != nil {
		return &codeError{exitError, err}
	}
	if len(rs) == 0 {
		return &codeError{exitError, errors.New("--select/--ignore leave no rule to run")}
	}
	engine := rules.NewEngine(rs)
	allow := rules.Safe
	if o.unsafeFixes {
		allow = rules.Unsafe
	}

	if len(args) == 0 {
		args = []string{"."}
	}
	var inputs []string
	var stdinUsed bool
	var paths []string
	for _, a := range args {
		if a == "-" {
			stdinUsed = true
			continue
		}
		paths = append(paths, a)
	}
	files, walkErrs := walk.Files(paths)
	hadError := false
	for _, e := range walkErrs {
		fmt.Fprintf(stderr, "scrapelint: %v\n", e)
		hadError = true
	}
	if stdinUsed {
		inputs = append(inputs, "-")
	}
	inputs = append(inputs, files...)
	if stdinUsed && o.fix {
		// Fixing stdin prints the fixed article instead of writing a file.
		if len(inputs) > 1 {
			return &codeError{exitError, errors.New("--fix with \"-\" prints the fixed article; lint other paths in a separate run")}
		}
	}

	progress := newProgress(stderr, len(inputs))
	results := make([]result, len(inputs))
	var wg sync.WaitGroup
	jobs := make(chan int)
	workers := runtime.GOMAXPROCS(0)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = lintOne(inputs[i], o, engine, allow, cmd.InOrStdin())
				progress.tick()
			}
		}()
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	progress.done()

	var out []report.File
	fixed, changed := 0, 0
	for _, r := range results {
		if r.warn != "" {
			fmt.Fprintf(stderr, "scrapelint: warning: %s: %s\n", r.path, r.warn)
			continue
		}
		if r.err != nil {
			fmt.Fprintf(stderr, "scrapelint: %s: %v\n", r.path, r.err)
			hadError = true
			continue
		}
		fixed += r.fixed
		if r.diff != "" {
			changed++
			_, _ = io.WriteString(stdout, r.diff)
		}
		if o.fix && r.path == o.stdinName() && stdinUsed {
			_, _ = stdout.Write(r.src)
		}
		out = append(out, report.File{Path: r.path, Src: r.src, Findings: r.findings})
	}

	if o.diff {
		if changed > 0 {
			fmt.Fprintf(stderr, "Would fix %d finding%s in %d file%s.\n", fixed, plural(fixed), changed, plural(changed))
		} else {
			fmt.Fprintln(stderr, "No fixes to apply.")
		}
	} else {
		w := stdout
		if o.fix && stdinUsed {
			w = stderr
		}
		useColor := !o.noColor && os.Getenv("NO_COLOR") == "" && (os.Getenv("FORCE_COLOR") != "" || isTerminal(w))
		err := report.Write(w, o.format, out, report.Options{
			Quiet: o.quiet, Statistics: o.stats, UnsafeFixes: o.unsafeFixes, Fixed: fixed, Color: useColor,
		})
		if err != nil {
			return &codeError{exitError, err}
		}
	}

	switch {
	case hadError:
		return &codeError{code: exitError}
	case o.diff && changed > 0:
		return &codeError{code: exitFindings}
	case o.diff:
		return nil
	case report.Count(out).Total > 0:
		return &codeError{code: exitFindings}
	}
	return nil
}

func (o *lintOptions) stdinName() string {
	if o.stdinFilename != "" {
		return o.stdinFilename
	}
	return "-"
}

func validFormat(f string) bool {
	for _, x := range report.Formats {
		if x == f {
			return true
		}
	}
	return false
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func lintOne(path string, o *lintOptions, engine *rules.Engine, allow rules.Safety, stdin io.Reader) result {
	name := path
	var src []byte
	var err error
	if path == "-" {
		name = o.stdinName()
		src, err = io.ReadAll(io.LimitReader(stdin, o.maxFileSize+1))
	} else {
		src, err = readFile(path, o.maxFileSize)
	}
	r := result{path: name}
	if err != nil {
		if errors.Is(err, errTooLarge) {
			r.warn = err.Error()
		} else {
			r.err = err
		}
		return r
	}
	if int64(len(src)) > o.maxFileSize {
		r.warn = errTooLarge.Error()
		return r
	}
	doc, err := article.Parse(name, src)
	if err != nil {
		r.warn = err.Error() + "; skipped"
		return r
	}
	findings := engine.Run(doc)
	r.src, r.findings = src, findings
	if !o.fix && !o.diff {
		return r
	}
	lintEdits := func(b []byte) ([][]article.Edit, error) {
		d, err := article.Parse(name, b)
		if err != nil {
			return nil, err
		}
		return rules.Edits(engine.Run(d), allow), nil
	}
	fixedSrc, _, err := fixers.Loop(src, lintEdits)
	if err != nil || string(fixedSrc) == string(src) {
		return r
	}
	// Re-lint the result: what remains is what the user still has to see.
	fixedDoc, err := article.Parse(name, fixedSrc)
	if err != nil {
		return r
	}
	remaining := engine.Run(fixedDoc)
	r.fixed = countFixable(findings, allow) - countFixable(remaining, allow)
	if r.fixed < 0 {
		r.fixed = 0
	}
	if o.diff {
		r.diff = fixers.UnifiedDiff(name, src, fixedSrc)
		return r
	}
	if path != "-" {
		if err := fixers.WriteAtomic(path, src, fixedSrc); err != nil {
			r.err = fmt.Errorf("fix not written: %w", err)
			return r
		}
	}
	r.src, r.findings = fixedSrc, remaining
	return r
}

func countFixable(fs []rules.Finding, allow rules.Safety) int {
	return len(rules.Edits(fs, allow))
}

var errTooLarge = errors.New("larger than --max-file-size; skipped")

func readFile(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, unwrapPath(err)
	}
	if info.IsDir() {
		return nil, errors.New("is a folder")
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%d bytes, %w", info.Size(), errTooLarge)
	}
	b, err := os.ReadFile(filepath.Clean(path))
	return b, unwrapPath(err)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && os.Getenv("TERM") != "dumb" && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
