package report

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/baseline"
	"github.com/scrapelint/scrapelint/rules"
)

// Shared helpers of the machine formats (SARIF, GitHub annotations,
// checkstyle, JUnit, reviewdog, GitLab).

const (
	toolName = "scrapelint"
	toolURI  = "https://github.com/scrapelint/scrapelint"
	// rulesURI documents every rule (the README's rule table).
	rulesURI = toolURI + "#rules"
)

// repoPath turns a path as the user named it into the form CI services
// expect: forward slashes, cleaned, no leading "./".
func repoPath(p string) string {
	if p == "" {
		return p
	}
	p = path.Clean(filepath.ToSlash(p))
	return strings.TrimPrefix(p, "./")
}

// isAbs reports whether a slashed path is absolute (Unix or Windows style).
func isAbs(p string) bool {
	return strings.HasPrefix(p, "/") || len(p) >= 3 && p[1] == ':' && p[2] == '/'
}

// ruleList is the rule set a run reports on: the given rules, or every
// built-in rule.
func ruleList(opt Options) []rules.Rule {
	if opt.Rules != nil {
		return opt.Rules
	}
	return rules.All()
}

// span returns a finding's 1-based start and end (end column exclusive),
// repaired if a hand-made finding left them unset.
func span(x rules.Finding) (line, col, endLine, endCol int) {
	line, col, endLine, endCol = x.Line, x.Column, x.EndLine, x.EndColumn
	if line < 1 {
		line = 1
	}
	if col < 1 {
		col = 1
	}
	if endLine < line {
		endLine, endCol = line, col
	}
	if endLine == line && endCol < col {
		endCol = col
	}
	return line, col, endLine, endCol
}

// bytePos converts a byte offset into src to a 1-based line and a 1-based
// column counted in bytes (reviewdog's convention).
func bytePos(src []byte, off int) (line, col int) {
	if off > len(src) {
		off = len(src)
	}
	if off < 0 {
		off = 0
	}
	start := 0
	line = 1
	for i := 0; i < off; i++ {
		if src[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return line, off - start + 1
}

// fixSpan merges a fix's edits into one replacement of src[start:end] by
// text, so that a consumer that applies one replacement per suggestion
// applies the whole fix. ok is false when the edits do not fit src.
func fixSpan(src []byte, fix *rules.Fix) (start, end int, text string, ok bool) {
	if fix == nil || len(fix.Edits) == 0 {
		return 0, 0, "", false
	}
	edits := append([]article.Edit(nil), fix.Edits...)
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Offset < edits[j].Offset })
	start, end = edits[0].Offset, edits[0].End
	for _, e := range edits {
		if e.End > end {
			end = e.End
		}
	}
	if start < 0 || end > len(src) {
		return 0, 0, "", false
	}
	var b strings.Builder
	at := start
	for _, e := range edits {
		if e.Offset < at || e.End < e.Offset {
			return 0, 0, "", false // overlapping or malformed edits
		}
		b.Write(src[at:e.Offset])
		b.WriteString(e.Text)
		at = e.End
	}
	b.Write(src[at:end])
	return start, end, b.String(), true
}

// Fingerprints returns a stable identity for each finding of f, in the
// order of f.Findings: a hash of the repo-relative path and the baseline
// fingerprint (rule, normalised matched text, occurrence index of that
// pair in the file; see baseline.Fingerprints). It does not depend on line
// numbers, so it survives edits elsewhere in the file, and it is unique
// across files, as GitLab requires. SARIF partialFingerprints and the
// GitLab fingerprint use it.
func Fingerprints(f File) []string {
	out := baseline.Fingerprints(f.Src, f.Findings)
	p := repoPath(f.Path)
	for i, fp := range out {
		h := sha256.Sum256([]byte(p + "\x00" + fp))
		out[i] = hex.EncodeToString(h[:16])
	}
	return out
}

// sarifLevel maps a severity to SARIF levels.
func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "note"
}

// fixLabel is "Safe fix" or "Unsafe fix".
func fixLabel(f *rules.Fix) string {
	if f.Safety == rules.Unsafe {
		return "Unsafe fix"
	}
	return "Safe fix"
}

// charPos converts a byte offset into src to a 1-based line and a 1-based
// column counted in characters, as the engine computes finding positions
// (a leading byte order mark is not counted).
func charPos(src []byte, off int) (line, col int) {
	off = max(0, min(off, len(src)))
	line, bcol := bytePos(src, off)
	start := off - (bcol - 1)
	if start == 0 && off >= 3 && string(src[:3]) == "\ufeff" {
		start = 3
	}
	return line, utf8.RuneCount(src[start:off]) + 1
}
