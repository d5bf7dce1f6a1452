package rules

import (
	"bytes"
	"html"
	"strings"

	"github.com/scrapelint/scrapelint/article"
)

// Title lookup for structure/repeated-title: the front matter keys that
// publishing tools and scrapers use for the headline, the first heading of
// the body, an HTML <title>, or the first line of a plain-text file.

var stTitleKeys = map[string]bool{
	"title": true, "post_title": true, "original_title": true,
	"headline": true, "og_title": true, "seo_title": true,
}

// stFMKey splits a front matter line into a key and a value: YAML
// "key: value", TOML "key = value", JSON "\"key\": value,". ok is false
// for other lines.
func stFMKey(line string) (key, val string, ok bool) {
	t := strings.TrimLeft(line, " \t")
	t = strings.TrimPrefix(t, "\"")
	i := 0
	for i < len(t) && (t[i] == '_' || t[i] == '-' || t[i] >= 'a' && t[i] <= 'z' || t[i] >= 'A' && t[i] <= 'Z' || t[i] >= '0' && t[i] <= '9') {
		i++
	}
	if i == 0 || i > 30 {
		return "", "", false
	}
	key, rest := t[:i], strings.TrimPrefix(t[i:], "\"")
	rest = strings.TrimLeft(rest, " \t")
	if rest == "" || rest[0] != ':' && rest[0] != '=' {
		return "", "", false
	}
	val = strings.TrimSpace(rest[1:])
	val = strings.TrimSpace(strings.TrimSuffix(val, ","))
	return key, val, true
}

// stFrontMatterTitles reads title-like values from YAML, TOML or JSON
// front matter, including YAML folded (">") and list-wrapped values.
func stFrontMatterTitles(d *article.Doc) (titles []string, at int) {
	at = d.BOM
	if d.FrontMatter == article.NoFrontMatter {
		return nil, at
	}
	fm := string(d.Src[d.BOM:d.FrontMatterEnd])
	var out []string
	// The lines of fm as strings.Split(fm, "\n") gives them, read in place.
	for pos := 0; pos <= len(fm); {
		lineOff := d.BOM + pos
		line, next := stNextLine(fm, pos)
		pos = next
		key, val, ok := stFMKey(strings.TrimRight(line, "\r"))
		if !ok || !stTitleKeys[strings.ToLower(key)] {
			continue
		}
		if val == "" || val == ">" || val == "|" || val == ">-" || val == "|-" || val == "[" {
			// A block value: the more indented lines that follow.
			ind := len(line) - len(strings.TrimLeft(line, " \t"))
			var parts []string
			for q := next; q <= len(fm); {
				lj, nj := stNextLine(fm, q)
				q = nj
				l := strings.TrimRight(lj, "\r")
				t := strings.TrimSpace(l)
				if t == "" {
					break
				}
				if len(l)-len(strings.TrimLeft(l, " \t")) <= ind && !strings.HasPrefix(t, "- ") {
					break
				}
				t = strings.TrimSpace(strings.TrimPrefix(t, "- "))
				if t == ">" || t == "|" || t == ">-" || t == "|-" || t == "-" {
					continue
				}
				parts = append(parts, stUnquote(t))
			}
			val = strings.Join(parts, " ")
		} else {
			val = stUnquote(val)
		}
		if val != "" {
			if len(out) == 0 {
				at = lineOff
			}
			out = append(out, html.UnescapeString(val))
		}
	}
	return out, at
}

// stNextLine returns the line of s that starts at pos, without its "\n",
// and where the next one starts (len(s)+1 after the last).
func stNextLine(s string, pos int) (line string, next int) {
	if e := strings.IndexByte(s[pos:], '\n'); e >= 0 {
		return s[pos : pos+e], pos + e + 1
	}
	return s[pos:], len(s) + 1
}

func stUnquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		s = s[1 : len(s)-1]
	}
	return strings.ReplaceAll(s, `\"`, `"`)
}

// stHTMLTitle returns the content of the first <title> element.
func stHTMLTitle(src []byte) ([]byte, bool) {
	i := indexFold(src, []byte("<title"))
	if i < 0 {
		return nil, false
	}
	gt := bytes.IndexByte(src[i:], '>')
	if gt < 0 {
		return nil, false
	}
	start := i + gt + 1
	end := indexFold(src[start:], []byte("</title"))
	if end < 0 || end > 1000 {
		return nil, false
	}
	return src[start : start+end], true
}

// stTitleVariants returns the normalised forms of a title: the whole of
// it and, for "Section | Headline" or "Headline - Site" shapes, each part
// of at least three words.
func stTitleVariants(t string, into []string) []string {
	add := func(s string) {
		n := stNorm(s)
		if strings.Count(n, " ") < 2 {
			return
		}
		for _, x := range into {
			if x == n {
				return
			}
		}
		into = append(into, n)
	}
	add(t)
	for _, sep := range []string{"|", " - ", " – ", " — ", " :: "} {
		if strings.Contains(t, sep) {
			for _, p := range strings.Split(t, sep) {
				add(p)
			}
		}
	}
	return into
}

// stDeclaredTitles returns the variants of the title that the file
// declares outside the body: front matter and an HTML <title>.
func stDeclaredTitles(d *article.Doc) ([]string, int) {
	raw, at := stFrontMatterTitles(d)
	if d.Format == article.HTML {
		head := d.Src
		if len(head) > 64<<10 {
			head = head[:64<<10]
		}
		if t, ok := stHTMLTitle(head); ok {
			raw = append(raw, article.Visible(t))
		}
	}
	var out []string
	for _, t := range raw {
		out = stTitleVariants(t, out)
	}
	return out, at
}

// stTopLines is how many lines showing text the title check reads: the
// title block of an article (headline, standfirst, byline, dateline).
const stTopLines = 10

// checkRepeatedTitle reports paragraphs at the top of the body that repeat
// the declared title, or a headline line shown just above them. The first
// showing of a headline in the body (a heading, or the first line of a
// plain-text file) is how the page renders its title and is left alone.
func checkRepeatedTitle(ctx *Context) {
	d := ctx.Doc
	declared, declaredAt := stDeclaredTitles(d)
	type headline struct {
		ln    int
		norms []string
	}
	var shown []headline
	// The longest title a line is compared with: a line whose normalised
	// text is more than twice as long matches none (see stMatchesTitle).
	longest := 0
	for _, t := range declared {
		longest = max(longest, len(t))
	}
	seen := 0
	var buf []byte
	for ln := d.FirstBodyLine(); ln < d.LineCount() && seen < stTopLines; ln++ {
		k := stKind(d, ln)
		if k == stBlank || k == stMarkup {
			continue
		}
		seen++
		compare := len(declared) > 0 || len(shown) > 0
		candidate := compare && (k == stProse || k == stQuote) && !(d.Format == article.Text && seen == 1) && stTitleBlockStart(d, ln)
		// Below the first three lines only headings and lines compared
		// with a title matter; there the words need not be counted.
		countWords := k != stHeading && seen <= 3
		if k != stHeading && !countWords && !candidate {
			continue
		}
		// Most of these lines are long paragraphs, neither title-like nor
		// comparable with a title: what matters is seen at their start.
		need, wordsNeed := 0, 0
		if candidate {
			need = 2*longest + 1
		}
		if countWords {
			wordsNeed = 26
		}
		if k != stHeading && stLongLine(d.LineText(ln), wordsNeed, need) {
			continue
		}
		// Otherwise their words are counted, and their length checked,
		// before a string is made.
		var v string
		var words int
		comparable := false
		cached, isCached := d.CachedVisibleLine(ln)
		vb, plain := buf[:0], false
		if !isCached {
			vb, plain = stAppendPlain(buf[:0], d.LineText(ln))
		}
		if plain {
			buf = vb
			if countWords {
				words = stWordsUpTo(vb, 26)
			}
			comparable = compare && !stNormLenAtLeast(vb, 2*longest+1)
			if words >= 3 && words <= 25 || k == stHeading || comparable && (k == stProse || k == stQuote) {
				v = string(vb)
			}
		} else {
			// Another rule's copy of the text when there is one.
			v = cached
			if !isCached {
				v = d.VisibleLine(ln)
			}
			if countWords {
				words = stWordsUpTo(v, 26)
			}
			comparable = compare && !stNormLenAtLeast(v, 2*longest+1)
		}
		titleLike := words >= 3 && words <= 25 && !stEndsSentence(v)
		if candidate && comparable {
			// "Headline | Site" in the body matches a bare headline too.
			mine := stTitleVariants(v, nil)
			first, firstMsg := -1, ""
			for _, t := range declared {
				if stMatchesTitle(mine, t) {
					first, firstMsg = declaredAt, "the title declared here"
				}
			}
			for _, h := range shown {
				for _, t := range h.norms {
					if first < 0 && stMatchesTitle(mine, t) {
						first, _, _ = d.Line(h.ln)
						firstMsg = "the headline shown here"
					}
				}
			}
			if first >= 0 {
				msg := "the title \"" + stClip(v, 80) + "\" is repeated as a body paragraph"
				s, e, _ := d.Line(ln)
				var fix *Fix
				if !bytes.Contains(d.LineText(ln), []byte("<")) || stWholeElement(d.LineText(ln)) {
					fix = &Fix{Safety: Unsafe, Description: "delete the repeated title", Edits: []article.Edit{d.DeleteLines(ln, ln)}}
				}
				rel := []Related{{Offset: first, Message: firstMsg}}
				ctx.Report(s, e, msg, fix, rel...)
				continue
			}
		}
		if k == stHeading || titleLike && (seen <= 3 || d.Format == article.Text && seen == 1) && !strings.Contains(strings.TrimRight(v, ".… "), ".") {
			h := headline{ln, stTitleVariants(v, nil)}
			for _, t := range h.norms {
				longest = max(longest, len(t))
			}
			shown = append(shown, h)
		}
	}
}

// stNormLenAtLeast reports whether stNorm(v) is at least n bytes long,
// counting only the ASCII letters and digits of v (each of which stNorm
// keeps as one byte), so that it need not be built.
func stNormLenAtLeast[T string | []byte](v T, n int) bool {
	c := 0
	for i := 0; i < len(v) && c < n; i++ {
		if x := v[i] | 0x20; x >= 'a' && x <= 'z' || v[i] >= '0' && v[i] <= '9' {
			c++
		}
	}
	return c >= n
}

// stWholeElement reports whether a line is one complete element such as
// "<p>Title</p>", which can go as a whole line.
func stWholeElement(b []byte) bool {
	b = bytes.TrimSpace(b)
	return len(b) > 0 && b[0] == '<' && b[len(b)-1] == '>'
}

// stClip shortens s to about n characters for a message.
func stClip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return strings.TrimSpace(s[:cut]) + "…"
}

// stTitleBlockStart reports whether line ln is a paragraph of its own or
// the first line of a block of hard-broken lines (headline, date, byline).
func stTitleBlockStart(d *article.Doc, ln int) bool {
	if stStandalone(d, ln) {
		return true
	}
	if stBlankOrEdge(d, ln-1) {
		// The first line of a block.
	} else if stKind(d, ln-1) == stMarkup {
		// A line right under an image stands by itself too.
		return stBlankOrEdge(d, ln+1)
	} else {
		return false
	}
	raw := d.LineText(ln)
	return bytes.HasSuffix(raw, []byte("  ")) || bytes.HasSuffix(raw, []byte("\\")) || bytes.HasSuffix(bytes.ToLower(bytes.TrimSpace(raw)), []byte("<br>"))
}

// stMatchesTitle reports whether a line's variants include title t. The
// whole line must match, or a part of it that holds most of the line (so
// that "Headline | Site" matches, but a short title inside a long
// sentence does not).
func stMatchesTitle(mine []string, t string) bool {
	if len(mine) == 0 {
		return false
	}
	for i, m := range mine {
		if m == t && (i == 0 || 2*len(m) >= len(mine[0])) {
			return true
		}
	}
	return false
}
