package brief

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// checkPlain reports any line wider than width and any control character
// (C0 other than newline, DEL, C1) or escape in a text briefing.
func checkPlain(t *testing.T, name, out string, width int) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s: invalid UTF-8", name)
	}
	for i, l := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("%s: line %d is %d cells wide, over %d: %q", name, i+1, w, width, l)
		}
		for _, r := range l {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Errorf("%s: line %d holds control character %U", name, i+1, r)
			}
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("%s: holds an escape", name)
	}
}

// TestTextWidthAndSafety renders every case at many widths: nothing is
// wider than the width asked for (clamped to 40..), nothing is a control
// character. Widths 0 and below mean 80.
func TestTextWidthAndSafety(t *testing.T) {
	for _, c := range cases {
		b := build(t, c.opt)
		for _, w := range []int{-5, 0, 1, 39, 40, 41, 47, 60, 72, 80, 100, 200} {
			want := w
			if w <= 0 {
				want = 80
			}
			want = max(want, 40)
			out := render(t, b, "text", w)
			checkPlain(t, c.name, out, want)
			if w == 0 && out != render(t, b, "text", 80) {
				t.Errorf("%s: width 0 is not width 80", c.name)
			}
		}
	}
}

// TestTextSanitises writes a hand-made brief whose record text holds
// escape sequences, bells and long words: the text output must still be
// clean and fit.
func TestTextSanitises(t *testing.T) {
	evil := "red\x1b[31m alert\x07 \x1b]52;c;aGk=\x07 " + strings.Repeat("Ẵ", 70) + " \u202eevil\u0085"
	b := &Brief{
		Selection: Selection{Topic: "all", Filter: evil},
		Sections: []Section{{Topic: "other", Title: evil, Figures: []Figure{{
			ID: "x", Label: evil, Phrase: "3", PeriodText: evil, Caveat: evil, Cites: []int{1}, Differ: true,
			Sources: []Cite{{N: 1, ValueText: evil}},
		}}}},
		Ahead:        []Ahead{{DateText: evil, Item: &Entry{Name: evil, DateText: evil, Numbers: []Number{{Phrase: evil}}}}},
		People:       []Actor{{Name: evil, Role: evil}},
		Unquantified: []Entry{{Name: evil, Date: "x", DateText: evil}},
		Disagree:     []Disagreement{{Label: evil, Sources: []Cite{{N: 1, ValueText: evil}}}},
		Chart:        &Chart{Kind: "parts", Title: evil, Notes: []string{evil}, Points: []ChartPoint{{Label: evil, Value: 1, Text: evil, Kind: evil}}},
		Sources:      []Source{{N: 1, Article: "x.txt", Title: evil, Outlet: evil, PublishedText: "undated"}},
	}
	for _, long := range []bool{false, true} {
		b.Long = long
		for _, w := range []int{40, 80} {
			checkPlain(t, "evil", render(t, b, "text", w), w)
		}
	}
}

// TestWrap covers the wrapper's edges: hanging indent, words longer than
// a line, wide characters.
func TestWrap(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  []string
	}{
		{"aa bb cc", 5, []string{"- aa", "  bb", "  cc"}},
		{"", 10, []string{"- "}},
		{"abcdefghij", 6, []string{"- abcd", "  efgh", "  ij"}},
		{"x 越南韩国", 6, []string{"- x", "  越南", "  韩国"}},
	}
	for _, tt := range tests {
		got := wrap(tt.s, tt.width, "- ", "  ")
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}
