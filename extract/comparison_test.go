package extract

import (
	"ictdash/data/quantity"
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

// TestDatesWithoutMonthOrYear: Korean and Vietnamese news date events by
// the day alone ("23일") or the month alone ("11월"); the skip says what
// the publication date makes of them.
func TestDatesWithoutMonthOrYear(t *testing.T) {
	for _, c := range []struct{ text, date, want string }{
		{"삼성전자는 11일 하노이에서 연구센터 준공식을 열고 2억달러를 투자했다고 밝혔다.", "11일", "2024-08-11"},
		{"양국은 23일 서울에서 협약을 맺고 300억원을 투입한다.", "23일", "2024-07-23"},
		{"양국은 11월 하노이에서 포럼을 열어 50개 기업이 참가한다.", "11월", "2024-11"},
	} {
		d, err := Extract("k.txt", []byte("제목\n\n"+c.text), Options{Published: "2024-08-14"})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range d.Skipped {
			if s.Text == c.date {
				found = strings.Contains(s.Reason, "→ "+c.want+" ")
				if !found {
					t.Errorf("%q: reason %q, want %s", c.date, s.Reason, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q not skipped as a date in %q: %+v", c.date, c.text, d.Skipped)
		}
	}
}

// TestTheTwoCountries: "hai nước" is the pair the article is about, as
// "the two countries" is, not a count.
func TestTheTwoCountries(t *testing.T) {
	d, err := Extract("v.txt", []byte("Tiêu đề\n\nHai nước đã ký 12 thỏa thuận hợp tác."), Options{Published: "2024-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Skipped) != 1 || d.Skipped[0].Text != "Hai" || !strings.Contains(d.Skipped[0].Reason, "two parties") {
		t.Errorf("skipped %+v", d.Skipped)
	}
	if len(d.Figures) != 1 || d.Figures[0].ValueText != "12" {
		t.Errorf("figures %+v", d.Figures)
	}
}

// TestPeriodsOfStocksAndBases: a stock counted since a year runs to the
// publication year; "as of end-2023" is its last month; the year of the
// number a change starts from dates that number, not the change; a half
// with no year is the publication year's.
func TestPeriodsOfStocksAndBases(t *testing.T) {
	assertPeriods(t, "2024-08-08", []draftPeriod{
		{"LG affiliates have invested more than $7 billion in Hai Phong since 2013.", "more than $7 billion", "2013/2024"},
		{"Korean IT firms employed about 2,300 Vietnamese developers as of end-2023, up from 1,450 in 2020.", "about 2,300", "2023-12"},
		{"Korean IT firms employed about 2,300 Vietnamese developers as of end-2023, up from 1,450 in 2020.", "1,450", "2020"},
		{"Its plants exported $31.7 billion worth of goods in the first half, the company said.", "$31.7 billion", "2024-01/2024-06"},
		{"삼성전자는 상반기 베트남에서 317억달러어치를 수출했다.", "317억달러", "2024-01/2024-06"},
		{"By the end of 2025, the centre will have trained 3,000 students.", "3,000", "2025"},
	})
}

// TestBareLabelTakesItsItem: a label that is only the counted noun says
// where it is counted when the sentence names one item.
func TestBareLabelTakesItsItem(t *testing.T) {
	d, err := Extract("v.txt", []byte("Tiêu đề\n\nHơn 200 đại biểu đã tham dự Diễn đàn Đầu tư Hàn Quốc tại Đà Nẵng."), Options{Published: "2024-06-12", Lang: quantity.VI})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Figures) != 1 || len(d.Items) != 1 || !strings.Contains(d.Figures[0].Label, d.Items[0].Name) {
		t.Fatalf("figures %+v items %+v", d.Figures, d.Items)
	}
}

// TestKoreanNamesAndFirms: a person before a title (a country or a firm
// may stand between), a Latin firm name in a Korean sentence; common
// nouns before a title and acronyms of common nouns are no entities.
func TestKoreanNamesAndFirms(t *testing.T) {
	text := "행사에는 팜민찐 베트남 총리와 이재용 삼성전자 회장이 참석했다. 양국 대표는 LG CNS와 MES 구축에 1000억원을 투자하기로 했다. 대학 총장도 참석했다."
	d, err := Extract("k.txt", []byte("제목\n\n"+text), Options{Published: "2024-06-12"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.Name] = e.Kind
	}
	for name, kind := range map[string]string{"팜민찐": "person", "이재용": "person", "LG CNS": "organisation"} {
		if got[name] != kind {
			t.Errorf("%s: %q, want %s (entities %v)", name, got[name], kind, got)
		}
	}
	for _, not := range []string{"양국", "대학", "MES"} {
		if _, ok := got[not]; ok {
			t.Errorf("%s drafted as an entity: %v", not, got)
		}
	}
}

func TestKoreanAbbreviations(t *testing.T) {
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"과기정통부", "과학기술정보통신부", true},
		{"산업부", "산업통상자원부", true},
		{"정보통신부", "과학기술정보통신부", false}, // another ministry (Vietnam's), not an abbreviation: first syllables differ
		{"삼성", "삼성전자", false},
	} {
		if got := koAbbreviates(c.short, c.long); got != c.want {
			t.Errorf("koAbbreviates(%q, %q) = %v", c.short, c.long, got)
		}
	}
}
