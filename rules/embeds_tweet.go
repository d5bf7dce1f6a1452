package rules

import (
	"bytes"
	"fmt"
	"html"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// Flattened tweets: the text of an embedded tweet followed by its
// signature line, "— Name (@handle) Month D, YYYY", once the blockquote
// markup is gone.

// embSigRe() matches a tweet (or Bluesky post) signature at the end of a
// raw line: a dash in any spelling, the display name, "(@handle)" and the
// date, the date possibly still a Markdown or HTML link to the status.
var embSigRe = lazyRegexp(`(?i)` + embDash + `[ \t\x{a0}]*([^()\n]{0,80}?)[ \t\x{a0}]*\(@([A-Za-z0-9_]{1,15}(?:\.[A-Za-z0-9-]+)*)\)[ \t\x{a0}]*(?:&nbsp;)?(?:<a\s[^>]*>|\[)?((?:` + embMonth + `[ \t\x{a0}]\d{1,2},?|\d{1,2}[ \t\x{a0}]` + embMonth + `,?)[ \t\x{a0}]\d{4}(?:,? at \d{1,2}:\d{2}\s*[AP]\.?M\.?)?)(?:</a>|\]\([^)\s]*(?:\s+"[^"]*")?\))?[ \t]*(?:</p>|<br\s*/?>)?[ \t]*$`)

// embFindSig returns the submatch indexes of the tweet signature in b, or
// nil. A hyphen inside a word ("Chick-fil-A") is not the signature dash,
// so the search moves past it.
func embFindSig(b []byte) []int {
	off := 0
	for off < len(b) {
		m := embSigRe().FindSubmatchIndex(b[off:])
		if m == nil {
			return nil
		}
		if b[off+m[0]] == '-' && off+m[0] > 0 && embWordByte(b[off+m[0]-1]) {
			off += m[0] + 1
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += off
			}
		}
		// "… — H — Name (@handle)": the last spaced dash before the
		// handle starts the signature; earlier ones belong to the text.
		if m[3] > m[2] {
			name := b[m[2]:m[3]]
			for _, dash := range []string{" — ", " – ", " &mdash; ", " &#x2014; ", " &#8212; "} {
				if k := strings.LastIndex(string(name), dash); k >= 0 {
					m[0] = m[2] + k + 1
					m[2] = m[2] + k + len(dash)
					name = b[m[2]:m[3]]
				}
			}
		}
		return m
	}
	return nil
}

func embWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// embStatusRe() finds a status id in a tweet or X link.
var embStatusRe = lazyRegexp(`(?i)(?:twitter|x)\.com/(?:#!/)?([A-Za-z0-9_]{1,15})/status(?:es)?/(\d{5,25})`)

// embTweetLinkEndRe() matches a line whose text ends with a tweet's own
// links: its photo (pic.twitter.com) or a shortened t.co link.
var embTweetLinkEndRe = lazyRegexp(`(?i)(?:\bpic\.twitter\.com/\w{6,16}|\bt\.co/\w{6,16})(?:\]\([^)\s]*\))?(?:</a>)?[ \t]*(?:</p>|<br\s*/?>)?[ \t]*$`)

// embTweet is one flattened tweet: its text (possibly glued onto the end of
// a paragraph, from textStart on) and its signature line.
type embTweet struct {
	first, last int // 0-based lines the residue occupies
	textStart   int // offset where the tweet text starts (-1: none)
	textEnd     int // offset where the tweet text ends
	sig         []int
	hasSig      bool
}

// embFindTweets finds the flattened tweets of a document.
func embFindTweets(d *article.Doc, hits []int) []embTweet {
	var out []embTweet
	done := -1
	covered := map[int]bool{}
	for _, h := range hits {
		if h < d.Body() {
			continue
		}
		ln := d.LineOf(h)
		if ln <= done {
			continue
		}
		done = ln
		if covered[ln] {
			continue
		}
		s, e, _ := d.Line(ln)
		line := d.Src[s:e]
		if m := embFindSig(line); m != nil {
			if t, ok := embTweetAt(d, ln, m); ok {
				// Lines of the tweet's text reported on their own (they end
				// with a link) belong to this tweet.
				for len(out) > 0 && out[len(out)-1].first >= t.first {
					out = out[:len(out)-1]
				}
				out = append(out, t)
				for k := t.first; k <= t.last; k++ {
					covered[k] = true
				}
				continue
			}
		}
		if embTweetLinkEndRe().Match(line) && !embInCode(d, s) && !embInBlockquote(d, s) && !embInBlockquote(d, e) {
			// A tweet's text without its signature, unless the signature
			// follows (then the signature line reports both).
			if nx := embNextNonBlank(d, ln, 1); nx >= 0 {
				ns, ne, _ := d.Line(nx)
				if embFindSig(d.Src[ns:ne]) != nil {
					continue
				}
			}
			ts := s + embLeadMarkup(line)
			te := s + embTrailMarkup(line)
			if embWordCount(embStripURLs(embVisibleText(d.Src[ts:te]))) < 3 {
				continue
			}
			out = append(out, embTweet{first: ln, last: ln, textStart: ts, textEnd: te})
			covered[ln] = true
		}
	}
	return out
}

// embTweetAt builds the tweet whose signature matched m on line ln.
func embTweetAt(d *article.Doc, ln int, m []int) (embTweet, bool) {
	s, e, _ := d.Line(ln)
	line := d.Src[s:e]
	if embInCode(d, s+m[0]) || embInBlockquote(d, s+m[0]) {
		return embTweet{}, false
	}
	// A Markdown list of "- Name (@handle) date" items is a list the
	// author wrote, not a signature.
	if d.Format == article.Markdown && line[m[0]] == '-' && len(bytes.TrimLeft(line[:m[0]], " ")) == 0 {
		if p := embPrevNonBlank(d, ln, 0); p >= 0 && bytes.HasPrefix(bytes.TrimLeft(d.LineText(p), " "), []byte("- ")) {
			return embTweet{}, false
		}
		if nx := embNextNonBlank(d, ln, 0); nx >= 0 && bytes.HasPrefix(bytes.TrimLeft(d.LineText(nx), " "), []byte("- ")) {
			return embTweet{}, false
		}
	}
	t := embTweet{first: ln, last: ln, textStart: -1, sig: m, hasSig: true}
	lead := embLeadMarkup(line)
	if m[0] > lead {
		// Text and signature on one line.
		t.textStart, t.textEnd = s+lead, s+m[0]
		return t, true
	}
	p := embPrevNonBlank(d, ln, 1)
	if p < 0 || embInBlockquote(d, embLineStart(d, p)) {
		return t, true
	}
	ps, pe, _ := d.Line(p)
	prev := d.Src[ps:pe]
	if embFindSig(prev) != nil || embIsHeading(prev) || embInCode(d, ps) {
		return t, true
	}
	v := embVisibleText(prev)
	if v == "" || embRuneLen(v) > 1200 {
		return t, true
	}
	t.first = p
	t.textStart, t.textEnd = ps+embLeadMarkup(prev), ps+embTrailMarkup(prev)
	// A tweet with line breaks: take the lines of the same paragraph above
	// while the whole stays tweet-sized.
	// A line of nothing but the tweet's links: its words are on the line
	// above.
	if embWordCount(embStripURLs(v)) == 0 {
		if q := embPrevNonBlank(d, p, 1); q >= 0 {
			qs, qe, _ := d.Line(q)
			qv := d.VisibleLine(q)
			if qv != "" && embRuneLen(qv) <= 1200 && !embIsHeading(d.Src[qs:qe]) && !embInCode(d, qs) && !embInBlockquote(d, qs) && embFindSig(d.Src[qs:qe]) == nil {
				t.first = q
				t.textStart = qs + embLeadMarkup(d.Src[qs:qe])
				return t, true
			}
		}
	}
	// Only in Markdown, where a paragraph's lines belong together; in text
	// files every line is a paragraph of its own.
	size := embRuneLen(embStripURLs(v))
	if d.Format != article.Markdown || embSplitGlued(string(d.Src[t.textStart:t.textEnd])) > 0 {
		return t, true
	}
	for q := p - 1; q >= d.FirstBodyLine() && !d.IsBlankLine(q); q-- {
		qv := d.VisibleLine(q)
		qs, _, _ := d.Line(q)
		size += embRuneLen(embStripURLs(qv))
		if size > 280 || embIsHeading(d.LineText(q)) || embInCode(d, qs) || embInBlockquote(d, qs) || embFindSig(d.LineText(q)) != nil {
			break
		}
		t.first = q
		t.textStart = qs + embLeadMarkup(d.LineText(q))
	}
	return t, true
}

// embLineStart is the offset of a line's first byte.
func embLineStart(d *article.Doc, ln int) int {
	s, _, _ := d.Line(ln)
	return s
}

func embIsHeading(b []byte) bool {
	t := strings.TrimLeft(string(b), " ")
	return strings.HasPrefix(t, "#") || hasPrefixFold([]byte(t), "<h")
}

// embLeadMarkup returns the length of wrapper markup at the start of a
// line ("<p>", "<br>", spaces) that is not part of the quoted text.
func embLeadMarkup(line []byte) int {
	i := 0
	for i < len(line) {
		switch {
		case line[i] == ' ' || line[i] == '\t':
			i++
		case hasPrefixFold(line[i:], "<p>"):
			i += 3
		case hasPrefixFold(line[i:], "<br>"):
			i += 4
		case hasPrefixFold(line[i:], "<br/>"):
			i += 5
		case hasPrefixFold(line[i:], "<br />"):
			i += 6
		default:
			return i
		}
	}
	return i
}

// embTrailMarkup returns the end of a line's text before closing wrapper
// markup and trailing spaces.
func embTrailMarkup(line []byte) int {
	e := len(line)
	for e > 0 {
		switch {
		case line[e-1] == ' ' || line[e-1] == '\t':
			e--
		case e >= 4 && strings.EqualFold(string(line[e-4:e]), "</p>"):
			e -= 4
		case e >= 4 && strings.EqualFold(string(line[e-4:e]), "<br>"):
			e -= 4
		default:
			return e
		}
	}
	return e
}

// embPrevNonBlank returns the previous non-blank body line at most gap
// blank lines above ln, or -1.
func embPrevNonBlank(d *article.Doc, ln, gap int) int {
	for p, blanks := ln-1, 0; p >= d.FirstBodyLine(); p-- {
		if !d.IsBlankLine(p) {
			return p
		}
		blanks++
		if blanks > gap {
			break
		}
	}
	return -1
}

// embNextNonBlank returns the next non-blank line at most gap blank lines
// below ln, or -1.
func embNextNonBlank(d *article.Doc, ln, gap int) int {
	for p, blanks := ln+1, 0; p < d.LineCount(); p++ {
		if !d.IsBlankLine(p) {
			return p
		}
		blanks++
		if blanks > gap {
			break
		}
	}
	return -1
}

// embInBlockquote reports whether off is inside a quotation already: a
// Markdown blockquote line or an HTML <blockquote> element (an embed block
// is reported by its own rule).
func embInBlockquote(d *article.Doc, off int) bool {
	ln := d.LineOf(off)
	s, _, _ := d.Line(ln)
	t := bytes.TrimLeft(d.Src[s:minInt(off+1, len(d.Src))], " \t")
	if len(t) > 0 && t[0] == '>' {
		return true
	}
	_, ok := embBlockquoteAt(d, off)
	return ok
}

// embBQ is an HTML <blockquote> element; embed tells whether its class
// names a platform embed.
type embBQ struct {
	start, end int
	embed      bool
}

// embBQKey keys the document's blockquotes in its memo: the embeds rules
// ask about them many times per document.
type embBQKey struct{}

func embBlockquotes(d *article.Doc) []embBQ {
	return d.Memo(embBQKey{}, func() any { return findBlockquotes(d) }).([]embBQ)
}

func findBlockquotes(d *article.Doc) []embBQ {
	var out []embBQ
	var stack []int // indexes into out of open elements
	src := d.Src
	for i := d.Body(); i < len(src); {
		k := bytes.IndexByte(src[i:], '<')
		if k < 0 {
			break
		}
		p := i + k
		i = p + 1
		switch {
		case hasPrefixFold(src[p:], "<blockquote"):
			out = append(out, embBQ{start: p, end: minInt(len(src), p+8192), embed: embEmbedClassRe().Match(src[p:minInt(len(src), p+400)])})
			stack = append(stack, len(out)-1)
		case hasPrefixFold(src[p:], "</blockquote") && len(stack) > 0:
			out[stack[len(stack)-1]].end = p
			stack = stack[:len(stack)-1]
		}
	}
	return out
}

// embBlockquoteAt returns the innermost HTML blockquote open at off.
func embBlockquoteAt(d *article.Doc, off int) (embBQ, bool) {
	var best embBQ
	found := false
	for _, b := range embBlockquotes(d) {
		if b.start >= off {
			break
		}
		if off < b.end {
			best, found = b, true
		}
	}
	return best, found
}

// embSplitGlued returns where a tweet's text starts inside a line that may
// begin with an ordinary paragraph: at a sentence that opens with a
// quotation mark (tweets quoting someone are glued on this way), else the
// whole text when it is tweet-sized, else the longest run of final
// sentences that is.
func embSplitGlued(text string) int {
	const maxTweet = 280
	size := func(s string) int { return utf8.RuneCountInString(embStripURLs(s)) }
	var bounds []int
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		j := i
		for j < len(text) {
			c, k := utf8.DecodeRuneInString(text[j:])
			if c == '”' || c == '’' || c == '"' || c == ')' || c == '.' {
				j += k
				continue
			}
			break
		}
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		if k < len(text) {
			bounds = append(bounds, k)
		}
	}
	if c, _ := utf8.DecodeRuneInString(text); c == '“' || c == '"' || c == '‘' || c == '«' {
		bounds = append([]int{0}, bounds...)
	}
	for _, b := range bounds {
		c, _ := utf8.DecodeRuneInString(text[b:])
		if (c == '“' || c == '"' || c == '‘' || c == '«') && size(text[b:]) <= maxTweet {
			return b
		}
	}
	if size(text) <= maxTweet {
		return 0
	}
	for _, b := range bounds {
		c, _ := utf8.DecodeRuneInString(text[b:])
		if c >= 'a' && c <= 'z' {
			continue
		}
		if size(text[b:]) <= maxTweet {
			return b
		}
	}
	return 0
}

var embHTMLTagRe = lazyRegexp(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>`)

var embURLRe = lazyRegexp(`(?i)\bhttps?://\S+|\bpic\.twitter\.com/\w+`)

func embStripURLs(s string) string { return embURLRe().ReplaceAllString(s, "") }

// embTweetFix rebuilds a flattened tweet as a blockquote (or a Hugo tweet
// shortcode), keeping any paragraph the text was glued onto.
func embTweetFix(d *article.Doc, t embTweet) *Fix {
	var prefix, text string
	if t.textStart >= 0 {
		raw := string(d.Src[t.textStart:t.textEnd])
		cut := 0
		if t.textStart == embLineStart(d, t.first)+embLeadMarkup(d.LineText(t.first)) {
			cut = embSplitGlued(raw)
		}
		prefix = strings.TrimRight(raw[:cut], " \t")
		text = strings.TrimSpace(raw[cut:])
		if embHTMLTagRe().MatchString(text) {
			// Markup of the page the tweet was cut from: keep what shows.
			text = embSpacePunctRe().ReplaceAllString(embVisibleText([]byte(text)), "$1$2")
		}
		// Lines of a multi-line tweet stay lines of the quotation.
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\n", "\n> ")
		if prefix != "" {
			ls := embLineStart(d, t.first)
			prefix = string(d.Src[ls:t.textStart]) + prefix
		}
	}
	attribution, user, id := "", "", ""
	if t.hasSig {
		s, e, _ := d.Line(t.last)
		line := d.Src[s:e]
		m := t.sig
		name := embTrimSpace(html.UnescapeString(string(line[m[2]:m[3]])))
		user = string(line[m[4]:m[5]])
		date := string(line[m[6]:m[7]])
		if sm := embStatusRe().FindSubmatch(line[m[0]:]); sm != nil {
			id = string(sm[2])
			attribution = fmt.Sprintf("— %s (@%s) [%s](https://twitter.com/%s/status/%s)", name, user, date, sm[1], id)
		} else {
			attribution = fmt.Sprintf("— %s (@%s) %s", name, user, date)
		}
		attribution = strings.Replace(attribution, "—  (", "— (", 1)
	}
	var block string
	if id != "" && !strings.Contains(user, ".") && d.Format == article.Markdown && embHugoSite(d) {
		block = fmt.Sprintf(`{{< tweet user="%s" id="%s" >}}`, user, id)
	} else {
		var lines []string
		if text != "" {
			lines = append(lines, text)
		}
		block = embBlockquote(lines, attribution)
	}
	desc := "rebuild the tweet as a blockquote with its attribution"
	if strings.HasPrefix(block, "{{<") {
		desc = "replace the flattened tweet with a Hugo tweet shortcode"
	}
	return &Fix{Safety: Unsafe, Description: desc, Edits: []article.Edit{embLinesReplace(d, t.first, t.last, prefix, block)}}
}

func checkFlattenedTweets(ctx *Context) {
	d := ctx.Doc
	for _, t := range embFindTweets(d, ctx.Hits()) {
		s, _, _ := d.Line(t.first)
		_, e, _ := d.Line(t.last)
		msg := "flattened tweet: the tweet's text and its links are left as a plain line"
		if t.hasSig {
			sl := embLineStart(d, t.last)
			msg = fmt.Sprintf("flattened tweet by @%s: the quoted words and the signature line are embed residue", d.Src[sl+t.sig[4]:sl+t.sig[5]])
		}
		var fix *Fix
		if d.Format != article.HTML {
			// In an HTML page a Markdown quotation would be wrong; report only.
			fix = embTweetFix(d, t)
		}
		ctx.Report(s, e, msg, fix)
	}
}

// embPicRe() matches a tweet photo token, bare or as a link's text.
var embPicRe = lazyRegexp(`(?i)\[(?:https?://)?pic\.twitter\.com/\w{6,16}\]\([^)\s]*\)|<a\s[^>]*>\s*(?:https?://)?pic\.twitter\.com/\w{6,16}\s*</a>|(?:https?://)?\bpic\.twitter\.com/\w{6,16}`)

func checkTweetPhotoLinks(ctx *Context) {
	d := ctx.Doc
	// The photo may sit in a tweet whose signature line this rule's own
	// triggers did not hit: find the tweets from all their markers.
	tweets := embFindTweets(d, embFindLits(d, "(@", "t.co/", "pic.twitter.com"))
	inTweet := func(ln int) bool {
		for _, t := range tweets {
			if ln >= t.first && ln <= t.last {
				return true
			}
		}
		return false
	}
	done := -1
	for _, h := range ctx.Hits() {
		if h < d.Body() {
			continue
		}
		ln := d.LineOf(h)
		if ln <= done {
			continue
		}
		done = ln
		if inTweet(ln) {
			continue
		}
		s, e, _ := d.Line(ln)
		line := d.Src[s:e]
		for _, m := range embPicRe().FindAllIndex(line, -1) {
			ms, me := s+m[0], s+m[1]
			if embInCode(d, ms) || embInRawEmbed(d, ms) {
				continue
			}
			// An HTML attribute value is markup, not a visible token.
			if m[0] > 0 && (line[m[0]-1] == '"' || line[m[0]-1] == '\'' || line[m[0]-1] == '=' || line[m[0]-1] == '/') {
				continue
			}
			tok := d.Src[ms:me]
			msg := fmt.Sprintf("tweet photo link %s left where the photo was", embVisibleText(tok))
			rest := string(line[:m[0]]) + string(line[m[1]:])
			if v := strings.Trim(embVisibleText([]byte(rest)), " >"); v == "" {
				ctx.Report(s, e, msg, &Fix{Safety: Safe, Description: "delete the line", Edits: []article.Edit{d.DeleteLines(ln, ln)}})
				break
			}
			ss := ms
			for ss > s && (d.Src[ss-1] == ' ' || d.Src[ss-1] == '\t') {
				ss--
			}
			ctx.Report(ms, me, msg, ctx.Replace(ss, me, "", "remove the photo link"))
		}
	}
}

// embInRawEmbed reports whether off lies inside a platform embed block
// (<blockquote class="twitter-tweet">…), which its own rule reports whole.
func embInRawEmbed(d *article.Doc, off int) bool {
	for _, b := range embBlockquotes(d) {
		if b.start >= off {
			break
		}
		if off < b.end && b.embed {
			return true
		}
	}
	return false
}

// embFindLits returns the sorted body offsets of the given literals
// (ASCII case-insensitive).
func embFindLits(d *article.Doc, lits ...string) []int {
	var out []int
	for _, l := range lits {
		for _, v := range []string{strings.ToLower(l), strings.ToUpper(l)} {
			for i := d.Body(); i < len(d.Src); {
				k := bytes.Index(d.Src[i:], []byte(v))
				if k < 0 {
					break
				}
				out = append(out, i+k)
				i += k + len(v)
			}
			if strings.ToLower(l) == strings.ToUpper(l) {
				break
			}
		}
	}
	sort.Ints(out)
	return out
}
