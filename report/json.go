package report

import (
	"encoding/json"
	"io"

	"github.com/scrapelint/scrapelint/rules"
)

func all(files []File) []rules.Finding {
	out := []rules.Finding{}
	for _, f := range files {
		out = append(out, f.Findings...)
	}
	return out
}

func writeJSON(w io.Writer, files []File) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(all(files))
}

func writeJSONL(w io.Writer, files []File) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range all(files) {
		if err := enc.Encode(f); err != nil {
			return err
		}
	}
	return nil
}
