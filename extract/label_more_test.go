package extract

import (
	"testing"

	"ictdash/data"
	"ictdash/data/quantity"
)

// labelInText labels the number written vt in a short passage, read in
// lang, within its own sentence as the extractor does: the sentences
// before it are there for references back ("the number", "tỷ lệ này").
func labelInText(t *testing.T, lang quantity.Lang, passage, vt string) string {
	t.Helper()
	all := quantity.Scan(passage, lang)
	for _, sent := range splitSentences(passage) {
		var qs []data.Quantity
		for _, q := range all {
			if q.Start >= sent.start && q.End <= sent.end {
				qs = append(qs, q)
			}
		}
		for _, q := range qs {
			if q.Text == vt {
				return labelIn(lang, passage, sent, q, qs)
			}
		}
	}
	t.Fatalf("%q not scanned in %q", vt, passage)
	return ""
}

func testPassageLabels(t *testing.T, lang quantity.Lang, cases []labelCase) {
	t.Helper()
	for _, c := range cases {
		if got := labelInText(t, lang, c.sentence, c.vt); got != c.want {
			t.Errorf("%q in %q:\n  label %q\n  want  %q", c.vt, c.sentence, got, c.want)
		}
	}
}

// English: what money is for, a conversion said in its currency, a
// share of a figure named before, what is said of a share's whole, and
// "the number" of the sentence before.
var labelMoreEN = []labelCase{
	{"The company will build a second plant on a 70,000-square-meter site next to its factory.", "70,000-square-meter", "Area of site next to its factory"},
	{"Hyosung said on Monday it will invest US$300 million to expand its spandex plant in Đồng Nai.", "US$300 million", "Investment by Hyosung to expand its spandex plant in Đồng Nai"},
	{"Hanwha Aerospace will invest 180 billion won (US$135 million) to build an engine parts factory.", "US$135 million", "Investment by Hanwha Aerospace in dollars"},
	{"The province expects to attract US$2 billion in FDI next year, with about 40% of it coming from South Korea.", "about 40%", "Share of FDI attracted by the province from South Korea"},
	{"About 70 percent of the graduates are expected to be hired by Korean companies in Hanoi, the school said.", "About 70 percent", "Share of graduates expected to be hired by Korean companies in Hanoi"},
	{"Viettel hired 300 engineers for its 5G research centre last year. The company aims to raise the number to 1,000 by 2027.", "1,000", "Engineers hired by Viettel for its 5G research centre"},
}

// Vietnamese: a demonstrative points back at the measure of the sentence
// before; money a year keeps its verb's noun; a conversion says its unit.
var labelMoreVI = []labelCase{
	{"Tỷ lệ nội địa hóa của ngành điện tử đạt 30% vào năm 2020. Hiện tỷ lệ này mới ở mức khoảng 38%.", "khoảng 38%", "Tỷ lệ nội địa hóa của ngành điện tử"},
	{"Phía Hàn Quốc sẽ dành khoảng 3 triệu USD mỗi năm cho dự án đào tạo kỹ sư bán dẫn.", "khoảng 3 triệu USD mỗi năm", "Kinh phí của phía Hàn Quốc cho dự án đào tạo kỹ sư bán dẫn"},
	{"Samsung Display đầu tư thêm 1,8 tỷ USD (khoảng 44.000 tỷ đồng) vào nhà máy tại Bắc Ninh.", "khoảng 44.000 tỷ đồng", "Vốn đầu tư của Samsung Display vào nhà máy quy đổi ra đồng"},
}

// Korean: a multiple an object is raised to, a date inside a 의-phrase,
// a conversion in its currency.
var labelMoreKO = []labelCase{
	{"LG이노텍은 2025년까지 베트남 생산능력을 3배로 늘린다는 계획이다.", "3배", "LG이노텍의 베트남 생산능력 증가 배수"},
	{"삼성디스플레이 베트남 법인의 지난해 매출은 120억달러를 기록했다.", "120억달러", "삼성디스플레이 베트남 법인의 매출"},
	{"삼성전기는 베트남 타이응우옌 공장에 1조원(약 7억5000만달러)을 투자한다.", "약 7억5000만달러", "삼성전기의 베트남 타이응우옌 공장 투자액 (달러 환산)"},
}

func TestLabelsMoreEnglish(t *testing.T)    { testPassageLabels(t, quantity.EN, labelMoreEN) }
func TestLabelsMoreVietnamese(t *testing.T) { testPassageLabels(t, quantity.VI, labelMoreVI) }
func TestLabelsMoreKorean(t *testing.T)     { testPassageLabels(t, quantity.KO, labelMoreKO) }
