package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
)

// progress prints "linting N/M files" on stderr, but only when stderr is a
// terminal and the run lasts long enough for a person to wonder.
type progress struct {
	mu      sync.Mutex
	w       io.Writer
	total   int
	n       int
	start   time.Time
	last    time.Time
	shown   bool
	enabled bool
}

const progressDelay = 700 * time.Millisecond

func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total, start: time.Now()}
	if f, ok := w.(*os.File); ok && isatty.IsTerminal(f.Fd()) && total > 1 {
		p.enabled = true
	}
	return p
}

func (p *progress) tick() {
	if !p.enabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	now := time.Now()
	if now.Sub(p.start) < progressDelay || now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	p.shown = true
	fmt.Fprintf(p.w, "\rlinting %d/%d files…", p.n, p.total)
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
