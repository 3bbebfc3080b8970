package extract

import (
	"strings"
	"testing"

	"ictdash/data"
)

// TestRunOnInputs: texts with thousands of numbers in one sentence, or one
// sentence repeated, draft quickly (the searches are bounded, not repeated
// from the start of the sentence for each number) and invent nothing.
func TestRunOnInputs(t *testing.T) {
	raw := string(readFile(t, "../seeds/000_b77dc0c3b0768d47.txt"))
	for name, s := range map[string]string{
		"no full stops": strings.ReplaceAll(raw, ".", ","),
		"no newlines":   strings.ReplaceAll(raw, "\n", " "),
		"article twice": raw + raw,
		"numbers":       strings.Repeat("10 ", 30000),
		"words":         strings.Repeat("ten 10 ", 5000),
		"one sentence":  strings.Repeat("Korea has 10 firms. ", 2000),
		"one line":      strings.Repeat("Korea has 10 firms.\n", 2000),
	} {
		d, err := Extract("a.txt", []byte(s), Options{Known: seeds(t), Published: "2024-06-12"})
		if err != nil {
			t.Fatal(err)
		}
		if msg := invented(d, data.Clean(s).Text); msg != "" {
			t.Errorf("%s: %s", name, msg)
		}
	}
}
