package rules

import (
	"fmt"
	"os"
	"testing"

	"github.com/scrapelint/scrapelint/article"
)

func TestNamesDebugDump(t *testing.T) {
	p := os.Getenv("NAMES_DEBUG")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	d, _ := article.Parse(p, b)
	for _, tk := range scanNameTokens(d) {
		fmt.Printf("%d %q fold=%q sent=%v prev=%d next=%d skel=%s\n", d.LineOf(tk.start)+1, tk.text, tk.fold, tk.sentStart, tk.prev, tk.next, nameSkeleton(tk.text))
	}
}

func TestNamesSkeletonDebug(t *testing.T) {
	for _, w := range []string{"Muhammad", "Mohammed", "Mohamed", "Zelensky", "Zelenskyy", "Zelenskiy", "Gaddafi", "Qaddafi", "Kadhafi", "Gadhafi", "Kyiv", "Kiev", "Erdoğan", "Erdogan", "al-Assad", "Assad", "Rodriguez", "Rodrigeuz", "Israel", "Israeli", "Ukraine"} {
		fmt.Println(w, nameSkeleton(w))
	}
}
