package article

import (
	"errors"
	"strings"
	"testing"
)

func TestFormatDetection(t *testing.T) {
	cases := []struct {
		path, src string
		want      Format
	}{
		{"a.md", "# T\n", Markdown},
		{"a.MARKDOWN", "x", Markdown},
		{"a.mdx", "x", Markdown},
		{"a.html", "<p>x</p>", HTML},
		{"a.htm", "x", HTML},
		{"a.txt", "<html>", Text},
		{"a.com", "<!DOCTYPE html><html>", HTML},
		{"a.json", "{\"a\": 1}", Text},
		{"-", "plain words", Text},
	}
	for _, c := range cases {
		d, err := Parse(c.path, []byte(c.src))
		if err != nil {
			t.Fatalf("%s: %v", c.path, err)
		}
		if d.Format != c.want {
			t.Errorf("%s: format %v, want %v", c.path, d.Format, c.want)
		}
	}
}

func TestFrontMatter(t *testing.T) {
	cases := []struct {
		name, src string
		kind      FrontMatterKind
		body      string // what follows the front matter
	}{
		{"yaml", "---\ntitle: A\n---\nBody\n", YAMLFrontMatter, "Body\n"},
		{"yaml crlf", "---\r\ntitle: A\r\n---\r\nBody\r\n", YAMLFrontMatter, "Body\r\n"},
		{"yaml bom", "\ufeff---\ntitle: A\n---\nBody", YAMLFrontMatter, "Body"},
		{"yaml dots", "---\ntitle: A\n...\nBody\n", YAMLFrontMatter, "Body\n"},
		{"toml", "+++\ntitle = \"A\"\n+++\n\nBody\n", TOMLFrontMatter, "\nBody\n"},
		{"json", "{\n  \"title\": \"a } b\"\n}\nBody\n", JSONFrontMatter, "Body\n"},
		{"unclosed", "---\ntitle: A\nBody\n", NoFrontMatter, "---\ntitle: A\nBody\n"},
		{"rule not fm", "Text\n---\nMore\n", NoFrontMatter, "Text\n---\nMore\n"},
		{"dashes with text", "--- not\n---\n", NoFrontMatter, "--- not\n---\n"},
	}
	for _, c := range cases {
		d, err := Parse("a.md", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		if d.FrontMatter != c.kind {
			t.Errorf("%s: kind %v, want %v", c.name, d.FrontMatter, c.kind)
		}
		if got := string(d.Src[d.FrontMatterEnd:]); got != c.body {
			t.Errorf("%s: body %q, want %q", c.name, got, c.body)
		}
	}
	// A .txt file keeps its first lines even when they look like front matter.
	d, _ := Parse("notes.txt", []byte("---\na\n---\nb\n"))
	if d.FrontMatter != NoFrontMatter || d.FrontMatterEnd != 0 {
		t.Errorf("txt: front matter detected")
	}
}

func TestBinary(t *testing.T) {
	for _, src := range []string{"a\x00b", "\xff\xfeh\x00i\x00", "\xfe\xff\x00h"} {
		if _, err := Parse("a.txt", []byte(src)); !errors.Is(err, ErrBinary) {
			t.Errorf("%q: err %v, want ErrBinary", src, err)
		}
	}
	if _, err := Parse("a.txt", []byte("caf\xe9 latin-1")); err != nil {
		t.Errorf("invalid UTF-8 text must parse: %v", err)
	}
}

func TestLinesAndPositions(t *testing.T) {
	src := "\ufeffab\r\ncé\n\nlast"
	d, _ := Parse("a.txt", []byte(src))
	if d.LineCount() != 4 {
		t.Fatalf("lines %d", d.LineCount())
	}
	want := []string{"ab", "cé", "", "last"}
	for i, w := range want {
		if got := string(d.LineText(i)); got != w {
			t.Errorf("line %d: %q want %q", i, got, w)
		}
	}
	// Column counts characters and skips the BOM.
	if l, c := d.Position(3); l != 1 || c != 1 {
		t.Errorf("BOM start: %d:%d", l, c)
	}
	off := strings.Index(src, "é") + len("é")
	if l, c := d.Position(off); l != 2 || c != 3 {
		t.Errorf("after é: %d:%d", l, c)
	}
	if l, c := d.Position(len(src)); l != 4 || c != 5 {
		t.Errorf("end: %d:%d", l, c)
	}
	if !d.IsBlankLine(2) || d.IsBlankLine(1) {
		t.Error("IsBlankLine")
	}
	if d.LineEnding() != "\r\n" {
		t.Error("LineEnding")
	}
}

func TestNonProse(t *testing.T) {
	src := "---\ntitle: x\n---\n" +
		"Prose `code` and [link](http://dest.example/a_b) here.\n" +
		"```\nfenced <b>\n```\n" +
		"<script>var x = \"[ad_1]\";</script>\n" +
		"{{< tweet user=\"a\" id=\"1\" >}} and {% raw %}\n" +
		"See https://t.co/abc123, then more.\n" +
		"<!-- comment -->\n" +
		"a < b and c > d\n"
	d, _ := Parse("a.md", []byte(src))
	in := func(s string) bool {
		i := strings.Index(src, s)
		if i < 0 {
			t.Fatalf("%q not in src", s)
		}
		return d.InNonProse(i)
	}
	for _, s := range []string{"code", "dest.example", "fenced", "var x", "tweet user", "raw", "t.co/abc", "comment", "<script"} {
		if !in(s) {
			t.Errorf("%q should be non-prose", s)
		}
	}
	for _, s := range []string{"Prose", "link", "here", "then more", "a < b", "c > d"} {
		if in(s) {
			t.Errorf("%q should be prose", s)
		}
	}
	if d.InNonProse(strings.Index(src, ", then")) {
		t.Error("trailing comma is not part of the URL")
	}
}

func TestIndentedCode(t *testing.T) {
	src := "Para.\n\n    code line\n\n- item\n\n    continued item text\n\n\t<p>html body</p>\n"
	d, _ := Parse("a.md", []byte(src))
	if !d.InNonProse(strings.Index(src, "code line")) {
		t.Error("indented code after a blank line is code")
	}
	if d.InNonProse(strings.Index(src, "continued")) {
		t.Error("an indented list continuation is prose")
	}
	if d.InNonProse(strings.Index(src, "html body")) {
		t.Error("indented HTML in a scraped body is not a code block")
	}
}

func TestVisible(t *testing.T) {
	cases := map[string]string{
		"<br>[ad_2]":                       "[ad_2]",
		"**Share this:**":                  "Share this:",
		"### *Related*":                    "Related",
		"<p>Advertisement</p>":             "Advertisement",
		"[Read more](https://x.example/a)": "Read more",
		"![alt text](img.png) caption":     "alt text caption",
		"- item &amp; more":                "item & more",
		"> quoted   text":                  "quoted text",
		"a_b_c stays":                      "a_b_c stays",
		"[ref link][1] and [plain]":        "ref link and [plain]",
		`<a href="x">Source </a>`:          "Source",
	}
	for in, want := range cases {
		if got := Visible([]byte(in)); got != want {
			t.Errorf("Visible(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDeleteLines(t *testing.T) {
	cases := []struct {
		name, src   string
		first, last int
		want        string
	}{
		{"middle", "a\nX\nb\n", 1, 1, "a\nb\n"},
		{"collapse blanks", "a\n\nX\n\nb\n", 2, 2, "a\n\nb\n"},
		{"first line", "X\nb\n", 0, 0, "b\n"},
		{"first then blank", "X\n\nb\n", 0, 0, "b\n"},
		{"last no newline", "a\nb\nX", 2, 2, "a\nb\n"},
		{"last with newline", "a\nX\n", 1, 1, "a\n"},
		{"last after blank", "a\n\nX\n", 2, 2, "a\n"},
		{"last after blank no nl", "a\n\nX", 2, 2, "a\n"},
		{"crlf", "a\r\nX\r\nb\r\n", 1, 1, "a\r\nb\r\n"},
		{"range", "a\nX\nY\nb\n", 1, 2, "a\nb\n"},
		{"bom first", "\ufeffX\nb\n", 0, 0, "\ufeffb\n"},
		{"after front matter", "---\nt: 1\n---\nX\nb\n", 3, 3, "---\nt: 1\n---\nb\n"},
	}
	for _, c := range cases {
		d, _ := Parse("a.md", []byte(c.src))
		e := d.DeleteLines(c.first, c.last)
		got := c.src[:e.Offset] + e.Text + c.src[e.End:]
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\u0085b",
		"a\u1680b", "a\u2003b", "a\u200bb", "a\u2028b", "a\u202fb", "a\u205fb",
		"a\u3000b", "café — “quoted”", "x\u00e9\u2019y", "\u00a0", "a\r", "\u2000",
	} {
		want := strings.Join(strings.Fields(s), " ")
		if got := collapseSpace(s); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestMemo(t *testing.T) {
	type keyA struct{}
	type keyB struct{}
	d, err := Parse("a.md", []byte("text\n"))
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	build := func() any { calls++; return calls }
	if v := d.Memo(keyA{}, build); v != 1 {
		t.Fatalf("first Memo = %v, want 1", v)
	}
	if v := d.Memo(keyA{}, build); v != 1 || calls != 1 {
		t.Fatalf("second Memo = %v after %d builds, want the cached 1", v, calls)
	}
	if v := d.Memo(keyB{}, build); v != 2 {
		t.Fatalf("other key = %v, want 2", v)
	}
	other, _ := Parse("b.md", []byte("text\n"))
	if v := other.Memo(keyA{}, build); v != 3 {
		t.Fatalf("other document = %v, want its own value 3", v)
	}
}

func TestCachedVisibleLine(t *testing.T) {
	d, err := Parse("a.md", []byte("**Bold** <b>text</b>\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d.CachedVisibleLine(0); ok {
		t.Fatal("visible line cached before any rule asked for it")
	}
	want := d.VisibleLine(0)
	if got, ok := d.CachedVisibleLine(0); !ok || got != want {
		t.Fatalf("CachedVisibleLine = %q, %v; want %q, true", got, ok, want)
	}
}
