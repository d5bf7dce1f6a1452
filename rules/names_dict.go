package rules

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The names gazetteer: well-known people, places and organisations with
// their accepted variants, plus the guard lists (real surnames and given
// names, ordinary English words, known-distinct pairs). It is built the
// first time a names rule needs it, never for a run without names rules.

// NameKind is the type column of a gazetteer entry.
type NameKind string

// Kinds of gazetteer entries.
const (
	NamePerson NameKind = "person"
	NamePlace  NameKind = "place"
	NameOrg    NameKind = "org"
	NameTeam   NameKind = "team"
	NameEvent  NameKind = "event"
	NameGroup  NameKind = "group"
)

// NameEntry is one gazetteer entry: a canonical spelling and the other
// accepted spellings of the same entity.
type NameEntry struct {
	Kind      NameKind
	Canonical string
	Aliases   []string
}

// namesGaz returns the built-in gazetteer, building it on first use.
// Project names never change it: they live in a small gazetteer of their
// own per Dictionaries (see nameView).
var namesGaz = sync.OnceValue(buildNameGazetteer)

// ParseNameEntry reads one gazetteer line "kind|Canonical|alias|...".
func ParseNameEntry(line string) (NameEntry, bool) {
	parts := strings.Split(line, "|")
	if len(parts) < 2 {
		return NameEntry{}, false
	}
	e := NameEntry{Kind: NameKind(strings.TrimSpace(parts[0])), Canonical: strings.TrimSpace(parts[1])}
	switch e.Kind {
	case NamePerson, NamePlace, NameOrg, NameTeam, NameEvent, NameGroup:
	default:
		return NameEntry{}, false
	}
	if e.Canonical == "" {
		return NameEntry{}, false
	}
	for _, a := range parts[2:] {
		if a = strings.TrimSpace(a); a != "" {
			e.Aliases = append(e.Aliases, a)
		}
	}
	return e, true
}

// nameTokInfo is what the gazetteer knows about one folded token.
type nameTokInfo struct {
	known   bool // part of some gazetteer name
	surname bool // last token of a person's name, or a listed real surname
	given   bool // first token of a person's name, or a listed given name
	entity  int  // entity id of a single-token name (place, org, ...) + 1; 0 if none
}

// namePerson is one (given name, surname) form of a gazetteer person.
type namePerson struct {
	given, surname   string // folded
	givenS, surnameS string // surface
	entity           int
	canonical        string
	famous           bool
}

type nameGazetteer struct {
	entries []NameEntry
	toks    map[string]nameTokInfo
	// persons by folded surname.
	persons map[string][]namePerson
	// full maps "given surname" (folded) to an entity id.
	full map[string]int
	// aliasOf maps a folded single token to the entity ids it spells.
	aliasOf map[string][]int
	// distinct holds folded "a|b" pairs in both orders.
	distinct map[string]bool
	words    map[string]bool

	delOnce  sync.Once
	delIndex *nameDelIndex // symmetric-deletion index over surnames

	spunOnce sync.Once
	spun     *spunIndex

	// Project gazetteers only: canon maps the fold of each word of a
	// project name to its spelling there, lower holds the project names
	// in lower case.
	canon map[string]string
	lower map[string]bool
}

func loadNameEntries(file string) []NameEntry {
	ls := nameLoadLines(file)
	out := make([]NameEntry, 0, len(ls))
	for _, l := range ls {
		if e, ok := ParseNameEntry(l); ok {
			out = append(out, e)
		}
	}
	return out
}

// nameLoadLines is loadList for the names data: the lines are substrings
// of one copy of the file, not one allocation each.
func nameLoadLines(name string) []string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic(fmt.Sprintf("embedded dictionary %s: %v", name, err))
	}
	text := string(b)
	out := make([]string, 0, strings.Count(text, "\n")+1)
	for text != "" {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

func newNameGazetteer() *nameGazetteer {
	return &nameGazetteer{
		toks:     map[string]nameTokInfo{},
		persons:  map[string][]namePerson{},
		full:     map[string]int{},
		aliasOf:  map[string][]int{},
		distinct: map[string]bool{},
		words:    map[string]bool{},
	}
}

// buildNameGazetteer builds the built-in gazetteer from rules/data.
func buildNameGazetteer() *nameGazetteer {
	// The hand-compiled gazetteer is the famous tier; the bulk list of
	// officials only backs full-name matches.
	famous := loadNameEntries("names-gazetteer.txt")
	officials := loadNameEntries("names-politicians.txt")
	surnames := nameLoadLines("names-surnames.txt")
	wordList := nameLoadLines("names-words.txt")
	// The maps are sized for the data (about 1.4 tokens, 0.7 surnames
	// and one full name an entry), so building them does not rehash.
	n := len(famous) + len(officials)
	g := &nameGazetteer{
		entries:  make([]NameEntry, 0, n),
		toks:     make(map[string]nameTokInfo, n+n/2+len(surnames)/4),
		persons:  make(map[string][]namePerson, n*3/4),
		full:     make(map[string]int, n+n/8),
		aliasOf:  make(map[string][]int, n/8),
		distinct: map[string]bool{},
		words:    make(map[string]bool, len(wordList)),
	}
	g.addEntries(famous, 0, len(famous))
	g.addEntries(officials, len(famous), 0)
	for _, l := range surnames {
		kind, name, ok := strings.Cut(l, "|")
		if !ok {
			continue
		}
		f := nameFold(name)
		if f == "" {
			continue
		}
		switch kind {
		case "surname":
			g.mark(f, nameTokSurname)
		case "given":
			g.mark(f, nameTokGiven)
		}
	}
	for _, w := range wordList {
		g.words[w] = true
	}
	for _, l := range nameLoadLines("names-distinct.txt") {
		if a, b, ok := strings.Cut(l, "|"); ok {
			g.addDistinct(a, b)
		}
	}
	return g
}

// Flags for mark.
const (
	nameTokKnown = 1 << iota
	nameTokSurname
	nameTokGiven
)

// mark sets the flags (nameTokKnown, ...) of a folded token.
func (g *nameGazetteer) mark(f string, flags int) {
	t := g.toks[f]
	t.known = t.known || flags&nameTokKnown != 0
	t.surname = t.surname || flags&nameTokSurname != 0
	t.given = t.given || flags&nameTokGiven != 0
	g.toks[f] = t
}

// addDistinct records that a and b name different entities.
func (g *nameGazetteer) addDistinct(a, b string) {
	fa, fb := nameFoldPhrase(a), nameFoldPhrase(b)
	if fa != "" && fb != "" && fa != fb {
		g.distinct[fa+"|"+fb] = true
		g.distinct[fb+"|"+fa] = true
	}
}

// addEntries indexes entries; the entity id of es[i] is idBase+i (so the
// ids of a project gazetteer never meet the built-in ones), and the first
// nFamous of them are the famous tier.
func (g *nameGazetteer) addEntries(es []NameEntry, idBase, nFamous int) {
	g.entries = append(g.entries, es...)
	var fs []string // folds of the words of the current name
	for i, e := range es {
		id := idBase + i
		famous := i < nFamous
		var cw []string // words of the canonical name, split on first use
		for ni := -1; ni < len(e.Aliases); ni++ {
			n := e.Canonical
			if ni >= 0 {
				n = e.Aliases[ni]
			}
			ws := nameWords(n)
			fs = fs[:0]
			for _, w := range ws {
				f := nameFold(w)
				fs = append(fs, f)
				if f != "" {
					g.mark(f, nameTokKnown)
				}
			}
			if len(ws) == 1 {
				f := fs[0]
				if f != "" && e.Kind != NamePerson {
					t := g.toks[f]
					t.entity = id + 1
					g.toks[f] = t
				}
				g.aliasOf[f] = appendUniqueInt(g.aliasOf[f], id)
			}
			if e.Kind != NamePerson {
				continue
			}
			// namePersonWords drops lead titles first: ws[lead:] starts
			// the person's words, whose folds are pfs.
			lead := 0
			for len(ws)-lead > 2 && namesLeadTitles[ws[lead]] {
				lead++
			}
			ws = namePersonWords(ws)
			if len(ws) < 2 {
				continue
			}
			pfs := fs[lead : lead+len(ws)]
			// Token-level spellings of one surname (transliterated two ways).
			if n != e.Canonical {
				if cw == nil {
					cw = nameWords(e.Canonical)
				}
				if len(cw) == len(ws) {
					k := len(ws) - 1
					if a, b := nameFold(cw[k]), pfs[k]; a != b && a != "" && b != "" && osaDistance(a, b, 2) <= 2 {
						g.aliasOf[a] = appendUniqueInt(g.aliasOf[a], id)
						g.aliasOf[b] = appendUniqueInt(g.aliasOf[b], id)
					}
				}
			}
			last, sf := ws[len(ws)-1], pfs[len(ws)-1]
			firsts := [2]int{0, -1}
			if len(ws) >= 3 && isUpperStart(ws[len(ws)-2]) && !isInitialWord(ws[len(ws)-2]) {
				firsts[1] = len(ws) - 2
			}
			for _, fi := range firsts {
				if fi < 0 {
					continue
				}
				first, gf := ws[fi], pfs[fi]
				if isInitialWord(first) {
					continue
				}
				if gf == "" || sf == "" || gf == sf {
					continue
				}
				g.mark(gf, nameTokGiven)
				g.mark(sf, nameTokSurname)
				if _, ok := g.full[gf+" "+sf]; !ok {
					g.full[gf+" "+sf] = id
				}
				g.persons[sf] = append(g.persons[sf], namePerson{given: gf, surname: sf, givenS: first, surnameS: last, entity: id, canonical: e.Canonical, famous: famous})
				// A surname with an Arabic article ("el-X") is also written bare ("X").
				if bare := nameStripArticle(last); bare != last {
					bf := nameFold(bare)
					g.mark(bf, nameTokSurname|nameTokKnown)
					g.persons[bf] = append(g.persons[bf], namePerson{given: gf, surname: bf, givenS: first, surnameS: bare, entity: id, canonical: e.Canonical, famous: famous})
				}
			}
		}
	}
}

func appendUniqueInt(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// nameWords splits a name into its words on spaces.
func nameWords(n string) []string { return strings.Fields(n) }

func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isInitialWord reports "W." or "J.R.R."-like initials.
func isInitialWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return utf8.RuneCountInString(strings.ReplaceAll(w, ".", "")) <= 1 || strings.Count(w, ".") > 0 && len(w) <= 6 && strings.ToUpper(w) == w
}

// info returns what the gazetteer knows of a folded token (never nil).
func (g *nameGazetteer) info(f string) nameTokInfo {
	return g.toks[f]
}

// isWord reports whether a folded token is an ordinary English word,
// trying the common inflections the word list leaves out.
func (g *nameGazetteer) isWord(f string) bool {
	if g.words[f] {
		return true
	}
	var buf [64]byte
	for _, suf := range nameWordSuffixes {
		if b, ok := strings.CutSuffix(f, suf); ok && len(b) >= 3 {
			if g.words[b] || g.words[string(append(append(buf[:0], b...), 'e'))] {
				return true
			}
			if strings.HasSuffix(b, "i") && g.words[string(append(append(buf[:0], b[:len(b)-1]...), 'y'))] {
				return true
			}
			if n := len(b); n >= 2 && b[n-1] == b[n-2] && g.words[b[:n-1]] {
				return true
			}
		}
	}
	return false
}

// nameWordSuffixes are the inflections isWord strips.
var nameWordSuffixes = []string{"s", "es", "ed", "d", "ing", "ly", "er", "ers"}

// isDistinct reports a known-distinct pair (folded forms).
func (g *nameGazetteer) isDistinct(a, b string) bool { return g.distinct[a+"|"+b] }

// sameEntity reports whether two folded single tokens are spellings of one
// gazetteer entity (Kyiv and Kiev, a city renamed in English).
func (g *nameGazetteer) sameEntity(a, b string) bool {
	for _, x := range g.aliasOf[a] {
		for _, y := range g.aliasOf[b] {
			if x == y {
				return true
			}
		}
	}
	return false
}

// surnameNear returns the gazetteer surnames within edit distance 1 of s
// (2 for long names) through a symmetric-deletion index built on first use.
func (g *nameGazetteer) surnameNear(s string) []string {
	g.delOnce.Do(func() {
		keys := make([]string, 0, len(g.persons))
		for k := range g.persons {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		g.delIndex = newNameDelIndex(keys)
	})
	var out []string
	var seenKeys []string
	var seenSmall [32]string
	seen := seenSmall[:0]
	var seenMap map[string]bool
	var buf [64]byte
	nameEachDelete(buf[:0], s, func(d []byte) {
		for _, k := range g.delIndex.lookup(d, &seenKeys) {
			if k == s {
				continue
			}
			if seenMap != nil {
				if seenMap[k] {
					continue
				}
				seenMap[k] = true
			} else {
				dup := false
				for _, x := range seen {
					if x == k {
						dup = true
						break
					}
				}
				if dup {
					continue
				}
				if len(seen) < cap(seen) {
					seen = append(seen, k)
				} else {
					seenMap = make(map[string]bool, 2*len(seen))
					for _, x := range seen {
						seenMap[x] = true
					}
					seenMap[k] = true
				}
			}
			if nameDistanceOK(s, k) {
				out = append(out, k)
			}
		}
	})
	return out
}

// nameDelIndex maps every string made by deleting at most one rune of a
// surname to the surnames that make it. It is an open-addressing table
// over one byte arena, not a map of strings to slices: 15,000 surnames make
// about 120,000 deletions, and one allocation each made the index the
// largest cost of a short run and a large share of the heap the garbage
// collector walks.
type nameDelIndex struct {
	keys  []string // the surnames
	arena []byte   // the deletions, end to end
	// Slots: hash (0 = empty), the deletion in arena, and its first
	// posting + 1.
	hash []uint64
	off  []uint32
	size []uint8
	head []uint32
	// Postings: the surname and the next posting + 1 of the same slot.
	key  []uint32
	next []uint32
}

func newNameDelIndex(keys []string) *nameDelIndex {
	n := 0
	for _, k := range keys {
		n += utf8.RuneCountInString(k) + 1
	}
	slots := 1
	for slots < 2*n {
		slots <<= 1
	}
	x := &nameDelIndex{
		keys: keys,
		hash: make([]uint64, slots), off: make([]uint32, slots), size: make([]uint8, slots), head: make([]uint32, slots),
		key: make([]uint32, 0, n), next: make([]uint32, 0, n),
	}
	var buf [64]byte
	for ki, k := range keys {
		nameEachDelete(buf[:0], k, func(d []byte) {
			if len(d) > 255 {
				return
			}
			i, h := x.slot(d)
			if x.hash[i] == 0 {
				x.hash[i], x.off[i], x.size[i] = h, uint32(len(x.arena)), uint8(len(d))
				x.arena = append(x.arena, d...)
			}
			x.key = append(x.key, uint32(ki))
			x.next = append(x.next, x.head[i])
			x.head[i] = uint32(len(x.key))
		})
	}
	return x
}

// slot returns the slot that holds d, or the empty slot where it goes,
// and d's hash.
func (x *nameDelIndex) slot(d []byte) (int, uint64) {
	h := nameInternHash(d)
	mask := len(x.hash) - 1
	for i := int(h>>32) & mask; ; i = (i + 1) & mask {
		switch x.hash[i] {
		case 0:
			return i, h
		case h:
			if o := x.off[i]; int(x.size[i]) == len(d) && string(x.arena[o:o+uint32(len(d))]) == string(d) {
				return i, h
			}
		}
	}
}

// lookup returns the surnames that make deletion d, in *buf.
func (x *nameDelIndex) lookup(d []byte, buf *[]string) []string {
	out := (*buf)[:0]
	if len(d) <= 255 {
		i, _ := x.slot(d)
		for p := x.head[i]; p != 0; p = x.next[p-1] {
			out = append(out, x.keys[x.key[p-1]])
		}
	}
	*buf = out
	return out
}

// nameEachDelete calls fn with s and with every string made by deleting
// one rune of s, in the order of nameDeletes, reusing buf; fn must not
// keep its argument.
func nameEachDelete(buf []byte, s string, fn func(d []byte)) {
	if !utf8.ValidString(s) {
		for _, d := range nameDeletes(s) {
			buf = append(buf[:0], d...)
			fn(buf)
		}
		return
	}
	buf = append(buf[:0], s...)
	fn(buf)
	for i, r := range s {
		buf = append(append(buf[:0], s[:i]...), s[i+utf8.RuneLen(r):]...)
		fn(buf)
	}
}

// nameDeletes returns s and every string made by deleting one rune of s.
func nameDeletes(s string) []string {
	rs := []rune(s)
	out := make([]string, 0, len(rs)+1)
	out = append(out, s)
	for i := range rs {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
	}
	return out
}

// nameDistanceOK is the near-miss threshold for folded names: one edit for
// names of 4 to 7 letters, two for longer ones.
func nameDistanceOK(a, b string) bool {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	m := la
	if lb < m {
		m = lb
	}
	if m < 4 {
		return false
	}
	limit := 1
	if m >= 8 {
		limit = 2
	}
	return osaDistance(a, b, limit) <= limit
}

// osaDistance is the optimal-string-alignment (restricted Damerau-
// Levenshtein) distance, stopping early once it exceeds max.
func osaDistance(a, b string, max int) int {
	if len(a) <= 32 && len(b) <= 32 && nameASCII(a) && nameASCII(b) {
		return osaDistanceASCII(a, b, max)
	}
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	n := len(rb) + 1
	rows := make([]int, 3*n)
	return osaCore(ra, rb, rows[:n], rows[n:2*n], rows[2*n:], max)
}

// nameFoldMap folds Latin letters with diacritics to their base letters
// (NFKD with the marks dropped) plus the letters that do not decompose.
var nameFoldMap = func() map[rune]string {
	m := map[rune]string{}
	groups := []string{
		"aÀÁÂÃÄÅĀĂĄǍàáâãäåāăąǎạảấầẩẫậắằẳẵặ",
		"cÇĆĈĊČçćĉċč",
		"dĎďĐđÐð",
		"eÈÉÊËĒĔĖĘĚèéêëēĕėęěẹẻẽếềểễệ",
		"gĜĞĠĢĝğġģ",
		"hĤĥĦħ",
		"iÌÍÎÏĨĪĬĮİìíîïĩīĭįıǐịỉ",
		"jĴĵ",
		"kĶķ",
		"lĹĻĽĿŁĺļľŀł",
		"nÑŃŅŇñńņňŋ",
		"oÒÓÔÕÖØŌŎŐǑòóôõöøōŏőǒọỏốồổỗộớờởỡợơƠ",
		"rŔŖŘŕŗř",
		"sŚŜŞŠśŝşšȘș",
		"tŢŤŦţťŧȚț",
		"uÙÚÛÜŨŪŬŮŰŲǓùúûüũūŭůűųǔụủứừửữựưƯ",
		"wŴŵ",
		"yÝŸŶýÿŷỳỵỷỹ",
		"zŹŻŽźżž",
	}
	for _, g := range groups {
		rs := []rune(g)
		for _, r := range rs[1:] {
			m[r] = string(rs[0])
		}
	}
	for k, v := range map[rune]string{'ß': "ss", 'Æ': "ae", 'æ': "ae", 'Œ': "oe", 'œ': "oe", 'Þ': "th", 'þ': "th", 'ə': "e", 'Ə': "e"} {
		m[k] = v
	}
	return m
}()

// nameFold lower-cases a name token, folds diacritics and drops
// apostrophes, hyphens, periods and combining marks: "ğ" and "g" fold
// alike, so do "O'X" and "OX".
func nameFold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case r >= 'A' && r <= 'Z':
				b.WriteByte(byte(r) + 32)
			case r >= 'a' && r <= 'z':
				b.WriteByte(byte(r))
			}
			continue
		}
		if f, ok := nameFoldMap[r]; ok {
			b.WriteString(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) || !unicode.IsLetter(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// nameFoldPhrase folds every word of a phrase and joins them with spaces.
func nameFoldPhrase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = nameFold(w)
	}
	return strings.Join(ws, " ")
}

// nameSkeleton is the transliteration-aware key of a token: Arabic
// article prefixes dropped, diacritics folded, letter pairs that
// transliterations swap merged (ph/f, kh/k, gh/g, dh/d, ck/k, q/k, ou/u,
// oo/u, ee/i, ei/i, y/i, j/y, hard c/k), doubled letters collapsed and
// vowels after the first letter removed, so the common romanisations of
// one Arabic given name share "mhmd", and a Slavic surname ending in -y,
// -yy or -iy keeps one key.
func nameSkeleton(surface string) string { return nameSkeletonOf(surface, "") }

// nameSkeletonOf is nameSkeleton with the token's fold when known.
func nameSkeletonOf(surface, fold string) string {
	f := fold
	if bare := nameStripArticle(surface); bare != surface || f == "" {
		f = nameFold(bare)
	}
	out := make([]byte, 0, len(f))
	var last byte
	emit := func(c byte, first bool) {
		if c == last {
			return
		}
		last = c
		if !first && (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
			return
		}
		out = append(out, c)
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		var n byte
		if i+1 < len(f) {
			n = f[i+1]
		}
		first := len(out) == 0 && last == 0
		switch {
		case c == 'p' && n == 'h':
			emit('f', first)
			i++
		case (c == 'k' || c == 'g' || c == 'd') && n == 'h':
			emit(c, first)
			i++
		case c == 'c' && n == 'k':
			emit('k', first)
			i++
		case c == 'q':
			emit('k', first)
		case c == 'o' && (n == 'u' || n == 'o'):
			emit('u', first)
			i++
		case c == 'e' && (n == 'e' || n == 'i'):
			emit('i', first)
			i++
		case c == 'y':
			emit('i', first)
		case c == 'j':
			emit('y', first)
		case c == 'c' && (n == 'a' || n == 'o' || n == 'u'):
			emit('k', first)
		default:
			emit(c, first)
		}
	}
	return string(out)
}

// nameStripArticle drops an Arabic article prefix ("al-X" → "X").
func nameStripArticle(w string) string {
	k := strings.IndexByte(w, '-')
	if k < 2 || k > 3 || len(w) < k+3 {
		return w
	}
	switch strings.ToLower(w[:k]) {
	case "al", "el", "ul", "ad", "as", "ash", "an", "at", "az":
		return w[k+1:]
	}
	return w
}

func nameASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// osaDistanceASCII is osaDistance for short ASCII strings, without
// allocating.
func osaDistanceASCII(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	// Fixed-size arrays keep the short, common case off the heap.
	var ab, bb [32]byte
	var rows [3][33]int
	copy(ab[:], a)
	copy(bb[:], b)
	return osaCore(ab[:len(a)], bb[:len(b)], rows[0][:], rows[1][:], rows[2][:], max)
}

// osaCore is the optimal-string-alignment distance (Damerau-Levenshtein
// with adjacent transpositions) of a and b, giving up with max+1 as soon
// as a whole row exceeds max. The three rows hold at least len(b)+1 ints.
func osaCore[E byte | rune](a, b []E, prev2, prev, cur []int, max int) int {
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := prev[j] + 1
			if c := cur[j-1] + 1; c < v {
				v = c
			}
			if c := prev[j-1] + cost; c < v {
				v = c
			}
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				if c := prev2[j-2] + 1; c < v {
					v = c
				}
			}
			cur[j] = v
			if v < rowMin {
				rowMin = v
			}
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// namePersonWords drops leading titles ("King", "Pope") and trailing
// generational suffixes ("Jr.", "III") so the last word is the surname.
func namePersonWords(ws []string) []string {
	for len(ws) > 2 && namesLeadTitles[ws[0]] {
		ws = ws[1:]
	}
	for len(ws) > 2 && namesSuffixes[strings.TrimSuffix(ws[len(ws)-1], ".")] {
		ws = ws[:len(ws)-1]
	}
	return ws
}

var namesLeadTitles = map[string]bool{"King": true, "Queen": true, "Prince": true, "Princess": true, "Pope": true, "Sir": true,
	"Emperor": true, "Sultan": true, "Crown": true, "Grand": true, "Duke": true, "Ayatollah": true, "Sheikh": true}

var namesSuffixes = map[string]bool{"Jr": true, "Sr": true, "II": true, "III": true, "IV": true, "V": true, "VI": true, "XIV": true, "XVI": true}
