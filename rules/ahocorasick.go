package rules

// matcher is an Aho-Corasick automaton over byte strings, ASCII
// case-insensitive. It lets the engine find every trigger literal of every
// rule in one pass over a file, so rules whose literals are absent cost
// nothing.
type matcher struct {
	// root has a dense transition table; the rest are sparse, since most
	// states have one or two children.
	root  [256]int32
	nodes []acNode
	// pats[i] is the length of pattern i.
	pats []int
}

type acNode struct {
	edges []acEdge
	fail  int32
	// out lists the patterns that end here, including via fail links.
	out []int32
}

type acEdge struct {
	b    byte
	next int32
}

func lower(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 32
	}
	return b
}

func (n *acNode) child(b byte) int32 {
	for _, e := range n.edges {
		if e.b == b {
			return e.next
		}
	}
	return -1
}

func newMatcher(patterns []string) *matcher {
	m := &matcher{nodes: []acNode{{}}}
	for i, p := range patterns {
		m.pats = append(m.pats, len(p))
		s := int32(0)
		for j := 0; j < len(p); j++ {
			b := lower(p[j])
			nx := m.nodes[s].child(b)
			if nx < 0 {
				nx = int32(len(m.nodes))
				m.nodes = append(m.nodes, acNode{})
				m.nodes[s].edges = append(m.nodes[s].edges, acEdge{b, nx})
			}
			s = nx
		}
		m.nodes[s].out = append(m.nodes[s].out, int32(i))
	}
	// Breadth-first fail links.
	for b := 0; b < 256; b++ {
		m.root[b] = 0
	}
	queue := make([]int32, 0, len(m.nodes))
	for _, e := range m.nodes[0].edges {
		m.root[e.b] = e.next
		m.nodes[e.next].fail = 0
		queue = append(queue, e.next)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for _, e := range m.nodes[s].edges {
			f := m.nodes[s].fail
			for f != 0 && m.nodes[f].child(e.b) < 0 {
				f = m.nodes[f].fail
			}
			target := m.nodes[f].child(e.b)
			if target < 0 {
				target = 0
			}
			m.nodes[e.next].fail = target
			m.nodes[e.next].out = append(m.nodes[e.next].out, m.nodes[target].out...)
			queue = append(queue, e.next)
		}
	}
	return m
}

func (m *matcher) step(s int32, b byte) int32 {
	b = lower(b)
	for s != 0 {
		if nx := m.nodes[s].child(b); nx >= 0 {
			return nx
		}
		s = m.nodes[s].fail
	}
	return m.root[b]
}

// scan calls fn with the pattern index and start offset of every match.
func (m *matcher) scan(src []byte, fn func(pat int, start int)) {
	if len(m.pats) == 0 {
		return
	}
	s := int32(0)
	for i := 0; i < len(src); i++ {
		s = m.step(s, src[i])
		if s != 0 {
			for _, p := range m.nodes[s].out {
				fn(int(p), i+1-m.pats[p])
			}
		}
	}
}
