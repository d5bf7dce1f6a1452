package rules

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
)

// Verbless fragments: a short "sentence" with no verb that follows a
// complete sentence on the same line, the residue of a clause that a
// translation engine or spinner cut loose ("Close cooperation with
// interests."). Headings, captions, list items and one-line labels are
// never candidates because a candidate must follow a full sentence.

// verbLexicon holds every inflected form of the verbs in
// translation-verbs.txt (base forms; -s, -ed and -ing forms are derived;
// irregular pasts are listed). bases holds base and -s forms, which are
// often nouns too ("interests", "close") and need a closer look.
type verbLexicon struct {
	sure  map[string]bool
	bases map[string]bool
	// plain holds the base forms alone.
	plain map[string]bool
}

var verbs = sync.OnceValue(func() *verbLexicon {
	lx := &verbLexicon{sure: map[string]bool{}, bases: map[string]bool{}, plain: map[string]bool{}}
	for _, w := range strings.Fields("am is are was were be been being has have had having do does did will would shall should can could may might must ought cannot won't can't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't wouldn't shouldn't couldn't mustn't it's he's she's that's there's what's who's let's i'm you're we're they're i've you've we've they've i'll you'll he'll she'll we'll they'll i'd you'd he'd she'd we'd they'd") {
		lx.sure[w] = true
	}
	for _, l := range loadList("translation-verbs.txt") {
		f := strings.Fields(l)
		base := f[0]
		lx.bases[base] = true
		lx.plain[base] = true
		lx.bases[verbS(base)] = true
		if len(f) == 1 {
			lx.sure[verbEd(base)] = true
		}
		for _, form := range f[1:] {
			for _, v := range strings.Split(form, "/") {
				lx.sure[v] = true
			}
		}
	}
	return lx
})

func verbS(b string) string {
	switch {
	case strings.HasSuffix(b, "y") && len(b) > 2 && !strings.ContainsRune("aeiou", rune(b[len(b)-2])):
		return b[:len(b)-1] + "ies"
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "o"):
		return b + "es"
	}
	return b + "s"
}

func verbEd(b string) string {
	switch {
	case strings.HasSuffix(b, "e"):
		return b + "d"
	case strings.HasSuffix(b, "y") && len(b) > 2 && !strings.ContainsRune("aeiou", rune(b[len(b)-2])):
		return b[:len(b)-1] + "ied"
	}
	return b + "ed"
}

// determiners and prepositions: a word after them heads a noun phrase.
var npOpeners = trSet("the a an this that these those his her its their our my your no every each any some all both several many few more most other another such of with for in on at by from to into onto over under about between among against without within through during after before behind beyond across toward towards per via than as like")

// fragmentOpeners start deliberate stylistic fragments ("More on that
// later.", "Not so fast.", "Thanks to everyone."); they are left alone.
var fragmentOpeners = trSet("far not no more less same just only also so and but or even yes well thanks thank again hence plus now then perhaps maybe probably of lots much too very quite always never all some both either neither here there what why how who which when where whatever oh ah hello hi wow ok okay sure exactly indeed certainly absolutely definitely especially including except unlike like by via from with without for see photo image credit source read update updated note via courtesy pictured above below left right top bottom inset")

func checkVerblessFragments(ctx *Context) {
	d := ctx.Doc
	lx := verbs()
	english := -1
	for ln := d.FirstBodyLine(); ln < d.LineCount(); ln++ {
		raw := d.LineText(ln)
		t := bytes.TrimLeft(raw, " \t")
		if len(t) < 40 || strings.IndexByte("#>-*+|", t[0]) >= 0 || t[0] >= '0' && t[0] <= '9' {
			continue
		}
		if bytes.HasPrefix(t, []byte("<h")) || bytes.HasPrefix(t, []byte("<li")) || bytes.HasPrefix(t, []byte("<fig")) || bytes.HasPrefix(t, []byte("<td")) || bytes.HasPrefix(t, []byte("<th")) {
			continue
		}
		if !bytes.Contains(t, []byte(". ")) {
			continue
		}
		v := d.VisibleLine(ln)
		if lineInCode(d, ln) {
			continue
		}
		sents := splitSentences(v)
		for k := 0; k < len(sents); k++ {
			f := sents[k]
			// The neighbour that shows this is running prose: the sentence
			// before, or for a paragraph's first sentence the one after.
			nb := ""
			if k > 0 {
				nb = sents[k-1]
			} else if len(sents) > 1 && paragraphStart(d, ln) {
				nb = sents[1]
			}
			if !fragmentCandidate(f) || !hasVerb(lx, nb) || len(trWords(nb)) < 5 || strings.HasSuffix(nb, ":") {
				continue
			}
			if hasVerb(lx, f) {
				continue
			}
			if english < 0 {
				english = 0
				if englishDocument(d) {
					english = 1
				}
			}
			if english == 0 {
				return
			}
			s, e, _ := d.Line(ln)
			if i := bytes.Index(raw, []byte(f)); i >= 0 {
				s, e = s+i, s+i+len(f)
			}
			ctx.Report(s, e, fmt.Sprintf("verbless fragment %q: a clause that lost its verb in translation or spinning", f), nil)
		}
	}
}

// paragraphStart reports whether line ln begins a paragraph: the line
// before is blank or ends a sentence, so its first sentence is whole.
func paragraphStart(d *article.Doc, ln int) bool {
	if ln <= d.FirstBodyLine() || d.IsBlankLine(ln-1) {
		return true
	}
	p := bytes.TrimRight(d.LineText(ln-1), " \t")
	if len(p) == 0 {
		return true
	}
	switch p[len(p)-1] {
	case '.', '!', '?', '>', ':', '"':
		return true
	}
	return bytes.HasSuffix(p, []byte("”"))
}

// splitSentences splits a visible line after '.', '!' or '?' followed by
// a blank and a capital letter or quote, keeping abbreviations ("Mr.",
// "U.S.", "Jan.") and initials inside their sentence.
func splitSentences(v string) []string {
	var out []string
	start := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(v) && (v[j] == '"' || v[j] == '\'' || v[j] == ')') {
			j++
		}
		if j < len(v) && strings.HasPrefix(v[j:], "”") {
			j += len("”")
		}
		if j >= len(v) || v[j] != ' ' {
			if j >= len(v) {
				break
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(v[j+1:])
		if !unicode.IsUpper(r) && r != '"' && r != '“' {
			continue
		}
		if c == '.' && isAbbrev(v[start:i]) {
			continue
		}
		out = append(out, strings.TrimSpace(v[start:j]))
		start = j + 1
	}
	if start < len(v) {
		out = append(out, strings.TrimSpace(v[start:]))
	}
	return out
}

// isAbbrev reports whether the text before a full stop ends with an
// abbreviation or an initial.
func isAbbrev(before string) bool {
	w := before
	if k := strings.LastIndexAny(before, " (\"“"); k >= 0 {
		w = before[k+1:]
	}
	if len(w) <= 1 || strings.Contains(w, ".") {
		return true
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "fig", "vol", "ed", "al":
		return true
	}
	return false
}

// fragmentCandidate: 3 to 10 words, a capitalised first word that is not
// a stylistic opener, a closing full stop, no digits, quotes, brackets or
// colons (those are citations, captions and quoted slogans).
func fragmentCandidate(f string) bool {
	if !strings.HasSuffix(f, ".") || strings.HasSuffix(f, "..") {
		return false
	}
	// 3 to 10 words: most sentences are rejected here, before any
	// allocation.
	if n := strings.Count(f, " "); n < 2 || n > 14 {
		return false
	}
	if strings.ContainsAny(f, "0123456789\"“”‘’'():;[]/&@#%$€£–—-!?") {
		return false
	}
	ws := trWords(f)
	if len(ws) < 3 || len(ws) > 10 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f)
	if !unicode.IsUpper(r) || fragmentOpeners[strings.ToLower(ws[0])] {
		return false
	}
	// A run of capitalised words is a name, a title or a credit line; a
	// phrase without any English function word is a greeting or a
	// phrase in another language ("Tena koutou katoa.").
	caps, fn := 0, false
	for _, w := range ws {
		if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) {
			caps++
		}
		if npOpeners[strings.ToLower(w)] {
			fn = true
		}
	}
	return fn && caps*2 <= len(ws)
}

func trWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' })
}

// hasVerb reports whether a sentence holds a finite or non-finite verb
// form. Base and -s forms count as verbs unless a determiner or a
// preposition shows that they head a noun phrase; a sentence-initial base
// form counts (an imperative) only when a determiner or pronoun follows.
func hasVerb(lx *verbLexicon, s string) bool {
	ws := trWords(s)
	for i, w := range ws {
		lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		if lx.sure[lw] || subjectPronoun[lw] {
			return true
		}
		if len(lw) > 5 && strings.HasSuffix(lw, "ing") || len(lw) > 4 && strings.HasSuffix(lw, "ed") {
			return true
		}
		if i > 0 && strings.EqualFold(ws[i-1], "to") && !npOpeners[lw] && !unicode.IsUpper([]rune(w)[0]) {
			return true // an infinitive: "to amend"
		}
		if !lx.bases[lw] {
			// An -s form after a noun ("This film avoids that") is a verb
			// even when the lexicon does not know it.
			if i > 0 && len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") &&
				!strings.HasSuffix(lw, "is") && !strings.HasSuffix(lw, "'s") && !npOpeners[strings.ToLower(ws[i-1])] {
				return true
			}
			continue
		}
		if i == 0 {
			if len(ws) > 1 && (npOpeners[strings.ToLower(ws[1])] || personalPronoun[strings.ToLower(ws[1])]) {
				return true
			}
			continue
		}
		prev := strings.ToLower(ws[i-1])
		if npOpeners[prev] {
			continue
		}
		if !lx.plain[lw] {
			return true // an -s form after a noun: "The plan works"
		}
		// A base form needs a subject, "to" or a coordinated verb before
		// it; after an adjective it is a noun ("Full support for …").
		if baseVerbLead[prev] || len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") {
			return true
		}
	}
	return false
}

var baseVerbLead = trSet("to and or not never also often usually always still then who that which just only even really")

// subjectPronoun: a sentence with one of these is a clause even when its
// verb is missing from the lexicon.
var subjectPronoun = trSet("i you he she we they who")

var personalPronoun = trSet("me you him her us them it yourself yourselves himself herself itself ourselves themselves")
