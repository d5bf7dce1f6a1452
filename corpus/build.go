package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// block is one paragraph-level piece of an article. Lines inside a block
// are separated by '\n' (a tweet and its attribution, a share bar).
type block struct {
	text    string
	para    bool // a prose paragraph (not a heading or residue line)
	clean   bool // nothing was injected into it: safe to duplicate
	heading bool
}

type builder struct {
	g      *Generator
	r      *rand.Rand
	f      format
	cast   []famous
	locals []string
	said   map[string]bool // people already named in full
	dotted bool            // "U.S." rather than "US" in this file
	seen   map[string]bool // paragraphs so far: no accidental duplicates
	pool   []string        // this article's sentence templates
	counts Counts
}

func (g *Generator) build(r *rand.Rand, i int, f format) Article {
	b := &builder{g: g, r: r, f: f, said: map[string]bool{}, seen: map[string]bool{}}
	for _, k := range r.Perm(len(famousPeople))[:4] {
		b.cast = append(b.cast, famousPeople[k])
	}
	for _, k := range r.Perm(len(localPeople))[:3] {
		b.locals = append(b.locals, localPeople[k])
	}
	for _, k := range r.Perm(len(sentences))[:30] {
		b.pool = append(b.pool, sentences[k])
	}
	b.dotted = r.IntN(2) == 0
	title := joinTitle(b.fill(pick(r, titles), "", true))
	year, month, day := 2015+r.IntN(10), 1+r.IntN(12), 1+r.IntN(28)

	// Decide the whole-file artifacts first, so that their size can be
	// reserved and the article stays inside its size bounds.
	var head, tail []block
	if b.chance("ad_tokens_file") {
		pair := pick(r, adTokenPairs)
		head = append(head, block{text: pair[0]})
		tail = append(tail, block{text: pair[1]})
		b.counts[AdToken] += 2
	}
	var ending []block
	truncated := b.chance("truncated_file")
	if b.chance("share_bar_file") {
		ending = append(ending, block{text: pick(r, shareBars)})
		b.counts[ShareBar]++
	}
	if b.chance("appeared_first_file") {
		ending = append(ending, block{text: "The post " + title + " appeared first on " + pick(r, feedSites) + "."})
		b.counts[AppearedFirst]++
	}
	tail = append(ending, tail...)
	if b.chance("source_link_file") {
		tail = append(tail, block{text: "Source link"})
		b.counts[SourceLink]++
	}
	tweet, insta, mixed, dup := b.chance("tweet_file"), b.chance("instagram_file"), b.chance("us_mixed_file"), b.chance("duplicate_file")

	reserve := 200 // front matter or HTML wrapper
	for _, x := range append(head, tail...) {
		reserve += len(x.text) + 2
	}
	if truncated {
		reserve += 250
	}
	if tweet {
		reserve += 170
	}
	if insta {
		reserve += 90
	}
	if mixed {
		reserve += 80
	}
	if dup {
		reserve += 400
	}
	target := sizeTarget(r) - reserve

	var body []block
	size := 0
	for size < target {
		if f == fmtMarkdown && len(body) > 3 && r.IntN(25) == 0 {
			body = append(body, block{text: "## " + pick(r, headings), heading: true})
		}
		p := b.paragraph()
		p, clean := b.inject(p)
		body = append(body, block{text: p, para: true, clean: clean})
		size += len(p) + 2
		for _, x := range b.linesAfter() {
			body = append(body, x)
			size += len(x.text) + 2
		}
	}

	if tweet {
		body = insertAt(body, 1+r.IntN(len(body)), block{text: b.tweet()})
		b.counts[Tweet]++
	}
	if insta {
		who := b.anyone()
		k := 1 + r.IntN(len(body))
		body = insertAt(body, k, block{text: "View this post on Instagram"},
			block{text: "A post shared by " + who + " (@" + handle(who) + ")"})
		b.counts[Instagram]++
	}
	if mixed {
		b.mixUS(body)
	}
	if dup {
		b.duplicate(&body)
	}
	if truncated {
		// A feed excerpt: the last paragraph cut off mid-sentence.
		p := b.paragraph()
		cut := strings.LastIndexByte(p[:len(p)*2/3], ' ')
		if cut < 20 {
			cut = strings.IndexByte(p[20:], ' ') + 20
		}
		ellipsis := " […]"
		if r.IntN(3) == 0 {
			ellipsis = " [...]"
		}
		body = append(body, block{text: p[:cut] + ellipsis})
		b.counts[TruncatedEnding]++
	}

	blocks := append(append(head, body...), tail...)
	a := Article{Ext: extOf[f], Counts: b.counts}
	a.Data = []byte(b.render(blocks, title, i, year, month, day))
	return a
}

func insertAt(s []block, k int, x ...block) []block {
	return append(s[:k], append(x, s[k:]...)...)
}

// paragraph makes a new base paragraph of 2–5 sentences, unlike any other
// of this article.
func (b *builder) paragraph() string {
	var p string
	for range 8 {
		n := 2 + b.r.IntN(4)
		parts := make([]string, n)
		for j, k := range b.r.Perm(len(b.pool))[:n] {
			parts[j] = b.fill(b.pool[k], "", false)
		}
		p = strings.Join(parts, " ")
		if !b.seen[p] {
			break
		}
	}
	b.seen[p] = true
	return p
}

// fill replaces the slots of a template. In a title, people are named by
// surname and nobody counts as introduced.
func (b *builder) fill(t, x string, title bool) string {
	var sb strings.Builder
	var lastP, lastPl string
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			sb.WriteString(t)
			break
		}
		j := strings.IndexByte(t[i:], '}') + i
		sb.WriteString(t[:i])
		var v string
		switch t[i+1 : j] {
		case "P":
			p := pick(b.r, b.cast)
			if p.last == lastP {
				for _, q := range b.cast {
					if q.last != lastP {
						p = q
						break
					}
				}
			}
			lastP = p.last
			v = p.last
			if !title && !b.said[p.last] {
				v = p.first + " " + p.last
				b.said[p.last] = true
			}
		case "L":
			full := pick(b.r, b.locals)
			v = full[strings.LastIndexByte(full, ' ')+1:]
			if !title && !b.said[full] {
				v = full
				b.said[full] = true
			}
		case "Pl":
			v = pick(b.r, places)
			if v == lastPl {
				v = places[(indexOf(places, v)+1)%len(places)]
			}
			lastPl = v
		case "O":
			v = pick(b.r, orgs)
		case "Out":
			v = pick(b.r, outlets)
		case "D":
			v = pick(b.r, weekdays)
		case "M":
			v = pick(b.r, months)
		case "N":
			v = fmt.Sprint(2 + b.r.IntN(11))
		case "K":
			v = fmt.Sprint(100 * (1 + b.r.IntN(90)))
		case "T":
			v = pick(b.r, topics)
		case "US":
			v = b.us(false)
		case "X":
			v = x
		}
		if sb.Len() == 0 {
			v = strings.ToUpper(v[:1]) + v[1:]
		}
		sb.WriteString(v)
		t = t[j+1:]
	}
	return sb.String()
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

// us is this file's spelling of the country, or the other one.
func (b *builder) us(other bool) string {
	if b.dotted != other {
		return "U.S."
	}
	return "US"
}

// anyone is a person of the article's cast, named in full.
func (b *builder) anyone() string {
	if b.r.IntN(2) == 0 {
		p := pick(b.r, b.cast)
		return p.first + " " + p.last
	}
	return pick(b.r, b.locals)
}

func handle(name string) string {
	var sb strings.Builder
	for _, c := range strings.ToLower(name) {
		if c >= 'a' && c <= 'z' {
			sb.WriteRune(c)
		}
	}
	h := sb.String()
	return h[:min(len(h), 14)]
}

// tweet is a stripped tweet embed: its text, the t.co link, and the
// attribution line that the embed script would have turned into a card.
func (b *builder) tweet() string {
	const alnum = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
	code := make([]byte, 10)
	for i := range code {
		code[i] = alnum[b.r.IntN(len(alnum))]
	}
	who := b.anyone()
	return fmt.Sprintf("%s https://t.co/%s\n%s%s (@%s) %s %d, %d", pick(b.r, tweetTexts), code,
		pick(b.r, tweetDashes), who, handle(who), pick(b.r, months), 1+b.r.IntN(28), 2015+b.r.IntN(10))
}

// linesAfter returns the residue lines that follow a paragraph, if any.
func (b *builder) linesAfter() []block {
	var out []block
	if b.chance("ad_token_para") {
		out = append(out, block{text: pick(b.r, adTokenMid)})
		b.counts[AdToken]++
	}
	if b.chance("ad_label_para") {
		out = append(out, block{text: pick(b.r, adLabels)})
		b.counts[AdLabel]++
	}
	if b.chance("read_more_para") {
		out = append(out, block{text: pick(b.r, readMorePrefixes) + joinTitle(b.fill(pick(b.r, titles), "", true))})
		b.counts[ReadMore]++
	}
	if b.chance("boilerplate_line_para") {
		out = append(out, block{text: pick(b.r, boilerplateLines)})
		b.counts[BoilerplateLine]++
	}
	// A <br> is markup in HTML, not residue; only text formats get one.
	if b.chance("br_line_para") && b.f != fmtHTML {
		out = append(out, block{text: pick(b.r, []string{"<br>", "<br />", "<br/>"})})
		b.counts[BrLine]++
	}
	return out
}

// mixUS adds the other spelling of the country to one paragraph, and this
// file's own spelling too when the text has not used it yet.
func (b *builder) mixUS(body []block) {
	has := false
	var paras []int
	for k, x := range body {
		if x.para {
			paras = append(paras, k)
			has = has || strings.Contains(x.text, b.us(false)) && (b.dotted || containsWordUS(x.text))
		}
	}
	k := paras[b.r.IntN(len(paras))]
	s := " Officials in the " + b.us(true) + " disagreed."
	if !has {
		s += " The " + b.us(false) + " embassy declined to comment."
	}
	body[k].text += s
	body[k].clean = false
	b.counts[USMixed]++
}

// containsWordUS reports whether s holds "US" as a word.
func containsWordUS(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], "US")
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(s[j-1])
		after := j+2 == len(s) || !isWordByte(s[j+2])
		if before && after {
			return true
		}
		i = j + 2
	}
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// duplicate repeats one clean paragraph, right after itself or a few
// blocks later, as scrapers that merge two page versions do.
func (b *builder) duplicate(body *[]block) {
	var cands []int
	for k, x := range *body {
		if x.para && x.clean && len(x.text) >= 120 && len(x.text) <= 400 {
			cands = append(cands, k)
		}
	}
	if len(cands) == 0 {
		return
	}
	k := pick(b.r, cands)
	at := min(k+1+b.r.IntN(3), len(*body))
	*body = insertAt(*body, at, (*body)[k])
	b.counts[DuplicateParagraph]++
}

// render writes the blocks in the article's format.
func (b *builder) render(blocks []block, title string, i, year, month, day int) string {
	var sb strings.Builder
	switch b.f {
	case fmtMarkdown:
		fmt.Fprintf(&sb, "---\ntitle: %q\ndate: %d-%02d-%02d\nauthor: %q\nsource: https://news.example.com/%d/%02d/story-%06d\ntags: [world, politics]\n---\n\n",
			title, year, month, day, pick(b.r, localPeople), year, month, i)
		for k, x := range blocks {
			if k > 0 {
				sb.WriteString("\n\n")
			}
			sb.WriteString(x.text)
		}
		sb.WriteByte('\n')
	case fmtText:
		sb.WriteString(title + "\n\n")
		for _, x := range blocks {
			sb.WriteString(x.text)
			sb.WriteByte('\n')
		}
	case fmtBig:
		sb.WriteString(title + "\n\n")
		for _, x := range blocks {
			sb.WriteString(x.text)
			sb.WriteString("\n\n")
		}
	case fmtHTML:
		fmt.Fprintf(&sb, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n<article>\n<h1>%s</h1>\n", title, title)
		for _, x := range blocks {
			for line := range strings.SplitSeq(x.text, "\n") {
				if x.heading {
					sb.WriteString("<h2>" + strings.TrimPrefix(line, "## ") + "</h2>\n")
				} else {
					sb.WriteString("<p>" + line + "</p>\n")
				}
			}
		}
		sb.WriteString("</article>\n</body></html>\n")
	}
	return sb.String()
}
