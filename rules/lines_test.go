package rules

import "testing"

func TestHTMLBalanced(t *testing.T) {
	cases := map[string]bool{
		"plain text":                              true,
		"<p>Advertisement</p>":                    true,
		"<br>[ad_2]":                              true,
		`<br><a href="x">Source </a>`:             true,
		"<img src=x/> caption":                    true,
		"<!-- note --> text":                      true,
		"</figcaption></figure><figure>Ad":        false,
		"<div>open only":                          false,
		"</div>":                                  false,
		"<p>unclosed <b>bold</p>":                 false,
		"<!-- unterminated":                       false,
		`<span class="visually-hidden">Ad</span>`: true,
	}
	for in, want := range cases {
		if got := htmlBalanced([]byte(in)); got != want {
			t.Errorf("htmlBalanced(%q) = %v, want %v", in, got, want)
		}
	}
}
