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
	// pats[i] is the length of pattern i; maxLen the longest.
	pats   []int
	maxLen int
}

func lower(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 32
	}
	return b
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
	nc := m.nclasses

	// The trie is built in the table itself: delta[s*nc+c] is the child
	// on class c, or -1, until the breadth-first pass below completes it.
	m.delta = make([]int32, 0, 64*nc)
	newState := func() int32 {
		s := int32(len(m.delta) / nc)
		for c := 0; c < nc; c++ {
			m.delta = append(m.delta, -1)
		}
		m.out = append(m.out, nil)
		return s
	}
	newState()
	for i, p := range patterns {
		m.pats = append(m.pats, len(p))
		m.maxLen = max(m.maxLen, len(p))
		s := int32(0)
		for j := 0; j < len(p); j++ {
			k := int(s)*nc + int(m.class[lower(p[j])])
			if m.delta[k] < 0 {
				nx := newState()
				m.delta[k] = nx
			}
			s = m.delta[k]
		}
		m.out[s] = append(m.out[s], int32(i))
	}

	// Breadth-first: fail links, inherited outputs and the full DFA rows.
	fail := make([]int32, len(m.out))
	queue := make([]int32, 0, len(m.out))
	for c := 0; c < nc; c++ {
		if nx := m.delta[c]; nx >= 0 {
			queue = append(queue, nx)
		} else {
			m.delta[c] = 0
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		f := fail[s]
		if s != 0 && len(m.out[f]) > 0 {
			m.out[s] = append(m.out[s], m.out[f]...)
		}
		row, frow := int(s)*nc, int(f)*nc
		for c := 0; c < nc; c++ {
			if nx := m.delta[row+c]; nx >= 0 {
				// The child's fail state is where the parent's fail state
				// goes on the same class (already complete: BFS order).
				if s != 0 {
					fail[nx] = m.delta[frow+c]
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

// scanSplit is the text length from which scan runs two lanes.
const scanSplit = 1024

// scan calls fn with the pattern index and start offset of every match, in
// no particular order.
//
// Each byte costs one table lookup that depends on the previous one, so a
// single pass is bound by memory latency, not by the core's width. Longer
// texts are scanned as two halves interleaved in one loop: the two chains
// of lookups overlap. The second lane starts at the root state maxLen-1
// bytes before its half, which puts it in the state the first lane would
// have reached (a state is the longest pattern prefix ending there), and
// reports nothing there.
func (m *matcher) scan(src []byte, fn func(pat int, start int)) {
	if len(m.pats) == 0 {
		return
	}
	if len(src) < scanSplit || len(src)/2 <= m.maxLen {
		m.scanLane(src, 0, len(src), 0, fn)
		return
	}
	delta, class := m.delta, &m.class
	mid := len(src) / 2
	warm := mid - (m.maxLen - 1)
	rowB := int32(0)
	for _, b := range src[warm:mid] {
		rowB = delta[rowB+int32(class[b])]
		if rowB < 0 {
			rowB = ^rowB
		}
	}
	a, b := src[:mid], src[mid:2*mid]
	rowA := int32(0)
	for i := range a {
		rowA = delta[rowA+int32(class[a[i]])]
		rowB = delta[rowB+int32(class[b[i]])]
		if rowA < 0 {
			rowA = m.emit(rowA, i+1, fn)
		}
		if rowB < 0 {
			rowB = m.emit(rowB, mid+i+1, fn)
		}
	}
	m.scanLane(src, 2*mid, len(src), rowB, fn)
}

// scanLane runs the automaton over src[from:to] from the state whose row
// offset is row, reporting matches that end inside that range.
func (m *matcher) scanLane(src []byte, from, to int, row int32, fn func(pat int, start int)) {
	delta, class := m.delta, &m.class
	for i := from; i < to; i++ {
		row = delta[row+int32(class[src[i]])]
		if row < 0 {
			row = m.emit(row, i+1, fn)
		}
	}
}

// emit reports the patterns of the state reached, flagged (complemented)
// row offset row, for a match ending at end, and returns the plain row
// offset to go on from.
func (m *matcher) emit(row int32, end int, fn func(pat int, start int)) int32 {
	row = ^row
	for _, p := range m.out[row/int32(m.nclasses)] {
		fn(int(p), end-m.pats[p])
	}
	return row
}
