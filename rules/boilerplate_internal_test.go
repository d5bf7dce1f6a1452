package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestTeaserLabel(t *testing.T) {
	labels := []string{"ead more:", "EAD MORE:", "lso read:", "LSO READ:", "elated:", "ELATED:"}
	for _, line := range []string{
		"", ":", "Read more:", "READ MORE: x", "Also read: y", "ALSO READ:", "Related: z", "RELATED:",
		"Read More: mixed case", "read more", "related :", "a: b: c related: d", "unrelated:", "x:Related:",
		"<b>Read more:</b> [link](http://a/b:c)", strings.Repeat("word ", 100) + "Related:",
	} {
		want := false
		for _, l := range labels {
			want = want || strings.Contains(line, l)
		}
		if got := bpHasTeaserLabel([]byte(line)); got != want {
			t.Errorf("teaser label in %q: got %v, want %v", line, got, want)
		}
	}
}

// bpTooLong's shortcut for lines without markup must agree with the
// general count.
func TestTooLongWithoutMarkup(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	const alphabet = "ab  \tc.é"
	for n := 0; n < 5000; n++ {
		b := make([]byte, rng.IntN(120))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		maxLen, maxWords := rng.IntN(100), rng.IntN(30)
		if got, want := bpTooLong(b, maxLen, maxWords), bpTooLongMarkup(b, maxLen, maxWords); got != want {
			t.Fatalf("%q (%d bytes, %d words): got %v, want %v", b, maxLen, maxWords, got, want)
		}
	}
}
