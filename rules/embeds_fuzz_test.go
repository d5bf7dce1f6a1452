package rules_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/rules"
)

// FuzzEmbeds checks that the embeds rules never panic, keep their spans
// inside the file, and that their fixes keep valid UTF-8 valid.
func FuzzEmbeds(f *testing.F) {
	seeds := []string{
		"Text. “Quote.” More. https://t.co/Ab12Cd34Ef\n-NAME (@handle) October 18, 2021\n",
		"We did it. pic.twitter.com/AbCdEf1234\n— Org (@org) [March 3, 2021](https://x.com/org/status/123456)\n",
		"View this post on InstagramA post shared by X (@x)Glued\n",
		"@user\ncaption #tag\n♬ original sound - user\n",
		"Title\nbyu/name inr/sub\n",
		"Posted by Page on Friday, April 10, 2020\n",
		"<blockquote class=\"twitter-tweet\"><p>Hi</p>&mdash; A (@a) <a href=\"https://twitter.com/a/status/1\">May 1, 2016</a></blockquote>\n<script async src=\"https://platform.twitter.com/widgets.js\"></script>\n",
		"<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>\n",
		"[caption id=\"1\"]![a](b.png) Cap[/caption]\n[embed]https://vimeo.com/1234567[/embed]\n[gallery ids=\"1\"]\n",
		"Intro\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nTap to unmute\nWatch on YouTube\n",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	var rs []rules.Rule
	for _, r := range rules.All() {
		if strings.HasPrefix(r.Meta().ID, "embeds/") {
			rs = append(rs, r)
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		if _, err := article.Parse("a.md", []byte(src)); err != nil {
			return // binary input is skipped, not linted
		}
		for _, path := range []string{"a.md", "a.txt", "a.html"} {
			for _, r := range rs {
				for _, fd := range lintWith(t, r, path, src) {
					if fd.Offset < 0 || fd.EndOffset > len(src) || fd.Offset > fd.EndOffset {
						t.Fatalf("%s: span %d-%d outside %d bytes", fd.Rule, fd.Offset, fd.EndOffset, len(src))
					}
					if fd.Fix != nil {
						for _, e := range fd.Fix.Edits {
							if e.Offset < 0 || e.End > len(src) || e.Offset > e.End {
								t.Fatalf("%s: edit %d-%d outside %d bytes", fd.Rule, e.Offset, e.End, len(src))
							}
						}
					}
				}
				if utf8.ValidString(src) {
					if out := fixWith(t, r, path, src); !utf8.ValidString(out) {
						t.Fatalf("%s: fix made invalid UTF-8", r.Meta().ID)
					}
				}
			}
		}
	})
}
