package quantity

import (
	"testing"
	"unicode/utf8"
)

// checkScan is what every scan must hold: spans in order, within the
// text, on rune boundaries, Text equal to the span; values finite; known
// units, kinds and qualifiers; Max not below Value.
func checkScan(t *testing.T, s string, lang Lang) {
	prev := 0
	for q := range Each(s, lang) {
		if q.Start < prev || q.End <= q.Start || q.End > len(s) {
			t.Fatalf("span [%d,%d) after %d in %d bytes", q.Start, q.End, prev, len(s))
		}
		if s[q.Start:q.End] != q.Text {
			t.Fatalf("Text %q, span %q", q.Text, s[q.Start:q.End])
		}
		if utf8.ValidString(s) && (!utf8.RuneStart(s[q.Start]) || q.End < len(s) && !utf8.RuneStart(s[q.End])) {
			t.Fatalf("span [%d,%d) of %q splits a rune", q.Start, q.End, s)
		}
		if q.Value != q.Value || q.Max != q.Max || q.Value-q.Value != 0 || q.Max < q.Value {
			t.Fatalf("bad bounds %v..%v in %+v", q.Value, q.Max, q)
		}
		if q.Unit != None && q.Unit.Kind() == KindNumber {
			t.Fatalf("unknown unit %q", q.Unit)
		}
		if _, err := ParseQualifier(string(q.Qualifier)); err != nil {
			t.Fatal(err)
		}
		prev = q.End
	}
}

func fuzzScan(f *testing.F, lang Lang, seeds []string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkScan(t, s, lang)
		if q, err := Parse(s, lang); err == nil && (q.Value != q.Value || q.Max < q.Value) {
			t.Fatalf("Parse(%q) = %+v", s, q)
		}
	})
}

func FuzzScanEN(f *testing.F) {
	fuzzScan(f, EN, []string{
		"Thanh said South Korea had been listed as a top five-investor in Đà Nẵng, with 279 projects worth US$382 million.",
		"May 30, 2019 | 16:02 12/06/2024\u00a0 44 approximately 80% the “+1” model, over the next 30 years 2025-30",
		"one hundred and twenty-five a thousand $100M 5G 21st COVID-19 b77dc0c3 1.2.3 090-123-4567",
		"no more than 7 euros; $2.174T; two and a half million; three billions; 10 000 dollars; .77; 1/5 of",
		"between 5 and 10 per cent, from 20 to 30 per cent, 50 to 80%, US$20-30 million, $1.5-2 billion",
		"S$5 million and $2 million; 26-fold; 500 hectares; $2 per share; 4,000 jobs a year; 2 or 3 million",
		"+84 24 3825 1234; iPhone 15; Industry 4.0; number one; two-way; half of; a third of; 24/7; ¥300",
	})
}

func FuzzScanVI(f *testing.F) {
	fuzzScan(f, VI, []string{
		"Giá chỉ 10.000 đồng, 100.000 người, 3.000.000 và 2,5 tỷ USD; 382 triệu USD; 1.000 tỷ đồng; 1.234.567,8",
		"hai mươi lăm nghìn người, một trăm lẻ năm dự án, ba tỷ năm trăm triệu đồng, hai năm, ba triệu rưỡi",
		"khoảng 20%, gần 30 doanh nghiệp, hơn 100 dự án, trên 50 quốc gia, ít nhất 5 năm, dưới 10%, không quá 7 ngày",
		"từ 20 đến 30%, từ 10.000 người trở lên, ngày 12 tháng 6 năm 2024, tháng 6/2024, ngày 1/5, quý 2/2024",
		"50 triệu đồng/tháng, gấp 3 lần, gấp đôi, 2 điểm phần trăm, 500 ha, 1.200 m2, thứ 5, top 10, 16h30",
		"ti\u0309 \u0111\u00f4\u0300ng 2,5 ty\u0309 USD",
	})
}

func FuzzScanKO(f *testing.F) {
	fuzzScan(f, KO, []string{
		"6000억 달러, 74만 명, 1조 원, 2조5000억 원, 27,350,000원, 약 20%, 10,000명 이상, 80여명, 278억9천만 원",
		"2024년 6월 12일, 6월 12일, 2024년, 23일, 11월, 4차 산업혁명, 1위, 3배, 20~30%, 20-30억 원, 연간 100만 명",
		"삼십 명, 오천만 원, 한 명, 열두 곳, 두 나라, 한국, 구조조정, 100여 개, 30여 년, 1만 명이 넘는, 50%가량",
		"최대 30%까지, 10% 미만, 5,000명 초과, 제4차, 10주년, 1인당 3만 달러, 3만5000명, 500ha, 2조 5천억 원",
		"3조 원대, 30%대로, 100만~200만 원대, 1주당 1,444원, 3.3㎡당 2천만 원, 기업당 최대 1억 원, 하루 만에, 사흘간",
		"약 4시간 30분, 2년 6개월, 10곳 중 7곳, 3박 4일, 1박2일, 주 4일, 25bp, 2주간, 100만 주, 60세 이상, 3천 평",
		"'24년 11월, 2020년대, 1~3분기, 3/4분기, 5·18, 6.25 전쟁, 1·2위, 3·4분기, 02-1234-5678로, 1588-1234, 제2024-15호",
		"한두 명, 두세 곳, 대여섯 명, 첫 번째, 절반을 넘었다, 과반수, 3조 투자, 1억 2,500만 달러, 100억 달러를 돌파했다",
	})
}

// Scanning the test tables' sentences holds the invariants in every
// language setting, not only the one they are written in.
func TestScanInvariants(t *testing.T) {
	for _, s := range []string{
		"US$382 million 2,5 tỷ 74만 명 1.000 10 000 .77 2025-30 ngày 1/5 80여명 $",
		"1,2,3,4 1.2.3.4 1..2 ,,5 5%%p 20~~30 từ từ 20 đến gấp gấp 0x1F 1e9 ½ ¾ ١٢٣",
		"\u00a0\u2009\u202f12\u00a0000\u2009000 − 5 −5 +-5 -+5 $$5 US$US$5 ₩₩5",
	} {
		for _, lang := range []Lang{Unknown, EN, VI, KO} {
			checkScan(t, s, lang)
		}
	}
}
