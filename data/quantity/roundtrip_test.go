package quantity

import (
	"fmt"
	"testing"
)

// roundTrip checks that Parse reads Format's English back to q.
func roundTrip(t *testing.T, q Quantity) {
	t.Helper()
	text := Format(q)
	got, err := Parse(text, EN)
	if err != nil {
		t.Errorf("Format(%s) = %q, which does not parse: %v", describe(q), text, err)
		return
	}
	if !same(got.Value, q.Value) || !same(got.Max, q.Max) || got.Unit != q.Unit || got.Kind != q.Kind ||
		got.Qualifier != q.Qualifier || got.Noun != q.Noun || got.Per != q.Per || got.Relative != q.Relative ||
		got.Date != q.Date || got.IsSkipped() != q.IsSkipped() || got.Ambiguous != "" {
		t.Errorf("Format(%s) = %q, which reads back as %s", describe(q), text, describe(got))
	}
}

func describe(q Quantity) string {
	return fmt.Sprintf("{%v..%v %s %s %s noun=%q per=%q rel=%v date=%s skip=%v amb=%q}",
		q.Value, q.Max, q.Unit, q.Kind, q.Qualifier, q.Noun, q.Per, q.Relative, q.Date, q.IsSkipped(), q.Ambiguous)
}

// Every unit, qualifier, range and rate, over values small and large.
func TestRoundTripGenerated(t *testing.T) {
	values := []float64{0.5, 1, 7, 12.5, 20, 382, 1500, 27350, 740000, 1234567.8, 2.5e6, 98.9e9, 2.174e12}
	n := 0
	for _, u := range Units() {
		for _, qual := range Qualifiers() {
			for i, v := range values {
				q := Quantity{Value: v, Max: v, Unit: u, Kind: u.Kind(), Qualifier: qual}
				switch u {
				case Count:
					q.Noun = []string{"projects", "engineers", "people", "jobs", "firms"}[i%5]
				case Fraction:
					q.Value = []float64{0.5, 0.2, 0.25, 1.0 / 3, 0.75, 2.0 / 3}[i%6]
					q.Max = q.Value
				}
				roundTrip(t, q)
				n++
				if u != Fraction && i+1 < len(values) {
					r := q
					r.Max = values[i+1]
					roundTrip(t, r)
					n++
				}
				if u.IsCurrency() || u == Percent || u == Count {
					r := q
					r.Per, r.Kind = []string{"share", "year", "month", "person"}[i%4], KindRate
					roundTrip(t, r)
					n++
				}
			}
		}
	}
	for _, u := range []Unit{Years, Months, Days} {
		for _, v := range []float64{1, 2, 5, 30} {
			roundTrip(t, Quantity{Value: v, Max: v, Unit: u, Kind: KindDuration, Qualifier: Exact, Relative: true})
			n++
		}
	}
	for _, d := range []Date{{2024, 6, 12}, {2019, 5, 30}, {2024, 6, 0}, {2000, 2, 29}} {
		roundTrip(t, Quantity{Value: float64(d.Year), Max: float64(d.Year), Kind: KindDate, Qualifier: Exact, Date: d, Skip: skipDate})
		n++
	}
	roundTrip(t, Quantity{Value: 2018, Max: 2018, Kind: KindYear, Qualifier: Exact, Date: Date{Year: 2018}, Skip: skipYear})
	roundTrip(t, Quantity{Value: 2021, Max: 2025, Kind: KindPeriod, Qualifier: Exact, Date: Date{Year: 2021}, Skip: skipPeriod})
	roundTrip(t, Quantity{Value: 21, Max: 21, Kind: KindOrdinal, Qualifier: Exact, Skip: skipOrdinal})
	t.Logf("%d quantities round-tripped", n+4)
}

// What the engine reads in each language, written in English and read back.
func TestRoundTripScanned(t *testing.T) {
	for _, c := range []struct {
		lang Lang
		text string
	}{
		{EN, "Samsung will invest about US$2.5 billion, creating more than 4,000 jobs a year; exports rose 12.4 per cent to $14.3 billion."},
		{EN, "Between 5 and 10 per cent of 300-500 startups get US$20-30 million over three to five years, at least 26-fold more."},
		{EN, "The park covers 500 hectares, 20,000 square metres of offices and a third of the land; dividends of $0.50 a share."},
		{VI, "Hàn Quốc có 9.800 dự án với tổng vốn gần 86 tỷ USD, tăng 12,4%, tạo khoảng 4.000 việc làm và 50 triệu đồng/tháng."},
		{VI, "Tỷ lệ thất nghiệp giảm 0,2 điểm phần trăm, còn dưới 2,3%; doanh thu gấp 3 lần, từ 20 đến 30%, trên 1.200 ha."},
		{KO, "삼성전자는 2조5000억 원을 투자해 1만 개 일자리와 연간 74만 명, 약 20%, 10,000명 이상, 80여명, 3배, 20~30%를 만든다."},
		{KO, "양국 교역액은 약 870억 달러, 실업률은 0.3%p 하락, 주당 1000원, 20-30억 원, 5년간."},
	} {
		for _, q := range Scan(c.text, c.lang) {
			if q.IsSkipped() || q.Ambiguous != "" {
				continue
			}
			roundTrip(t, q)
		}
	}
}
