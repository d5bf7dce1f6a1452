package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"sync"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/baseline"
	"github.com/scrapelint/scrapelint/fixers"
	"github.com/scrapelint/scrapelint/report"
	"github.com/scrapelint/scrapelint/rules"
	"github.com/scrapelint/scrapelint/walk"
)

type lintOptions struct {
	fix, unsafeFixes, diff bool
	fixOnly, showFixes     bool
	exitZero, exitOnFix    bool
	sel, ignore            []string
	format, output         string
	noColor, quiet, stats  bool
	stdinFilename          string
	maxFileSize            string
	configPath             string
	isolated               bool
	baselinePath           string
	updateBaseline         bool
	reportUnused           bool
	cpuProfile             string
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

Settings come from the nearest .scrapelint.yml above each file (up to the
repository top); --config names one file for all, --isolated ignores them.
Command-line --select replaces the config's select and ignore; --ignore adds
to them.

Exit status: 0 no findings (or all were fixed), 1 findings remain (or, with
--diff, fixes would change something), 2 usage error or a file that could
not be read or written.`,
		Example: `  scrapelint lint content/posts
  scrapelint lint --diff article.md | git apply     preview, then apply
  scrapelint lint --fix --unsafe-fixes article.md
  scrapelint lint --select ads,boilerplate --statistics .
  scrapelint lint --format jsonl . > findings.jsonl
  scrapelint lint --format sarif --output results.sarif .
  cat page.html | scrapelint lint --stdin-filename page.html -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLint(cmd, o, args)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.fix, "fix", false, "apply safe fixes in place")
	f.BoolVar(&o.unsafeFixes, "unsafe-fixes", false, "also apply (with --fix) or show (with --diff) unsafe fixes")
	f.BoolVar(&o.diff, "diff", false, "print a unified diff of the fixes instead of applying them; writes nothing")
	f.BoolVar(&o.fixOnly, "fix-only", false, "apply fixes and report nothing about what remains (exit 0 unless an error)")
	f.BoolVar(&o.showFixes, "show-fixes", false, "with --fix, list the fixes that were applied")
	f.BoolVar(&o.exitZero, "exit-zero", false, "exit 0 even when findings remain (errors still exit 2)")
	f.BoolVar(&o.exitOnFix, "exit-non-zero-on-fix", false, "with --fix, exit 1 when any file was changed, even if nothing remains")
	f.StringSliceVar(&o.sel, "select", nil, "only these rules or categories (comma-separated, e.g. ads,embeds/flattened-tweet)")
	f.StringSliceVar(&o.ignore, "ignore", nil, "skip these rules or categories")
	f.StringVar(&o.format, "format", "text", "output format: "+strings.Join(report.Formats, ", "))
	f.StringVarP(&o.output, "output", "o", "", "write the report in --format to FILE; the terminal gets the text report")
	f.BoolVar(&o.noColor, "no-color", false, "disable colour (also when NO_COLOR is set)")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print only the summary")
	f.BoolVar(&o.stats, "statistics", false, "print the number of findings per rule")
	f.StringVar(&o.stdinFilename, "stdin-filename", "", "name (and so format and config) of the article read from \"-\"")
	f.StringVar(&o.maxFileSize, "max-file-size", "", "skip files larger than this (bytes, or 16MB, 512KB; default 16MB or the config's)")
	f.StringVar(&o.configPath, "config", "", "use this config file for every path instead of the nearest .scrapelint.yml")
	f.BoolVar(&o.isolated, "isolated", false, "ignore every config file")
	f.StringVar(&o.baselinePath, "baseline", "", "report only findings not recorded in this baseline file")
	f.BoolVar(&o.updateBaseline, "update-baseline", false, "with --baseline, record today's findings in the file")
	f.BoolVar(&o.reportUnused, "report-unused-suppressions", false, "report scrapelint-disable comments that suppress nothing")
	f.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to FILE (for performance work)")
	_ = f.MarkHidden("cpuprofile")
	return cmd
}

// result is the outcome for one input file.
type result struct {
	path     string
	src      []byte // content the findings refer to (after fixing)
	findings []rules.Finding
	applied  []rules.Finding // fixes applied, for --show-fixes
	fixed    int
	diff     string
	warn     string // skipped, with a reason for stderr
	err      error  // could not be read or written
}

func (o *lintOptions) validate() error {
	if !validFormat(o.format) {
		return fmt.Errorf("unknown --format %q (choose one of: %s)", o.format, strings.Join(report.Formats, ", "))
	}
	if o.fix && o.diff {
		return errors.New("--fix and --diff exclude each other: --diff previews what --fix would write")
	}
	if o.fixOnly {
		o.fix = true
	}
	if o.updateBaseline && o.baselinePath == "" {
		return errors.New("--update-baseline needs --baseline FILE")
	}
	if o.configPath != "" && o.isolated {
		return errors.New("--config and --isolated exclude each other")
	}
	return nil
}

func runLint(cmd *cobra.Command, o *lintOptions, args []string) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	if err := o.validate(); err != nil {
		return &codeError{exitError, err}
	}
	if o.cpuProfile != "" {
		stop, err := startProfile(o.cpuProfile)
		if err != nil {
			return &codeError{exitError, err}
		}
		defer stop()
	}
	res, err := newResolver(o)
	if err != nil {
		return &codeError{exitError, err}
	}
	var base *baseline.File
	if o.baselinePath != "" && !o.updateBaseline {
		if base, err = baseline.Load(o.baselinePath); err != nil {
			return &codeError{exitError, fmt.Errorf("%w (create it with --update-baseline)", err)}
		}
	}

	if len(args) == 0 {
		args = []string{"."}
	}
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
	var inputs []string
	if stdinUsed {
		if o.fix && len(files) > 0 {
			return &codeError{exitError, errors.New("--fix with \"-\" prints the fixed article; lint other paths in a separate run")}
		}
		inputs = append(inputs, "-")
	}
	for _, f := range files {
		if !res.excluded(f) {
			inputs = append(inputs, f)
		}
	}

	// Files are linted in parallel and reported in input order as soon as
	// each is done; at most `window` results wait to be reported, so memory
	// is bounded by the files in flight, not by the corpus.
	progress := newProgress(stderr, len(inputs))
	workers := runtime.GOMAXPROCS(0)
	window := 4 * workers
	results := make([]result, len(inputs))
	ready := make([]chan struct{}, len(inputs))
	for i := range ready {
		ready[i] = make(chan struct{})
	}
	tokens := make(chan struct{}, window)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = lintOne(inputs[i], o, res, cmd.InOrStdin())
				progress.tick()
				close(ready[i])
			}
		}()
	}
	go func() {
		for i := range inputs {
			tokens <- struct{}{}
			jobs <- i
		}
		close(jobs)
	}()

	em := o.newEmitter(stdout, stderr, stdinUsed, base, res)
	resumeGC := pauseGC()
	defer resumeGC()
	for i := range inputs {
		<-ready[i]
		if i == 0 {
			resumeGC()
		}
		if em.add(results[i]) {
			hadError = true
		}
		results[i] = result{}
		<-tokens
	}
	wg.Wait()
	progress.done()
	if err := res.firstErr(); err != nil {
		return &codeError{exitError, err}
	}
	if err := em.finish(); err != nil {
		return &codeError{exitError, err}
	}
	return exitFor(o, hadError, em.changed, em.remaining())
}

// pauseGC stops the garbage collector until the returned function is
// called (once or more). Start-up builds the dictionaries, tens of
// thousands of small objects, while the first file is linted; collecting
// during that build costs a short run (a pre-commit hook on a few files)
// more time than it saves memory. A memory limit (or the user's GOMEMLIMIT,
// if lower) keeps the pause safe when the first file is very large.
func pauseGC() func() {
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(-1) // a negative limit only reads it
	debug.SetMemoryLimit(min(limit, 128<<20))
	var once sync.Once
	return func() {
		once.Do(func() {
			debug.SetMemoryLimit(limit)
			debug.SetGCPercent(percent)
		})
	}
}

func exitFor(o *lintOptions, hadError bool, changed, remaining int) error {
	switch {
	case hadError:
		return &codeError{code: exitError}
	case o.diff && changed > 0 && !o.exitZero:
		return &codeError{code: exitFindings}
	case o.diff || o.exitZero || o.fixOnly && !o.exitOnFix:
		return nil
	case o.exitOnFix && changed > 0:
		return &codeError{code: exitFindings}
	case remaining > 0 && !o.fixOnly:
		return &codeError{code: exitFindings}
	}
	return nil
}

// needsSource reports whether the chosen output reads file contents.
func (o *lintOptions) needsSource() bool {
	if o.output != "" && !o.quiet && !o.stats {
		return true // the terminal gets excerpts beside the file output
	}
	switch o.format {
	case "text":
		return !o.quiet && !o.stats && !o.fixOnly
	case "json", "jsonl", "github", "checkstyle", "junit":
		return false
	}
	return true
}

func (o *lintOptions) useColor(w io.Writer) bool {
	return !o.noColor && os.Getenv("NO_COLOR") == "" && (os.Getenv("FORCE_COLOR") != "" || isTerminal(w))
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

func lintOne(path string, o *lintOptions, res *resolver, stdin io.Reader) result {
	name := path
	var src []byte
	var err error
	cfgPath := path
	if path == "-" {
		name = o.stdinName()
		cfgPath = name
	}
	eng, limit, err := res.engineFor(cfgPath)
	if err != nil {
		return result{path: name, err: err}
	}
	if path == "-" {
		src, err = io.ReadAll(io.LimitReader(stdin, limit+1))
	} else {
		src, err = readFile(path, limit)
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
	if int64(len(src)) > limit {
		r.warn = errTooLarge.Error()
		return r
	}
	site := res.sites.Of(path)
	parse := func(b []byte) (*article.Doc, error) {
		d, err := article.Parse(name, b)
		if err == nil {
			d.Site = site
		}
		return d, err
	}
	doc, err := parse(src)
	if err != nil {
		r.warn = err.Error() + "; skipped"
		return r
	}
	findings := eng.Run(doc)
	r.src, r.findings = src, findings
	if !o.fix && !o.diff {
		return r
	}
	if o.fix && path != "-" {
		fixers.CleanTemps(path)
	}
	allow := rules.Safe
	if o.unsafeFixes {
		allow = rules.Unsafe
	}
	lintEdits := func(b []byte) ([][]article.Edit, error) {
		d, err := parse(b)
		if err != nil {
			return nil, err
		}
		return rules.Edits(eng.Run(d), allow), nil
	}
	fixedSrc, converged, err := fixers.Loop(src, lintEdits)
	if err != nil || string(fixedSrc) == string(src) {
		return r
	}
	if !converged {
		r.warn = fmt.Sprintf("fixes did not settle after %d passes; file left unchanged (please report this)", fixers.MaxPasses)
		return r
	}
	// Re-lint the result: what remains is what the user still has to see.
	fixedDoc, err := parse(fixedSrc)
	if err != nil {
		return r
	}
	remaining := eng.Run(fixedDoc)
	r.fixed = len(rules.Edits(findings, allow)) - len(rules.Edits(remaining, allow))
	if r.fixed < 1 {
		r.fixed = 1
	}
	for _, f := range findings {
		if f.Fix != nil && (f.Fix.Safety == rules.Safe || allow == rules.Unsafe && f.Fix.Safety == rules.Unsafe) {
			r.applied = append(r.applied, f)
		}
	}
	if o.diff {
		r.diff = fixers.UnifiedDiff(name, src, fixedSrc)
		return r
	}
	if path != "-" {
		if err := fixers.WriteAtomic(path, src, fixedSrc); err != nil {
			r.err = fmt.Errorf("fix not written: %w", err)
			r.fixed, r.applied = 0, nil
			return r // the findings of the file as it is still stand
		}
	}
	r.src, r.findings = fixedSrc, remaining
	return r
}

var errTooLarge = errors.New("larger than the maximum file size (--max-file-size, max-file-size in .scrapelint.yml); skipped")

func readFile(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, unwrapPath(err)
	}
	if info.IsDir() {
		return nil, errors.New("is a folder")
	}
	if !info.Mode().IsRegular() {
		// A FIFO or device would block or never end.
		return nil, errors.New("not a regular file; skipped")
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%d bytes, %w", info.Size(), errTooLarge)
	}
	f, err := os.Open(filepath.Clean(path))
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer func() { _ = f.Close() }()
	// The size can grow between Stat and read; never read past the limit.
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if int64(len(b)) > limit {
		return nil, errTooLarge
	}
	return b, unwrapPath(err)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func startProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		_ = f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); _ = f.Close() }, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && os.Getenv("TERM") != "dumb" && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
