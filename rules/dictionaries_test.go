package rules_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/rules"
)

// dictCase is one dictionary key at work: without the dictionary the
// rule says nothing (or what before says), with it the rule reports the
// spans in want and its fixes give fixed.
type dictCase struct {
	name   string
	rule   string
	dict   *rules.Dictionaries
	src    string
	before []string // spans reported without the dictionary
	want   []string // spans reported with it
	fixed  string   // the text after the fixes ("" to skip)
}

func spanTexts(src string, fs []rules.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, src[f.Offset:f.EndOffset])
	}
	return out
}

func sameStrings(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}

var dictCases = []dictCase{
	{
		name: "names: a project name is known and its misspelling is reported",
		rule: "names/misspelled-known-name",
		dict: &rules.Dictionaries{Names: []string{"Xanthippe Quarrington"}},
		src:  "Chief engineer Xanthippe Quarrington spoke. Later Xanthippe Quarington left.\n",
		want: []string{"Xanthippe Quarington"},
		// The fix writes the project spelling.
		fixed: "Chief engineer Xanthippe Quarrington spoke. Later Xanthippe Quarrington left.\n",
	},
	{
		name: "names: a project name near a well-known one is not a misspelling",
		rule: "names/misspelled-known-name",
		dict: &rules.Dictionaries{Names: []string{"Antony Blinkin"}},
		src:  "Our columnist Antony Blinkin wrote the review.\n",
		// Without the dictionary the name reads as a slip for Antony Blinken.
		before: []string{"Antony Blinkin"},
		want:   nil,
	},
	{
		name: "names: the project spelling wins over the majority",
		rule: "names/variant-spelling",
		dict: &rules.Dictionaries{Names: []string{"Volodymyr Zelenskyy"}},
		src:  "President Volodymyr Zelensky spoke on Monday. Zelensky said the talks failed.\n\nLater Zelenskyy thanked the allies.\n",
		// Without the dictionary the minority spelling is reported.
		before: []string{"Zelenskyy"},
		want:   []string{"Zelensky", "Zelensky"},
		fixed:  "President Volodymyr Zelenskyy spoke on Monday. Zelenskyy said the talks failed.\n\nLater Zelenskyy thanked the allies.\n",
	},
	{
		name:   "known-distinct: two listed names are never merged",
		rule:   "names/variant-spelling",
		dict:   &rules.Dictionaries{KnownDistinct: [][]string{{"Velmora", "Velmura"}}},
		src:    "The firm Velmora sued. Velmora won. Velmura lost.\n",
		before: []string{"Velmura"},
		want:   nil,
	},
	{
		name:   "known-distinct: full names that differ in one word keep that word apart",
		rule:   "names/variant-spelling",
		dict:   &rules.Dictionaries{KnownDistinct: [][]string{{"Anna Velmora", "Anna Velmura", "Anna Velmara"}}},
		src:    "The firm Velmora sued. Velmora won. Velmura lost.\n",
		before: []string{"Velmura"},
		want:   nil,
	},
	{
		name:  "abbreviations: a project pair is held to one style",
		rule:  "names/abbreviation-style",
		dict:  &rules.Dictionaries{Abbreviations: map[string]string{"NZ": "N.Z."}},
		src:   "The N.Z. government said the N.Z. dollar rose. NZ exporters agreed.\n",
		want:  []string{"NZ"},
		fixed: "The N.Z. government said the N.Z. dollar rose. N.Z. exporters agreed.\n",
	},
	{
		name:  "boilerplate: a project line is reported as a whole line and deleted",
		rule:  "boilerplate/project-line",
		dict:  &rules.Dictionaries{Boilerplate: []string{"Follow us on Telegram for the latest updates"}},
		src:   "The council approved the budget.\n\n👉 FOLLOW US  on Telegram for the latest updates!\n\nFollow us on Telegram for the latest updates, the mayor said.\n",
		want:  []string{"👉 FOLLOW US  on Telegram for the latest updates!"},
		fixed: "The council approved the budget.\n\nFollow us on Telegram for the latest updates, the mayor said.\n",
	},
	{
		name:  "boilerplate: in HTML only the element holding the line goes",
		rule:  "boilerplate/project-line",
		dict:  &rules.Dictionaries{Boilerplate: []string{"Follow us on Telegram for the latest updates"}},
		src:   "<div><p>The council approved the budget.</p>\n<p>Follow us on Telegram for the latest updates</p></div>\n",
		want:  []string{"<p>Follow us on Telegram for the latest updates</p>"},
		fixed: "<div><p>The council approved the budget.</p>\n</div>\n",
	},
	{
		name:  "tortured-phrases: a project pair is reported with its fix",
		rule:  "translation/tortured-phrase",
		dict:  &rules.Dictionaries{TorturedPhrases: map[string]string{"prime pastor": "prime minister"}},
		src:   "The Prime Pastor said the prime pastor would resign.\n",
		want:  []string{"Prime Pastor", "prime pastor"},
		fixed: "The Prime Minister said the prime minister would resign.\n",
	},
	{
		name:   "tortured-phrases: a project pair wins over the built-in one",
		rule:   "translation/tortured-phrase",
		dict:   &rules.Dictionaries{TorturedPhrases: map[string]string{"heart assault": "cardiac arrest"}},
		src:    "He was taken to hospital after a heart assault on Monday.\n",
		before: []string{"heart assault"},
		want:   []string{"heart assault"},
		fixed:  "He was taken to hospital after a cardiac arrest on Monday.\n",
	},
}

// TestDictionaries checks every dictionary key: without the dictionary
// no finding (or the built-in one), with it the finding and its fix.
func TestDictionaries(t *testing.T) {
	for _, c := range dictCases {
		t.Run(c.name, func(t *testing.T) {
			path := "a.md"
			if strings.HasPrefix(c.src, "<") {
				path = "a.html"
			}
			r := ruleByID(t, c.rule)
			if got := spanTexts(c.src, lintWithDict(t, r, nil, path, c.src)); !sameStrings(got, c.before) {
				t.Errorf("without the dictionary: %q, want %q", got, c.before)
			}
			if got := spanTexts(c.src, lintWithDict(t, r, &rules.Dictionaries{}, path, c.src)); !sameStrings(got, c.before) {
				t.Errorf("with an empty dictionary: %q, want %q", got, c.before)
			}
			fs := lintWithDict(t, r, c.dict, path, c.src)
			if got := spanTexts(c.src, fs); !sameStrings(got, c.want) {
				t.Errorf("with the dictionary: %q, want %q", got, c.want)
			}
			m := r.Meta()
			for _, f := range fs {
				if f.Fix == nil || f.Fix.Safety != m.Fix {
					t.Errorf("finding %q: fix %+v, want a %s fix", c.src[f.Offset:f.EndOffset], f.Fix, m.Fix)
				}
			}
			if c.fixed != "" {
				if got := fixWithDict(t, r, c.dict, path, c.src); got != c.fixed {
					t.Errorf("fixed:\n got %q\nwant %q", got, c.fixed)
				}
			}
		})
	}
}

// TestDictionariesPerEngine runs two engines with different dictionaries
// over the same documents, interleaved and concurrently: each sees only
// its own additions, and an engine without dictionaries sees none.
func TestDictionariesPerEngine(t *testing.T) {
	ids := []string{"names/misspelled-known-name", "names/variant-spelling", "names/abbreviation-style",
		"boilerplate/project-line", "translation/tortured-phrase"}
	var rs []rules.Rule
	for _, id := range ids {
		rs = append(rs, ruleByID(t, id))
	}
	src := strings.Join([]string{
		"Chief engineer Xanthippe Quarrington spoke. Later Xanthippe Quarington left.",
		"The firm Velmora sued. Velmora won. Velmura lost.",
		"The N.Z. government said the N.Z. dollar rose. NZ exporters agreed.",
		"The prime pastor said so.",
		"",
		"Follow us on Telegram for the latest updates",
		"",
		"Subscribe to our Telegram channel",
		"",
	}, "\n")
	a := rules.NewEngine(rs)
	a.Dictionaries = &rules.Dictionaries{
		Names:           []string{"Xanthippe Quarrington"},
		Abbreviations:   map[string]string{"NZ": "N.Z."},
		Boilerplate:     []string{"Follow us on Telegram for the latest updates"},
		TorturedPhrases: map[string]string{"prime pastor": "prime minister"},
	}
	b := rules.NewEngine(rs)
	b.Dictionaries = &rules.Dictionaries{
		KnownDistinct: [][]string{{"Velmora", "Velmura"}},
		Boilerplate:   []string{"Subscribe to our Telegram channel"},
	}
	none := rules.NewEngine(rs)
	want := map[*rules.Engine][]string{
		a: {"Xanthippe Quarington", "Velmura", "NZ", "prime pastor", "Follow us on Telegram for the latest updates"},
		// Without the project name the two spellings are a variant pair.
		b:    {"Quarington", "Subscribe to our Telegram channel"},
		none: {"Quarington", "Velmura"},
	}
	name := map[*rules.Engine]string{a: "a", b: "b", none: "none"}
	check := func(e *rules.Engine) string {
		doc, err := article.Parse("a.md", []byte(src))
		if err != nil {
			return err.Error()
		}
		if got := spanTexts(src, e.Run(doc)); !sameStrings(got, want[e]) {
			return name[e] + ": " + strings.Join(got, " | ")
		}
		return ""
	}
	// Interleaved on one document each, so caches keyed by the document
	// are exercised too.
	for _, e := range []*rules.Engine{none, a, b, none, b, a} {
		if msg := check(e); msg != "" {
			t.Errorf("engine %s", msg)
		}
	}
	doc, _ := article.Parse("a.md", []byte(src))
	for _, e := range []*rules.Engine{a, b, none, a} {
		if got := spanTexts(src, e.Run(doc)); !sameStrings(got, want[e]) {
			t.Errorf("engine %s on a shared document: %q, want %q", name[e], got, want[e])
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 60)
	for i := 0; i < 20; i++ {
		for _, e := range []*rules.Engine{a, b, none} {
			wg.Add(1)
			go func(e *rules.Engine) {
				defer wg.Done()
				if msg := check(e); msg != "" {
					errs <- msg
				}
			}(e)
		}
	}
	wg.Wait()
	close(errs)
	for msg := range errs {
		t.Errorf("concurrent engine %s", msg)
	}
}
