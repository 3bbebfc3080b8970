package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTextIndexAgreesWithStringsIndex(t *testing.T) {
	texts := []string{"", "abc", strings.Repeat("a", 999) + "b" + strings.Repeat("a", 1000) + "b",
		"Đà Nẵng drew US$45 million; Đà Nẵng drew US$45 million again", strings.Repeat("xy", 500)}
	for _, seed := range readSeeds(t) {
		texts = append(texts, seed)
	}
	for _, text := range texts {
		x := newTextIndex(text)
		quotes := []string{"", "a", "ab", "abcd", strings.Repeat("a", 1000), "b" + strings.Repeat("a", 1000), "US$45 million",
			"again", "yxyx", "xyxyxyxz", "Nẵng drew", "zzzz"}
		for i := 0; i+40 <= len(text); i += 97 {
			quotes = append(quotes, text[i:i+40], text[i:i+5])
		}
		for _, q := range quotes {
			if got, want := x.index(q), strings.Index(text, q); got != want {
				t.Errorf("index(%.30q) in %.30q = %d, strings.Index %d", q, text, got, want)
			}
		}
	}
}

func FuzzTextIndex(f *testing.F) {
	f.Add("a quote in a text, a quote", "a quote")
	f.Add(strings.Repeat("a", 300)+"b", strings.Repeat("a", 40))
	f.Fuzz(func(t *testing.T, text, q string) {
		if got, want := newTextIndex(text).index(q), strings.Index(text, q); got != want {
			t.Errorf("index(%q) in %q = %d, strings.Index %d", q, text, got, want)
		}
	})
}

// readSeeds returns the seed articles by file name.
func readSeeds(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	out := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = string(b)
	}
	return out
}
