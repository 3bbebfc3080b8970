package extract

import (
	"strings"
	"testing"
)

// TestComparisonBaseIsSkipped: the span a change is measured from dates
// the base; the change is the figure, in all three languages.
func TestComparisonBaseIsSkipped(t *testing.T) {
	for _, c := range []struct{ text, span, figure string }{
		{"베트남 출신 비중은 2년 전보다 6.5%포인트 높아졌다.", "2년 전", "6.5%포인트"},
		{"The share of Vietnamese developers is up 6.5 percentage points from two years ago.", "two years ago", "6.5 percentage points"},
		{"Tỷ lệ này tăng 6,5 điểm phần trăm so với 2 năm trước.", "2 năm trước", "6,5 điểm phần trăm"},
	} {
		d, err := Extract("c.txt", []byte("Title\n\n"+c.text), Options{Published: "2024-08-14"})
		if err != nil {
			t.Fatal(err)
		}
		skipped := false
		for _, s := range d.Skipped {
			if s.Text == c.span && strings.Contains(s.Reason, "comparison base") && strings.Contains(s.Reason, "2022") {
				skipped = true
			}
		}
		drafted := map[string]bool{}
		for _, f := range d.Figures {
			drafted[f.ValueText] = true
		}
		if !skipped || drafted[c.span] || !drafted[c.figure] {
			t.Errorf("%q: figures %v, skipped %+v", c.text, drafted, d.Skipped)
		}
	}
}
