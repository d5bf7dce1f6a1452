package fixers

import (
	"fmt"
	"strconv"
	"strings"
)

// ApplyDiff applies a unified diff made by UnifiedDiff to a, the way patch
// does. It lets tests check that a diff describes exactly its change.
func ApplyDiff(a []byte, patch string) ([]byte, error) {
	lines := splitLines(string(a))
	var out []string
	pos := 0 // index into lines
	pl := splitLines(patch)
	for i := 2; i < len(pl); {
		h := pl[i]
		if !strings.HasPrefix(h, "@@ -") {
			return nil, fmt.Errorf("expected hunk header, got %q", h)
		}
		f := strings.Fields(h)
		// "-s,n": the hunk replaces n lines from line s; with n == 0, s
		// names the line after which text is inserted.
		startStr, count, _ := strings.Cut(f[1][1:], ",")
		oldStart, _ := strconv.Atoi(startStr)
		start := oldStart - 1
		if count == "0" {
			start = oldStart
		}
		if start < pos || start > len(lines) {
			return nil, fmt.Errorf("hunk start %d out of order", start)
		}
		out = append(out, lines[pos:start]...)
		pos = start
		i++
		for i < len(pl) && !strings.HasPrefix(pl[i], "@@ ") {
			l := pl[i]
			noNL := i+1 < len(pl) && strings.HasPrefix(pl[i+1], "\\ No newline")
			body := l[1:]
			if noNL {
				body = strings.TrimSuffix(body, "\n")
			}
			switch l[0] {
			case ' ', '-':
				if pos >= len(lines) || lines[pos] != body {
					return nil, fmt.Errorf("context mismatch at line %d: %q vs %q", pos+1, body, lines[min(pos, len(lines)-1)])
				}
				if l[0] == ' ' {
					out = append(out, body)
				}
				pos++
			case '+':
				out = append(out, body)
			}
			i++
			if noNL {
				i++
			}
		}
	}
	out = append(out, lines[pos:]...)
	return []byte(strings.Join(out, "")), nil
}
