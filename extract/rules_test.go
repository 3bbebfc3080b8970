package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"ictdash/data"
)

// draftOf drafts one sentence and returns the figure written as vt.
func draftOf(t *testing.T, sentence, vt string) (Figure, *Draft) {
	t.Helper()
	d, err := Extract("a.txt", []byte("Title\n\n"+sentence), Options{Published: "2024-06-12", Known: entitiesOnly(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range d.Figures {
		if f.ValueText == vt {
			return f, d
		}
	}
	t.Fatalf("%q not drafted from %q; figures %+v, skipped %+v", vt, sentence, d.Figures, d.Skipped)
	return Figure{}, nil
}

var statusCases = []struct {
	sentence, vt string
	want         data.Status
}{
	{"Samsung will invest US$1.5 billion in the plant.", "US$1.5 billion", data.Target},
	{"The plant is expected to employ about 2,000 engineers by 2030.", "about 2,000", data.Projection},
	{"By 2030, the plant will employ 2,000 engineers.", "2,000", data.Projection},
	{"The city aims to attract 50 firms by 2030.", "50", data.Target},
	{"The group has pledged to train 500 engineers.", "500", data.Target},
	{"An estimated 2,000 engineers work there.", "An estimated 2,000", data.Estimate},
	{"The market is valued at $600 billion and the figure is expected to rise to $800 billion by 2028.", "$600 billion", data.Actual},
	{"The market is valued at $600 billion and the figure is expected to rise to $800 billion by 2028.", "$800 billion", data.Projection},
	{"The centres will conduct programmes, in particular for businesses investing in six key areas.", "six", data.Actual},
	{"Samsung, which will open a plant next year, employs 2,000 workers.", "2,000", data.Actual},
	{"Exports rose 12 per cent last year.", "12 per cent", data.Actual},
}

func TestStatusGuess(t *testing.T) {
	for _, c := range statusCases {
		f, _ := draftOf(t, c.sentence, c.vt)
		if f.Status != c.want {
			t.Errorf("%q in %q: status %s (%s), want %s", c.vt, c.sentence, f.Status, f.Reason, c.want)
		}
	}
}

var labelCases = []struct{ sentence, vt, want string }{
	{"Thanh said Korea had 279 projects worth US$382 million.", "279", "Korea’s projects"},
	{"Thanh said Korea had 279 projects worth US$382 million.", "US$382 million", "Value of Korea’s projects"},
	{"In 2018, the IT industry had a turnover of US$98.9 billion.", "US$98.9 billion", "Turnover of the IT industry"},
	{"Electronics brought US$88 billion and software US$4.3 billion.", "US$4.3 billion", "Software"},
	{"He said 29,000 projects in ICT, worth $5.1 billion, had registered.", "$5.1 billion", "Value of projects in ICT"},
	{"It has revenues of US$1 billion, of which $150 million comes from software exports.", "$150 million", "Software exports"},
	{"Approximately 80% of participants found jobs at Korean firms.", "Approximately 80%", "Share of participants"},
	{"Korea's ICT exports to Vietnam rose 12 per cent last year to US$31.4 billion.", "US$31.4 billion", "Korea's ICT exports to Vietnam"},
	{"NIPA offers seven-month internships at Korean companies.", "seven-month", "Length of internships at Korean companies"},
	{"The budget is VND 120 billion (about US$4.7 million) in total.", "about US$4.7 million", "Budget in dollars"},
}

func TestLabels(t *testing.T) {
	for _, c := range labelCases {
		f, _ := draftOf(t, c.sentence, c.vt)
		if f.Label != c.want {
			t.Errorf("%q in %q: label %q, want %q", c.vt, c.sentence, f.Label, c.want)
		}
	}
}

// TestSkipRules: numbers that are words, names, ranks or dates are skipped
// with the reason, never drafted.
var skipCases = []struct{ sentence, text, reason string }{
	{"For one, its campaign worked.", "one", "pronoun"},
	{"One notable initiative is the IT School.", "One", "determiner"},
	{"Leaders of our two countries agreed.", "two", "not a quantity"},
	{"Korea was listed as a top five-investor in Đà Nẵng.", "five", "ranking"},
	{"LG is one of the top 10 investors in the city.", "10", "ranking"},
	{"The talks were part of Vietnam International Digital Week 2024.", "2024", "year in a name"},
	{"The city's innovation plan 2025-30 names Korea.", "2025-30", "2025/2030"},
	{"The “+1” model helps.", "+1", "name of a model"},
	{"The 21st meeting was held in Seoul.", "21st", "ordinal"},
	{"The forum was held on August 2, 2024.", "August 2, 2024", "2024-08-02"},
	{"The first centre was launched two years ago in Hanoi.", "two years ago", "→ 2022"},
	{"Call 024 3943 7121 for details.", "024 3943 7121", "phone number"},
	{"FDI has grown by 11 percent per annum in the last five years.", "last five years", "2019/2024"},
	{"Firms have doubled their IT budgets in the past two years.", "past two years", "2022/2024"},
}

func TestSkipRules(t *testing.T) {
	for _, c := range skipCases {
		d, err := Extract("a.txt", []byte("Title\n\n"+c.sentence), Options{Published: "2024-06-12"})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range d.Skipped {
			if s.Text == c.text {
				found = true
				if !strings.Contains(s.Reason, c.reason) {
					t.Errorf("%q in %q: reason %q, want %q in it", c.text, c.sentence, s.Reason, c.reason)
				}
			}
		}
		if !found {
			t.Errorf("%q in %q not skipped; figures %+v", c.text, c.sentence, d.Figures)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	text := "The U.S. President visited in 2024. Turnover was US$98.9 billion! Mr. Kim said “It grew.” Next line\nNew line? Yes."
	want := []string{"The U.S. President visited in 2024.", "Turnover was US$98.9 billion!", "Mr. Kim said “It grew.”",
		"Next line", "New line?", "Yes."}
	got := splitSentences(text)
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d: %v", len(got), len(want), got)
	}
	for i, s := range got {
		if text[s.start:s.end] != want[i] {
			t.Errorf("sentence %d: %q, want %q", i, text[s.start:s.end], want[i])
		}
	}
}

// TestRuleSentencesLoad drafts all the sentences above as one article (some
// repeat word for word) and loads the draft: every number is accounted for.
func TestRuleSentencesLoad(t *testing.T) {
	var b strings.Builder
	b.WriteString("Rule sentences\n\n12/06/2024 44\n")
	for _, c := range statusCases {
		b.WriteString("\n" + c.sentence)
	}
	for _, c := range labelCases {
		b.WriteString("\n" + c.sentence)
	}
	for _, c := range skipCases {
		b.WriteString(" " + c.sentence)
	}
	raw := []byte(b.String())
	d, err := Extract("rules.txt", raw, Options{Known: entitiesOnly(t)})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "entities.yaml"), entitiesWithoutSources(t))
	writeFile(t, filepath.Join(dir, "rules.txt"), raw)
	writeFile(t, filepath.Join(dir, "rules.yaml"), draftYAML(t, d))
	checkCoverage(t, loadDir(t, dir).Article("rules.txt"), d)
}

// An ambiguous reading is drafted with low confidence and the engine's
// reason, never as if it were certain.
func TestAmbiguousReadingDraftedUnsure(t *testing.T) {
	d, err := Extract("a.txt", []byte("Deal\n\nThe fund, in Singapore dollars, put $5 million into Vietnamese startups."), Options{Published: "2024-06-12"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range d.Figures {
		if f.ValueText == "$5 million" {
			if f.Confidence > 0.3 || !strings.Contains(f.Reason, "may be another dollar") {
				t.Errorf("drafted as %.2f: %s", f.Confidence, f.Reason)
			}
			return
		}
	}
	t.Errorf("no draft for $5 million: %+v", d.Figures)
}
