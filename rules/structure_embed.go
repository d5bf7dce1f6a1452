package rules

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// Embeds and captions flattened into the running text.

var stMonths = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?`

// stTweetSigRe() is the attribution line of a flattened tweet:
// "— Name (@handle) Month D, YYYY".
var stTweetSigRe = lazyRegexp(`^[—–-]{1,2}\s?[^\n]{0,80}\(@\w{1,15}\)\s*` + stMonths + `\s+\d{1,2},\s+\d{4}`)

// stTweetSigInlineRe() finds the same attribution inside a line.
var stTweetSigInlineRe = lazyRegexp(`\(@\w{1,15}\)\s*` + stMonths + `\s+\d{1,2},\s+\d{4}`)

// stTweetLinkRe() is the link a tweet's text ends with.
var stTweetLinkRe = lazyRegexp(`(?:https?://)?(?:t\.co/\w{6,12}|pic\.twitter\.com/\w{6,12})`)

// stInstaRe() is the chrome of a flattened Instagram embed.
var stInstaRe = lazyRegexp(`(?i)View this post on Instagram|A post shared by\b|Watch on YouTube|View on (?:Threads|Facebook|TikTok)|Posted by [^.!?\n]{1,60} on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)

// stOpenQuote reports whether r opens a quotation.
func stOpenQuote(r rune) bool {
	return r == '“' || r == '"' || r == '‘' || r == '«' || r == '\''
}

// stGluePoint finds where quoted embed text starts after at least one
// complete sentence of ordinary prose in line (before limit): the first
// sentence end followed by an opening quote. It returns -1 if the line
// does not begin with prose of its own.
func stGluePoint(line []byte, limit int) int {
	for i := 1; i+2 < limit; i++ {
		c := line[i-1]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if line[i] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRune(line[i+1:])
		if !stOpenQuote(r) {
			continue
		}
		if stWords(string(line[:i])) >= 8 {
			return i + 1
		}
		return -1
	}
	return -1
}

func checkGluedEmbeds(ctx *Context) {
	d := ctx.Doc
	for _, ln := range ctx.HitLines() {
		s, e, _ := d.Line(ln)
		k := stKind(d, ln)
		if k != stProse && k != stQuote {
			continue
		}
		line := d.Src[s:e]
		// The embed is followed by more prose on the same line: it sits in
		// the middle of the paragraph.
		if m := stTweetSigInlineRe().FindIndex(line); m != nil {
			after := string(line[m[1]:])
			if stWords(after) >= 6 && stEndsSentence(after) {
				start := s
				if g := stGluePoint(line, m[0]); g > 0 {
					start = s + g
				}
				ctx.Report(start, e, "a tweet is glued into the middle of this paragraph; the text after it continues the article", nil)
				continue
			}
		}
		if m := stInstaRe().FindIndex(line); m != nil && m[0] > 0 {
			before := strings.TrimSpace(string(line[:m[0]]))
			if stWords(before) >= 8 && stEndsSentence(before) && !stInstaRe().MatchString(before) {
				ctx.Report(s+m[0], e, "the chrome of an embedded post (\""+stClip(string(line[m[0]:m[1]]), 40)+"\") is glued onto the end of an ordinary paragraph", nil)
				continue
			}
		}
		links := stTweetLinkRe().FindAllIndex(line, -1)
		if links == nil {
			continue
		}
		last := links[len(links)-1]
		if stWords(string(line[last[1]:])) > 3 && !stTweetSigInlineRe().Match(line[last[1]:]) {
			continue
		}
		if !stTweetSigInlineRe().Match(line[last[1]:]) && !stNextIsTweetSig(d, ln) {
			continue
		}
		g := stGluePoint(line, links[0][0])
		if g < 0 {
			g = stTweetStart(line, links[0][0])
		}
		if g < 0 {
			continue
		}
		ctx.Report(s+g, e, "a tweet is glued onto the end of an ordinary paragraph: \""+stClip(string(line[g:]), 50)+"\"", nil)
	}
}

// stNextIsTweetSig reports whether the next non-blank line is a tweet's
// attribution line.
func stNextIsTweetSig(d *article.Doc, ln int) bool {
	for k := ln + 1; k < d.LineCount() && k <= ln+2; k++ {
		if d.IsBlankLine(k) {
			continue
		}
		return stTweetSigRe().MatchString(d.VisibleLine(k))
	}
	return false
}

var stGlueTriggers = []string{"t.co/", "pic.twitter.com/", "view this post on instagram", "a post shared by", "(@", "watch on youtube", "view on threads", "view on facebook", "view on tiktok", "posted by "}

// stCaptionRe() finds the picture references that only captions carry.
var stCaptionRe = lazyRegexp(`(?i)\((?:pictured|picture|photo|photographed|left|right|centre|center|above|below|top|bottom|inset|far left|far right|second (?:left|right|from (?:left|right))|left to right|l-r|l to r|from left|front|back row|main(?: picture| image)?|file (?:image|photo|picture|pic)|stock (?:image|photo|picture)|archive (?:image|photo|picture))\b[^()]{0,50}\)|\bPictured(?: above| below| left| right)?:|\.Credit\.\.\.`)

var stCaptionTriggers = []string{"(pictured", "(picture", "(photo", "(left", "(right", "(centre", "(center", "(above", "(below", "(top", "(bottom", "(inset", "(far ", "(second ", "(l-r", "(l to r", "(from left", "(front", "(back row", "(main", "(file ", "(stock ", "(archive ", "pictured", "credit..."}

func checkFlattenedCaptions(ctx *Context) {
	d := ctx.Doc
	for _, ln := range ctx.HitLines() {
		s, e, _ := d.Line(ln)
		if stKind(d, ln) != stProse || !stStandalone(d, ln) {
			continue
		}
		v := d.VisibleLine(ln)
		if stWords(v) < 5 || !stCaptionRe().MatchString(v) {
			continue
		}
		credit := strings.Contains(v, ".Credit...")
		if !credit && stEndsSentence(v) && !strings.HasSuffix(strings.TrimSpace(v), ")") {
			// A caption has no closing full stop; prose that mentions a
			// picture does.
			continue
		}
		if !credit && stEndsSentenceBeforeParen(v) {
			continue
		}
		if stEarlierCopy(d, ln) {
			// structure/duplicate-paragraph reports the second copy.
			continue
		}
		ctx.Report(s, e, "an image caption is flattened into the text as a paragraph: \""+stClip(v, 60)+"\"", nil)
	}
}

// stEndsSentenceBeforeParen reports prose like "… the crowd. (Photo: AP)"
// whose sentence is finished before a trailing credit.
func stEndsSentenceBeforeParen(v string) bool {
	v = strings.TrimSpace(v)
	if !strings.HasSuffix(v, ")") {
		return false
	}
	i := strings.LastIndexByte(v, '(')
	if i <= 0 {
		return false
	}
	return stEndsSentence(v[:i]) && !strings.HasSuffix(strings.TrimSpace(v[:i]), ")")
}

// stEarlierCopy reports whether the same line occurs earlier in the body.
func stEarlierCopy(d *article.Doc, ln int) bool {
	t := bytes.TrimSpace(d.LineText(ln))
	for k := d.FirstBodyLine(); k < ln; k++ {
		if bytes.Equal(bytes.TrimSpace(d.LineText(k)), t) {
			return true
		}
	}
	return false
}

// stTweetMax is the most text a tweet can hold (in characters, links
// aside); a line holding more before the tweet's link holds more than the
// tweet.
const stTweetMax = 280

// stTweetStart finds where an unquoted tweet starts in a line whose text
// before the tweet's link is longer than any tweet: the first sentence
// start from which the rest fits in a tweet. It returns -1 for lines that
// could be a tweet alone.
func stTweetStart(line []byte, link int) int {
	if utf8.RuneCount(line[:link]) <= stTweetMax+20 {
		return -1
	}
	for i := 1; i+1 < link; i++ {
		c := line[i-1]
		if (c == '.' || c == '!' || c == '?') && line[i] == ' ' && utf8.RuneCount(line[i+1:link]) <= stTweetMax {
			if stWords(string(line[:i])) >= 8 {
				return i + 1
			}
			return -1
		}
	}
	return -1
}
