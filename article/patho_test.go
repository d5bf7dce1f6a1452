package article

import (
	"strings"
	"testing"
)

// TestPathologicalInputs parses 1 MB files made of one construct repeated
// (unclosed tags, comments, brackets, fences). Each must finish: a
// quadratic scan here takes hours and trips the test timeout, which is how
// this test fails — it measures no time itself.
func TestPathologicalInputs(t *testing.T) {
	units := []string{"<a", "`", "[", "{{", "<script>", "![", "**", "](", "<!--", "http://", "---\n",
		"    x\n\n", "```\n", "[x]: ", "a\n", `<a x="`, "&amp;", "((((", "[[[[]]]]"}
	for _, unit := range units {
		src := strings.Repeat(unit, (1<<20)/len(unit))
		for _, p := range []string{"a.md", "a.html", "a.txt"} {
			d, err := Parse(p, []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i < d.LineCount(); i++ {
				_ = d.VisibleLine(i)
			}
		}
	}
}
