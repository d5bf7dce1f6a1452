package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/scrapelint/scrapelint/rules"
)

// jsonFinding encodes one finding as the array element of the json
// format (indented two spaces) or as one jsonl line.
func jsonFinding(w io.Writer, f rules.Finding, indent bool) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("  ", "  ")
		buf.WriteString("  ")
	}
	if err := enc.Encode(f); err != nil {
		return err
	}
	b := buf.Bytes()
	if indent {
		b = bytes.TrimSuffix(b, []byte("\n"))
	}
	_, err := w.Write(b)
	return err
}
