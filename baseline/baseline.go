// Package baseline records today's findings so that later runs report only
// new ones: legacy article repositories can adopt scrapelint without fixing
// every old file first.
package baseline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/scrapelint/scrapelint/rules"
)

// File is the JSON document written by --update-baseline.
type File struct {
	Version int `json:"version"`
	// Findings maps a path to the fingerprints of its accepted findings.
	Findings map[string][]string `json:"findings"`
}

// Fingerprints returns one fingerprint per finding, in order. A fingerprint
// is the rule, the matched text with white space normalised, and the
// occurrence index of that (rule, text) pair in the file: it survives edits
// elsewhere in the file, and two identical artifacts stay distinct.
func Fingerprints(src []byte, fs []rules.Finding) []string {
	seen := map[string]int{}
	out := make([]string, len(fs))
	for i, f := range fs {
		text := ""
		if f.Offset >= 0 && f.EndOffset <= len(src) && f.Offset <= f.EndOffset {
			text = strings.Join(strings.Fields(string(src[f.Offset:f.EndOffset])), " ")
		}
		key := f.Rule + "\x00" + text
		n := seen[key]
		seen[key] = n + 1
		h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, n)))
		out[i] = hex.EncodeToString(h[:8])
	}
	return out
}

// Load reads a baseline file.
func Load(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: not a scrapelint baseline (%w); recreate it with --update-baseline", path, err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("%s: baseline version %d is not supported; recreate it with --update-baseline", path, f.Version)
	}
	return &f, nil
}

// Key normalises a path for the baseline, so "./a.md" and "a.md" agree.
func Key(path string) string {
	return filepath.ToSlash(filepath.Clean(path))
}

// Filter returns the findings of one file that the baseline does not
// hold, and how many it held.
func (b *File) Filter(path string, src []byte, fs []rules.Finding) ([]rules.Finding, int) {
	known := map[string]int{}
	for _, fp := range b.Findings[Key(path)] {
		known[fp]++
	}
	var out []rules.Finding
	hidden := 0
	for i, fp := range Fingerprints(src, fs) {
		if known[fp] > 0 {
			known[fp]--
			hidden++
			continue
		}
		out = append(out, fs[i])
	}
	return out, hidden
}

// Add records a file's findings.
func (b *File) Add(path string, src []byte, fs []rules.Finding) {
	if b.Findings == nil {
		b.Findings = map[string][]string{}
	}
	if len(fs) == 0 {
		return
	}
	fps := Fingerprints(src, fs)
	sort.Strings(fps)
	b.Findings[Key(path)] = fps
}

// Save writes the baseline as stable, diff-friendly JSON.
func (b *File) Save(path string) error {
	b.Version = 1
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}
