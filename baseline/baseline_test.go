package baseline

import (
	"path/filepath"
	"testing"

	"github.com/scrapelint/scrapelint/rules"
)

func finding(rule string, s, e int) rules.Finding {
	return rules.Finding{Rule: rule, Offset: s, EndOffset: e}
}

func TestFingerprintsSurviveEditsElsewhere(t *testing.T) {
	before := []byte("[ad_1]\nText.\n[ad_1]\n")
	after := []byte("New intro paragraph.\n\n[ad_1]\nText changed.\n[ad_1]\n")
	fa := Fingerprints(before, []rules.Finding{finding("ads/x", 0, 6), finding("ads/x", 13, 19)})
	fb := Fingerprints(after, []rules.Finding{finding("ads/x", 22, 28), finding("ads/x", 43, 49)})
	if fa[0] != fb[0] || fa[1] != fb[1] {
		t.Fatalf("fingerprints changed: %v vs %v", fa, fb)
	}
	if fa[0] == fa[1] {
		t.Fatal("two identical artifacts must have distinct fingerprints")
	}
}

func TestFilterAndRoundTrip(t *testing.T) {
	src := []byte("[ad_1]\nSource link\n")
	old := []rules.Finding{finding("ads/x", 0, 6)}
	b := &File{}
	b.Add("./a.md", src, old)
	p := filepath.Join(t.TempDir(), "baseline.json")
	if err := b.Save(p); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	now := []rules.Finding{finding("ads/x", 0, 6), finding("boilerplate/y", 7, 18)}
	left, hidden := loaded.Filter("a.md", src, now)
	if hidden != 1 || len(left) != 1 || left[0].Rule != "boilerplate/y" {
		t.Fatalf("left %v hidden %d", left, hidden)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Fatal("missing baseline must be an error")
	}
}
