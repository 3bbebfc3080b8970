package brief

import (
	"strings"
	"testing"
)

// The seed findings as the briefing shows them (issue 14): inferred
// publication windows instead of "undated", periods from the publication
// date said as such, descriptive titles never quoted as headlines.
func TestSeedFindingsShown(t *testing.T) {
	set := seedSet(t)
	long := build(t, Options{Long: true, Now: goldenNow})
	for _, format := range []string{"text", "md"} {
		out := render(t, long, format, 80)
		flat := strings.Join(strings.Fields(out), " ")
		for _, a := range set.Articles {
			if a.TitleNote == "" {
				continue
			}
			title := strings.Join(strings.Fields(a.Title), " ")
			if strings.Contains(flat, "“"+title+"”") || strings.Contains(flat, "\""+title+"\"") {
				t.Errorf("%s: descriptive title of %s printed in quotation marks", format, a.File)
			}
			if !strings.Contains(flat, title+" (descriptive title)") {
				t.Errorf("%s: descriptive title of %s not shown as such", format, a.File)
			}
		}
		for _, want := range []string{"Aug–Dec 2024 (inferred)", "Nov–Dec 2024 (inferred)", "as reported 12 Jun 2024", "; 3 inferred"} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s: %q not shown", format, want)
			}
		}
		if strings.Contains(flat, "undated (00") || strings.Contains(flat, "; 3 undated") {
			t.Errorf("%s: an article with an inferred window is still shown undated", format)
		}
	}
}
