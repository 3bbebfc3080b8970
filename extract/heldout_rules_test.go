package extract

import (
	"strings"
	"testing"

	"ictdash/data"
)

// The constructs behind the misses of the held-out fixtures (2026-12-01),
// each tested on other sentences of the same construct.

// skipOf drafts one sentence and returns the reason of the skip written
// as text, or "" with the figures when it was drafted as a figure.
func skipOf(t *testing.T, sentence, text string) string {
	t.Helper()
	d, err := Extract("a.txt", []byte("Title\n\n"+sentence), Options{Published: "2024-06-12", Known: entitiesOnly(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Skipped {
		if s.Text == text {
			return s.Reason
		}
	}
	return ""
}

// A length of experience defines who a figure is about; an unnamed
// speaker's "one" is a determiner.
func TestHeldoutSkips(t *testing.T) {
	for _, c := range []struct{ sentence, text, want string }{
		{"An engineer with seven years of experience earns about $2,400 a month in Hanoi.", "seven years", "experience"},
		{"Developers with 10 years' experience are paid 30 percent more.", "10 years", "experience"},
		{"Kỹ sư có 5 năm kinh nghiệm nhận lương khoảng 40 triệu đồng mỗi tháng.", "5 năm", "experience"},
		{"경력 5년 이상의 개발자 연봉은 평균 6000만원이다.", "5년 이상", "experience"},
		{"Prices will keep rising, one analyst said, after exports grew 12 percent.", "one", "pronoun"},
		{"One senior executive told reporters that the firm hired 300 engineers.", "One", "pronoun"},
	} {
		if got := skipOf(t, c.sentence, c.text); !strings.Contains(got, c.want) {
			t.Errorf("%q in %q: skip reason %q, want one with %q", c.text, c.sentence, got, c.want)
		}
	}
}

// A headline drops the lead's hedge: its unhedged number restates the
// lead's hedged one (one figure, the lead's wording, the headline a second
// statement in its own words and hedge).
func TestHeldoutHeadlineHedge(t *testing.T) {
	for _, c := range []struct{ text, vt, head string }{
		{"Hanwha rót 500 triệu USD vào Đà Nẵng\n\nHanwha dự kiến đầu tư khoảng 500 triệu USD vào nhà máy linh kiện tại Đà Nẵng trong năm 2025.",
			"khoảng 500 triệu USD", "500 triệu USD"},
		{"Korean firm to invest $300 million in Hanoi chip plant\n\nA Korean firm will invest about $300 million in a chip plant in Hanoi, officials said on Monday.",
			"about $300 million", "$300 million"},
		{"SK, 베트남에 2000억원 투자\n\nSK그룹은 베트남 하노이에 약 2000억원을 투자해 배터리 공장을 짓는다고 3일 밝혔다.",
			"약 2000억원", "2000억원"},
	} {
		d, err := Extract("a.txt", []byte(c.text), Options{Published: "2024-06-12", Known: entitiesOnly(t)})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range d.Figures {
			if f.Unit != "USD" && f.Unit != "KRW" {
				continue
			}
			n++
			if f.ValueText != c.vt || len(f.Also) != 1 || restated(1, f.AlsoText) != c.head || restatedQual(1, f.AlsoQual) != "exact" {
				t.Errorf("%q: figure %q also %q %q %q, want %q restated by the headline's %q", c.text, f.ValueText, f.Also, f.AlsoText, f.AlsoQual, c.vt, c.head)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d money figures, want one", c.text, n)
		}
	}
}

// A day of the month alone ("17일", "ngày 5") dates a figure to that day
// of the publication month; a span of quarters ("1~3분기") to its months.
func TestHeldoutPeriods(t *testing.T) {
	pub := "2024-09-20"
	for _, c := range []struct{ sentence, vt, want string }{
		{"현대건설은 12일 베트남 정부와 약 3000억원 규모의 공사 계약을 체결했다고 밝혔다.", "약 3000억원", "2024-09-12"},
		{"삼성전자는 25일 베트남 법인에 1억 달러를 추가 투자했다고 밝혔다.", "1억 달러", "2024-08-25"},
		{"올해 1~2분기 수출은 150억 달러로 집계됐다.", "150억 달러", "2024-01/2024-06"},
		{"2023년 2~4분기 매출은 5조원을 기록했다.", "5조원", "2023-04/2023-12"},
	} {
		checkDraftedPeriod(t, pub, c.sentence, c.vt, c.want)
	}
}

// Periods: N years that end with a deadline year; a comparison base "cùng
// kỳ năm X" is not the period; a figure's own date after it, past a
// conjunction, over the nearer date of the figure before.
func TestHeldoutPeriodSpans(t *testing.T) {
	for _, c := range []struct{ pub, sentence, vt, want string }{
		{"2024-12-05", "LG전자는 2028년까지 4년간 약 1조원을 투자해 연구소를 세운다.", "약 1조원", "2025/2028"},
		{"2024-11-20", "Công ty sẽ giải ngân 80 triệu USD trong 3 năm, đến năm 2027.", "80 triệu USD", "2025/2027"},
		{"2024-06-20", "Quý I/2024, xuất khẩu phần mềm đạt 1,2 tỷ USD, gấp 2 lần cùng kỳ năm 2023.", "gấp 2 lần", "2024-01/2024-03"},
		{"2024-06-20", "Tỉnh phấn đấu tỷ lệ đô thị hóa đạt 45% vào năm 2025 và 60% vào năm 2030.", "60%", "2030"},
	} {
		checkDraftedPeriod(t, c.pub, c.sentence, c.vt, c.want)
	}
}

// A span of time the sentence's figures are counted over ("trong 4 năm",
// "3년간" beside a deadline) is skipped and says what it resolves to.
func TestHeldoutSpanSkips(t *testing.T) {
	for _, c := range []struct{ sentence, text, want string }{
		{"Dự án sẽ được triển khai trong 5 năm với tổng vốn 200 triệu USD.", "5 năm", "time span"},
		{"Samsung dự kiến đầu tư 1 tỷ USD vào Thái Nguyên trong vòng 3 năm.", "3 năm", "time span"},
		{"정부는 2029년까지 5년간 2조원을 투입한다.", "5년간", "2025/2029"},
	} {
		d, err := Extract("a.txt", []byte("Title\n\n"+c.sentence), Options{Published: "2024-11-20", Known: entitiesOnly(t)})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, s := range d.Skipped {
			if strings.Contains(s.Text, c.text) {
				got = s.Reason
			}
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%q in %q: skip reason %q, want one with %q", c.text, c.sentence, got, c.want)
		}
	}
}

// Status: a verbless change continuing a clause takes the status of the
// figure it continues, not of a noun nearer the comma; a fact attributed
// "according to estimates" after it is an estimate.
func TestHeldoutStatus(t *testing.T) {
	for _, c := range []struct {
		sentence, vt string
		want         data.Status
	}{
		{"Korean firms received 300 new project plans in 2023, up 8% on-year.", "8%", data.Actual},
		{"The country has about 1,200 AI engineers, according to estimates by the ministry.", "about 1,200", data.Estimate},
		{"Software exports reached $5.3 billion last year, according to estimates from Vinasa.", "$5.3 billion", data.Estimate},
		{"Các doanh nghiệp Hàn Quốc có khoảng 9.000 kỹ sư tại Việt Nam, theo ước tính của hiệp hội.", "khoảng 9.000", data.Estimate},
		// The level a change starts from is what holds now.
		{"Samsung SDS will grow its Hanoi team to 900 engineers by 2027, from about 400 today.", "about 400", data.Actual},
		{"업계는 국내 클라우드 시장이 지난해 6조원 규모에서 2027년 11조원으로 커질 것으로 전망했다.", "6조원", data.Actual},
		{"베트남 게임 시장은 올해 7억달러 수준에서 2030년 15억달러로 성장할 전망이다.", "7억달러", data.Actual},
	} {
		if f, _ := draftOf(t, c.sentence, c.vt); f.Status != c.want {
			t.Errorf("%q: %q status %s (%s), want %s", c.sentence, c.vt, f.Status, f.Reason, c.want)
		}
	}
}

// checkDraftedPeriod extracts sentence as an article published on pub and
// asserts the period of the figure written vt.
func checkDraftedPeriod(t *testing.T, pub, sentence, vt, want string) {
	t.Helper()
	d, err := Extract("a.txt", []byte("Title\n\n"+sentence), Options{Published: pub, Known: entitiesOnly(t)})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range d.Figures {
		if f.ValueText == vt {
			found = true
			if f.Period != want {
				t.Errorf("%q: %q period %q (%s), want %q", sentence, vt, f.Period, f.PeriodNote, want)
			}
		}
	}
	if !found {
		t.Errorf("%q: %q not drafted", sentence, vt)
	}
}
