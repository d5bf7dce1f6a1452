package rules

import (
	"bufio"
	"embed"
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// Dictionaries are plain text files, one entry a line; '#' starts a
// comment line (each file's header names its source and licence).
//
//go:embed data/*.txt
var dataFS embed.FS

// loadList returns the entries of an embedded dictionary. A missing file
// is a build mistake and panics at start-up, which the tests catch.
func loadList(name string) []string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic(fmt.Sprintf("embedded dictionary %s: %v", name, err))
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// normLine lower-cases a visible line and trims the punctuation, dashes and
// symbols that scrapers leave around a label ("— Advertisement —").
func normLine(s string) string {
	s = strings.ToLower(s)
	return strings.TrimFunc(s, func(r rune) bool {
		return r == ' ' || r == '\u00a0' || strings.ContainsRune("-–—|:•·*_=~()[]{}<>\"'“”‘’.…!?›»«‹→←↑↓▲▼►◄", r)
	})
}

// lineSet is a set of normalised whole-line phrases.
type lineSet map[string]bool

func newLineSet(entries []string) lineSet {
	s := lineSet{}
	for _, e := range entries {
		s[normLine(e)] = true
	}
	return s
}

// lazyRegexps lists the expressions made with lazyRegexp, so that a test
// can check they all compile.
var lazyRegexps []string

// lazyRegexp compiles expr on first use: a pre-commit run on a few files
// needs only the expressions of the rules its files trigger, and compiling
// all of them would be most of its start-up time.
func lazyRegexp(expr string) func() *regexp.Regexp {
	lazyRegexps = append(lazyRegexps, expr)
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
