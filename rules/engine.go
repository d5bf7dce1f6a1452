package rules

import (
	"bytes"
	"runtime"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// parallelDocSize is the file size from which one file's rules run on
// several cores.
const parallelDocSize = 256 << 10

// Engine runs a fixed set of rules over articles. Build it once per run;
// it is safe for concurrent use.
type Engine struct {
	rules []Rule
	ac    *matcher
	// patRules[p] lists the rules that declared trigger pattern p.
	patRules [][]int
	// directivePat is the pattern that finds suppression comments, so
	// that a file without one is not searched again.
	directivePat int

	// Severity overrides the default severity by rule id or category.
	Severity map[string]Severity
	// ReportUnusedSuppressions reports suppression comments that
	// suppressed nothing.
	ReportUnusedSuppressions bool
	// Dictionaries holds the project's additions to the word lists.
	Dictionaries *Dictionaries
}

// NewEngine compiles the trigger literals of rules into one automaton.
func NewEngine(rs []Rule) *Engine {
	e := &Engine{rules: rs}
	index := map[string]int{}
	var pats []string
	for i, r := range rs {
		ts := r.Meta().Triggers
		if len(ts) == 0 {
			continue
		}
		for _, t := range ts {
			p, ok := index[t]
			if !ok {
				p = len(pats)
				index[t] = p
				pats = append(pats, t)
				e.patRules = append(e.patRules, nil)
			}
			e.patRules[p] = append(e.patRules[p], i)
		}
	}
	e.directivePat = len(pats)
	pats = append(pats, directivePrefix)
	e.patRules = append(e.patRules, nil)
	e.ac = newMatcher(pats)
	prepared := map[*Meta]bool{}
	for _, r := range rs {
		if m := r.Meta(); m.Prepare != nil && !prepared[m] {
			prepared[m] = true
			go m.Prepare()
		}
	}
	return e
}

// Rules returns the engine's rules.
func (e *Engine) Rules() []Rule { return e.rules }

// Run checks one article and returns its findings sorted by position, with
// line and column filled in.
func (e *Engine) Run(doc *article.Doc) []Finding {
	hits := make([][]int, len(e.rules))
	var directives bool
	if e.directivePat == 0 {
		// No rule has triggers: only the directives are looked for, and
		// they are written in lower case (see directiveRe).
		directives = bytes.Contains(doc.Src, []byte(directivePrefix))
	} else {
		e.ac.scan(doc.Src, func(p, start int) {
			if p == e.directivePat {
				directives = true
			}
			for _, r := range e.patRules[p] {
				hits[r] = append(hits[r], start)
			}
		})
	}
	var todo []int
	for i := range e.rules {
		if hits[i] != nil || len(e.rules[i].Meta().Triggers) == 0 {
			if hits[i] != nil {
				sort.Ints(hits[i])
			}
			todo = append(todo, i)
		}
	}
	per := make([][]Finding, len(e.rules))
	run := func(i int) {
		r := e.rules[i]
		ctx := &Context{Doc: doc, meta: r.Meta(), hits: hits[i], Dict: e.Dictionaries}
		r.Check(ctx)
		per[i] = ctx.out
	}
	if workers := runtime.GOMAXPROCS(0); len(doc.Src) >= parallelDocSize && workers > 1 {
		// One large file would keep a single core busy: share its rules
		// between the cores. The lazily built line cache is filled first,
		// so the rules only read the document.
		doc.PrecomputeVisible()
		next := make(chan int)
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					run(i)
				}
			}()
		}
		for _, i := range todo {
			next <- i
		}
		close(next)
		wg.Wait()
	} else {
		for _, i := range todo {
			run(i)
		}
	}
	var out []Finding
	for _, i := range todo {
		meta := e.rules[i].Meta()
		for _, f := range per[i] {
			if f.Offset < doc.FrontMatterEnd {
				// Front matter is reported, never rewritten: it is data
				// that site generators parse.
				if !meta.ReadsFrontMatter {
					continue
				}
				f.Fix = nil
			}
			out = append(out, f)
		}
	}
	out = applySuppressions(doc, out, directives, e.ReportUnusedSuppressions)
	for i := range out {
		f := &out[i]
		if s, ok := e.Severity[f.Rule]; ok {
			f.Severity = s
		} else if s, ok := e.Severity[f.Category]; ok {
			f.Severity = s
		}
		f.Path = doc.Path
		f.Offset, f.EndOffset = clampSpan(doc.Src, f.Offset, f.EndOffset)
		f.Line, f.Column = doc.Position(f.Offset)
		f.EndLine, f.EndColumn = doc.Position(f.EndOffset)
		if f.Related == nil {
			f.Related = []Related{}
		}
		for j := range f.Related {
			f.Related[j].Line, f.Related[j].Column = doc.Position(f.Related[j].Offset)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Offset != b.Offset {
			return a.Offset < b.Offset
		}
		if a.EndOffset != b.EndOffset {
			return a.EndOffset < b.EndOffset
		}
		return a.Rule < b.Rule
	})
	return out
}

// clampSpan keeps a span inside the file and on rune boundaries, so a rule
// bug can never make a reporter or fixer slice out of range.
func clampSpan(src []byte, s, e int) (int, int) {
	if s < 0 {
		s = 0
	}
	if e > len(src) {
		e = len(src)
	}
	if s > e {
		s = e
	}
	s = runeStartOf(src, s)
	if e > s && e < len(src) {
		// Extend the end over the rest of a rune it cuts.
		if rs := runeStartOf(src, e); rs < e {
			_, size := utf8.DecodeRune(src[rs:])
			e = rs + size
		}
	}
	return s, e
}

// runeStartOf moves off back to the start of the valid multi-byte rune it
// falls inside; an offset on a stray invalid byte stays where it is.
func runeStartOf(src []byte, off int) int {
	if off <= 0 || off >= len(src) || utf8.RuneStart(src[off]) {
		return off
	}
	for k := 1; k <= 3 && off-k >= 0; k++ {
		if utf8.RuneStart(src[off-k]) {
			r, size := utf8.DecodeRune(src[off-k:])
			if (r != utf8.RuneError || size > 1) && off-k+size > off {
				return off - k
			}
			break
		}
	}
	return off
}

// Edits collects the edits of the findings' fixes allowed by the given
// safety (Safe, or Unsafe for safe and unsafe).
func Edits(fs []Finding, allow Safety) [][]article.Edit {
	var out [][]article.Edit
	for _, f := range fs {
		if f.Fix == nil || len(f.Fix.Edits) == 0 {
			continue
		}
		if f.Fix.Safety == Safe || allow == Unsafe && f.Fix.Safety == Unsafe {
			out = append(out, f.Fix.Edits)
		}
	}
	return out
}
