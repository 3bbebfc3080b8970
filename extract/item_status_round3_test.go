package extract

import (
	"strings"
	"testing"

	"ictdash/data"
	"ictdash/data/quantity"
)

// TestItemsRound3: items are named as an analyst would recognise them —
// with their holder, parties, place, period or quoted title — and a head
// that names nothing in its place drafts nothing.
func TestItemsRound3(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want, kind, date string // the item that must be drafted; date "" when not checked
		notIn            string // no drafted item's name may contain this
	}{
		{name: "its centre is the subject's (Korea Herald)", lang: "en",
			text: "Samsung SDS said it would expand its Da Nang delivery center to 800 engineers by 2026.",
			want: "Samsung SDS Da Nang delivery center", kind: "investment"},
		{name: "a joint venture named by its place (Yonhap)", lang: "en",
			text: "Naver Cloud and Viettel will launch a joint venture in Hanoi with 120 staff next year.",
			want: "joint venture in Hanoi", kind: "investment"},
		{name: "an amount before a fund, its purpose after (Vietnam News)", lang: "en",
			text: "The two governments agreed to create a US$20 million fund for semiconductor start-ups from 2025.",
			want: "fund for semiconductor start-ups", kind: "investment"},
		{name: "an MoU named by the subject its adverbial opens (VnExpress International)", lang: "en",
			text: "Under an MoU signed on Monday, Samsung Electronics and Vietnam National University will train 3,000 chip engineers.",
			want: "MoU between Samsung Electronics and Vietnam National University", kind: "initiative"},
		{name: "parties shortened to their bracketed acronym", lang: "en",
			text: "Under the agreement, the Korea Software Industry Association (KOSA) and FPT University will train 2,000 software engineers.",
			want: "agreement between KOSA and FPT University", kind: "initiative"},
		{name: "the holder is the subject, not the dateline (VNS)", lang: "en",
			text: "BẮC GIANG — Hana Micron Vina will train 300 Vietnamese engineers at its Bắc Giang plant by 2026, the company said.",
			want: "Hana Micron Vina Bắc Giang plant", kind: "investment"},
		{name: "a strategy is an initiative (Korea Herald)", lang: "en",
			text: "The ministry's digital infrastructure strategy sets a goal of 50 data centres by 2030.",
			want: "ministry's digital infrastructure strategy", kind: "initiative"},
		{name: "chính phủ is a noun of the name, tại gives the place (Tuổi Trẻ)", lang: "vi",
			text: "Năm 2023, KOICA tài trợ 5 triệu USD cho dự án chính phủ số tại Cần Thơ.",
			want: "dự án chính phủ số tại Cần Thơ", kind: "initiative"},
		{name: "an MoU named by its parties after giữa (VietnamPlus)", lang: "vi",
			text: "Biên bản ghi nhớ được ký sáng 5/3 giữa Đại học Bách khoa Hà Nội và Samsung Việt Nam, với mục tiêu đào tạo 1.000 kỹ sư.",
			want: "Biên bản ghi nhớ giữa Đại học Bách khoa Hà Nội và Samsung Việt Nam", kind: "initiative"},
		{name: "a programme's period is its name and its date (Báo Đầu tư)", lang: "vi",
			text: "Theo Chương trình phát triển nhân lực bán dẫn giai đoạn 2024-2030, thành phố sẽ đào tạo 5.000 kỹ sư.",
			want: "Chương trình phát triển nhân lực bán dẫn giai đoạn 2024-2030", kind: "training", date: "2024/2030"},
		{name: "a spaced dash inside a proper name (VnExpress)", lang: "vi",
			text: "Trung tâm đổi mới sáng tạo Việt - Hàn sẽ khai trương vào tháng 9 với 200 chỗ làm việc.",
			want: "Trung tâm đổi mới sáng tạo Việt - Hàn"},
		{name: "quỹ đất is a land bank, not a fund", lang: "vi",
			text: "Tỉnh dành quỹ đất 300 ha cho các dự án công nghệ cao.", notIn: "quỹ"},
		{name: "a joint venture named by its two parties (전자신문)", lang: "ko",
			text: "LG CNS는 베트남 FPT와 합작법인 설립을 위한 계약을 맺었다. 합작법인 인력은 300명이다.",
			want: "LG CNS-FPT 합작법인", kind: "investment"},
		{name: "a numbered committee session is an event (연합뉴스)", lang: "ko",
			text: "서울에서 열린 '제5차 한-베트남 경제공동위원회'에는 양국 기업인 150명이 참석했다.",
			want: "제5차 한-베트남 경제공동위원회", kind: "event"},
		{name: "a quoted strategy keeps its year", lang: "ko",
			text: "정부는 '2035 반도체 인재 양성 전략'을 발표하고 10년간 5만 명을 키우기로 했다.",
			want: "2035 반도체 인재 양성 전략", kind: "initiative"},
		{name: "이들 refers back", lang: "ko",
			text: "국내 게임사들은 하노이에 개발센터 3곳을 두고 있다. 이들 센터의 직원은 1200명 수준이다.", notIn: "이들"},
		{name: "time words before a head say when", lang: "ko",
			text: "SK텔레콤은 내년 상반기 중 현지 인재 프로그램을 시작할 예정이다. 프로그램에는 200명이 참여한다.",
			want: "현지 인재 프로그램"},
		{name: "a training centre trains, whatever its sentence invests", lang: "ko",
			text: "포스코는 300억원을 투자해 호찌민에 철강 교육센터를 세운다.",
			want: "철강 교육센터", kind: "training"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lang, _ := quantity.ParseLang(c.lang)
			d, err := Extract("r3.txt", []byte("Title\n\n"+c.text), Options{Published: "2024-06-12", Known: seeds(t), Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			found := c.want == ""
			for _, it := range d.Items {
				names = append(names, it.Kind+" "+it.Name+" "+it.Date)
				if c.notIn != "" && strings.Contains(it.Name, c.notIn) {
					t.Errorf("drafted %q", it.Name)
				}
				if it.Name == c.want && (c.kind == "" || it.Kind == c.kind) && (c.date == "" || it.Date == c.date) {
					found = true
				}
			}
			if !found {
				t.Errorf("no item %q (%s %s) among %q", c.want, c.kind, c.date, names)
			}
		})
	}
}

// Status cases of round three: plans stated with an actor's own object or
// a planned action after the number are targets; forecasts an attribution
// calls estimates are estimates; a coordinated finite verb or a later
// clause does not pass its status to an earlier figure; a licence states
// registered capital as a fact.
var round3StatusCases = map[quantity.Lang][]statusCase{
	quantity.EN: {
		{"Hyosung said it would expand its Dong Nai spandex plant to 2,000 workers by 2027.", "2,000", data.Target},
		{"The company aims to lift its Korean revenue to $300 million by 2028 and has set up a lab in Da Nang with 90 researchers.", "90", data.Actual},
		{"Each scholar will receive a monthly allowance of $500 under the program.", "$500", data.Target},
		{"The association expects the number of chip engineers to reach 9,000 next year.", "9,000", data.Projection},
		{"According to KOTRA's estimates, Korean firms could hire 20,000 more Vietnamese workers this year.", "20,000", data.Estimate},
	},
	quantity.VI: {
		{"Quỹ hỗ trợ khởi nghiệp 10 triệu USD sẽ được giải ngân trong ba năm.", "10 triệu USD", data.Target},
		{"Thành phố đang chuẩn bị 200 ha đất cho khu công nghệ thông tin tập trung.", "200 ha", data.Target},
		{"Theo giấy chứng nhận, dự án có vốn đầu tư 200 triệu USD, dự kiến khởi công vào quý IV.", "200 triệu USD", data.Actual},
		{"Nhà máy dự kiến đạt doanh thu 500 triệu USD mỗi năm, đóng góp ngân sách khoảng 30 triệu USD.", "30 triệu USD", data.Projection},
		{"Theo ước tính của Hiệp hội Phần mềm, thị trường có thể cần thêm 150.000 lập trình viên.", "150.000", data.Estimate},
	},
	quantity.KO: {
		{"정부는 반도체 인력을 2배로 늘리겠다는 목표를 세웠다.", "2배", data.Target},
		{"회사 측은 \"베트남은 매출 1조원, 직원 3천명의 핵심 거점\"이라며 \"내년 공장을 증설할 계획\"이라고 밝혔다.", "1조원", data.Actual},
		{"현지 인건비는 한국의 3분의 1 수준이라 투자 매력이 크다는 분석이 나온다.", "3분의 1", data.Actual},
	},
}

func TestStatusRound3(t *testing.T) {
	for lang, cases := range round3StatusCases {
		checkStatus(t, lang, cases, nil)
	}
}
