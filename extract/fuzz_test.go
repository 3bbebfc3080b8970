package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"go.yaml.in/yaml/v3"

	"ictdash/data"
)

var idRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// FuzzExtract: on any input Extract does not panic; on any input it
// accepts, every value as written is inside its quote and every quote inside
// the clean text (skips likewise), ids are unique and valid, confidences
// are in 0..1, and the YAML and JSON drafts are written and read back with
// the quotes byte for byte.
func FuzzExtract(f *testing.F) {
	for _, g := range []string{"../seeds/*.txt", "testdata/*.txt"} {
		files, _ := filepath.Glob(g)
		for _, file := range files {
			f.Add(readFile(f, file), "")
		}
	}
	for _, s := range []string{
		"", "\n", "two two", "10 10 10", "Title\n\n12/06/2024 44\n\nabout 30 per cent. about 30 per cent.",
		"x\n\nThe “+1” model. For one, the top 10 firms and the two countries.",
		"A\n\n$5m in 2025-30 and 21st, 16:02, next 5 years ago; US$1.5 billion (about VND 38 trillion)",
		"Call 024 3943 7121 or +84 24 3943 7121.", "U.S. firms hired 5 people. Mr. Kim said 6.",
		"last year next month this year", "\xef\xbb\xbf279 projects", "a\u00a0b 5\u00a0per cent",
	} {
		f.Add([]byte(s), "2024-06-12")
	}
	f.Fuzz(func(t *testing.T, raw []byte, pub string) {
		d, err := Extract("fuzz.txt", raw, Options{Published: pub, Known: fuzzKnown()})
		if err != nil {
			return // not UTF-8, or a published date that is not ISO
		}
		clean := data.Clean(string(raw)).Text
		if msg := invented(d, clean); msg != "" {
			t.Fatal(msg)
		}
		// The loader sanitises every string it reads; drafted passages must
		// come through unchanged or they would no longer match the text.
		for _, fig := range d.Figures {
			if data.Sanitize(fig.Quote) != fig.Quote || data.Sanitize(fig.ValueText) != fig.ValueText {
				t.Fatalf("sanitising changes %q", fig.Quote)
			}
		}
		for _, s := range d.Skipped {
			if data.Sanitize(s.Context) != s.Context {
				t.Fatalf("sanitising changes %q", s.Context)
			}
		}
		seen := map[string]bool{}
		for _, fig := range d.Figures {
			if !idRE.MatchString(fig.ID) || seen[fig.ID] {
				t.Fatalf("bad or duplicate id %q", fig.ID)
			}
			seen[fig.ID] = true
			if fig.Confidence < 0 || fig.Confidence > 1 || fig.Label == "" {
				t.Fatalf("figure %s: confidence %v label %q", fig.ID, fig.Confidence, fig.Label)
			}
		}
		var y, j bytes.Buffer
		if err := d.WriteYAML(&y); err != nil {
			t.Fatal(err)
		}
		var back struct {
			Figures []struct {
				ValueText string `yaml:"value_text"`
				Sources   []struct {
					Quote string `yaml:"quote"`
				} `yaml:"sources"`
			} `yaml:"figures"`
			Skipped []struct {
				Context string `yaml:"context"`
			} `yaml:"skipped"`
		}
		if err := yaml.Unmarshal(y.Bytes(), &back); err != nil {
			t.Fatalf("draft YAML does not parse: %v\n%s", err, y.String())
		}
		if len(back.Figures) != len(d.Figures) || len(back.Skipped) != len(d.Skipped) {
			t.Fatalf("YAML read back %d figures, %d skips; drafted %d, %d", len(back.Figures), len(back.Skipped), len(d.Figures), len(d.Skipped))
		}
		for i, fig := range d.Figures {
			if back.Figures[i].ValueText != fig.ValueText || back.Figures[i].Sources[0].Quote != fig.Quote {
				t.Fatalf("YAML changed %q / %q", fig.ValueText, fig.Quote)
			}
		}
		for i, s := range d.Skipped {
			if back.Skipped[i].Context != s.Context {
				t.Fatalf("YAML changed context %q to %q", s.Context, back.Skipped[i].Context)
			}
		}
		if err := d.WriteJSON(&j); err != nil || !json.Valid(j.Bytes()) {
			t.Fatalf("JSON: %v", err)
		}
	})
}

// fuzzKnown is the seed set when it loads; fuzzing must not depend on it.
func fuzzKnown() *data.Set {
	seedOnce.Do(func() { seedSet, seedErr = data.Load(os.DirFS("../seeds")) })
	if seedErr != nil {
		return nil
	}
	return seedSet
}
