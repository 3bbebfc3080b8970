package extract

import (
	"testing"

	"ictdash/data"
	"ictdash/data/quantity"
)

// A segment that continues the clause before it takes that clause's
// status; one with its own tense keeps its own. Korean: a routine (연간,
// 매년) in the present is a fact, a capacity ("생산할 수 있는 규모로,") is
// a fact unless a verb of its own follows, and "늘린다는 목표" is decided
// by the noun.
var inheritStatusCases = map[quantity.Lang][]statusCase{
	quantity.EN: {
		{"Hanyang University and HUST will launch a chip design programme next year, training 500 engineers a year over 2025-2027.", "500", data.Target},
		{"Samsung will open a plant in Thai Nguyen, employing 3,000 workers.", "3,000", data.Target},
		{"Exports are expected to reach $100 billion by 2030, up 25 percent from this year.", "25 percent", data.Projection},
		{"The firm, employing 3,000 workers, plans to expand.", "3,000", data.Actual},
		{"The company invested $1 billion last year, bringing its total to $5 billion.", "$5 billion", data.Actual},
		{"The city will build a tech park, and it has 20 firms already.", "20", data.Actual},
		{"The programme will cut training time from five years to three.", "five years", data.Actual},
		{"The programme will cut training time from five years to three.", "three", data.Projection},
		{"Samsung plans to raise its local staff from 2,200 to 3,000 by 2025.", "2,200", data.Actual},
	},
	quantity.VI: {
		{"Các doanh nghiệp Hàn Quốc dự kiến tuyển gần 3.000 kỹ sư Việt Nam trong năm nay, tăng 20-25% so với năm 2022.", "20-25%", data.Target},
		{"Năm 2023 doanh thu công nghiệp CNTT ước đạt 142 tỷ USD, tăng 4,1% so với năm trước.", "4,1%", data.Estimate},
		{"Trong giai đoạn 2023-2025, Hàn Quốc sẽ hỗ trợ đào tạo 10.000 kỹ sư, trong đó khoảng 30% là kỹ sư bán dẫn.", "khoảng 30%", data.Target},
		{"Năm 2023, Samsung đạt doanh thu 60 tỷ USD, tăng 5%.", "5%", data.Actual},
		{"Doanh nghiệp sẽ đầu tư thêm 1 tỷ USD, đã giải ngân 300 triệu USD.", "300 triệu USD", data.Actual},
		{"Hợp tác sẽ giúp rút ngắn thời gian đào tạo kỹ sư bán dẫn từ 5 năm xuống còn 2-3 năm.", "5 năm", data.Actual},
	},
	quantity.KO: {
		{"이 프로그램을 통해 연간 200명 안팎의 엔지니어를 교육한다.", "200명 안팎", data.Actual},
		{"삼성전자는 매년 500명의 소프트웨어 인재를 교육한다.", "500명", data.Actual},
		{"빈패스트 하이퐁 공장은 연간 25만 대의 전기차를 생산할 수 있는 규모로, 빈패스트는 생산 효율을 높인다는 방침이다.", "25만 대", data.Actual},
		{"회사는 2026년까지 베트남 매출을 2배로 늘린다는 목표를 세웠다.", "2배", data.Target},
		{"시장은 2배로 늘어난다는 전망이 나온다.", "2배", data.Projection},
		{"삼성전자는 하노이에 연구센터를 세우고 2000명을 채용한다.", "2000명", data.Target},
		{"회사는 현지 인력을 1500명에서 3000명 이상으로 늘릴 계획이다.", "1500명", data.Actual},
		{"회사는 현지 인력을 1500명에서 3000명 이상으로 늘릴 계획이다.", "3000명 이상", data.Target},
	},
}

func TestStatusInherited(t *testing.T) {
	for lang, cases := range inheritStatusCases {
		checkStatus(t, lang, cases, nil)
	}
}
