// Package fixers applies the edits that rules propose: one pass at a time
// with overlap resolution, repeated to a fixed point; it also renders
// unified diffs and writes files atomically. It knows edits, not rules.
package fixers

import (
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

	var chosen []article.Edit
	applied := 0
	for _, g := range gs {
		if duplicateOf(chosen, g.edits) {
			// Two rules proposing the very same edit is one fix.
			continue
		}
		ok := true
		for _, e := range g.edits {
			if overlapsAny(chosen, e) {
				ok = false
				break
			}
		}
		if ok {
			chosen = append(chosen, g.edits...)
			applied++
		}
	}
	if applied == 0 {
		return src, 0
	}
	sort.SliceStable(chosen, func(i, j int) bool { return chosen[i].Offset < chosen[j].Offset })
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

func overlapsAny(chosen []article.Edit, e article.Edit) bool {
	for _, c := range chosen {
		if e.Offset < c.End && c.Offset < e.End {
			return true
		}
		// Two insertions, or an insertion at the edge of a replacement,
		// at one point have no defined order: defer.
		if (e.Offset == e.End || c.Offset == c.End) && (e.Offset == c.Offset || e.Offset == c.End || e.End == c.Offset) {
			return true
		}
	}
	return false
}

func duplicateOf(chosen []article.Edit, g []article.Edit) bool {
	for _, e := range g {
		found := false
		for _, c := range chosen {
			if c == e {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
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
			return out, true, nil
		}
		out = next
	}
	return out, false, nil
}
