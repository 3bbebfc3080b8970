package extract

import (
	"strings"
	"testing"

	"ictdash/data/quantity"
)

// TestEngineSkips: in every language, a number the quantity engine skips
// is a skipped entry with the engine's reason, and what it reads as a
// quantity is drafted once, whole ("2,5 tỷ USD" is one figure, not 2 and 5).
func TestEngineSkips(t *testing.T) {
	for _, c := range []struct {
		lang     quantity.Lang
		sentence string
		figures  []float64 // values drafted, in order
		skips    map[string]string
	}{
		{quantity.VI, "Samsung đầu tư 2,5 tỷ USD vào Bắc Ninh trong giai đoạn (2013 -2023).",
			[]float64{2.5e9}, map[string]string{"2013 -2023": "2013/2023"}},
		{quantity.VI, "Theo Nghị định 13/2023/NĐ-CP, Hàn Quốc là đối tác số 1 và lần thứ 4 đứng top 10.",
			nil, map[string]string{"13/2023/NĐ-CP": "document number", "1": "rank", "4": "ordinal", "10": "ranking"}},
		{quantity.VI, "Trong quý I/2024 và 6 tháng đầu năm, cách mạng công nghiệp 4.0 tạo 5.000 việc làm.",
			[]float64{5000}, map[string]string{"quý I/2024": "quarter", "6 tháng": "part of a year", "4.0": "version"}},
		{quantity.KO, "삼성전자는 지난 23일 4차 산업혁명 분야에 215억달러를 투자해 세계 1위에 올랐다고 11월 밝혔다.",
			[]float64{215e8}, map[string]string{"23일": "date", "4차": "ordinal", "1위": "rank", "11월": "date"}},
		{quantity.KO, "2021~2025년 1분기 코로나19 이후 직원 500명을 뽑았다.",
			[]float64{500}, map[string]string{"2021~2025년": "2021/2025", "1분기": "quarter", "19": "name"}},
		{quantity.EN, "LG is one of the top 10 investors, with 3,000 staff over the period (2013 -2023).",
			[]float64{3000}, map[string]string{"10": "ranking", "2013 -2023": "2013/2023"}},
	} {
		d, err := Extract("a.txt", []byte("Title\n\n"+c.sentence), Options{Published: "2024-06-12", Lang: c.lang})
		if err != nil {
			t.Fatal(err)
		}
		var got []float64
		for _, f := range d.Figures {
			got = append(got, f.Value)
		}
		if len(got) != len(c.figures) {
			t.Errorf("%q: figures %v, want %v", c.sentence, got, c.figures)
		}
		for i := 0; i < len(got) && i < len(c.figures); i++ {
			if !sameValue(got[i], c.figures[i]) {
				t.Errorf("%q: figure %d is %v, want %v", c.sentence, i, got[i], c.figures[i])
			}
		}
		for text, reason := range c.skips {
			found := false
			for _, s := range d.Skipped {
				if s.Text == text {
					found = true
					if !strings.Contains(s.Reason, reason) {
						t.Errorf("%q: %q skipped for %q, want %q in it", c.sentence, text, s.Reason, reason)
					}
				}
			}
			if !found {
				t.Errorf("%q: %q not skipped; skips %+v", c.sentence, text, d.Skipped)
			}
		}
	}
}
