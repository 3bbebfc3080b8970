package extract

import (
	"strings"
	"testing"
)

// TestMerges: a figure the dataset already holds (same value and unit, the
// same subject, a compatible period) is drafted as its second source, with
// any difference named; without a shared subject it stays a figure.
func TestMerges(t *testing.T) {
	cases := []struct {
		name, text string
		merged     map[string]string // known figure id → part of the conflict ("" for none)
		figures    int
	}{
		{
			name:    "the same fact in another outlet (VietnamPlus)",
			text:    "Korean investors have 279 projects worth US$382 million in Đà Nẵng, the city's investment promotion agency said.",
			merged:  map[string]string{"danang-korean-projects": "", "danang-korean-investment-value": ""},
			figures: 0,
		},
		{
			name:    "a hedged rounding of it, with the conflict named",
			text:    "South Korean firms run nearly 280 investment projects in Đà Nẵng.",
			merged:  map[string]string{"danang-korean-projects": "qualifier nearly"},
			figures: 0,
		},
		{
			name:    "same number about something else stays a figure",
			text:    "Thai retailers opened 279 stores in Bangkok last year.",
			merged:  map[string]string{},
			figures: 1,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Extract("m.txt", []byte("Title\n\n"+c.text), Options{Published: "2024-07-01", Known: seeds(t)})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]Merge{}
			for _, m := range d.Merges {
				got[m.Figure] = m
				if !strings.Contains(m.Quote, m.ValueText) {
					t.Errorf("merge quote %q lacks its value %q", m.Quote, m.ValueText)
				}
			}
			for id, conflict := range c.merged {
				m, ok := got[id]
				if !ok {
					t.Errorf("not merged into %s; merges %+v, figures %+v", id, d.Merges, d.Figures)
					continue
				}
				if conflict == "" && m.Conflict != "" || !strings.Contains(m.Conflict, conflict) {
					t.Errorf("%s: conflict %q, want %q", id, m.Conflict, conflict)
				}
			}
			if len(d.Merges) != len(c.merged) || len(d.Figures) != c.figures {
				t.Errorf("%d merges, %d figures; want %d, %d", len(d.Merges), len(d.Figures), len(c.merged), c.figures)
			}
		})
	}
}
