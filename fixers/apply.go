// Package fixers applies the edits that rules propose: one pass at a time
// with overlap resolution, repeated to a fixed point; it also renders
// unified diffs and writes files atomically. It knows edits, not rules.
package fixers

import (
	"bytes"
	"sort"

	"github.com/scrapelint/scrapelint/article"
)

// Apply applies every group of edits that does not overlap an earlier one
// and returns the new bytes and how many groups were applied. A group is
// the edits of one fix: all of them apply or none. Groups are taken in
// order of their first edit; an overlapping group waits for the next pass.
func Apply(src []byte, groups [][]article.Edit) ([]byte, int) {
	type group struct {
		edits []article.Edit
		first int
	}
	gs := make([]group, 0, len(groups))
	for _, g := range groups {
		if len(g) == 0 {
			continue
		}
		es := append([]article.Edit(nil), g...)
		sort.Slice(es, func(i, j int) bool { return es[i].Offset < es[j].Offset })
		if !validGroup(es, len(src)) {
			continue
		}
		gs = append(gs, group{es, es[0].Offset})
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].first < gs[j].first })

	var chosen editSet
	seen := map[article.Edit]bool{}
	applied := 0
	for _, g := range gs {
		dup := true
		for _, e := range g.edits {
			if !seen[e] {
				dup = false
				break
			}
		}
		if dup {
			// Two rules proposing the very same edit is one fix.
			continue
		}
		ok := true
		for _, e := range g.edits {
			if chosen.overlaps(e) {
				ok = false
				break
			}
		}
		if ok {
			for _, e := range g.edits {
				chosen.add(e)
				seen[e] = true
			}
			applied++
		}
	}
	if applied == 0 {
		return src, 0
	}
	out := make([]byte, 0, len(src))
	pos := 0
	for _, e := range chosen {
		out = append(out, src[pos:e.Offset]...)
		out = append(out, e.Text...)
		pos = e.End
	}
	out = append(out, src[pos:]...)
	return out, applied
}

func validGroup(es []article.Edit, n int) bool {
	prev := 0
	for i, e := range es {
		if e.Offset < 0 || e.End > n || e.Offset > e.End || i > 0 && e.Offset < prev {
			return false
		}
		prev = e.End
	}
	return true
}

// editSet holds chosen edits sorted by offset. Groups arrive in offset
// order, so adding is almost always an append and the overlap check looks
// only at the neighbours found by binary search: applying n edits is
// O(n log n), which matters for a 10 MB line with 100,000 fixes.
type editSet []article.Edit

func conflict(a, b article.Edit) bool {
	if a.Offset < b.End && b.Offset < a.End {
		return true
	}
	// Two insertions, or an insertion at the edge of a replacement, at
	// one point have no defined order: defer.
	return (a.Offset == a.End || b.Offset == b.End) && (a.Offset == b.Offset || a.Offset == b.End || a.End == b.Offset)
}

func (s editSet) overlaps(e article.Edit) bool {
	i := sort.Search(len(s), func(k int) bool { return s[k].Offset >= e.Offset })
	// Neighbours on both sides can touch e; edits are non-overlapping, so
	// checking one or two on each side is enough.
	for k := i - 2; k <= i+1; k++ {
		if k >= 0 && k < len(s) && conflict(s[k], e) {
			return true
		}
	}
	return false
}

func (s *editSet) add(e article.Edit) {
	i := sort.Search(len(*s), func(k int) bool { return (*s)[k].Offset > e.Offset })
	*s = append(*s, article.Edit{})
	copy((*s)[i+1:], (*s)[i:])
	(*s)[i] = e
}

// Linter returns the fix edit groups for the given bytes.
type Linter func(src []byte) ([][]article.Edit, error)

// MaxPasses caps the fix loop; real articles settle in two or three.
const MaxPasses = 10

// Loop applies fixes until none is left (a fixed point) or MaxPasses is
// reached, and reports whether it converged.
func Loop(src []byte, lint Linter) (out []byte, converged bool, err error) {
	out = src
	for pass := 0; pass < MaxPasses; pass++ {
		groups, err := lint(out)
		if err != nil {
			return src, false, err
		}
		next, n := Apply(out, groups)
		if n == 0 {
			return keepTrailingBlanks(src, out), true, nil
		}
		out = next
	}
	return out, false, nil
}

// keepTrailingBlanks trims blank lines that fixes left at the end of the
// file (two residue lines removed by different rules in one pass can each
// leave the blank line before them) down to what the original had.
func keepTrailingBlanks(orig, out []byte) []byte {
	want := trailingBlankLines(orig)
	for trailingBlankLines(out) > want {
		// Drop the last line ending and the blank line before it.
		t := out[:len(out)-1]
		if len(t) > 0 && t[len(t)-1] == '\r' {
			t = t[:len(t)-1]
		}
		k := bytes.LastIndexByte(t, '\n')
		if k < 0 {
			break
		}
		out = out[:k+1]
	}
	return out
}

// trailingBlankLines counts the empty lines before the end of b (a file
// ending in "text\n" has none, "text\n\n" has one).
func trailingBlankLines(b []byte) int {
	n := 0
	b = bytes.TrimSuffix(b, []byte("\n"))
	for {
		t := bytes.TrimRight(b, " \t\r")
		if !bytes.HasSuffix(t, []byte("\n")) {
			return n
		}
		n++
		b = t[:len(t)-1]
	}
}
