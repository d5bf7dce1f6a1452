package article

// Edit replaces the bytes [Offset, End) of an article with Text.
type Edit struct {
	Offset int    `json:"offset"`
	End    int    `json:"end_offset"`
	Text   string `json:"text"`
}

// DeleteLines returns the edit that removes the 0-based lines first..last
// (inclusive) with their line endings, so that the article reads as if
// they had never been there:
//   - removing the last lines of a file that has no final newline removes
//     the newline before them instead, so the file still has none;
//   - trailing blank lines left at the end of the file go too;
//   - a blank line before and a blank line after collapse into one.
func (d *Doc) DeleteLines(first, last int) Edit {
	start, _, _ := d.Line(first)
	_, lastEnd, next := d.Line(last)
	n := d.LineCount()
	body := d.FirstBodyLine()
	if next == len(d.Src) {
		// The run reaches the end of the file: take preceding blank lines
		// with it, and keep the file's final-newline state.
		p := first - 1
		for p >= body && d.IsBlankLine(p) {
			start, _, _ = d.Line(p)
			p--
		}
		if lastEnd == next && p >= body {
			// No final newline: remove the one ending line p instead.
			_, pe, _ := d.Line(p)
			start = pe
		}
		return Edit{Offset: start, End: next}
	}
	prevBlank := first == body || first > body && d.IsBlankLine(first-1)
	if prevBlank {
		// Swallow following blank lines so no double blank (or a blank
		// at the top of the body) is left behind.
		for k := last + 1; k < n && d.IsBlankLine(k); k++ {
			_, _, next = d.Line(k)
			if first != body {
				break
			}
		}
	}
	return Edit{Offset: start, End: next}
}
