package data

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// at is "file:line:col" of the nth occurrence (from 0) of s in raw, as an
// editor counts: lines and characters from 1.
func at(t *testing.T, file, raw, s string, nth int) string {
	t.Helper()
	i := -1
	for range nth + 1 {
		j := strings.Index(raw[i+1:], s)
		if j < 0 {
			t.Fatalf("fixture: %q has no occurrence %d of %q", file, nth, s)
		}
		i += 1 + j
	}
	line := strings.Count(raw[:i], "\n") + 1
	col := utf8.RuneCountInString(raw[strings.LastIndexByte(raw[:i], '\n')+1:i]) + 1
	return fmt.Sprintf("%s:%d:%d", file, line, col)
}

func TestGapFixes(t *testing.T) {
	// 0.txt (a Korea Herald report) comes first in the dataset, with a
	// figure of the same value as a.txt's repeated one: the fix must name
	// a.txt's own figure.
	other := "LG Display hires in Hải Phòng\n\nLG Display employs 1,000 engineers at its Hải Phòng plant, which cost US$1.5 billion.\n"
	otherRecords := `article: {file: 0.txt, title: LG Display hires in Hải Phòng, outlet: Korea Herald}
figures:
- {id: lg-engineers, label: engineers at LG Display's Hải Phòng plant, value_text: "1,000", value: 1000, unit: count, status: actual, sources: [{quote: "employs 1,000 engineers"}]}
- {id: lg-plant-cost, label: cost of LG Display's Hải Phòng plant, value_text: US$1.5 billion, value: 1500000000, unit: USD, status: actual, sources: [{quote: cost US$1.5 billion}]}
`
	lead := "Samsung will train 1,000 engineers in Hà Nội by 2026."
	article := "Samsung to train engineers\n\n" + lead + "\n\nHÀ NỘI — Đặng Hoàng said that " + lead +
		" About 45 firms will join, each paying US$1,000 for a plant worth US$1.5 billion.\n"
	records := fmt.Sprintf(`article: {file: a.txt, title: Samsung to train engineers, outlet: Vietnam News}
figures:
- {id: engineers, label: engineers Samsung will train in Hà Nội, value_text: "1,000", value: 1000, unit: count, status: target, sources: [{quote: %q}]}
skipped:
- {text: "2026", context: %q, reason: year of a period}
`, lead, lead)
	fsys := fstest.MapFS{"0.txt": {Data: []byte(other)}, "0.yaml": {Data: []byte(otherRecords)},
		"a.txt": {Data: []byte(article)}, "a.yaml": {Data: []byte(records)}}
	// The Vietnamese and Korean reports of mergeFS with no merges: their
	// numbers are the English report's figures again.
	for name, f := range mergeFS("en.yaml", "article: {file: vi.txt, title: T, outlet: VnExpress, language: vi}\n",
		"article: {file: ko.txt, title: T, outlet: Yonhap, language: ko}\n") {
		fsys[name] = f
	}
	set, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		at(t, "a.txt", article, "1,000", 1) + `: number "1,000" is not covered: add it as a second source of engineers, or as a skipped entry`,
		at(t, "a.txt", article, "2026", 1) + `: number "2026" is not covered: add it as a skipped entry with the reason: a year, not a quantity`,
		at(t, "a.txt", article, "About 45", 0) + `: number "About 45" is not covered: add it as a figure, or as a skipped entry with the reason`,
		// A thousand dollars is not a thousand engineers.
		at(t, "a.txt", article, "US$1,000", 0) + `: number "US$1,000" is not covered: add it as a figure, or as a skipped entry with the reason`,
		at(t, "a.txt", article, "US$1.5 billion", 0) + `: number "US$1.5 billion" is not covered: add it as a second source of lg-plant-cost (defined in 0.yaml), or as a skipped entry`,
		at(t, "ko.txt", mergeKO, "279건", 0) + `: number "279건" is not covered: add it as a second source of dn-projects (defined in en.yaml), or as a skipped entry`,
		at(t, "ko.txt", mergeKO, "3억8천200만 달러", 0) + `: number "3억8천200만 달러" is not covered: add it as a second source of dn-capital (defined in en.yaml), or as a skipped entry`,
		at(t, "vi.txt", mergeVI, "279", 0) + `: number "279" is not covered: add it as a second source of dn-projects (defined in en.yaml), or as a skipped entry`,
		at(t, "vi.txt", mergeVI, "382 triệu USD", 0) + `: number "382 triệu USD" is not covered: add it as a second source of dn-capital (defined in en.yaml), or as a skipped entry`,
	}
	var got []string
	for _, p := range set.GapFixes() {
		got = append(got, p.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var report bytes.Buffer
	set.WriteReport(&report)
	for _, w := range want {
		if !strings.Contains(report.String(), w+"\n") {
			t.Errorf("report lacks %q", w)
		}
	}
	if !strings.Contains(report.String(), "a.txt  Vietnam News, undated: 1 figures cited; numbers 7 = 1 in figures + 1 skipped + 5 uncovered") {
		t.Errorf("per-article summary changed:\n%s", report.String())
	}
}
