package extract

import (
	"testing"

	"ictdash/data/quantity"
)

// Round two of the labels: the parts of a breakdown take the whole's
// measure ("of which …", "trong đó …", "이 중 …"); an object shares its
// holder with the one before it ("đạt doanh thu … và nộp ngân sách …"); a
// participle clause is done in what the clause before names; an item
// named by its head noun is named as the article first did; and a
// generic holder ("the company", "doanh nghiệp", "이 회사") is the firm it
// refers to.

var labelRound2EN = []labelCase{
	{"According to KOSA, South Korea will face a shortage of 30,000 software engineers by 2027.", "30,000", "Shortage of software engineers"},
	{"Demand for 50,000 IT workers remains unmet.", "50,000", "Demand for IT workers"},
	{"Vietnam needs 100,000 more chip engineers by 2030.", "100,000", "Chip engineers needed by Vietnam"},
	{"The South Korean market contributed about $250 million, or nearly a quarter of its overseas sales.", "nearly a quarter", "Share of overseas sales"},
	{"Export value of the ICT industry reached US$136 billion last year, of which electronics brought US$88 billion and software US$4.3 billion.", "US$4.3 billion", "Export value of software"},
	{"Export value of the ICT industry reached US$136 billion last year, of which electronics brought US$88 billion and software US$4.3 billion.", "US$88 billion", "Export value of electronics"},
	{"Samsung will open a semiconductor design centre in Hanoi next year, training 1,000 engineers a year.", "1,000", "Engineers trained a year at the semiconductor design centre"},
	{"Hanwha will build a chip packaging plant in Bắc Ninh. The plant, with a total investment of US$500 million, will open in 2026.", "US$500 million", "Total investment of the chip packaging plant"},
	{"KOICA and Đà Nẵng signed an AI talent training programme on Monday. The programme, with a total budget of US$12 million funded by KOICA, runs until 2028.", "US$12 million", "Total budget of the AI talent training programme funded by KOICA"},
}

var labelRound2VI = []labelCase{
	{"Trong 2 tháng đầu năm 2024, Hàn Quốc dẫn đầu về vốn đăng ký mới với gần 1,2 tỷ USD.", "gần 1,2 tỷ USD", "Vốn đăng ký của Hàn Quốc"},
	{"Năm 2023 doanh thu của công ty đạt 7,2 tỷ USD, tăng 8% so với năm trước, trong đó xuất khẩu chiếm khoảng 95%.", "khoảng 95%", "Tỷ trọng của xuất khẩu trong doanh thu"},
	{"LG Display được cấp phép tăng vốn thêm 1 tỷ USD cho nhà máy sản xuất tấm nền OLED tại Khu công nghiệp Tràng Duệ, nâng tổng vốn đầu tư lên 5,65 tỷ USD.", "1 tỷ USD", "Vốn tăng thêm của LG Display cho nhà máy sản xuất tấm nền OLED"},
	{"Năm 2023, Bắc Ninh cấp mới 45 dự án FDI trong lĩnh vực điện tử, trong đó Hàn Quốc chiếm 20 dự án.", "20", "Dự án FDI trong lĩnh vực điện tử của Hàn Quốc"},
	{"Năm 2023, kim ngạch xuất khẩu của tỉnh đạt 12 tỷ USD, trong đó điện thoại chiếm 8 tỷ USD.", "8 tỷ USD", "Kim ngạch xuất khẩu điện thoại"},
	{"Năm 2023, Samsung Display đạt doanh thu 30 tỷ USD và nộp ngân sách hơn 2.000 tỷ đồng.", "hơn 2.000 tỷ đồng", "Nộp ngân sách của Samsung Display"},
}

var labelRound2KO = []labelCase{
	{"삼성전자가 베트남 타이응우옌성에 약 1조8천억원을 들여 반도체 부품 공장을 새로 짓는다.", "약 1조8천억원", "삼성전자의 반도체 부품 공장 투자액"},
	{"한국은 베트남의 최대 투자국으로, 지난해 말 기준 누적 투자액은 860억 달러에 이른다.", "860억 달러", "한국의 누적 투자액"},
	{"삼성전자는 1995년 베트남에 진출한 이후 누적 투자액이 230억 달러에 이른다.", "230억 달러", "삼성전자의 누적 투자액"},
	{"삼성전자의 지난해 베트남 수출액은 550억 달러로, 이 중 스마트폰이 320억 달러를 차지했다.", "320억 달러", "삼성전자의 베트남 수출액 중 스마트폰"},
	{"지난해 한국의 대베트남 투자는 42억 달러였다. 이 중 박닌성에 11억 달러가 투자됐다.", "11억 달러", "한국의 대베트남 투자 중 박닌성"},
}

func TestLabelsRound2English(t *testing.T)    { testPassageLabels(t, quantity.EN, labelRound2EN) }
func TestLabelsRound2Vietnamese(t *testing.T) { testPassageLabels(t, quantity.VI, labelRound2VI) }
func TestLabelsRound2Korean(t *testing.T)     { testPassageLabels(t, quantity.KO, labelRound2KO) }

// Generic holders are resolved over the article, as the tagger resolves
// them: the label names the firm the reference points to.
var labelRound2Articles = []struct{ article, vt, want string }{
	{"Hyosung expands in Đồng Nai\n\nHyosung Vietnam opened its fourth spandex line in Nhơn Trạch on Monday. The company had revenue of US$1.2 billion in 2023.", "US$1.2 billion", "Revenue of Hyosung Vietnam"},
	{"LG Display tăng vốn tại Hải Phòng\n\nLG Display vừa được cấp phép tăng vốn thêm 1 tỷ USD cho nhà máy tại Hải Phòng. Năm 2023, doanh nghiệp đạt doanh thu 6,5 tỷ USD và nộp ngân sách hơn 900 tỷ đồng.", "6,5 tỷ USD", "Doanh thu của LG Display"},
	{"LG Display tăng vốn tại Hải Phòng\n\nLG Display vừa được cấp phép tăng vốn thêm 1 tỷ USD cho nhà máy tại Hải Phòng. Năm 2023, doanh nghiệp đạt doanh thu 6,5 tỷ USD và nộp ngân sách hơn 900 tỷ đồng.", "hơn 900 tỷ đồng", "Nộp ngân sách của LG Display"},
	{"Samsung tại Việt Nam\n\nĐến nay, Samsung đã đầu tư tại Việt Nam khoảng 22,4 tỷ USD. Các nhà máy tại Bắc Ninh sản xuất khoảng 50% số điện thoại Galaxy của hãng.", "khoảng 50%", "Tỷ lệ số điện thoại Galaxy của Samsung"},
	{"삼성전자 베트남\n\n삼성전자는 박닌성에 스마트폰 공장을 운영하고 있다. 이 회사의 지난해 베트남 매출은 3000억원을 기록했다.", "3000억원", "삼성전자의 베트남 매출"},
	{"LG이노텍 베트남\n\nLG이노텍은 하이퐁에 카메라 모듈 공장을 운영하고 있다. 동사의 베트남 법인 매출은 지난해 12억 달러였다.", "12억 달러", "LG이노텍의 베트남 법인 매출"},
}

func TestLabelsRound2Holders(t *testing.T) {
	known := entitiesOnly(t)
	for _, c := range labelRound2Articles {
		d, err := Extract("a.txt", []byte(c.article), Options{Published: "2024-06-12", Known: known})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range d.Figures {
			if f.ValueText == c.vt {
				found = true
				if f.Label != c.want {
					t.Errorf("%q in %q:\n  label %q\n  want  %q", c.vt, c.article, f.Label, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q not drafted from %q", c.vt, c.article)
		}
	}
}
