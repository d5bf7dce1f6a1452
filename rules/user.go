package rules

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// UserRuleSpec describes a rule written in .scrapelint.yml.
type UserRuleSpec struct {
	ID, Kind, Message string
	Severity          Severity
	// Patterns are literals, or RE2 regexps when Regex is set (existence).
	Patterns          []string
	Regex, IgnoreCase bool
	// Fix: existence "delete" or ""; substitution "safe", "unsafe" or "none".
	Fix string
	// Swap maps found text to its replacement (substitution).
	Swap map[string]string
}

// maxProgram caps the compiled size of a user regexp: RE2 already matches
// in linear time, the cap keeps memory and start-up bounded too.
const maxProgram = 20000

// CompileUserRegexp compiles a pattern from a config file, refusing
// patterns whose compiled program would be huge.
func CompileUserRegexp(p string, ignoreCase bool) (*regexp.Regexp, error) {
	if ignoreCase {
		p = "(?i)" + p
	}
	re, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		return nil, err
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, err
	}
	if len(prog.Inst) > maxProgram {
		return nil, fmt.Errorf("pattern too large (%d instructions, limit %d)", len(prog.Inst), maxProgram)
	}
	return regexp.Compile(p)
}

// NewUserRule builds an existence or substitution rule from a spec.
func NewUserRule(s UserRuleSpec) (Rule, error) {
	sev := s.Severity
	if sev == "" {
		sev = Warning
	}
	m := Meta{
		ID:       s.ID,
		Severity: sev,
		Fix:      NoFix,
		Summary:  s.Message,
		What:     "A rule defined in .scrapelint.yml.",
		Why:      s.Message,
		FixNote:  "As configured.",
	}
	switch s.Kind {
	case "existence":
		re, err := alternation(s.Patterns, s.Regex, s.IgnoreCase)
		if err != nil {
			return nil, err
		}
		if s.Fix == "delete" {
			m.Fix = Safe
			m.FixNote = "Safe (as configured): deletes the match, or its line when the match is all the line holds."
		}
		if !s.Regex {
			m.Triggers = asciiTriggers(s.Patterns)
		}
		msg := s.Message
		return New(m, func(ctx *Context) { checkExistence(ctx, re, msg) }), nil
	case "substitution":
		keys := make([]string, 0, len(s.Swap))
		for k := range s.Swap {
			keys = append(keys, k)
		}
		// Longest first, so "New York Times" wins over "New York".
		sort.Slice(keys, func(i, j int) bool {
			return len(keys[i]) > len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
		})
		re, err := alternation(keys, false, s.IgnoreCase)
		if err != nil {
			return nil, err
		}
		switch s.Fix {
		case "safe":
			m.Fix = Safe
		case "", "unsafe":
			m.Fix = Unsafe
		}
		m.Triggers = asciiTriggers(keys)
		swap := map[string]string{}
		for k, v := range s.Swap {
			swap[strings.ToLower(k)] = v
		}
		msg := s.Message
		return New(m, func(ctx *Context) { checkSubstitution(ctx, re, swap, msg) }), nil
	}
	return nil, fmt.Errorf("rule %s: unknown kind %q", s.ID, s.Kind)
}

// asciiTriggers returns the patterns as trigger literals, or nil (always
// run) when one of them cannot be a case-insensitive literal trigger.
func asciiTriggers(ps []string) []string {
	for _, p := range ps {
		for i := 0; i < len(p); i++ {
			if p[i] >= utf8.RuneSelf {
				return nil
			}
		}
	}
	return ps
}

func alternation(ps []string, isRegex, ignoreCase bool) (*regexp.Regexp, error) {
	if len(ps) == 0 {
		return nil, errors.New("no patterns")
	}
	parts := make([]string, len(ps))
	for i, p := range ps {
		if isRegex {
			if _, err := CompileUserRegexp(p, false); err != nil {
				return nil, err
			}
			parts[i] = "(?:" + p + ")"
			continue
		}
		q := regexp.QuoteMeta(p)
		// Literals match whole words at their word edges.
		if r, _ := utf8.DecodeRuneInString(p); isWordRune(r) {
			q = `\b` + q
		}
		if r, _ := utf8.DecodeLastRuneInString(p); isWordRune(r) {
			q += `\b`
		}
		parts[i] = q
	}
	return CompileUserRegexp(strings.Join(parts, "|"), ignoreCase)
}

func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// proseMatches calls fn for each match of re in the article body that does
// not touch code, link destinations or markup.
func proseMatches(d *article.Doc, re *regexp.Regexp, fn func(s, e int)) {
	body := d.Src[d.Body():]
	for _, m := range re.FindAllIndex(body, -1) {
		s, e := d.Body()+m[0], d.Body()+m[1]
		if s == e || d.OverlapsNonProse(s, e) {
			continue
		}
		fn(s, e)
	}
}

func checkExistence(ctx *Context, re *regexp.Regexp, msg string) {
	d := ctx.Doc
	lastLine := -1
	proseMatches(d, re, func(s, e int) {
		text := string(d.Src[s:e])
		ln := d.LineOf(s)
		if ctx.meta.Fix != NoFix && strings.TrimSpace(d.VisibleLine(ln)) == strings.TrimSpace(text) {
			if ln != lastLine {
				ctx.ReportLines(ln, ln, fmt.Sprintf("%s: %q", msg, text), "delete the line")
				lastLine = ln
			}
			return
		}
		ctx.Report(s, e, fmt.Sprintf("%s: %q", msg, text), ctx.Replace(s, spaceAfter(d.Src, e), "", "delete the text"))
	})
}

func checkSubstitution(ctx *Context, re *regexp.Regexp, swap map[string]string, msg string) {
	d := ctx.Doc
	proseMatches(d, re, func(s, e int) {
		found := string(d.Src[s:e])
		repl := swap[strings.ToLower(found)]
		if repl == found {
			return
		}
		text := fmt.Sprintf("%s: %q → %q", msg, found, repl)
		ctx.Report(s, e, text, ctx.Replace(s, e, repl, fmt.Sprintf("replace with %q", repl)))
	})
}
