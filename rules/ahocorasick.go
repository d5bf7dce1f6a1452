package rules

// matcher is an Aho-Corasick automaton over byte strings, ASCII
// case-insensitive. It lets the engine find every trigger literal of every
// rule in one pass over a file, so rules whose literals are absent cost
// nothing.
//
// The automaton is compiled to a DFA over byte classes: every byte that
// occurs in no pattern shares class 0, so the table has one row per state
// and one column per distinct pattern byte, and each input byte costs one
// table lookup.
type matcher struct {
	class    [256]uint8 // byte -> class (0: in no pattern)
	nclasses int
	// delta[s*nclasses+c] is the next state, stored as its row offset
	// (state*nclasses) so that the scan loop does no multiplication, and
	// bit-complemented (negative) when that state has outputs, so that
	// one sign test per byte finds matches.
	delta []int32
	// out[s] lists the patterns that end at state s (fail links included).
	out [][]int32
	// pats[i] is the length of pattern i.
	pats []int
}

func lower(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 32
	}
	return b
}

// trieNode is used only while building.
type trieNode struct {
	next map[uint8]int32 // class -> child
	fail int32
}

func newMatcher(patterns []string) *matcher {
	m := &matcher{}
	// Byte classes: one per distinct (lower-cased) pattern byte; upper-case
	// ASCII letters share their lower-case class.
	for _, p := range patterns {
		for j := 0; j < len(p); j++ {
			b := lower(p[j])
			if m.class[b] == 0 {
				m.nclasses++
				if m.nclasses > 255 {
					panic("trigger literals use more than 255 distinct bytes")
				}
				m.class[b] = uint8(m.nclasses)
			}
		}
	}
	for b := 'A'; b <= 'Z'; b++ {
		m.class[b] = m.class[b+32]
	}
	m.nclasses++ // class 0 included

	nodes := []trieNode{{next: map[uint8]int32{}}}
	m.out = [][]int32{nil}
	for i, p := range patterns {
		m.pats = append(m.pats, len(p))
		s := int32(0)
		for j := 0; j < len(p); j++ {
			c := m.class[lower(p[j])]
			nx, ok := nodes[s].next[c]
			if !ok {
				nx = int32(len(nodes))
				nodes = append(nodes, trieNode{next: map[uint8]int32{}})
				m.out = append(m.out, nil)
				nodes[s].next[c] = nx
			}
			s = nx
		}
		m.out[s] = append(m.out[s], int32(i))
	}

	// Breadth-first: fail links, inherited outputs and the full DFA rows.
	nc := m.nclasses
	m.delta = make([]int32, len(nodes)*nc)
	queue := make([]int32, 0, len(nodes))
	for c := 0; c < nc; c++ {
		if nx, ok := nodes[0].next[uint8(c)]; ok {
			m.delta[c] = nx
			queue = append(queue, nx)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		f := nodes[s].fail
		if s != 0 && len(m.out[f]) > 0 {
			m.out[s] = append(m.out[s], m.out[f]...)
		}
		row, frow := int(s)*nc, int(f)*nc
		for c := 0; c < nc; c++ {
			if nx, ok := nodes[s].next[uint8(c)]; ok {
				m.delta[row+c] = nx
				// The child's fail state is where the parent's fail state
				// goes on the same class (already complete: BFS order).
				nodes[nx].fail = m.delta[frow+c]
				if s == 0 {
					nodes[nx].fail = 0
				}
				queue = append(queue, nx)
			} else {
				m.delta[row+c] = m.delta[frow+c]
			}
		}
	}
	for i, nx := range m.delta {
		v := nx * int32(nc)
		if len(m.out[nx]) > 0 {
			v = ^v
		}
		m.delta[i] = v
	}
	return m
}

// scan calls fn with the pattern index and start offset of every match.
func (m *matcher) scan(src []byte, fn func(pat int, start int)) {
	if len(m.pats) == 0 {
		return
	}
	nc := int32(m.nclasses)
	delta, class := m.delta, &m.class
	row := int32(0)
	for i, b := range src {
		row = delta[row+int32(class[b])]
		if row < 0 {
			row = ^row
			for _, p := range m.out[row/nc] {
				fn(int(p), i+1-m.pats[p])
			}
		}
	}
}
