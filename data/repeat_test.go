package data

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// A lead paragraph repeated verbatim in the body (common in scraped
// pages: the standfirst, then the article's first paragraph going on from
// it; a line repeated whole is dropped by the cleaner) is cited twice;
// each source, and each skip of its year, must cover its own occurrence.
func TestRepeatedPassageCoversEachOccurrence(t *testing.T) {
	cases := []struct {
		lang, lead, body, value, year string
	}{
		{"en", "Samsung will train 1,000 engineers in Hà Nội by 2026.", "HÀ NỘI — Samsung Electronics said on Tuesday that", "1,000", "2026"},
		{"vi", "Samsung sẽ đào tạo 1.000 kỹ sư tại Hà Nội đến năm 2026.", "HÀ NỘI — Theo đại diện Samsung,", "1.000", "2026"},
		{"ko", "삼성은 2026년까지 하노이에서 엔지니어 1000명을 양성할 계획이다.", "(하노이=연합뉴스) 삼성전자에 따르면", "1000명", "2026년"},
	}
	for _, c := range cases {
		article := "Title\n\n" + c.lead + "\n\n" + c.body + " " + c.lead + "\n"
		for _, how := range []string{"two sources", "source and merge"} {
			t.Run(c.lang+"/"+how, func(t *testing.T) {
				second := fmt.Sprintf("      - quote: %q\n", c.lead)
				merge := ""
				if how == "source and merge" {
					second, merge = "", fmt.Sprintf("sources:\n  - figure: engineers\n    quote: %q\n", c.lead)
				}
				records := fmt.Sprintf(`article: {file: a.txt, title: Title, outlet: Test, language: %s}
figures:
  - id: engineers
    label: engineers Samsung will train in Hà Nội
    value_text: %q
    value: 1000
    unit: count
    status: target
    period: "2026"
    sources:
      - quote: %q
%sskipped:
  - {text: %q, context: %q, reason: year of a period}
  - {text: %q, context: %q, reason: year of a period}
%s`, c.lang, c.value, c.lead, second, c.year, c.lead, c.year, c.lead, merge)
				set, err := Load(fstest.MapFS{"a.txt": {Data: []byte(article)}, "a.yaml": {Data: []byte(records)}})
				if err != nil {
					t.Fatal(err)
				}
				src := set.Figure("engineers").Sources
				if len(src) != 2 || src[0].Offset == src[1].Offset {
					t.Fatalf("both sources at the first occurrence: %+v", src)
				}
				a := set.Article("a.txt")
				if cov := a.Coverage; len(cov.Uncovered) != 0 || cov.Figures != 2 || cov.Skipped != 2 {
					t.Errorf("coverage %+v", cov)
				}
				if a.Skipped[0].Offset == a.Skipped[1].Offset {
					t.Errorf("both skips at the first occurrence")
				}
			})
		}
	}
}

func TestNthOccurrence(t *testing.T) {
	x := newTextIndex("ab ab ab")
	for _, c := range []struct {
		q    string
		n    int
		want int
	}{
		{"ab", 0, 0}, {"ab", 1, 3}, {"ab", 2, 6},
		{"ab", 5, 6},    // fewer occurrences than asked: the last
		{"cd", 1, -1},   // none
		{"ab ab", 1, 0}, // occurrences do not overlap: there is no second
	} {
		if got := x.nth(c.q, c.n); got != c.want {
			t.Errorf("nth(%q, %d) = %d, want %d", c.q, c.n, got, c.want)
		}
	}
}

// Three entries for one number in one passage take its three occurrences,
// whatever entries for other numbers come between them.
func TestRepeatedSkipsSpread(t *testing.T) {
	for _, c := range []struct{ lang, context, text, lines string }{
		{"en", "by 2026", "2026", "Exports will double by 2026.\n\nThe plant opens by 2026, the firm said.\n\nHiring ends by 2026 too.\n"},
		{"vi", "đến năm 2026", "2026", "Xuất khẩu tăng mạnh đến năm 2026.\n\nNhà máy hoạt động đến năm 2026, công ty cho biết.\n\nTuyển dụng kéo dài đến năm 2026.\n"},
		{"ko", "2026년까지", "2026년", "수출은 2026년까지 늘어난다.\n\n공장은 2026년까지 가동된다고 회사는 밝혔다.\n\n채용은 2026년까지 이어진다.\n"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			entry := fmt.Sprintf("  - {text: %q, context: %q, reason: year of a period}\n", c.text, c.context)
			records := fmt.Sprintf("article: {file: a.txt, title: T, outlet: Test, language: %s}\nskipped:\n", c.lang) +
				entry + entry + entry
			if c.lang == "en" {
				// Another skip between the repeats must not break their run.
				records = strings.Replace(records, entry, entry+"  - {text: \"2026\", context: \"opens by 2026\", reason: year}\n", 1)
			}
			set, err := Load(fstest.MapFS{"a.txt": {Data: []byte("Title\n\n" + c.lines)}, "a.yaml": {Data: []byte(records)}})
			if err != nil {
				t.Fatal(err)
			}
			a := set.Article("a.txt")
			seen := map[int]bool{}
			for _, sk := range a.Skipped {
				seen[sk.Offset] = true
			}
			if len(seen) != 3 || len(a.Coverage.Uncovered) != 0 {
				t.Errorf("skips at %v, uncovered %v", seen, a.Coverage.Uncovered)
			}
		})
	}
}
