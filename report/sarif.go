package report

import (
	"encoding/json"
	"io"
	"net/url"
	"strings"
	"unicode"

	"github.com/scrapelint/scrapelint/rules"
)

// SARIF 2.1.0, the subset GitHub code scanning reads
// (https://docs.oasis-open.org/sarif/sarif/v2.1.0/).

const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	// sarifSrcRoot is the uriBaseId of repo-relative paths.
	sarifSrcRoot = "%SRCROOT%"
	// sarifFingerprintKey names our entry in partialFingerprints. GitHub
	// computes primaryLocationLineHash itself, so we do not fill that one.
	sarifFingerprintKey = "scrapelint/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string            `json:"name"`
	InformationURI string            `json:"informationUri"`
	Version        string            `json:"version,omitempty"`
	Rules          []sarifDescriptor `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifDescriptor struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name,omitempty"`
	ShortDescription     *sarifText     `json:"shortDescription,omitempty"`
	FullDescription      *sarifText     `json:"fullDescription,omitempty"`
	HelpURI              string         `json:"helpUri,omitempty"`
	Help                 *sarifHelp     `json:"help,omitempty"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           sarifRuleProps `json:"properties"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags"`
	// FixSafety is "safe", "unsafe" or "none".
	FixSafety string `json:"fixSafety,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// sarifRegion is a text region (lines and character columns, end column
// exclusive) and, for fixes, also the same region in bytes.
type sarifRegion struct {
	StartLine   int  `json:"startLine"`
	StartColumn int  `json:"startColumn"`
	EndLine     int  `json:"endLine,omitempty"`
	EndColumn   int  `json:"endColumn,omitempty"`
	ByteOffset  *int `json:"byteOffset,omitempty"`
	ByteLength  *int `json:"byteLength,omitempty"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent *sarifText  `json:"insertedContent,omitempty"`
}

func writeSARIF(w io.Writer, files []File, opt Options) error {
	drv := sarifDriver{
		Name:           toolName,
		InformationURI: toolURI,
		Version:        opt.ToolVersion,
		Rules:          []sarifDescriptor{},
	}
	index := map[string]int{}
	for _, r := range ruleList(opt) {
		m := r.Meta()
		if _, dup := index[m.ID]; dup {
			continue
		}
		index[m.ID] = len(drv.Rules)
		drv.Rules = append(drv.Rules, sarifRule(r))
	}
	results := []sarifResult{}
	for _, f := range files {
		loc := sarifArtifactOf(f.Path)
		fps := Fingerprints(f)
		for i, x := range f.Findings {
			ri, ok := index[x.Rule]
			if !ok {
				// A rule outside the list (a user rule, say) still gets a
				// descriptor, so that ruleIndex always resolves.
				ri = len(drv.Rules)
				index[x.Rule] = ri
				drv.Rules = append(drv.Rules, sarifBareRule(x))
			}
			line, col, endLine, endCol := span(x)
			res := sarifResult{
				RuleID:    x.Rule,
				RuleIndex: ri,
				Level:     sarifLevel(x.Severity),
				Message:   sarifText{x.Message},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
					ArtifactLocation: loc,
					Region:           sarifRegion{StartLine: line, StartColumn: col, EndLine: endLine, EndColumn: endCol},
				}}},
				PartialFingerprints: map[string]string{sarifFingerprintKey: fps[i]},
			}
			for j, rel := range x.Related {
				id := j + 1
				rl, rc := rel.Line, rel.Column
				if rl < 1 {
					rl = 1
				}
				if rc < 1 {
					rc = 1
				}
				res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
					ID:               &id,
					PhysicalLocation: sarifPhysical{ArtifactLocation: loc, Region: sarifRegion{StartLine: rl, StartColumn: rc}},
					Message:          &sarifText{rel.Message},
				})
			}
			if fix := sarifFixOf(f, x, loc); fix != nil {
				res.Fixes = []sarifFix{*fix}
			}
			results = append(results, res)
		}
	}
	log := sarifLog{
		Schema:  sarifSchema,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool:       sarifTool{Driver: drv},
			ColumnKind: "unicodeCodePoints",
			Results:    results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

func sarifRule(r rules.Rule) sarifDescriptor {
	m := r.Meta()
	full := strings.TrimSpace(m.What)
	if why := strings.TrimSpace(m.Why); why != "" {
		if full != "" {
			full += "\n\n"
		}
		full += why
	}
	if full == "" {
		full = m.Summary
	}
	d := sarifDescriptor{
		ID:                   m.ID,
		Name:                 pascalName(m.ID),
		ShortDescription:     &sarifText{m.Summary},
		FullDescription:      &sarifText{full},
		HelpURI:              rulesURI,
		DefaultConfiguration: sarifConfig{Level: sarifLevel(m.Severity)},
		Properties:           sarifRuleProps{Tags: []string{m.Category()}, FixSafety: string(m.Fix)},
	}
	if d.ShortDescription.Text == "" {
		d.ShortDescription.Text = m.ID
	}
	help := rules.Explain(r)
	d.Help = &sarifHelp{Text: help, Markdown: help}
	return d
}

// sarifBareRule describes a rule known only from one of its findings.
func sarifBareRule(x rules.Finding) sarifDescriptor {
	cat := x.Category
	if cat == "" {
		cat, _, _ = strings.Cut(x.Rule, "/")
	}
	return sarifDescriptor{
		ID:                   x.Rule,
		Name:                 pascalName(x.Rule),
		ShortDescription:     &sarifText{x.Rule},
		DefaultConfiguration: sarifConfig{Level: sarifLevel(x.Severity)},
		Properties:           sarifRuleProps{Tags: []string{cat}},
	}
}

// pascalName turns "ads/placeholder-token" into "PlaceholderToken", the
// identifier style SARIF recommends for reportingDescriptor.name.
func pascalName(id string) string {
	_, name, ok := strings.Cut(id, "/")
	if !ok {
		name = id
	}
	var b strings.Builder
	up := true
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sarifArtifactOf gives a file's artifactLocation: a relative URI against
// %SRCROOT% for relative paths, a file: URI for absolute ones.
func sarifArtifactOf(p string) sarifArtifact {
	p = repoPath(p)
	if isAbs(p) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // Windows drive path
		}
		return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: p}).String()}
	}
	u := (&url.URL{Path: p}).EscapedPath()
	// A colon in the first segment would read as a URI scheme.
	if first, _, _ := strings.Cut(u, "/"); strings.Contains(first, ":") {
		u = strings.Replace(u, ":", "%3A", strings.Count(first, ":"))
	}
	return sarifArtifact{URI: u, URIBaseID: sarifSrcRoot}
}

// sarifFixOf turns a finding's fix into a SARIF fix whose deleted regions
// are given both as lines and character columns and as bytes.
func sarifFixOf(f File, x rules.Finding, loc sarifArtifact) *sarifFix {
	if x.Fix == nil || len(x.Fix.Edits) == 0 {
		return nil
	}
	ch := sarifArtifactChange{ArtifactLocation: loc}
	for _, e := range x.Fix.Edits {
		if e.Offset < 0 || e.End < e.Offset || e.End > len(f.Src) {
			return nil // edits that do not fit the source are not reported
		}
		off, n := e.Offset, e.End-e.Offset
		sl, sc := charPos(f.Src, e.Offset)
		el, ec := charPos(f.Src, e.End)
		rep := sarifReplacement{DeletedRegion: sarifRegion{
			StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec,
			ByteOffset: &off, ByteLength: &n,
		}}
		if e.Text != "" {
			rep.InsertedContent = &sarifText{e.Text}
		}
		ch.Replacements = append(ch.Replacements, rep)
	}
	desc := fixLabel(x.Fix)
	if x.Fix.Description != "" {
		desc += ": " + x.Fix.Description
	}
	return &sarifFix{Description: sarifText{desc}, ArtifactChanges: []sarifArtifactChange{ch}}
}
