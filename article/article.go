// Package article loads an article file into the model every rule reads:
// the original bytes, the detected format, the front matter, the line index
// and the byte ranges that are not prose (code, link destinations, template
// tags). All positions are byte offsets into the original bytes.
package article

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"sync"
)

// Format is the markup language of an article.
type Format int

// The formats scrapelint understands. Text is the fallback for anything that
// is not recognisably Markdown or HTML.
const (
	Text Format = iota
	Markdown
	HTML
)

func (f Format) String() string {
	switch f {
	case Markdown:
		return "markdown"
	case HTML:
		return "html"
	default:
		return "text"
	}
}

// FrontMatterKind tells which syntax the front matter block uses.
type FrontMatterKind int

// Front matter syntaxes (Hugo, Jekyll, Eleventy and friends).
const (
	NoFrontMatter FrontMatterKind = iota
	YAMLFrontMatter
	TOMLFrontMatter
	JSONFrontMatter
)

// Site is the kind of site an article belongs to, when the caller knows it.
type Site int

// Sites that change how a fix is best written.
const (
	UnknownSite Site = iota
	// HugoSite: rebuilt embeds become Hugo shortcodes.
	HugoSite
)

// ErrBinary is returned by Parse for content that is not text (NUL bytes or
// a UTF-16/UTF-32 byte order mark); such files are skipped, not linted.
var ErrBinary = errors.New("binary file (NUL bytes or UTF-16/32 encoding)")

// Doc is one article. Src is never modified; fixes produce new bytes that
// are parsed into a new Doc.
type Doc struct {
	Path   string
	Src    []byte
	Format Format
	// Site is set by the caller that knows the repository (the CLI looks
	// for a Hugo configuration); the article model never reads the disk.
	Site Site

	// BOM is 3 when the file starts with a UTF-8 byte order mark.
	BOM int
	// FrontMatter is the kind of front matter, FrontMatterEnd the offset
	// just past it (including its closing delimiter line), or BOM if none.
	FrontMatter    FrontMatterKind
	FrontMatterEnd int

	// lineStart[i] is the offset of the first byte of line i (0-based).
	lineStart []int
	// firstBody is FirstBodyLine, found once: rules ask it in loops.
	firstBody int
	// nonProse holds sorted, non-overlapping [start,end) ranges of the body
	// that a reader does not see as text.
	nonProse []Span
	eol      string
	// colCheckpoints caches rune counts along long lines (see runesBetween).
	colCheckpoints map[int][]int
	// visible caches VisibleLine; a Doc is used by one goroutine at a time.
	visible     []string
	visibleDone []bool

	memoMu sync.Mutex
	memo   map[any]*memoEntry
}

type memoEntry struct {
	once sync.Once
	val  any
}

// Memo returns the value that build computes for this document under key,
// computing it once. Rules that share an analysis of a document (its
// words, its names) keep it here, so that it lives and dies with the
// document and files linted in parallel never share it. Memo is safe for
// concurrent use: when one file's rules run in parallel, the first caller
// builds and the others wait for its value.
func (d *Doc) Memo(key any, build func() any) any {
	d.memoMu.Lock()
	if d.memo == nil {
		d.memo = map[any]*memoEntry{}
	}
	e := d.memo[key]
	if e == nil {
		e = &memoEntry{}
		d.memo[key] = e
	}
	d.memoMu.Unlock()
	e.once.Do(func() { e.val = build() })
	return e.val
}

// Span is a half-open byte range [Start, End).
type Span struct{ Start, End int }

// Parse builds a Doc from bytes. The format is chosen from the file name's
// extension, falling back to sniffing the content.
func Parse(path string, src []byte) (*Doc, error) {
	if isBinary(src) {
		return nil, ErrBinary
	}
	d := &Doc{Path: path, Src: src, Format: detectFormat(path, src)}
	if bytes.HasPrefix(src, bom) {
		d.BOM = len(bom)
	}
	d.indexLines()
	d.eol = "\n"
	if bytes.Contains(src, []byte("\r\n")) {
		d.eol = "\r\n"
	}
	d.FrontMatterEnd = d.BOM
	if d.Format == Markdown || d.Format == Text && filepath.Ext(path) == "" {
		// Front matter belongs to Markdown; a plain-text file without an
		// extension may carry YAML or TOML front matter too. A .txt or
		// .json file keeps all its lines ("---" or "{" is content there).
		d.FrontMatter, d.FrontMatterEnd = frontMatter(src, d.BOM)
		if d.Format == Text && d.FrontMatter == JSONFrontMatter {
			d.FrontMatter, d.FrontMatterEnd = NoFrontMatter, d.BOM
		}
	}
	d.firstBody = d.LineCount()
	if d.FrontMatterEnd < len(d.Src) {
		d.firstBody = d.LineOf(d.FrontMatterEnd)
	}
	d.nonProse = scanNonProse(d)
	return d, nil
}

var bom = []byte{0xEF, 0xBB, 0xBF}

func isBinary(src []byte) bool {
	if len(src) >= 2 && (src[0] == 0xFF && src[1] == 0xFE || src[0] == 0xFE && src[1] == 0xFF) {
		return true
	}
	n := len(src)
	if n > 8000 {
		n = 8000
	}
	return bytes.IndexByte(src[:n], 0) >= 0
}

func detectFormat(path string, src []byte) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".mdx", ".mdown", ".mkd", ".mkdn":
		return Markdown
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".txt", ".text":
		return Text
	}
	head := src
	if len(head) > 512 {
		head = head[:512]
	}
	h := bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(head, bom)))
	if bytes.HasPrefix(h, []byte("<!doctype html")) || bytes.HasPrefix(h, []byte("<html")) {
		return HTML
	}
	return Text
}

// frontMatter finds a front matter block at the start of the file.
func frontMatter(src []byte, start int) (FrontMatterKind, int) {
	rest := src[start:]
	var kind FrontMatterKind
	var delim string
	switch {
	case hasDelimLine(rest, "---"):
		kind, delim = YAMLFrontMatter, "---"
	case hasDelimLine(rest, "+++"):
		kind, delim = TOMLFrontMatter, "+++"
	case len(rest) > 0 && rest[0] == '{':
		if end := jsonObjectEnd(rest); end > 0 {
			return JSONFrontMatter, start + lineEndAfter(rest, end)
		}
		return NoFrontMatter, start
	default:
		return NoFrontMatter, start
	}
	// Skip the opening delimiter line, then look for the closing one.
	pos := lineEndAfter(rest, 0)
	for pos < len(rest) {
		next := lineEndAfter(rest, pos)
		line := bytes.TrimRight(rest[pos:next], "\r\n")
		if string(bytes.TrimRight(line, " \t")) == delim || (kind == YAMLFrontMatter && string(line) == "...") {
			return kind, start + next
		}
		pos = next
	}
	return NoFrontMatter, start
}

func hasDelimLine(b []byte, delim string) bool {
	if !bytes.HasPrefix(b, []byte(delim)) {
		return false
	}
	r := bytes.TrimRight(b[len(delim):lineEndAfter(b, 0)], " \t\r\n")
	return len(r) == 0
}

// lineEndAfter returns the offset just past the line ending of the line
// containing offset i (or len(b)).
func lineEndAfter(b []byte, i int) int {
	if j := bytes.IndexByte(b[i:], '\n'); j >= 0 {
		return i + j + 1
	}
	return len(b)
}

// jsonObjectEnd returns the offset just past the '}' that closes the object
// starting at b[0], ignoring braces inside strings, or -1.
func jsonObjectEnd(b []byte) int {
	depth, inStr, esc := 0, false, false
	for i, c := range b {
		switch {
		case esc:
			esc = false
		case inStr && c == '\\':
			esc = true
		case c == '"':
			inStr = !inStr
		case inStr:
		case c == '{':
			depth++
		case c == '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

func (d *Doc) indexLines() {
	n := bytes.Count(d.Src, []byte{'\n'})
	d.lineStart = make([]int, 0, n+1)
	d.lineStart = append(d.lineStart, 0)
	for i, c := range d.Src {
		if c == '\n' && i+1 < len(d.Src) {
			d.lineStart = append(d.lineStart, i+1)
		}
	}
}

// Body returns the offset where the article body starts (after BOM and
// front matter).
func (d *Doc) Body() int { return d.FrontMatterEnd }

// LineCount is the number of lines; a final line without a newline counts.
func (d *Doc) LineCount() int {
	if len(d.Src) == 0 {
		return 0
	}
	return len(d.lineStart)
}

// Line returns the 0-based line's content range (without its line ending)
// and the offset just past its line ending.
func (d *Doc) Line(i int) (start, end, next int) {
	start = d.lineStart[i]
	if i+1 < len(d.lineStart) {
		next = d.lineStart[i+1]
	} else {
		next = len(d.Src)
	}
	end = next
	if end > start && d.Src[end-1] == '\n' {
		end--
		if end > start && d.Src[end-1] == '\r' {
			end--
		}
	}
	if i == 0 && start < d.BOM {
		start = d.BOM
	}
	return start, end, next
}

// LineText returns the content of a 0-based line without its line ending.
func (d *Doc) LineText(i int) []byte {
	s, e, _ := d.Line(i)
	return d.Src[s:e]
}

// LineOf returns the 0-based line containing offset off.
func (d *Doc) LineOf(off int) int {
	lo, hi := 0, len(d.lineStart)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.lineStart[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// FirstBodyLine is the 0-based index of the first line after front matter.
func (d *Doc) FirstBodyLine() int { return d.firstBody }

// Position converts a byte offset to a 1-based line and a 1-based column
// counted in characters (a leading BOM is not counted).
func (d *Doc) Position(off int) (line, col int) {
	if off > len(d.Src) {
		off = len(d.Src)
	}
	if len(d.Src) == 0 {
		return 1, 1
	}
	l := d.LineOf(off)
	s := d.lineStart[l]
	if l == 0 && s < d.BOM {
		s = d.BOM
	}
	if off < s {
		off = s
	}
	return l + 1, d.runesBetween(l, s, off) + 1
}

// colStep is the spacing of the rune-count checkpoints kept for long lines,
// so that columns on a 10 MB single-line file cost O(colStep) each.
const colStep = 4096

// runesBetween counts the characters in src[s:off] on line l.
func (d *Doc) runesBetween(l, s, off int) int {
	if off-s <= colStep {
		return countRunes(d.Src[s:off])
	}
	if d.colCheckpoints == nil {
		d.colCheckpoints = map[int][]int{}
	}
	cps, ok := d.colCheckpoints[l]
	if !ok {
		_, end, _ := d.Line(l)
		for p := s; p+colStep <= end; p += colStep {
			prev := 0
			if len(cps) > 0 {
				prev = cps[len(cps)-1]
			}
			cps = append(cps, prev+countRunes(d.Src[p:p+colStep]))
		}
		d.colCheckpoints[l] = cps
	}
	k := (off - s) / colStep
	if k > len(cps) {
		k = len(cps)
	}
	n := 0
	if k > 0 {
		n = cps[k-1]
	}
	return n + countRunes(d.Src[s+k*colStep:off])
}

// countRunes counts character starts, so counts over adjacent ranges add
// up even when a boundary falls inside a character.
func countRunes(b []byte) int {
	n := 0
	for _, c := range b {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// InNonProse reports whether off lies inside code, a link destination, a
// template tag or other text that is not prose.
func (d *Doc) InNonProse(off int) bool {
	_, ok := d.nonProseAt(off)
	return ok
}

// InCodeBlock reports whether off lies inside a non-prose range that
// started before it (a code block or span, a script), as opposed to at
// the start of a tag or comment.
func (d *Doc) InCodeBlock(off int) bool {
	sp, ok := d.nonProseAt(off)
	return ok && sp.Start < off
}

// OverlapsNonProse reports whether [start,end) touches any non-prose range.
func (d *Doc) OverlapsNonProse(start, end int) bool {
	i := d.searchNonProse(start)
	return i < len(d.nonProse) && d.nonProse[i].Start < end
}

// NonProse returns the non-prose ranges in offset order.
func (d *Doc) NonProse() []Span { return d.nonProse }

// NonProseAt returns the non-prose range containing off, if any.
func (d *Doc) NonProseAt(off int) (Span, bool) { return d.nonProseAt(off) }

func (d *Doc) nonProseAt(off int) (Span, bool) {
	i := d.searchNonProse(off)
	if i < len(d.nonProse) && d.nonProse[i].Start <= off {
		return d.nonProse[i], true
	}
	return Span{}, false
}

// searchNonProse returns the first range whose End is beyond off.
func (d *Doc) searchNonProse(off int) int {
	lo, hi := 0, len(d.nonProse)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.nonProse[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// InFrontMatter reports whether off lies in the BOM or front matter.
func (d *Doc) InFrontMatter(off int) bool { return off < d.FrontMatterEnd }

// IsBlankLine reports whether a 0-based line holds only white space.
func (d *Doc) IsBlankLine(i int) bool {
	t := d.LineText(i)
	if len(t) > 0 && t[0] > ' ' && t[0] < 0x80 {
		// Most lines start with a printable ASCII byte: no need to trim.
		return false
	}
	return len(bytes.TrimSpace(t)) == 0
}

// LineEnding returns the line ending the file uses ("\r\n" when it has
// any CRLF, else "\n").
func (d *Doc) LineEnding() string { return d.eol }

// PrecomputeVisible fills the VisibleLine cache for every line, after
// which the Doc is only read and may be shared between goroutines.
func (d *Doc) PrecomputeVisible() {
	for i := 0; i < d.LineCount(); i++ {
		_ = d.VisibleLine(i)
	}
}

// CachedVisibleLine returns VisibleLine(i) when some rule has already
// computed it, so that a rule with a cheaper way to the same text takes
// the cached one when there is one.
func (d *Doc) CachedVisibleLine(i int) (string, bool) {
	if d.visibleDone == nil || !d.visibleDone[i] {
		return "", false
	}
	return d.visible[i], true
}

// VisibleLine returns Visible(LineText(i)), computed once per line.
func (d *Doc) VisibleLine(i int) string {
	if d.visible == nil {
		d.visible = make([]string, d.LineCount())
		d.visibleDone = make([]bool, d.LineCount())
	}
	if d.visibleDone[i] {
		return d.visible[i]
	}
	v := Visible(d.LineText(i))
	d.visible[i], d.visibleDone[i] = v, true
	return v
}
