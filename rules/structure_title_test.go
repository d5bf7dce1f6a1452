package rules

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/corpus"
)

// stTitleReference is checkRepeatedTitle as it was before lines below the
// top three were passed over without a look at their words.
func stTitleReference(ctx *Context) {
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
		// Most of these lines are long paragraphs, neither title-like nor
		// comparable with a title: what matters is seen at their start.
		compare := len(declared) > 0 || len(shown) > 0
		candidate := (k == stProse || k == stQuote) && stTitleBlockStart(d, ln) && !(d.Format == article.Text && seen == 1)
		need := 0
		if compare && candidate {
			need = 2*longest + 1
		}
		if k != stHeading && stLongLine(d.LineText(ln), 26, need) {
			continue
		}
		// Otherwise their words are counted, and their length checked,
		// before a string is made.
		var v string
		var words int
		comparable := false
		vb, plain := stAppendPlain(buf[:0], d.LineText(ln))
		if plain {
			buf = vb
			words = stWordsUpTo(vb, 26)
			comparable = compare && !stNormLenAtLeast(vb, 2*longest+1)
			if words >= 3 && words <= 25 || k == stHeading || comparable && (k == stProse || k == stQuote) {
				v = string(vb)
			}
		} else {
			v = d.VisibleLine(ln)
			words = stWordsUpTo(v, 26)
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

var stTitleOf = regexp.MustCompile(`(?m)^title: "?([^"\n]*)"?$|<title>([^<]*)</title>`)

// stTitleLines are lines that a scraper leaves at the top of an article,
// around and in place of its headline; T stands for the title.
var stTitleLines = []string{
	"T", "T", "<p>T</p>", "**T**", "*T*", "# T", "## T", "<h1>T</h1>", "T | Example News",
	"World | T", "T - Example News", "T.", "T  ", "T\\", "T<br>", "> T", "T (video)",
	"By Staff", "By Jane Doe, Reporter", "6 October 2016", "![](x.png)", "<img src=\"x.png\">",
	"Updated: 12:04 GMT", "Short standfirst line with a few words here", "---", "",
	"The statement from the office did not mention the plan by name, officials said on Monday in a long sentence that goes on for quite a while.",
}

// TestRepeatedTitleMatchesReference checks checkRepeatedTitle against
// stTitleReference on articles with their title repeated at the top in
// many forms.
func TestRepeatedTitleMatchesReference(t *testing.T) {
	g := &corpus.Generator{Seed: corpus.DefaultSeed}
	rng := rand.New(rand.NewPCG(3, 4))
	meta := &Meta{ID: "structure/repeated-title"}
	docs, found := 0, 0
	for i := 0; i < 400; i++ {
		a := g.Article(i)
		src := string(a.Data)
		title := ""
		if m := stTitleOf.FindStringSubmatch(src); m != nil {
			title = m[1] + m[2]
		} else if j := strings.IndexByte(src, '\n'); j > 0 {
			title = src[:j]
		}
		if title == "" {
			continue
		}
		for round := 0; round < 8; round++ {
			var top []string
			for k := rng.IntN(7); k > 0; k-- {
				l := stTitleLines[rng.IntN(len(stTitleLines))]
				if rng.IntN(3) == 0 {
					l = strings.ToUpper(l[:min(1, len(l))]) + strings.ToLower(l[min(1, len(l)):])
				}
				top = append(top, strings.ReplaceAll(l, "T", title))
			}
			sep := "\n\n"
			if rng.IntN(2) == 0 {
				sep = "\n"
			}
			block := strings.Join(top, sep)
			var data string
			switch {
			case strings.HasPrefix(src, "---\n"):
				end := strings.Index(src[4:], "\n---\n") + 4 + 5
				data = src[:end] + block + sep + src[end:]
				if round%4 == 3 {
					// No declared title: only headlines shown in the body.
					data = strings.Replace(data, "title:", "subject:", 1)
				}
			case strings.Contains(src, "<body>"):
				at := strings.Index(src, "<body>") + len("<body>\n")
				data = src[:at] + block + "\n" + src[at:]
			default:
				data = block + "\n" + src
			}
			n, _ := stCompareRule(t, meta, stTitleReference, checkRepeatedTitle, a.Name, []byte(data))
			docs++
			found += n
		}
	}
	t.Logf("%d documents, %d findings", docs, found)
	if found == 0 {
		t.Fatal("no repeated title found: the test makes none")
	}
}

// stLongLineReference is stLongLine as it was before it read a table of
// byte classes.
func stLongLineReference(raw []byte, words, alnum int) bool {
	i := 0
	for i < len(raw) && stClass[raw[i]]&(stClsSpace|stClsVF) != 0 {
		i++
	}
	if i == len(raw) || stLeadMarker(raw[i]) || raw[i] >= utf8.RuneSelf {
		return false
	}
	n, a := 0, 0
	inWord, letter := false, false
	for ; i < len(raw); i++ {
		c := raw[i]
		cl := stClass[c]
		switch {
		case cl&stClsMarkup != 0:
			return false
		case cl&(stClsSpace|stClsVF) != 0:
			if inWord && letter {
				n++
			}
			inWord, letter = false, false
			if n >= words && a >= alnum {
				return true
			}
			continue
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			letter = true
			a++
		case c >= '0' && c <= '9':
			a++
		}
		// Other bytes, non-ASCII ones included, count as neither letters
		// nor separators.
		inWord = true
	}
	return false
}

func TestLongLineMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	const alphabet = "aZ9 \t\v\f.,<[]*_&#>-+é\u00a0’\x00\xff"
	rs := []rune(alphabet)
	for i := 0; i < 20000; i++ {
		b := make([]rune, rng.IntN(60))
		for j := range b {
			if rng.IntN(3) == 0 {
				b[j] = rs[rng.IntN(len(rs))]
			} else {
				b[j] = 'a' + rune(rng.IntN(3))
			}
		}
		raw := []byte(string(b))
		words, alnum := rng.IntN(8), rng.IntN(30)
		if got, want := stLongLine(raw, words, alnum), stLongLineReference(raw, words, alnum); got != want {
			t.Fatalf("stLongLine(%q, %d, %d) = %v, want %v", raw, words, alnum, got, want)
		}
	}
}

// TestNextLineMatchesSplit checks that stNextLine walks the lines that
// strings.Split(s, "\n") returns, at their offsets.
func TestNextLineMatchesSplit(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for i := 0; i < 5000; i++ {
		b := make([]byte, rng.IntN(12))
		for j := range b {
			b[j] = "ab\n\r :"[rng.IntN(6)]
		}
		s := string(b)
		var got []string
		off := 0
		for pos := 0; pos <= len(s); {
			if pos != off {
				t.Fatalf("%q: line %d at %d, want %d", s, len(got), pos, off)
			}
			line, next := stNextLine(s, pos)
			got = append(got, line)
			off += len(line) + 1
			pos = next
		}
		if want := strings.Split(s, "\n"); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: lines %q, want %q", s, got, want)
		}
	}
}
