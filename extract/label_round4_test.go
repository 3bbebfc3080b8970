package extract

import (
	"testing"

	"ictdash/data/quantity"
)

// Korean money labels: the subject stays the clause's across a purpose
// clause ("…을 돕기 위해"), which also says what the money is for; a
// sentence with no subject of its own takes the one the sentence before
// named, as Korean drops it. A count that is the verb's object belongs to
// the topic ("연구센터는 3000명을 수용한다" → 연구센터가 수용하는 인원).
var labelKOSubjectCases = []labelCase{
	{"정부가 베트남의 반도체 인재 양성을 돕기 위해 2030년까지 약 1억 달러를 투입한다.", "약 1억 달러", "정부의 베트남 반도체 인재 양성 투입액"},
	{"코트라는 현지 스타트업의 해외 진출을 돕기 위해 올해 50억원을 투입한다.", "50억원", "코트라의 현지 스타트업 해외 진출 투입액"},
	{"삼성전자는 하노이에 연구센터를 열었다. 연구센터는 3000명을 수용한다.", "3000명", "연구센터가 수용하는 인원"},
	{"공장은 2000명을 고용한다.", "2000명", "공장이 고용하는 인원"},
	{"네이버클라우드가 베트남 호찌민 인근에 데이터센터를 짓는다. 2027년까지 3년간 약 5000억원을 투입해 동남아 AI 거점으로 키운다는 구상이다.", "약 5000억원", "네이버클라우드의 투입액"},
}

func TestLabelsKoreanSubject(t *testing.T) {
	testPassageLabels(t, quantity.KO, labelKOSubjectCases)
}

// Vietnamese: the area something is built on, aid that need not be repaid
// kept whole; English: a share of a clause ("what … makes") is left to the
// curator rather than labelled "Share of what".
var labelVIBuiltAidCases = []labelCase{
	{"Nhà máy được xây dựng trên diện tích 30 ha.", "30 ha", "Diện tích xây dựng"},
	{"5 tháng đầu năm 2024, tỉnh thu hút 1,94 tỷ USD vốn FDI, gấp 3,1 lần cùng kỳ năm 2023.", "gấp 3,1 lần", "Vốn FDI do tỉnh thu hút so với cùng kỳ"},
	{"Năm 2023, xuất khẩu phần mềm đạt 1,2 tỷ USD, gấp 2 lần năm 2020.", "gấp 2 lần", "Mức tăng của xuất khẩu phần mềm"},
	{"Trung tâm được xây dựng với vốn tài trợ không hoàn lại 12 triệu USD từ KOICA.", "12 triệu USD", "Vốn tài trợ không hoàn lại từ KOICA của Trung tâm"},
}

func TestLabelsVietnameseBuiltAid(t *testing.T) {
	testPassageLabels(t, quantity.VI, labelVIBuiltAidCases)
	testPassageLabels(t, quantity.EN, []labelCase{
		{"A Vietnamese engineer earns roughly a third of what a Korean counterpart makes.", "roughly a third", "to label: fraction"},
		// ", up N percent" after an amount is that amount's growth, not the source's.
		{"According to KOSA, Korean firms spent $1.35 billion (1.8 trillion won) on outsourcing last year, up 21 percent from 2022.", "21 percent", "Growth of spending by Korean firms"},
	})
}
