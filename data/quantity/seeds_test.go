package quantity

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSeedsCovered: every digit of the seed articles that starts a number
// (is not inside a word such as "COVID-19") lies inside a span, quantity
// or skipped, so that no number is lost unseen.
func TestSeedsCovered(t *testing.T) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seed articles")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		covered := make([]bool, len(text))
		for q := range Each(text, Detect(text)) {
			for i := q.Start; i < q.End; i++ {
				covered[i] = true
			}
		}
		for i := 0; i < len(text); i++ {
			if !isDigit(text[i]) || covered[i] {
				continue
			}
			if r, _ := runeBefore(text, i); isWordRune(r) && !isHangul(r) || i > 1 && isDigit(text[i-1]) {
				continue // inside a word or a number already read
			}
			if r, n := runeBefore(text, i); (r == '-' || r == '.' || r == '/' || r == ':' || r == '+') && i-n > 0 {
				if pp, _ := runeBefore(text, i-n); isWordRune(pp) {
					continue
				}
			}
			t.Errorf("%s: digit at %d not scanned: %q", filepath.Base(f), i, text[max(i-20, 0):min(i+20, len(text))])
		}
	}
}
