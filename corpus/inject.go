package corpus

import (
	"strings"
)

// inParagraph are the kinds injected inside a paragraph, with their rate
// keys. A paragraph gets at most one, so that one injection never hides
// or fakes another and every count stays exact.
var inParagraph = []struct {
	kind Kind
	rate string
}{
	{Mojibake, "mojibake_para"},
	{ZeroWidth, "zero_width_para"},
	{Entity, "entity_para"},
	{DoubledWord, "doubled_word_para"},
	{SpaceBeforePunct, "space_punct_para"},
	{TorturedPhrase, "tortured_para"},
	{MisspelledName, "misspelled_para"},
}

// inject maybe damages paragraph p and reports whether it stayed clean.
func (b *builder) inject(p string) (string, bool) {
	u := b.r.Float64()
	if b.g.Clean {
		return p, true
	}
	acc := 0.0
	for _, x := range inParagraph {
		acc += Rates[x.rate]
		if u >= acc {
			continue
		}
		q, ok := b.apply(x.kind, p)
		if !ok {
			return p, true
		}
		b.counts[x.kind]++
		return q, false
	}
	return p, true
}

// mojibakeKeys fixes the order in which the characters of mojibakeOf are
// tried, so that the output does not depend on map order.
var mojibakeKeys = []string{"’", "“", "”", "é", "ë"}

func (b *builder) apply(k Kind, p string) (string, bool) {
	r := b.r
	switch k {
	case Mojibake:
		var have []string
		for _, c := range mojibakeKeys {
			if strings.Contains(p, c) {
				have = append(have, c)
			}
		}
		if len(have) == 0 {
			return p + " Itâ€™s not over yet, officials said.", true
		}
		c := pick(r, have)
		return strings.Replace(p, c, mojibakeOf[c], 1), true
	case ZeroWidth:
		sp := spaces(p)
		i := pick(r, sp)
		return p[:i] + "\u200b" + p[i:], true
	case Entity:
		type sub struct{ from, to string }
		var opts []sub
		if strings.Contains(p, "’") {
			opts = append(opts, sub{"’", "&#8217;"}, sub{"’", "&rsquo;"})
		}
		if strings.Contains(p, "“") {
			opts = append(opts, sub{"“", "&#8220;"})
		}
		if strings.Contains(p, " and ") {
			opts = append(opts, sub{" and ", " &amp; "})
		}
		opts = append(opts, sub{"", "&nbsp;"})
		o := pick(r, opts)
		if o.from == "" {
			i := pick(r, spaces(p))
			return p[:i] + "&nbsp;" + p[i+1:], true
		}
		return strings.Replace(p, o.from, o.to, 1), true
	case DoubledWord:
		words := strings.Split(p, " ")
		var cands []int
		for i, w := range words {
			if len(w) >= 2 && isLower(w) {
				cands = append(cands, i)
			}
		}
		if len(cands) == 0 {
			return p, false
		}
		i := pick(r, cands)
		words = append(words[:i+1], append([]string{words[i]}, words[i+1:]...)...)
		return strings.Join(words, " "), true
	case SpaceBeforePunct:
		var cands []int
		for i := 2; i < len(p); i++ {
			if !strings.ContainsRune(",.;:!?", rune(p[i])) || !isAlnum(p[i-1]) || p[i-2] == '.' {
				continue
			}
			if i+1 == len(p) || p[i+1] == ' ' || strings.HasPrefix(p[i+1:], "”") {
				cands = append(cands, i)
			}
		}
		if len(cands) == 0 {
			return p, false
		}
		i := pick(r, cands)
		return p[:i] + " " + p[i:], true
	case TorturedPhrase:
		return p + " " + b.fill(pick(r, torturedSentences), pick(r, torturedPhrases), false), true
	case MisspelledName:
		var have []famous
		for _, f := range b.cast {
			if strings.Contains(p, f.last) {
				have = append(have, f)
			}
		}
		if len(have) == 0 {
			f := pick(r, b.cast)
			return p + " " + f.first + " " + f.typo + " was not available for comment.", true
		}
		f := pick(r, have)
		return strings.Replace(p, f.last, f.typo, 1), true
	}
	return p, false
}

// spaces returns the byte offsets of the spaces in p.
func spaces(p string) []int {
	var out []int
	for i := range len(p) {
		if p[i] == ' ' {
			out = append(out, i)
		}
	}
	return out
}

func isLower(w string) bool {
	for i := range len(w) {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
