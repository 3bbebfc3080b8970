package extract

import (
	"testing"

	"ictdash/data/quantity"
)

// A clause that gives no date borrows the nearest one earlier in its
// sentence, unless a contrast sets it apart or its tense does not suit
// that date (a past date does not date a plan, a future one not a result).
var sentencePeriodCases = map[quantity.Lang][]periodCase{
	quantity.EN: {
		{pubJune, "LG Innotek posted sales of 19.58 trillion won last year, with its optical division, which makes camera modules, accounting for 83 percent of the total.", "83 percent", "2023", ""},
		{pubJune, "In 2023, exports to Korea reached $25 billion, while imports hit $55 billion.", "$55 billion", "2023", ""},
		{pubJune, "Samsung invested $1 billion in 2020, and it will invest $2 billion more.", "$2 billion", pubJune, asReported},
		{pubJune, "Trade reached $80 billion in 2023, but it is expected to reach $100 billion soon.", "$100 billion", pubJune, asReported},
		{pubJune, "The firm will hire 500 engineers by 2026, bringing its workforce to 3,000.", "3,000", "2026", ""},
		{pubJune, "The universities will launch a programme next year, training 500 engineers a year over 2025-2027.", "500", "2025/2027", ""},
		{pubJune, "The fund will invest $300 million over three years through 2026.", "$300 million", "2024/2026", ""},
		{pubJune, "The city aims to attract 50 firms by 2030.", "50", "2030", ""},
		{pubJune, "Korean investment stood at $86 billion at the end of last year.", "$86 billion", "2023-12", ""},
		{pubJune, "The market is forecast to grow 12 percent a year through 2030.", "12 percent a year", "2024/2030", ""},
	},
	quantity.VI: {
		{pubJune, "Năm 2023, xuất khẩu sang Hàn Quốc đạt 25 tỷ USD, nhập khẩu đạt 55 tỷ USD.", "55 tỷ USD", "2023", ""},
		{pubJune, "Năm 2023, doanh thu đạt 4,2 tỷ USD, nhưng lợi nhuận giảm 10%.", "10%", pubJune, asReported},
		{pubJune, "Năm 2024, Samsung khởi công nhà máy mới, tuyển 3.000 kỹ sư trong giai đoạn 2025-2027.", "3.000", "2025/2027", ""},
		{pubJune, "Tính đến cuối năm ngoái, Hàn Quốc có 9.800 dự án tại Việt Nam.", "9.800", "2023-12", ""},
	},
	quantity.KO: {
		{pubJune, "한국은 베트남의 최대 투자국으로, 지난해 말 기준 누적 투자액은 860억 달러에 이른다.", "860억 달러", "2023-12", ""},
		{pubJune, "삼성전자는 1995년 베트남에 진출한 이후 누적 투자액이 230억 달러를 넘어섰다.", "230억 달러", "1995/2024", ""},
		{pubJune, "베트남 반도체 시장은 2030년까지 연평균 10% 이상 성장할 것으로 전망된다.", "연평균 10% 이상", "2024/2030", ""},
		{pubJune, "양국은 2026년까지 3년간 약 3억 달러 규모의 공동 프로젝트를 추진할 예정이다.", "약 3억 달러", "2024/2026", ""},
		{"2024-09-17", "사업 기간은 2027년 6월까지 약 3년이다.", "약 3년", "2024-09/2027-06", ""},
		{pubJune, "정부는 2030년까지 AI 인재 1만명을 양성한다는 목표다.", "1만명", "2030", ""},
		{pubJune, "지난해 매출은 1조원을 기록했으며, 영업이익은 500억원이었다.", "500억원", "2023", ""},
		{pubJune, "지난해 수출은 100억 달러였지만 수입은 50억 달러에 그쳤다.", "50억 달러", pubJune, asReported},
	},
}

func TestPeriodEarlierInSentence(t *testing.T) {
	for lang, cases := range sentencePeriodCases {
		checkPeriod(t, lang, cases, nil)
	}
}
