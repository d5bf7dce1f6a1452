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
//   - every other line keeps its bytes, its line ending included (removing
//     a last line that had no newline leaves the line before it as it was);
//   - blank lines left dangling at the end of the file go too;
//   - a blank line before and a blank line after collapse into one.
func (d *Doc) DeleteLines(first, last int) Edit {
	start, _, _ := d.Line(first)
	_, _, next := d.Line(last)
	n := d.LineCount()
	body := d.FirstBodyLine()
	if next == len(d.Src) {
		// The run reaches the end of the file: take the blank lines
		// before it along.
		for p := first - 1; p >= body && d.IsBlankLine(p); p-- {
			start, _, _ = d.Line(p)
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
