package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/scrapelint/scrapelint/article"
	"github.com/scrapelint/scrapelint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden/formats")

const (
	goldenDir = "../testdata/golden/formats"
	schemaDir = "../testdata/schemas"
)

// machineFormats maps each machine format to its golden file.
var machineFormats = []struct{ name, golden string }{
	{"sarif", "sample.sarif"},
	{"github", "sample.github.txt"},
	{"checkstyle", "sample.checkstyle.xml"},
	{"junit", "sample.junit.xml"},
	{"rdjson", "sample.rdjson.json"},
	{"gitlab", "sample.gitlab.json"},
}

// escapeMsg needs escaping in every format: %, a line break, a comma, a
// colon, double quotes, < and &.
const escapeMsg = "100% sure: leaked tags \"<b>\" & \"</b>\", remove them,\nkeep the text"

const postSrc = `---
title: Council votes
---
[ad_1]
Itâ€™s the first vote, <b>really</b>.
Share this:
Twitter
The council voted 9 to 2. The council voted 9 to 2.
`

const wireSrc = "<p>KABUL — Talks resumed.</p>\n<p>Follow us for more</p>\n"

// at returns the byte span of the n-th (0-based) occurrence of needle.
func at(t testing.TB, src, needle string, n int) (int, int) {
	t.Helper()
	from := 0
	for ; n >= 0; n-- {
		i := strings.Index(src[from:], needle)
		if i < 0 {
			t.Fatalf("%q not found in source", needle)
		}
		from += i
		if n > 0 {
			from += len(needle)
		}
	}
	return from, from + len(needle)
}

// position is an independent implementation of the engine's line and
// character column (1-based) for sources without a byte order mark.
func position(src string, off int) (int, int) {
	before := src[:off]
	line := strings.Count(before, "\n") + 1
	start := strings.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCountInString(before[start:]) + 1
}

func finding(t testing.TB, path, src string, start, end int, rule string, sev rules.Severity, msg string, fix *rules.Fix) rules.Finding {
	t.Helper()
	x := rules.Finding{
		Path: path, Offset: start, EndOffset: end, Rule: rule,
		Category: strings.Split(rule, "/")[0], Severity: sev, Message: msg, Fix: fix,
		Related: []rules.Related{},
	}
	x.Line, x.Column = position(src, start)
	x.EndLine, x.EndColumn = position(src, end)
	return x
}

// sampleFiles is the fixed, hand-made input of every golden file.
func sampleFiles(t testing.TB) []File {
	t.Helper()
	const post = "content/news/post.md"
	var fs []rules.Finding

	s, e := at(t, postSrc, "[ad_1]", 0)
	fs = append(fs, finding(t, post, postSrc, s, e, "ads/placeholder-token", rules.Error,
		`Ad placeholder "[ad_1]" left by an ad plugin`,
		&rules.Fix{Safety: rules.Safe, Description: "delete the line", Edits: []article.Edit{{Offset: s, End: e + 1}}}))

	s, e = at(t, postSrc, "â€™", 0)
	fs = append(fs, finding(t, post, postSrc, s, e, "encoding/mojibake", rules.Warning,
		`Mojibake "â€™" should read "’"`,
		&rules.Fix{Safety: rules.Safe, Description: `replace with "’"`, Edits: []article.Edit{{Offset: s, End: e, Text: "’"}}}))

	// A fix of two edits: drop the opening and the closing tag.
	s, e = at(t, postSrc, "<b>really</b>", 0)
	o1, o2 := at(t, postSrc, "<b>", 0)
	c1, c2 := at(t, postSrc, "</b>", 0)
	fs = append(fs, finding(t, post, postSrc, s, e, "markup/leaked-tag", rules.Warning, escapeMsg,
		&rules.Fix{Safety: rules.Unsafe, Description: "remove the <b> & </b> tags", Edits: []article.Edit{
			{Offset: o1, End: o2}, {Offset: c1, End: c2},
		}}))

	// A span over two lines.
	s, _ = at(t, postSrc, "Share this:", 0)
	_, e = at(t, postSrc, "Twitter", 0)
	fs = append(fs, finding(t, post, postSrc, s, e, "boilerplate/share-bar", rules.Info,
		`Share bar "Share this: Twitter"`,
		&rules.Fix{Safety: rules.Safe, Description: "delete the lines", Edits: []article.Edit{{Offset: s, End: e + 1}}}))

	// No fix, with a related location.
	s, e = at(t, postSrc, "The council voted 9 to 2.", 1)
	r0, _ := at(t, postSrc, "The council voted 9 to 2.", 0)
	dup := finding(t, post, postSrc, s, e, "structure/duplicate-sentence", rules.Info,
		"Sentence repeats the one before it", nil)
	rl, rc := position(postSrc, r0)
	dup.Related = []rules.Related{{Line: rl, Column: rc, Message: "first copy", Offset: r0}}
	fs = append(fs, dup)

	// A rule missing from the rule list (as a user rule from a config).
	const wire = "content/feeds/wire, copy.html"
	s, e = at(t, wireSrc, "Follow us for more", 0)
	user := finding(t, wire, wireSrc, s, e, "boilerplate/custom-cta", rules.Warning,
		`Call to action "Follow us for more"`, nil)

	return []File{
		{Path: post, Src: []byte(postSrc), Findings: fs},
		{Path: wire, Src: []byte(wireSrc), Findings: []rules.Finding{user}},
		{Path: "./notes.txt", Src: []byte("Clean.\n"), Findings: nil},
	}
}

func noCheck(*rules.Context) {}

// sampleRules stand in for the registry so the goldens do not change when
// rules are added.
func sampleRules() []rules.Rule {
	return []rules.Rule{
		rules.New(rules.Meta{
			ID: "ads/placeholder-token", Severity: rules.Error, Fix: rules.Safe,
			Summary: "Ad-plugin placeholder tokens such as [ad_1]",
			What:    "Finds placeholder tokens that ad plugins leave in scraped text.",
			Why:     "Readers see them as garbage.",
			FixNote: "Deleting a token line removes no content.",
			Examples: []rules.Example{{
				Bad: "[ad_1]\nText.\n", Fixed: "Text.\n", Good: "Text.\n",
			}},
		}, noCheck),
		rules.New(rules.Meta{
			ID: "boilerplate/share-bar", Severity: rules.Info, Fix: rules.Safe,
			Summary: "Share-widget text", What: "Finds share bars.", Why: "Site chrome, not content.",
			FixNote: "Safe: the lines carry no content.",
		}, noCheck),
		rules.New(rules.Meta{
			ID: "markup/leaked-tag", Severity: rules.Warning, Fix: rules.Unsafe,
			Summary: "HTML tags leaked into Markdown", What: "Finds <b> & co.", Why: "They show as text.",
			FixNote: "Unsafe: the markup may have been meant.",
		}, noCheck),
		rules.New(rules.Meta{
			ID: "encoding/mojibake", Severity: rules.Warning, Fix: rules.Safe,
			Summary: "UTF-8 decoded as Windows-1252", What: "Finds â€™ and kin.", Why: "Unreadable.",
			FixNote: "Safe: the repair is exact.",
		}, noCheck),
		rules.New(rules.Meta{
			ID: "structure/duplicate-sentence", Severity: rules.Info, Fix: rules.NoFix,
			Summary: "A sentence repeated", What: "Finds repeats.", Why: "Scrapers double text.",
			FixNote: "No fix.",
		}, noCheck),
	}
}

func sampleOptions() Options {
	return Options{ToolVersion: "1.2.3", Rules: sampleRules()}
}

func render(t testing.TB, format string, files []File, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, format, files, opt); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.Bytes()
}

func TestFormatsGolden(t *testing.T) {
	files := sampleFiles(t)
	for _, f := range machineFormats {
		t.Run(f.name, func(t *testing.T) {
			got := render(t, f.name, files, sampleOptions())
			path := filepath.Join(goldenDir, f.golden)
			if *update {
				if err := os.MkdirAll(goldenDir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run `go test ./report -update` to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s output differs from %s (rerun with -update if the change is intended)\n--- got ---\n%s", f.name, path, got)
			}
		})
	}
}

func TestFormatsRegistered(t *testing.T) {
	for _, f := range machineFormats {
		found := false
		for _, n := range Formats {
			found = found || n == f.name
		}
		if !found {
			t.Errorf("format %q missing from Formats", f.name)
		}
	}
	for _, n := range Formats {
		if err := Write(io.Discard, n, sampleFiles(t), sampleOptions()); err != nil {
			t.Errorf("Write(%q): %v", n, err)
		}
	}
}

func sarifValidator(t *testing.T) *jsonschema.Schema {
	t.Helper()
	abs, err := filepath.Abs(filepath.Join(schemaDir, "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	sch, err := c.Compile(abs)
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}
	return sch
}

func validateSARIF(t *testing.T, sch *jsonschema.Schema, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("SARIF is not JSON: %v", err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("SARIF does not match the 2.1.0 schema: %v", err)
	}
}

func TestSARIFSchema(t *testing.T) {
	sch := sarifValidator(t)
	cases := map[string]struct {
		files []File
		opt   Options
	}{
		"sample":             {sampleFiles(t), sampleOptions()},
		"registry rules":     {sampleFiles(t), Options{}},
		"no files":           {nil, Options{ToolVersion: "dev"}},
		"only clean files":   {[]File{{Path: "a.md", Src: []byte("ok\n")}}, Options{}},
		"absolute file path": {[]File{{Path: "/srv/site/a b.md", Src: []byte("x\n"), Findings: []rules.Finding{{Line: 1, Column: 1, EndLine: 1, EndColumn: 2, EndOffset: 1, Rule: "ads/x", Severity: rules.Error, Message: "m"}}}}, Options{}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			validateSARIF(t, sch, render(t, "sarif", c.files, c.opt))
		})
	}
}

// sarifDoc is the part of the SARIF output the checks below read.
type sarifDoc struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Name    string `json:"name"`
				Version string `json:"version"`
				Rules   []struct {
					ID   string `json:"id"`
					Help struct {
						Text string `json:"text"`
					} `json:"help"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine, StartColumn, EndLine, EndColumn int
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			Fixes               []struct {
				ArtifactChanges []struct {
					Replacements []struct {
						DeletedRegion struct {
							ByteOffset int `json:"byteOffset"`
							ByteLength int `json:"byteLength"`
						} `json:"deletedRegion"`
						InsertedContent *struct {
							Text string `json:"text"`
						} `json:"insertedContent"`
					} `json:"replacements"`
				} `json:"artifactChanges"`
			} `json:"fixes"`
		} `json:"results"`
	} `json:"runs"`
}

func TestSARIFContent(t *testing.T) {
	files := sampleFiles(t)
	var doc sarifDoc
	if err := json.Unmarshal(render(t, "sarif", files, sampleOptions()), &doc); err != nil {
		t.Fatal(err)
	}
	run := doc.Runs[0]
	if d := run.Tool.Driver; d.Name != "scrapelint" || d.Version != "1.2.3" {
		t.Errorf("driver = %q %q", d.Name, d.Version)
	}
	var all []rules.Finding
	for _, f := range files {
		all = append(all, f.Findings...)
	}
	if len(run.Results) != len(all) {
		t.Fatalf("%d results for %d findings", len(run.Results), len(all))
	}
	seen := map[string]bool{}
	for i, r := range run.Results {
		x := all[i]
		if got := run.Tool.Driver.Rules[r.RuleIndex].ID; got != r.RuleID || r.RuleID != x.Rule {
			t.Errorf("result %d: ruleId %q, ruleIndex names %q, finding rule %q", i, r.RuleID, got, x.Rule)
		}
		if r.Message.Text != x.Message {
			t.Errorf("result %d: message %q", i, r.Message.Text)
		}
		loc := r.Locations[0].PhysicalLocation
		if u := loc.ArtifactLocation.URI; strings.HasPrefix(u, "./") || strings.Contains(u, `\`) || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("result %d: artifact location %+v", i, loc.ArtifactLocation)
		}
		reg := loc.Region
		if reg.StartLine != x.Line || reg.StartColumn != x.Column || reg.EndLine != x.EndLine || reg.EndColumn != x.EndColumn {
			t.Errorf("result %d: region %+v, finding %d:%d-%d:%d", i, reg, x.Line, x.Column, x.EndLine, x.EndColumn)
		}
		fp := r.PartialFingerprints["scrapelint/v1"]
		if fp == "" || seen[fp] {
			t.Errorf("result %d: fingerprint %q empty or repeated", i, fp)
		}
		seen[fp] = true
		if (x.Fix != nil) != (len(r.Fixes) == 1) {
			t.Errorf("result %d: %d fixes for fix %v", i, len(r.Fixes), x.Fix)
		}
		if x.Fix != nil {
			reps := r.Fixes[0].ArtifactChanges[0].Replacements
			if len(reps) != len(x.Fix.Edits) {
				t.Fatalf("result %d: %d replacements for %d edits", i, len(reps), len(x.Fix.Edits))
			}
			for j, rep := range reps {
				e := x.Fix.Edits[j]
				text := ""
				if rep.InsertedContent != nil {
					text = rep.InsertedContent.Text
				}
				if rep.DeletedRegion.ByteOffset != e.Offset || rep.DeletedRegion.ByteLength != e.End-e.Offset || text != e.Text {
					t.Errorf("result %d replacement %d = %+v, edit %+v", i, j, rep, e)
				}
			}
		}
	}
	if u := run.Results[len(run.Results)-1].Locations[0].PhysicalLocation.ArtifactLocation.URI; u != "content/feeds/wire,%20copy.html" {
		t.Errorf("uri = %q", u)
	}
}

func TestSARIFListsEveryRule(t *testing.T) {
	var doc sarifDoc
	if err := json.Unmarshal(render(t, "sarif", nil, Options{}), &doc); err != nil {
		t.Fatal(err)
	}
	all := rules.All()
	got := doc.Runs[0].Tool.Driver.Rules
	if len(got) != len(all) {
		t.Fatalf("driver lists %d rules, registry has %d", len(got), len(all))
	}
	for i, r := range all {
		// The explain text itself (examples may hold invalid UTF-8, which
		// JSON carries as U+FFFD).
		if got[i].ID != r.Meta().ID || !strings.HasPrefix(got[i].Help.Text, "# "+r.Meta().ID+"\n") {
			t.Errorf("rule %d: %q, want %q with its explain text", i, got[i].ID, r.Meta().ID)
		}
	}
}

func TestSARIFArtifactURI(t *testing.T) {
	for _, c := range []struct{ path, uri, base string }{
		{"a.md", "a.md", "%SRCROOT%"},
		{"./content/a.md", "content/a.md", "%SRCROOT%"},
		{"content//x/../a b.md", "content/a%20b.md", "%SRCROOT%"},
		{"näh/100%.md", "n%C3%A4h/100%25.md", "%SRCROOT%"},
		{"c:d/e.md", "c%3Ad/e.md", "%SRCROOT%"},
		{"/srv/site/a.md", "file:///srv/site/a.md", ""},
	} {
		got := sarifArtifactOf(c.path)
		if got.URI != c.uri || got.URIBaseID != c.base {
			t.Errorf("sarifArtifactOf(%q) = %+v, want %q %q", c.path, got, c.uri, c.base)
		}
	}
}

func TestJUnitSchema(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian: apt-get install -y libxml2-utils); JUnit XSD validation skipped")
	}
	for name, files := range map[string][]File{
		"sample":  sampleFiles(t),
		"empty":   nil,
		"hostile": hostileFiles(),
	} {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "junit.xml")
			if err := os.WriteFile(out, render(t, "junit", files, Options{}), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(xmllint, "--noout", "--schema", filepath.Join(schemaDir, "junit-10.xsd"), out)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("xmllint: %v\n%s", err, b)
			}
		})
	}
}

// hostileFiles holds text that XML cannot carry as is.
func hostileFiles() []File {
	msg := "vertical\x0btab, NUL\x00, ]]> end, \uFFFE, bad \xff byte, \r\n"
	return []File{{Path: "x]]>.md", Src: []byte("x\n"), Findings: []rules.Finding{
		{Path: "x]]>.md", Line: 1, Column: 1, EndLine: 1, EndColumn: 2, EndOffset: 1, Rule: "ads/x", Severity: rules.Error, Message: msg},
	}}}
}

// parseXML checks that out is well-formed XML.
func parseXML(t *testing.T, out []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(out))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, out)
		}
	}
}

func TestXMLFormats(t *testing.T) {
	files := sampleFiles(t)
	for _, name := range []string{"checkstyle", "junit"} {
		parseXML(t, render(t, name, files, Options{}))
		parseXML(t, render(t, name, nil, Options{}))
		parseXML(t, render(t, name, hostileFiles(), Options{}))
	}

	// Attribute values survive escaping.
	var cs checkstyleXML
	if err := xml.Unmarshal(render(t, "checkstyle", files, Options{}), &cs); err != nil {
		t.Fatal(err)
	}
	if len(cs.Files) != len(files) || cs.Version != "4.3" {
		t.Fatalf("checkstyle lists %d files (version %q)", len(cs.Files), cs.Version)
	}
	got, x := cs.Files[0].Errors[2], files[0].Findings[2]
	if got.Message != escapeMsg || got.Line != x.Line || got.Column != x.Column || got.Severity != "warning" || got.Source != "scrapelint.markup/leaked-tag" {
		t.Errorf("checkstyle error = %+v", got)
	}
	if cs.Files[2].Name != "notes.txt" || len(cs.Files[2].Errors) != 0 {
		t.Errorf("clean file = %+v", cs.Files[2])
	}

	var ju junitSuites
	if err := xml.Unmarshal(render(t, "junit", files, Options{}), &ju); err != nil {
		t.Fatal(err)
	}
	s := ju.Suites[0]
	if len(ju.Suites) != 1 || s.Tests != 3 || s.Failures != 2 || len(s.Cases) != 3 {
		t.Fatalf("junit suite = %+v", ju)
	}
	if s.Cases[2].Failure != nil || s.Cases[0].Failure == nil || !strings.Contains(s.Cases[0].Failure.Text, escapeMsg) {
		t.Errorf("junit cases = %+v", s.Cases)
	}
}

// apply applies edits (sorted, non-overlapping) to src.
func apply(src string, edits []article.Edit) string {
	es := append([]article.Edit(nil), edits...)
	sort.Slice(es, func(i, j int) bool { return es[i].Offset > es[j].Offset })
	for _, e := range es {
		src = src[:e.Offset] + e.Text + src[e.End:]
	}
	return src
}

// byteOffset inverts a 1-based line and byte column.
func byteOffset(src string, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		off += strings.IndexByte(src[off:], '\n') + 1
	}
	return off + col - 1
}

// applySuggestion applies a reviewdog suggestion as reviewdog does: by
// byte columns, or, without columns, by replacing whole lines.
func applySuggestion(src string, sg rdSuggestion) string {
	r := sg.Range
	if r.Start.Column == 0 && r.End.Column == 0 {
		s := byteOffset(src, r.Start.Line, 1)
		e := len(src)
		if r.End.Line < strings.Count(src, "\n") {
			e = byteOffset(src, r.End.Line+1, 1)
		}
		text := sg.Text
		if text != "" {
			text += "\n"
		}
		return src[:s] + text + src[e:]
	}
	s, e := byteOffset(src, r.Start.Line, r.Start.Column), byteOffset(src, r.End.Line, r.End.Column)
	return src[:s] + sg.Text + src[e:]
}

func TestJSONFormats(t *testing.T) {
	files := sampleFiles(t)
	for _, name := range []string{"sarif", "rdjson", "gitlab"} {
		for _, fs := range [][]File{files, nil} {
			var v any
			if err := json.Unmarshal(render(t, name, fs, Options{}), &v); err != nil {
				t.Errorf("%s is not JSON: %v", name, err)
			}
		}
	}
	if got := strings.TrimSpace(string(render(t, "gitlab", nil, Options{}))); got != "[]" {
		t.Errorf("gitlab with no findings = %s", got)
	}

	// reviewdog: byte columns, and one suggestion per fix that does what
	// the whole fix does.
	var rd struct {
		Severity    string `json:"severity"`
		Diagnostics []struct {
			Message  string `json:"message"`
			Severity string `json:"severity"`
			Location struct {
				Path  string  `json:"path"`
				Range rdRange `json:"range"`
			} `json:"location"`
			Code        rdCode         `json:"code"`
			Suggestions []rdSuggestion `json:"suggestions"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal(render(t, "rdjson", files, Options{}), &rd); err != nil {
		t.Fatal(err)
	}
	if rd.Severity != "ERROR" {
		t.Errorf("rdjson severity = %q", rd.Severity)
	}
	i := 0
	for _, f := range files {
		src := string(f.Src)
		for _, x := range f.Findings {
			d := rd.Diagnostics[i]
			i++
			r := d.Location.Range
			if byteOffset(src, r.Start.Line, r.Start.Column) != x.Offset || byteOffset(src, r.End.Line, r.End.Column) != x.EndOffset {
				t.Errorf("%s: range %+v does not match offsets %d-%d", x.Rule, r, x.Offset, x.EndOffset)
			}
			if d.Code.Value != x.Rule || d.Message != x.Message || d.Location.Path != repoPath(x.Path) {
				t.Errorf("diagnostic %+v for %s", d, x.Rule)
			}
			if x.Fix == nil {
				if len(d.Suggestions) != 0 {
					t.Errorf("%s: suggestions without a fix", x.Rule)
				}
				continue
			}
			if len(d.Suggestions) != 1 {
				t.Fatalf("%s: %d suggestions", x.Rule, len(d.Suggestions))
			}
			if got, want := applySuggestion(src, d.Suggestions[0]), apply(src, x.Fix.Edits); got != want {
				t.Errorf("%s: suggestion gives\n%q\nthe fix gives\n%q", x.Rule, got, want)
			}
		}
	}

	var gl []gitlabIssue
	if err := json.Unmarshal(render(t, "gitlab", files, Options{}), &gl); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, g := range gl {
		if g.Fingerprint == "" || seen[g.Fingerprint] {
			t.Errorf("gitlab fingerprint %q empty or repeated", g.Fingerprint)
		}
		seen[g.Fingerprint] = true
		switch g.Severity {
		case "info", "minor", "major", "critical", "blocker":
		default:
			t.Errorf("gitlab severity %q", g.Severity)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	for _, c := range []struct{ in, data, prop string }{
		{"plain text", "plain text", "plain text"},
		{"100%", "100%25", "100%25"},
		{"a\nb", "a%0Ab", "a%0Ab"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"key: value", "key: value", "key%3A value"},
		{"a, b", "a, b", "a%2C b"},
		{"%0A", "%250A", "%250A"},
		{`"<b>" & ::x`, `"<b>" & ::x`, `"<b>" & %3A%3Ax`},
		{"scrapelint (ads/x)", "scrapelint (ads/x)", "scrapelint (ads/x)"},
	} {
		if got := githubData(c.in); got != c.data {
			t.Errorf("githubData(%q) = %q, want %q", c.in, got, c.data)
		}
		if got := githubProperty(c.in); got != c.prop {
			t.Errorf("githubProperty(%q) = %q, want %q", c.in, got, c.prop)
		}
	}
}

func TestGitHubCommands(t *testing.T) {
	files := sampleFiles(t)
	out := strings.TrimSuffix(string(render(t, "github", files, Options{})), "\n")
	lines := strings.Split(out, "\n")
	var all []rules.Finding
	for _, f := range files {
		all = append(all, f.Findings...)
	}
	if len(lines) != len(all) {
		t.Fatalf("%d lines for %d findings:\n%s", len(lines), len(all), out)
	}
	cmds := map[rules.Severity]string{rules.Error: "error", rules.Warning: "warning", rules.Info: "notice"}
	for i, l := range lines {
		x := all[i]
		head, msg, ok := strings.Cut(l, "::")
		if head != "" || !ok {
			t.Fatalf("line %q does not start with ::", l)
		}
		cmd, rest, _ := strings.Cut(msg, " ")
		props, data, ok := strings.Cut(rest, "::")
		if !ok || cmd != cmds[x.Severity] {
			t.Fatalf("line %q: command %q", l, cmd)
		}
		want := fmt.Sprintf("file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=scrapelint (%s)",
			githubProperty(repoPath(x.Path)), x.Line, x.Column, x.EndLine, x.EndColumn, x.Rule)
		if props != want {
			t.Errorf("properties %q, want %q", props, want)
		}
		if !strings.HasPrefix(data, githubData(x.Message)) || strings.ContainsAny(data, "\r\n") {
			t.Errorf("message %q", data)
		}
	}
	if !strings.Contains(out, "file=content/feeds/wire%2C copy.html,") {
		t.Errorf("path with a comma not escaped:\n%s", out)
	}
}

func TestFingerprintsStable(t *testing.T) {
	src := "Intro.\n[ad_1]\nText.\n[ad_1]\n"
	mk := func(src string) File {
		f := File{Path: "a.md", Src: []byte(src)}
		for n := 0; n < 2; n++ {
			s, e := at(t, src, "[ad_1]", n)
			f.Findings = append(f.Findings, finding(t, "a.md", src, s, e, "ads/placeholder-token", rules.Error, "ad", nil))
		}
		return f
	}
	before := Fingerprints(mk(src))
	if before[0] == before[1] {
		t.Fatalf("two occurrences share a fingerprint %q", before[0])
	}
	// Lines added above and text changed elsewhere move the findings but
	// keep their identity.
	after := Fingerprints(mk("New lead paragraph.\n\nIntro,   rewritten.\n[ad_1]\nText.\nMore text.\n[ad_1]\n"))
	if before[0] != after[0] || before[1] != after[1] {
		t.Errorf("fingerprints changed: %v -> %v", before, after)
	}
	// White space inside the matched text does not matter either.
	a := File{Path: "b.md", Src: []byte("Share  this:\n")}
	a.Findings = []rules.Finding{finding(t, "b.md", "Share  this:\n", 0, 12, "boilerplate/share-bar", rules.Info, "m", nil)}
	b := File{Path: "b.md", Src: []byte("x\nShare this:\n")}
	b.Findings = []rules.Finding{finding(t, "b.md", "x\nShare this:\n", 2, 13, "boilerplate/share-bar", rules.Info, "m", nil)}
	if Fingerprints(a)[0] != Fingerprints(b)[0] {
		t.Error("fingerprint depends on white space")
	}
	// Another path or rule is another finding.
	c := b
	c.Path = "c.md"
	if Fingerprints(b)[0] == Fingerprints(c)[0] {
		t.Error("fingerprint ignores the path")
	}
}

// exampleFiles runs every built-in rule over the example articles, so the
// formats are checked on real findings too (a BOM, CRLF, HTML, multi-byte
// text).
func exampleFiles(t *testing.T) []File {
	t.Helper()
	paths, err := filepath.Glob("../testdata/examples/*")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no example articles: %v", err)
	}
	eng := rules.NewEngine(rules.All())
	var files []File
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel := strings.TrimPrefix(filepath.ToSlash(p), "../")
		doc, err := article.Parse(rel, src)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		files = append(files, File{Path: rel, Src: src, Findings: eng.Run(doc)})
	}
	return files
}

func TestFormatsOnExamples(t *testing.T) {
	files := exampleFiles(t)
	validateSARIF(t, sarifValidator(t), render(t, "sarif", files, Options{ToolVersion: "dev"}))
	for _, name := range []string{"checkstyle", "junit"} {
		parseXML(t, render(t, name, files, Options{}))
	}
	for _, name := range []string{"rdjson", "gitlab"} {
		var v any
		if err := json.Unmarshal(render(t, name, files, Options{}), &v); err != nil {
			t.Errorf("%s is not JSON: %v", name, err)
		}
	}
	n := 0
	for _, f := range files {
		doc, err := article.Parse(f.Path, f.Src)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range f.Findings {
			n++
			// Fix regions use the engine's line and character columns.
			if x.Fix == nil {
				continue
			}
			for _, e := range x.Fix.Edits {
				for _, off := range []int{e.Offset, e.End} {
					if off == len(f.Src) && bytes.HasSuffix(f.Src, []byte("\n")) {
						// The end of a file after its final line break is
						// line N+1, column 1 here; the engine, which never
						// places a finding there, calls it column len+2 of
						// line N. byteOffset makes the region exact anyway.
						continue
					}
					gl, gc := charPos(f.Src, off)
					wl, wc := doc.Position(off)
					if gl != wl || gc != wc {
						t.Errorf("%s %s: charPos(%d) = %d:%d, engine says %d:%d", f.Path, x.Rule, off, gl, gc, wl, wc)
					}
				}
			}
			s, e, text, ok := fixSpan(f.Src, x.Fix)
			if !ok {
				t.Errorf("%s %s: fix edits do not merge: %+v", f.Path, x.Rule, x.Fix.Edits)
				continue
			}
			if got, want := string(f.Src[:s])+text+string(f.Src[e:]), apply(string(f.Src), x.Fix.Edits); got != want {
				t.Errorf("%s %s: merged suggestion differs from the fix", f.Path, x.Rule)
			}
			sg, _ := rdSuggestionOf(f.Src, x.Fix)
			if got, want := applySuggestion(string(f.Src), sg), apply(string(f.Src), x.Fix.Edits); got != want {
				t.Errorf("%s %s: suggestion %+v differs from the fix", f.Path, x.Rule, sg)
			}
		}
	}
	if n == 0 {
		t.Error("the example articles produced no findings")
	}
	if xmllint, err := exec.LookPath("xmllint"); err == nil {
		out := filepath.Join(t.TempDir(), "junit.xml")
		if err := os.WriteFile(out, render(t, "junit", files, Options{}), 0o644); err != nil {
			t.Fatal(err)
		}
		if b, err := exec.Command(xmllint, "--noout", "--schema", filepath.Join(schemaDir, "junit-10.xsd"), out).CombinedOutput(); err != nil {
			t.Errorf("xmllint: %v\n%s", err, b)
		}
	}
}
