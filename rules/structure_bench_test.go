package rules

import (
	"strings"
	"testing"
)

// BenchmarkStructureWarm times the structure rules' own work: the check
// functions alone, on documents parsed beforehand whose visible lines are
// already cached, as other rules leave them in a full run. Parsing, the
// trigger scan and VisibleLine are not charged here.
//
//	go test ./rules -run '^$' -bench 'StructureWarm'
func BenchmarkStructureWarm(b *testing.B) {
	docs, size := benchDocs(b)
	for _, d := range docs {
		d.PrecomputeVisible()
	}
	rs, err := Select([]string{"structure"}, nil)
	if err != nil {
		b.Fatal(err)
	}
	e := NewEngine(rs)
	// The trigger hits of each rule in each document, as Engine.Run finds
	// them.
	hits := make([][][]int, len(docs))
	for i, d := range docs {
		hits[i] = make([][]int, len(rs))
		e.ac.scan(d.Src, func(p, start int) {
			for _, r := range e.patRules[p] {
				hits[i][r] = append(hits[i][r], start)
			}
		})
	}
	run := func(b *testing.B, only string) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for i, d := range docs {
				for ri, r := range rs {
					m := r.Meta()
					if only != "" && m.ID != only || len(m.Triggers) > 0 && hits[i][ri] == nil {
						continue
					}
					r.Check(&Context{Doc: d, meta: m, hits: hits[i][ri]})
				}
			}
		}
	}
	b.Run("all", func(b *testing.B) { run(b, "") })
	for _, r := range rs {
		id := r.Meta().ID
		b.Run(strings.TrimPrefix(id, "structure/"), func(b *testing.B) { run(b, id) })
	}
}
