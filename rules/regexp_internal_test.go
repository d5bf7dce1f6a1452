package rules

import (
	"regexp"
	"testing"
)

// The rules' expressions compile on first use; this compiles them all, so
// a bad one fails here and not in a user's run.
func TestLazyRegexpsCompile(t *testing.T) {
	if len(lazyRegexps) < 50 {
		t.Fatalf("only %d lazily compiled expressions registered", len(lazyRegexps))
	}
	for _, expr := range lazyRegexps {
		if _, err := regexp.Compile(expr); err != nil {
			t.Errorf("%q: %v", expr, err)
		}
	}
}
