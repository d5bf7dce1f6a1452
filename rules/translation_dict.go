package rules

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/scrapelint/scrapelint/article"
)

// Dictionary-driven translation checks: tortured phrases (spinner
// paraphrases of fixed expressions) and known machine-translation
// confusions of entities and news terms.

// phrasePair is one tortured phrase and the expression it replaced.
type phrasePair struct {
	wrong, right string
}

// parsePhrasePair reads a "tortured => expected" dictionary line.
func parsePhrasePair(line string) (phrasePair, error) {
	w, r, ok := strings.Cut(line, "=>")
	w, r = strings.TrimSpace(w), strings.TrimSpace(r)
	if !ok || w == "" || r == "" {
		return phrasePair{}, fmt.Errorf("want \"phrase => expected\": %q", line)
	}
	if len(strings.Fields(w)) < 2 {
		return phrasePair{}, fmt.Errorf("single-word entry %q: only multi-word phrases are precise", w)
	}
	if strings.Join(strings.Fields(w), " ") != w || strings.ToLower(w) != w {
		return phrasePair{}, fmt.Errorf("entry %q: want lower case words separated by single spaces", w)
	}
	return phrasePair{w, r}, nil
}

// phraseIndex finds dictionary phrases at trigger hits: phrases grouped by
// their first word, longest first, so the longest match at an offset wins.
type phraseIndex struct {
	byFirst map[string][]int
	pairs   []phrasePair
}

func newPhraseIndex(pairs []phrasePair) *phraseIndex {
	ix := &phraseIndex{byFirst: map[string][]int{}, pairs: pairs}
	for i, p := range pairs {
		f := p.wrong
		for k := 0; k < len(f); k++ {
			if !isTrWordByte(f[k]) {
				f = f[:k]
				break
			}
		}
		ix.byFirst[f] = append(ix.byFirst[f], i)
	}
	for _, l := range ix.byFirst {
		sort.Slice(l, func(a, b int) bool { return len(pairs[l[a]].wrong) > len(pairs[l[b]].wrong) })
	}
	return ix
}

// triggers returns every phrase, for Meta.Triggers (used for the short
// mistranslation list; the large tortured-phrase list is scanned by word).
func (ix *phraseIndex) triggers() []string {
	out := make([]string, len(ix.pairs))
	for i, p := range ix.pairs {
		out[i] = p.wrong
	}
	return out
}

// matchAt returns the index of the longest phrase that starts at off as
// whole words, or -1.
func (ix *phraseIndex) matchAt(src []byte, off int) (int, int) {
	if off > 0 && isTrWordByte(src[off-1]) {
		return -1, 0
	}
	e := off
	for e < len(src) && isTrWordByte(src[e]) {
		e++
	}
	first := strings.ToLower(string(src[off:e]))
	for _, i := range ix.byFirst[first] {
		w := ix.pairs[i].wrong
		end := off + len(w)
		if end > len(src) || !strings.EqualFold(string(src[off:end]), w) {
			continue
		}
		if end < len(src) && isTrWordByte(src[end]) {
			continue
		}
		return i, end
	}
	return -1, 0
}

// isTrWordByte: letters, digits, and bytes of multi-byte runes (so that
// "café" is one word), plus the apostrophe and hyphen inside words.
func isTrWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 || c == '_'
}

var tortured = sync.OnceValue(func() *phraseIndex {
	allow := map[string]bool{}
	for _, a := range loadList("translation-tortured-allow.txt") {
		allow[strings.ToLower(a)] = true
	}
	var pairs []phrasePair
	seen := map[string]bool{}
	for _, name := range []string{"translation-spinner-news.txt", "translation-tortured-phrases.txt"} {
		for _, l := range loadList(name) {
			p, err := parsePhrasePair(l)
			if err != nil {
				panic(name + ": " + err.Error())
			}
			if allow[p.wrong] || seen[p.wrong] {
				continue
			}
			seen[p.wrong] = true
			pairs = append(pairs, p)
		}
	}
	return newPhraseIndex(pairs)
})

// matchCase gives the replacement the capitalisation of the text it
// replaces: all caps, Title Case or a capital first letter.
func matchCase(orig, repl string) string {
	if orig == strings.ToUpper(orig) && orig != strings.ToLower(orig) {
		return strings.ToUpper(repl)
	}
	if orig == "" || !(orig[0] >= 'A' && orig[0] <= 'Z') {
		return repl
	}
	words := strings.Fields(orig)
	title := true
	for _, w := range words {
		if !(w[0] >= 'A' && w[0] <= 'Z') {
			title = false
		}
	}
	if title && len(words) > 1 {
		rw := strings.Fields(repl)
		for i, w := range rw {
			if w[0] >= 'a' && w[0] <= 'z' && !(i > 0 && trMinorWord[w]) {
				rw[i] = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		return strings.Join(rw, " ")
	}
	if repl[0] >= 'a' && repl[0] <= 'z' {
		return strings.ToUpper(repl[:1]) + repl[1:]
	}
	return repl
}

var trMinorWord = map[string]bool{"of": true, "and": true, "the": true, "in": true, "on": true, "for": true, "to": true, "a": true, "an": true}

// candidates returns the offsets of body words that begin a dictionary
// phrase: one pass over the words with a map lookup each, which is faster
// than an automaton of several thousand phrases.
func (ix *phraseIndex) candidates(d *article.Doc) []int {
	var out []int
	src := d.Src
	var buf [48]byte
	i := d.Body()
	for i < len(src) {
		if !isTrWordByte(src[i]) {
			i++
			continue
		}
		s := i
		n := 0
		for i < len(src) && isTrWordByte(src[i]) {
			if n < len(buf) {
				buf[n] = lower(src[i])
			}
			n++
			i++
		}
		if n > len(buf) {
			continue
		}
		if _, ok := ix.byFirst[string(buf[:n])]; ok {
			out = append(out, s)
		}
	}
	return out
}

func checkTortured(ctx *Context) {
	d := ctx.Doc
	ix := tortured()
	done := -1
	for _, h := range ix.candidates(d) {
		if h < done {
			continue
		}
		i, end := ix.matchAt(d.Src, h)
		if i < 0 || d.OverlapsNonProse(h, end) {
			continue
		}
		done = end
		orig := string(d.Src[h:end])
		p := ix.pairs[i]
		repl := matchCase(orig, p.right)
		ctx.Report(h, end, fmt.Sprintf("tortured phrase %q: a paraphrasing tool's synonym swap for %q", orig, p.right),
			ctx.Replace(h, end, repl, fmt.Sprintf("replace with %q", repl)))
	}
}

// Mistranslation is one known machine-translation confusion. Context words must
// occur near the match for it to count; unless words cancel it.
type Mistranslation struct {
	Wrong, Right string
	Context      []string
	Unless       []string
	// Always is set by "context: *".
	Always bool
}

// ParseMistranslation reads one entry in the data-file format
//
//	wrong phrase => right phrase | context: w1, w2 | unless: x1, x2
//
// which is also the format of entries added in configuration.
func ParseMistranslation(line string) (Mistranslation, error) {
	parts := strings.Split(line, "|")
	w, r, ok := strings.Cut(parts[0], "=>")
	e := Mistranslation{Wrong: strings.ToLower(strings.Join(strings.Fields(w), " ")), Right: strings.TrimSpace(r)}
	if !ok || e.Wrong == "" || e.Right == "" {
		return e, fmt.Errorf("want \"wrong => right | context: words\": %q", line)
	}
	for _, p := range parts[1:] {
		k, v, ok := strings.Cut(p, ":")
		if !ok {
			return e, fmt.Errorf("field %q: want \"context: …\" or \"unless: …\"", strings.TrimSpace(p))
		}
		var words []string
		for _, x := range strings.Split(v, ",") {
			if x = strings.ToLower(strings.Join(strings.Fields(x), " ")); x != "" {
				words = append(words, x)
			}
		}
		switch strings.TrimSpace(k) {
		case "context":
			if len(words) == 1 && words[0] == "*" {
				e.Always = true
			} else {
				e.Context = words
			}
		case "unless":
			e.Unless = words
		default:
			return e, fmt.Errorf("unknown field %q", strings.TrimSpace(k))
		}
	}
	if !e.Always && len(e.Context) == 0 {
		return e, fmt.Errorf("entry %q: needs context words (or \"context: *\")", e.Wrong)
	}
	return e, nil
}

var mistranslations = sync.OnceValue(func() []Mistranslation {
	var out []Mistranslation
	for _, l := range loadList("translation-mistranslations.txt") {
		e, err := ParseMistranslation(l)
		if err != nil {
			panic("translation-mistranslations.txt: " + err.Error())
		}
		out = append(out, e)
	}
	return out
})

var mistranslationIndex = sync.OnceValue(func() *phraseIndex {
	es := mistranslations()
	pairs := make([]phrasePair, len(es))
	for i, e := range es {
		pairs[i] = phrasePair{e.Wrong, e.Right}
	}
	return newPhraseIndex(pairs)
})

// mtWindow is how far (in bytes) context words may stand from the match.
const mtWindow = 500

// hasWordPrefix reports whether text (lower-cased) holds a word that
// starts with w (which may itself be several words).
func hasWordPrefix(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || !isTrWordByte(text[j-1]) {
			return true
		}
		i = j + 1
	}
}

func checkMistranslation(ctx *Context) {
	d := ctx.Doc
	ix := mistranslationIndex()
	es := mistranslations()
	done := -1
	for _, h := range ctx.Hits() {
		if h < done {
			continue
		}
		i, end := ix.matchAt(d.Src, h)
		if i < 0 || d.OverlapsNonProse(h, end) {
			continue
		}
		e := es[i]
		lo, hi := h-mtWindow, end+mtWindow
		if lo < d.Body() {
			lo = d.Body()
		}
		if hi > len(d.Src) {
			hi = len(d.Src)
		}
		// The window without the match itself, so "tuberculosis" in the
		// phrase is never its own context.
		win := strings.ToLower(string(d.Src[lo:h]) + " … " + string(d.Src[end:hi]))
		ctxWord := ""
		if !e.Always {
			for _, w := range e.Context {
				if hasWordPrefix(win, w) {
					ctxWord = w
					break
				}
			}
			if ctxWord == "" {
				continue
			}
		}
		cancel := false
		for _, w := range e.Unless {
			if hasWordPrefix(win, w) {
				cancel = true
				break
			}
		}
		if cancel {
			continue
		}
		done = end
		orig := string(d.Src[h:end])
		repl := e.Right
		if orig[0] >= 'A' && orig[0] <= 'Z' && repl[0] >= 'a' && repl[0] <= 'z' {
			repl = strings.ToUpper(repl[:1]) + repl[1:]
		}
		msg := fmt.Sprintf("%q looks like a machine-translation confusion for %q", orig, e.Right)
		if ctxWord != "" {
			msg += fmt.Sprintf(" (context: %q nearby)", ctxWord)
		}
		ctx.Report(h, end, msg, ctx.Replace(h, end, repl, fmt.Sprintf("replace with %q", repl)))
	}
}
