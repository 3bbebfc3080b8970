package extract

import (
	"testing"

	"ictdash/data"
	"ictdash/data/quantity"
)

// English status cases in the style of Vietnam News, Korea Herald and
// Yonhap's English service.
var enStatusCases = []statusCase{
	{"Samsung will invest US$1.5 billion in the plant.", "US$1.5 billion", data.Target},
	{"The plant is expected to employ about 2,000 engineers by 2030.", "about 2,000", data.Projection},
	{"The city aims to attract 50 firms by 2030.", "50", data.Target},
	{"The group has pledged to train 500 engineers.", "500", data.Target},
	{"An estimated 2,000 engineers work there.", "2,000", data.Estimate},
	{"KOTRA expects the firms to sign export contracts worth up to $150 million.", "$150 million", data.Projection},
	{"The company plans to hire 300 software engineers in Đà Nẵng.", "300", data.Target},
	{"KOICA provided $5 million to help train 1,000 Vietnamese AI engineers.", "$5 million", data.Actual},
	{"KOICA provided $5 million to help train 1,000 Vietnamese AI engineers.", "1,000", data.Target},
	{"The project costs $1.2 billion and the plant, to be built in Thái Nguyên, will open in 2027.", "$1.2 billion", data.Target},
	{"LG Innotek's new plant in Hải Phòng has a total investment of US$1 billion and will be put into operation in 2026.", "US$1 billion", data.Target},
	{"Exports could reach $50 billion next year, the ministry said.", "$50 billion", data.Projection},
	{"Investment may rise to $3 billion.", "$3 billion", data.Projection},
	{"Viettel is set to deploy 5,000 base stations this year.", "5,000", data.Projection},
	{"The programme is on track to train 10,000 engineers.", "10,000", data.Projection},
	{"Samsung invested US$2 billion in the Thái Nguyên complex in 2014.", "US$2 billion", data.Actual},
	{"Exports reached $31.4 billion last year.", "$31.4 billion", data.Actual},
	{"The academy trained 1,340 students in its first phase.", "1,340", data.Actual},
	{"KOTRA has signed 12 memoranda of understanding with Vietnamese partners.", "12", data.Actual},
	{"The market is estimated at $5 billion.", "$5 billion", data.Estimate},
	{"The market is estimated to reach $12 billion by 2030.", "$12 billion", data.Projection},
	{"Korean investment in Vietnam did not exceed $2 billion last year.", "$2 billion", data.Actual},
	{"The ministry said the firms would create 20,000 jobs.", "20,000", data.Projection},
	{"Samsung Electronics, which employs nearly 60,000 workers, will add 5,000 jobs.", "60,000", data.Actual},
	{"Samsung Electronics, which employs nearly 60,000 workers, will add 5,000 jobs.", "5,000", data.Projection},
	{"The goal is 3,000 graduates by 2028.", "3,000", data.Target},
	{"Exports exceeded the target and reached $50 billion.", "$50 billion", data.Actual},
	{"Under the deal, Naver provides $10 million for Vietnamese start-ups.", "$10 million", data.Target},
	{"By 2030, the plant will employ 2,000 engineers.", "2,000", data.Projection},
	{"Nearly 50 Korean firms will take part in the trade mission.", "50", data.Projection},
	{"The plant, to be built on 25 hectares in Yên Phong, will make chip packages.", "25 hectares", data.Target},
	{"The market is valued at $600 billion and the figure is expected to rise to $800 billion by 2028.", "$600 billion", data.Actual},
	{"The market is valued at $600 billion and the figure is expected to rise to $800 billion by 2028.", "$800 billion", data.Projection},
	{"The centres will conduct programmes, in particular for businesses investing in six key areas.", "six", data.Actual},
	{"Samsung, which will open a plant next year, employs 2,000 workers.", "2,000", data.Actual},
	{"Exports rose 12 per cent to $5 billion, higher than expected.", "12 per cent", data.Actual},
	{"Up to 500 students a year take the course.", "500", data.Actual},
	{"LG Innotek said it will invest 1.3 trillion won ($1 billion) to expand its plant in Hải Phòng.", "$1 billion", data.Target},
	{"Exports will reach $50 billion next year.", "$50 billion", data.Projection},
	{"Korea will also send 120 ICT experts to Vietnamese ministries by 2026.", "120", data.Target},
	{"The expansion would add US$1 billion in annual exports.", "US$1 billion", data.Projection},
}

// enStatusLeaks follow each case: their modal and past verbs belong to
// their own sentence.
var enStatusLeaks = []string{"The company will also plan to expand and is expected to grow.",
	"It reached a record and invested heavily.", "An estimated share is unknown."}

func TestStatusEnglish(t *testing.T) {
	checkStatus(t, quantity.EN, enStatusCases, enStatusLeaks)
}
