package corpus

// Kind is one kind of injected artifact; the manifest counts each.
type Kind int

// The kinds, by family. Each injection adds exactly one occurrence of the
// kind's marker (see the test), so a count is also a number of findings to
// expect.
const (
	AdToken            Kind = iota // [ad_1], [adsense], [the_ad id="…"] …
	AdLabel                        // a line "Advertisement" and its variants
	SourceLink                     // "Source link" trailer
	ShareBar                       // "Share this:" and the network names
	ReadMore                       // "Read more: …" line
	AppearedFirst                  // "The post … appeared first on …."
	BoilerplateLine                // newsletter, "Related Posts:", "Continue reading" …
	Tweet                          // stripped tweet: text, t.co link, attribution line
	Instagram                      // Instagram embed chrome
	Entity                         // a leaked HTML entity
	BrLine                         // a leaked <br> wrapper
	Mojibake                       // UTF-8 read as cp1252: â€™, Ã©
	ZeroWidth                      // U+200B inside the text
	DoubledWord                    // "the the"
	SpaceBeforePunct               // "word ,"
	TorturedPhrase                 // "counterfeit consciousness"
	MisspelledName                 // "Emmanuel Macorn"
	USMixed                        // a file with both "U.S." and "US"
	DuplicateParagraph             // a paragraph repeated verbatim
	TruncatedEnding                // a last paragraph cut off with "[…]"
	numKinds
)

var kindNames = [numKinds]string{
	"ads/token", "ads/label-line",
	"boilerplate/source-link", "boilerplate/share-bar", "boilerplate/read-more",
	"boilerplate/appeared-first", "boilerplate/other-line",
	"embeds/tweet", "embeds/instagram",
	"markup/entity", "markup/br-line",
	"encoding/mojibake", "encoding/zero-width",
	"translation/doubled-word", "translation/space-before-punct", "translation/tortured-phrase",
	"names/misspelled", "names/us-mixed-file",
	"structure/duplicate-paragraph", "structure/truncated-ending",
}

// String is the kind's manifest key, "family/kind".
func (k Kind) String() string { return kindNames[k] }

// Family is the rule family the kind belongs to.
func (k Kind) Family() string {
	s := kindNames[k]
	for i := range len(s) {
		if s[i] == '/' {
			return s[:i]
		}
	}
	return s
}

// Counts holds the number of injections of each kind.
type Counts [numKinds]int

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	for i := range c {
		c[i] += o[i]
	}
}

// Rates are the injection probabilities, chosen so that the counts per
// 1,000 files come close to those of the shared Python generator
// (shared/bench/make_corpus.py), whose numbers the issue quotes.
var Rates = map[string]float64{
	// per file
	"ad_tokens_file":      0.30, // a token first and last
	"source_link_file":    0.30,
	"share_bar_file":      0.08,
	"appeared_first_file": 0.05,
	"tweet_file":          0.10,
	"instagram_file":      0.05,
	"us_mixed_file":       0.20,
	"duplicate_file":      0.04,
	"truncated_file":      0.05,
	// per paragraph, in a line after it
	"ad_token_para":         0.004,
	"ad_label_para":         0.010,
	"read_more_para":        0.008,
	"boilerplate_line_para": 0.006,
	"br_line_para":          0.003, // Markdown and text only
	// per paragraph, inside it (at most one of these a paragraph)
	"mojibake_para":     0.015,
	"zero_width_para":   0.005,
	"entity_para":       0.015,
	"doubled_word_para": 0.020,
	"space_punct_para":  0.020,
	"tortured_para":     0.006,
	"misspelled_para":   0.040,
}

// Ad tokens at the top and bottom of a file, in the shapes ad plugins and
// autoblog templates leave. Every one starts with "[ad", "[the_ad" or
// "[quads", which is how the test counts them.
var adTokenPairs = [][2]string{
	{"[ad_1]", "[ad_2]"}, {"[ad_1]", "[ad_2]"}, {"[ad_1]", "[ad_2]"}, {"[ad_1]", "[ad_2]"},
	{"[ad-1]", "[ad-2]"}, {"[ad1]", "[ad2]"}, {"[ads]", "[ads]"}, {"[adsense]", "[adsense]"},
	{`[ad id="4012"]`, `[ad id="4013"]`}, {`[the_ad id="118"]`, `[the_ad id="119"]`},
	{`[adinserter block="1"]`, `[adinserter block="2"]`}, {"[quads id=1]", "[quads id=2]"},
}

var adTokenMid = []string{"[ad_3]", "[ad_4]", "[ads_3]", `[ad_slot id="mid"]`, "[adsense]", `[the_ad id="120"]`}

// Ad-slot labels; each holds "advertisement" once, whatever the case.
var adLabels = []string{
	"Advertisement", "Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
	"Advertisement - scroll to continue reading",
}

// Share bars, one block of lines each. The first line of each is its marker.
var shareBars = []string{
	"Share this:\nTwitter\nFacebook\nWhatsApp",
	"Share this:\nClick to share on Twitter (Opens in new window)\nClick to share on Facebook (Opens in new window)",
	"Share on Facebook\nShare on Twitter\nShare on LinkedIn",
	"Share this article\nFacebook Twitter Email",
}

var readMorePrefixes = []string{"Read more: ", "Read more: ", "READ MORE: ", "Also read: "}

// Single boilerplate lines that are neither ads nor share bars.
var boilerplateLines = []string{
	"Related Posts:", "Follow us on Google News", "Subscribe to our newsletter",
	"Continue reading", "Sign up for our newsletter", "Recommended for you",
}

// Sites a feed excerpt credits in "The post … appeared first on …".
var feedSites = []string{"Daily Wire Feed", "Newsroom Today", "World Briefing", "Local Beat"}

// Short texts of tweets (written for this package).
var tweetTexts = []string{
	"Huge turnout at the town hall tonight. Thank you all for coming!",
	"The vote is in and the new cycle lanes are going ahead.",
	"Proud of everyone who worked on this agreement.",
	"Power is back in most of the city. Crews are still out on the east side.",
	"What a finish. Champions again!",
	"Our full statement on the decision is below.",
	"Talks were frank and useful. More work ahead.",
}

var tweetDashes = []string{"— ", "— ", "- ", "– "}

// Tortured phrases: what article spinners make of fixed terms. These are
// in scrapelint's list; the base text never uses them.
var torturedPhrases = []string{
	"counterfeit consciousness", "profound learning", "colossal information",
	"irregular woodland", "flag to commotion", "heart assault", "kidney disappointment",
	"worldwide temperature alteration", "web of things", "choice tree", "straight relapse",
	"vitality utilization",
}

var torturedSentences = []string{
	"Officials said the {X} project had been delayed until {M}.",
	"{L} said the {X} figures were encouraging.",
	"The report listed {X} among the main concerns for the coming year.",
	"Funding for {X} research will double, {O} said.",
}

// Mojibake of the characters the base text uses, as UTF-8 read as cp1252.
var mojibakeOf = map[string]string{
	"’": "â€™", "“": "â€œ", "”": "â€\u009d", "é": "Ã©", "ë": "Ã«",
}
