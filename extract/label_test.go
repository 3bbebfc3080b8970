package extract

import (
	"strings"
	"testing"

	"ictdash/data/quantity"
)

// labelOf labels the number written vt in sentence, read in lang, as the
// extractor does: the sentence's scanned numbers are its group.
func labelOf(t *testing.T, lang quantity.Lang, sentence, vt string) string {
	t.Helper()
	qs := quantity.Scan(sentence, lang)
	for _, q := range qs {
		if q.Text == vt {
			return labelIn(lang, sentence, span{0, len(sentence)}, q, qs)
		}
	}
	var got []string
	for _, q := range qs {
		got = append(got, q.Text)
	}
	t.Fatalf("%q not scanned in %q (scanned %q)", vt, sentence, got)
	return ""
}

type labelCase struct{ sentence, vt, want string }

func testLabels(t *testing.T, lang quantity.Lang, cases []labelCase) {
	t.Helper()
	for _, c := range cases {
		if got := labelOf(t, lang, c.sentence, c.vt); got != c.want {
			t.Errorf("%q in %q:\n  label %q\n  want  %q", c.vt, c.sentence, got, c.want)
		}
	}
}

// English: the counted noun with its post-modifiers and the verb made a
// participle; amounts by the noun they are worth, of, the complement of,
// or the object of; holders from the subject.
var labelCasesEN = []labelCase{
	{"South Korea has 279 investment projects in Đà Nẵng, worth US$382 million.", "279", "South Korea’s investment projects in Đà Nẵng"},
	{"South Korea has 279 investment projects in Đà Nẵng, worth US$382 million.", "US$382 million", "Value of South Korea’s investment projects in Đà Nẵng"},
	{"The university trained 500 students in the AI course last year.", "500", "Students trained in the AI course"},
	{"Samsung SDS now holds a 25% stake in CMC after the deal.", "25%", "Samsung SDS stake in CMC after the deal"},
	{"Samsung will invest an additional US$1.5 billion in its Bắc Ninh plant.", "US$1.5 billion", "Additional investment by Samsung in its Bắc Ninh plant"},
	{"In 2018, Vietnam’s IT industry had a turnover of US$98.9 billion, a growth of eight per cent over 2017.", "US$98.9 billion", "Turnover of Vietnam’s IT industry"},
	{"In 2018, Vietnam’s IT industry had a turnover of US$98.9 billion, a growth of eight per cent over 2017.", "eight per cent", "Growth of turnover of Vietnam’s IT industry"},
	{"Korea's ICT exports to Vietnam rose 12 per cent last year to US$31.4 billion.", "12 per cent", "Growth of Korea's ICT exports to Vietnam"},
	{"Korea's ICT exports to Vietnam rose 12 per cent last year to US$31.4 billion.", "US$31.4 billion", "Korea's ICT exports to Vietnam"},
	{"The South Korean IT outsourcing market is valued at $600 billion and the figure is expected to rise to $800 billion by 2028.", "$800 billion", "South Korean IT outsourcing market"},
	{"It has a strong track record, with approximately 80% of participants securing jobs at South Korean firms operating in Vietnam after graduation.", "approximately 80%", "Share of participants securing jobs at South Korean firms"},
	{"NIPA offers seven-month internships at South Korean technology companies.", "seven-month", "Length of internships at South Korean technology companies"},
	{"LG Innotek will hire 2,000 engineers for its Hải Phòng camera module plant.", "2,000", "Engineers hired by LG Innotek for its Hải Phòng camera module plant"},
	{"About 250 Korean businesses are operating in Thừa Thiên Huế and Đà Nẵng.", "About 250", "Korean businesses operating in Thừa Thiên Huế and Đà Nẵng"},
	{"CMC set a minimum offer price of VND 40,000 per share.", "VND 40,000 per share", "Minimum offer price per share"},
	{"Đà Nẵng attracted US$2.1 billion in FDI in the first half of 2024.", "US$2.1 billion", "FDI attracted by Đà Nẵng"},
	{"Samsung Electronics employs about 100,000 workers in Việt Nam.", "about 100,000", "Workers employed by Samsung Electronics in Việt Nam"},
	{"Exports of electronics rose 15% to US$20 billion.", "15%", "Growth of exports of electronics"},
	{"The two sides signed 12 MoUs on digital transformation and AI.", "12", "MoUs signed on digital transformation and AI"},
	{"The fund, worth US$50 million, will back Vietnamese start-ups.", "US$50 million", "Value of the fund"},
	{"Hanwha pledged US$300 million for a new semiconductor packaging plant.", "US$300 million", "Pledge by Hanwha for a new semiconductor packaging plant"},
	{"FPT earned VND 52.6 trillion in revenue last year.", "VND 52.6 trillion", "Revenue earned by FPT"},
	{"Viettel spent US$200 million on 5G equipment.", "US$200 million", "Spending by Viettel on 5G equipment"},
	{"The plant is expected to create 3,000 jobs.", "3,000", "Jobs created by the plant"},
	{"A report showed that FDI in the manufacturing sector in Vietnam, bolstered by electronics production, has grown by 11 percent per annum.", "11 percent per annum", "Growth of FDI in the manufacturing sector in Vietnam"},
	{"According to South Korean agencies, South Korea would need 740,000 IT officers in the next five years.", "740,000", "IT officers needed by South Korea"},
	{"The plant, to be built on 25 hectares in the Yên Phong II Industrial Park, is expected to employ about 2,000 engineers by 2030.", "25 hectares", "Area of the plant"},
	{"Samsung Electronics, which employs nearly 60,000 workers at its two factories, plans to train 500 engineers.", "nearly 60,000", "Workers employed by Samsung Electronics"},
	{"LG Innotek said Wednesday it will invest 1.3 trillion won in the plant.", "1.3 trillion won", "Investment by LG Innotek in the plant"},
	{"LG Innotek shares closed 2.1 percent higher at 263,500 won on the Seoul bourse.", "2.1 percent", "Rise in LG Innotek shares"},
	{"Vietnam aims to have 50,000 semiconductor engineers by 2030, while the country currently has only about 5,000.", "about 5,000", "Semiconductor engineers"},
	{"The second phase has a total budget of VND 120 billion, of which the Korean side will contribute 70 per cent.", "70 per cent", "Korean side share of total budget of the second phase"},
	{"Hoa Lac Hi-tech Park, west of central Hanoi, covers 1,586 hectares.", "1,586 hectares", "Area of Hoa Lac Hi-tech Park"},
	{"Korean firms accounted for 25 of the 98 projects licensed at Hoa Lac Hi-tech Park.", "25", "Korean firms’ projects licensed at Hoa Lac Hi-tech Park"},
}

// Vietnamese: head-first noun phrases in Vietnamese; "số … được …" for
// a verb's counted object; "vốn đầu tư của … vào …" for money invested.
var labelCasesVI = []labelCase{
	{"Hàn Quốc hiện có 279 dự án FDI tại Đà Nẵng với tổng vốn đăng ký 382 triệu USD.", "279", "Dự án FDI của Hàn Quốc tại Đà Nẵng"},
	{"Hàn Quốc hiện có 279 dự án FDI tại Đà Nẵng với tổng vốn đăng ký 382 triệu USD.", "382 triệu USD", "Tổng vốn đăng ký của dự án FDI của Hàn Quốc tại Đà Nẵng"},
	{"Samsung sẽ đầu tư thêm 2,5 tỷ USD vào nhà máy tại Bắc Ninh.", "2,5 tỷ USD", "Vốn đầu tư của Samsung vào nhà máy tại Bắc Ninh"},
	{"Nhà máy dự kiến tuyển 10.000 lao động trong năm 2025.", "10.000", "Số lao động dự kiến được nhà máy tuyển"},
	{"Kim ngạch xuất khẩu đạt 31,4 tỷ USD, tăng 12% so với cùng kỳ năm trước.", "31,4 tỷ USD", "Kim ngạch xuất khẩu"},
	{"Kim ngạch xuất khẩu đạt 31,4 tỷ USD, tăng 12% so với cùng kỳ năm trước.", "12%", "Mức tăng của kim ngạch xuất khẩu"},
	{"Samsung SDS nắm 25% cổ phần CMC sau thương vụ.", "25%", "Tỷ lệ cổ phần CMC của Samsung SDS"},
	{"Khoảng 250 doanh nghiệp Hàn Quốc đang hoạt động tại Đà Nẵng.", "Khoảng 250", "Doanh nghiệp Hàn Quốc đang hoạt động tại Đà Nẵng"},
	{"Doanh thu của Samsung Việt Nam đạt 65 tỷ USD trong năm 2023.", "65 tỷ USD", "Doanh thu của Samsung Việt Nam"},
	{"LG Display rót thêm 1 tỷ USD vào dự án tại Hải Phòng.", "1 tỷ USD", "Vốn đầu tư của LG Display vào dự án tại Hải Phòng"},
	{"Đà Nẵng thu hút 35 dự án ICT mới trong 6 tháng đầu năm.", "35", "Số dự án ICT mới được Đà Nẵng thu hút"},
	{"Tỷ lệ nội địa hóa của ngành điện tử đạt 30%.", "30%", "Tỷ lệ nội địa hóa của ngành điện tử"},
	{"Hai bên đã ký 12 thỏa thuận hợp tác về chuyển đổi số.", "12", "Số thỏa thuận hợp tác về chuyển đổi số được hai bên ký"},
	{"Vốn FDI của Hàn Quốc vào Việt Nam đạt 86 tỷ USD.", "86 tỷ USD", "Vốn FDI của Hàn Quốc vào Việt Nam"},
	{"Samsung Electronics Việt Nam xuất khẩu 55 tỷ USD trong năm ngoái.", "55 tỷ USD", "Kim ngạch xuất khẩu của Samsung Electronics Việt Nam"},
	{"Samsung chiếm 20% tổng kim ngạch xuất khẩu của cả nước.", "20%", "Tỷ trọng của Samsung trong tổng kim ngạch xuất khẩu của cả nước"},
	{"Dự án có tổng vốn đầu tư 4 tỷ USD.", "4 tỷ USD", "Tổng vốn đầu tư của dự án"},
	{"Giá trị thương vụ ước đạt 150 triệu USD.", "150 triệu USD", "Giá trị thương vụ"},
	{"Năm 2023, Bắc Ninh thu hút 1,2 tỷ USD vốn FDI.", "1,2 tỷ USD", "Vốn FDI do Bắc Ninh thu hút"},
	{"Tổng vốn đăng ký của các dự án Hàn Quốc tại Bắc Ninh là 21 tỷ USD.", "21 tỷ USD", "Tổng vốn đăng ký của các dự án Hàn Quốc tại Bắc Ninh"},
	{"Samsung tuyển 1.000 kỹ sư Việt Nam.", "1.000", "Số kỹ sư Việt Nam được Samsung tuyển"},
	{"Hiện cả nước có khoảng 530.000 lao động trong ngành CNTT, song mỗi năm vẫn thiếu hơn 150.000 kỹ sư.", "hơn 150.000", "Số kỹ sư còn thiếu"},
	{"LG Innotek tăng vốn đầu tư tại Hải Phòng lên 2 tỷ USD.", "2 tỷ USD", "Vốn đầu tư của LG Innotek tại Hải Phòng"},
	{"Với khoản vốn tăng thêm, LG Innotek sẽ xây dựng nhà máy thứ hai trên diện tích 7 ha.", "7 ha", "Diện tích nhà máy thứ hai"},
	{"Theo Bộ Kế hoạch và Đầu tư, Hàn Quốc tiếp tục là nhà đầu tư lớn nhất với tổng vốn đăng ký lũy kế hơn 87 tỷ USD.", "hơn 87 tỷ USD", "Tổng vốn đăng ký lũy kế của Hàn Quốc"},
	{"Samsung dự kiến đầu tư thêm 2,5 tỷ USD, nâng tổng vốn của tập đoàn tại Việt Nam lên gần 25 tỷ USD.", "gần 25 tỷ USD", "Tổng vốn của tập đoàn tại Việt Nam"},
}

// Korean: head-last phrases with particles removed; the holder from the
// topic or subject; relative clauses for counts, verbal nouns for money.
var labelCasesKO = []labelCase{
	{"삼성전자는 베트남에 215억달러를 투자했다.", "215억달러", "삼성전자의 베트남 투자액"},
	{"누적 투자액은 50억 달러다.", "50억 달러", "누적 투자액"},
	{"한국 ICT 기업 300여 개가 베트남에 진출했다.", "300여 개", "베트남에 진출한 한국 ICT 기업"},
	{"삼성전자 베트남 법인의 현지 직원은 10만 명에 달한다.", "10만 명", "삼성전자 베트남 법인의 현지 직원"},
	{"LG이노텍은 하이퐁 공장에 10억 달러를 추가 투자하기로 했다.", "10억 달러", "LG이노텍의 하이퐁 공장 추가 투자액"},
	{"베트남의 대한국 수출은 전년 대비 12% 증가했다.", "12%", "베트남의 대한국 수출 증가율"},
	{"삼성SDS는 CMC 지분 25%를 인수했다.", "25%", "삼성SDS의 CMC 지분"},
	{"이번 포럼에는 한국 기업 150곳이 참가했다.", "150곳", "이번 포럼에 참가한 한국 기업"},
	{"정부는 2030년까지 AI 인재 1만 명을 양성할 계획이다.", "1만 명", "정부가 양성할 AI 인재"},
	{"한국의 대베트남 누적 투자액은 864억 달러에 이른다.", "864억 달러", "한국의 대베트남 누적 투자액"},
	{"현대차는 베트남 법인에 3000억원을 출자했다.", "3000억원", "현대차의 베트남 법인 출자액"},
	{"지난해 한국의 대베트남 ICT 수출액은 120억 달러로 집계됐다.", "120억 달러", "한국의 대베트남 ICT 수출액"},
	{"베트남에 진출한 한국 기업은 9000여 곳에 이른다.", "9000여 곳", "베트남에 진출한 한국 기업"},
	{"SK그룹은 베트남 마산그룹 지분 9.5%를 보유하고 있다.", "9.5%", "SK그룹의 베트남 마산그룹 지분"},
	{"베트남 ICT 시장 규모는 2025년 200억 달러로 성장할 전망이다.", "200억 달러", "베트남 ICT 시장 규모"},
	{"삼성디스플레이는 박닌성 공장에서 근로자 3만 명을 고용하고 있다.", "3만 명", "삼성디스플레이가 박닌성 공장에서 고용하는 근로자"},
	{"연합뉴스에 따르면 LG전자는 하이퐁에 15억 달러를 추가로 투자한다.", "15억 달러", "LG전자의 하이퐁 추가 투자액"},
	{"하나마이크론은 현재 약 3500명을 고용하고 있으며, 2026년까지 2000명가량을 추가 채용할 예정이다.", "2000명가량", "하나마이크론이 추가 채용할 인원"},
	{"올해 1~10월 베트남이 유치한 외국인직접투자(FDI) 실행액은 약 215억달러로 전년 동기 대비 8.8% 증가했다.", "약 215억달러", "베트남이 유치한 외국인직접투자 실행액"},
	{"올해 1~10월 베트남이 유치한 외국인직접투자(FDI) 실행액은 약 215억달러로 전년 동기 대비 8.8% 증가했다.", "8.8%", "베트남이 유치한 외국인직접투자 실행액 증가율"},
	{"베트남의 반도체 전문 인력은 아직 5000명 미만으로 추산된다.", "5000명 미만", "베트남의 반도체 전문 인력"},
	{"베트남 정부는 2030년까지 반도체 엔지니어 5만 명을 양성한다는 목표를 세웠다.", "5만 명", "베트남 정부가 양성할 반도체 엔지니어"},
	{"이는 전체 외국인 IT 취업자의 약 28% 수준으로, 베트남 출신 비중은 2년 전보다 6.5%포인트 높아졌다.", "6.5%포인트", "베트남 출신 비중 증가폭"},
	{"삼성 베트남 법인들의 지난해 수출액은 650억달러로 베트남 전체 수출의 약 20%를 차지했다.", "약 20%", "베트남 전체 수출 중 삼성 베트남 법인들의 수출액 비중"},
	{"삼성전자는 현재 2200여 명인 현지 연구인력을 2025년까지 3000명 이상으로 늘릴 계획이다.", "3000명 이상", "삼성전자가 늘릴 현지 연구인력"},
	{"삼성전자가 2억2000만달러(약 2800억원)를 투자한 베트남 하노이 연구개발(R&D)센터를 준공했다.", "2억2000만달러", "삼성전자의 베트남 하노이 연구개발센터 투자액"},
	{"삼성전자가 2억2000만달러(약 2800억원)를 투자한 베트남 하노이 연구개발(R&D)센터를 준공했다.", "약 2800억원", "삼성전자의 베트남 하노이 연구개발센터 투자액 (원화 환산)"},
	{"업계에선 신규 공장 건설에 2~3년이 걸릴 것으로 보고 있다.", "2~3년", "신규 공장 건설 소요 기간"},
}

func TestLabelsEnglish(t *testing.T)    { testLabels(t, quantity.EN, labelCasesEN) }
func TestLabelsVietnamese(t *testing.T) { testLabels(t, quantity.VI, labelCasesVI) }
func TestLabelsKorean(t *testing.T)     { testLabels(t, quantity.KO, labelCasesKO) }

// TestLabelShape: every label is short, never a "number after …"
// fragment, never starts with an article or ends with a function word.
func TestLabelShape(t *testing.T) {
	all := map[quantity.Lang][]labelCase{quantity.EN: labelCasesEN, quantity.VI: labelCasesVI, quantity.KO: labelCasesKO}
	for lang, cases := range all {
		for _, c := range cases {
			l := labelOf(t, lang, c.sentence, c.vt)
			fs := strings.Fields(l)
			switch {
			case len([]rune(l)) > maxLabelRunes+len(" (conversion)"):
				t.Errorf("%q: label %q longer than %d", c.vt, l, maxLabelRunes)
			case strings.Contains(l, "number after"):
				t.Errorf("%q: label %q is a fragment", c.vt, l)
			case enLeadDrop[strings.ToLower(fs[0])] || viLeadDrop[strings.ToLower(fs[0])]:
				t.Errorf("%q: label %q starts with a function word", c.vt, l)
			case enTrailDrop[fs[len(fs)-1]] || viTrailDrop[fs[len(fs)-1]]:
				t.Errorf("%q: label %q ends with a function word", c.vt, l)
			}
		}
	}
}

// TestLabelIDs: ids follow from labels, ASCII and kebab-case; a Korean
// label gives the engine's English noun or unit instead of a romanisation.
func TestLabelIDs(t *testing.T) {
	cases := []struct {
		label string
		alt   []string
		want  string
	}{
		{"Vốn đầu tư của Samsung vào nhà máy tại Bắc Ninh", nil, "a123-von-dau-tu-cua-samsung-vao-nha-1"},
		{"South Korea’s investment projects in Đà Nẵng", nil, "a123-south-korea-s-investment-1"},
		{"삼성전자의 베트남 투자액", []string{"", "KRW"}, "a123-krw-1"},
		{"베트남에 진출한 한국 기업", []string{"people", "count"}, "a123-people-1"},
		{"베트남에 진출한 한국 기업", nil, "a123-figure-1"},
		{weakPrefix + "amount in USD", []string{"", "USD"}, "a123-usd-1"},
	}
	for _, c := range cases {
		x := &extractor{base: "a123", ids: map[string]bool{}}
		if got := x.newID(c.label, c.alt...); got != c.want {
			t.Errorf("newID(%q, %q) = %q, want %q", c.label, c.alt, got, c.want)
		}
	}
}

// TestWeakLabelLowersConfidence: a label the grammar could not build, or
// a single word, is said in the reason and costs confidence.
func TestWeakLabelLowersConfidence(t *testing.T) {
	q := quantity.Scan("Electronics brought US$88 billion.", quantity.EN)[0]
	m := mention{q: q}
	good, _ := confidence(m, Figure{Label: "Turnover of Vietnam’s IT industry"}, "")
	for _, l := range []string{"Electronics", weakPrefix + "amount in USD"} {
		c, why := confidence(m, Figure{Label: l}, "")
		if c >= good || !strings.Contains(why, "label") {
			t.Errorf("label %q: confidence %.2f (good label %.2f), reason %q", l, c, good, why)
		}
	}
}
