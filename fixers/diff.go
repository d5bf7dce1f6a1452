package fixers

import (
	"fmt"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

type lineOp struct {
	op   diffmatchpatch.Operation
	text string
}

// UnifiedDiff renders the change from a to b as a unified diff with three
// lines of context, as `git apply` and `patch -p1` accept it. It returns
// "" when a and b are equal.
func UnifiedDiff(path string, a, b []byte) string {
	if string(a) == string(b) {
		return ""
	}
	dmp := diffmatchpatch.New()
	r1, r2, lines := dmp.DiffLinesToRunes(string(a), string(b))
	diffs := dmp.DiffCharsToLines(dmp.DiffMainRunes(r1, r2, false), lines)
	var ops []lineOp
	for _, d := range diffs {
		for _, l := range splitLines(d.Text) {
			ops = append(ops, lineOp{d.Type, l})
		}
	}
	var sb strings.Builder
	p := strings.TrimPrefix(strings.ReplaceAll(path, "\\", "/"), "./")
	fmt.Fprintf(&sb, "--- a/%s\n+++ b/%s\n", p, p)
	const ctx = 3
	i := 0
	// aLine/bLine are the 1-based numbers of the line at ops[i].
	aLine, bLine := 1, 1
	for i < len(ops) {
		// Find the next change.
		j := i
		for j < len(ops) && ops[j].op == diffmatchpatch.DiffEqual {
			j++
		}
		if j == len(ops) {
			break
		}
		start := j - ctx
		if start < i {
			start = i
		}
		// Advance line counters over the skipped equal lines.
		aLine += start - i
		bLine += start - i
		// Extend the hunk while changes are within 2*ctx of each other.
		end := j
		for end < len(ops) {
			for end < len(ops) && ops[end].op != diffmatchpatch.DiffEqual {
				end++
			}
			k := end
			for k < len(ops) && ops[k].op == diffmatchpatch.DiffEqual {
				k++
			}
			if k < len(ops) && k-end <= 2*ctx {
				end = k
				continue
			}
			end += min(ctx, k-end)
			break
		}
		na, nb := 0, 0
		for _, o := range ops[start:end] {
			if o.op != diffmatchpatch.DiffInsert {
				na++
			}
			if o.op != diffmatchpatch.DiffDelete {
				nb++
			}
		}
		fmt.Fprintf(&sb, "@@ -%s +%s @@\n", hunkRange(aLine, na), hunkRange(bLine, nb))
		for _, o := range ops[start:end] {
			prefix := " "
			switch o.op {
			case diffmatchpatch.DiffDelete:
				prefix = "-"
			case diffmatchpatch.DiffInsert:
				prefix = "+"
			}
			sb.WriteString(prefix)
			sb.WriteString(o.text)
			if !strings.HasSuffix(o.text, "\n") {
				sb.WriteString("\n\\ No newline at end of file\n")
			}
		}
		aLine += na
		bLine += nb
		i = end
	}
	return sb.String()
}

func hunkRange(start, n int) string {
	if n == 0 {
		// An empty range names the line before it.
		return fmt.Sprintf("%d,0", start-1)
	}
	if n == 1 {
		return fmt.Sprintf("%d", start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}

// splitLines splits s after each '\n', keeping the endings.
func splitLines(s string) []string {
	var out []string
	for len(s) > 0 {
		k := strings.IndexByte(s, '\n')
		if k < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:k+1])
		s = s[k+1:]
	}
	return out
}
