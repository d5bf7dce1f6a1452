package rules

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

type ftfyCase struct {
	Label         string `json:"label"`
	Original      string `json:"original"`
	Fixed         string `json:"fixed"`
	FixedEncoding string `json:"fixed-encoding"`
	Expect        string `json:"expect"`
}

func loadFtfyCases(t *testing.T, name string) []ftfyCase {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "ftfy", name))
	if err != nil {
		t.Fatal(err)
	}
	var cs []ftfyCase
	if err := json.Unmarshal(b, &cs); err != nil {
		t.Fatal(err)
	}
	return cs
}

// TestMojibakeFtfyCases runs the port over ftfy's own test cases: the
// positives must be repaired to ftfy's result, the negatives left alone.
// C1 controls are repaired by the control-char rule, so that step is
// applied after the mojibake repair. ftfy's lossy decoders (U+FFFD for lost
// bytes) and CESU-8 are not ported, which is why a few positives stay.
func TestMojibakeFtfyCases(t *testing.T) {
	minPass := map[string]int{"in-the-wild.json": 60, "synthetic.json": 29, "negative.json": 31}
	for _, name := range []string{"in-the-wild.json", "synthetic.json", "negative.json"} {
		pass, fail := 0, 0
		for _, c := range loadFtfyCases(t, name) {
			if c.Expect != "pass" {
				continue
			}
			want := c.FixedEncoding
			if want == "" {
				want = c.Fixed
			}
			got, _, _ := mojibakeRepair(c.Original)
			got = mojibakeFixC1ForTest(got)
			if got == want {
				pass++
				continue
			}
			fail++
			t.Logf("%s: %s\n  in:   %q\n  got:  %q\n  want: %q", name, c.Label, c.Original, got, want)
		}
		t.Logf("%s: %d pass, %d fail", name, pass, fail)
		if pass < minPass[name] {
			t.Errorf("%s: %d cases pass, want at least %d", name, pass, minPass[name])
		}
	}
}

func mojibakeFixC1ForTest(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 0x80 && r < 0xA0 {
			if w := charmap.Windows1252.DecodeByte(byte(r)); w != utf8.RuneError {
				r = w
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestWindows1252IsSloppy(t *testing.T) {
	mojibakeInit()
	c := mojibakeCodecs[1]
	for _, b := range []byte{0x81, 0x8D, 0x8F, 0x90, 0x9D} {
		if c.dec[b] != rune(b) {
			t.Errorf("byte %#x decodes to %U, want the C1 control", b, c.dec[b])
		}
	}
	if c.dec[0x92] != '’' || c.dec[0x80] != '€' {
		t.Error("Windows-1252 table is not the WHATWG one")
	}
}

func TestMojibakeSuspectTable(t *testing.T) {
	got := mojibakeSuspectTable()
	re := mojibakeSuspectRe()
	n := 0
	for c := rune(0x80); c < 0x10000; c++ {
		if c >= 0xD800 && c <= 0xDFFF {
			continue // not characters: no text holds them
		}
		if want := re.MatchString(string(c)); got[c] != want {
			t.Fatalf("U+%04X: table %v, expression %v", c, got[c], want)
		}
		if got[c] {
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d suspect characters", n)
	}
}
