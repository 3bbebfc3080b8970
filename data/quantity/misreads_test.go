package quantity

import "testing"

// Ordinary reporting the engine once misread without saying so: a change
// read as a range with the level it reached, a scale after a hyphen lost,
// "a year earlier" taken for a rate, Korean units before a particle, and
// Vietnamese and Korean words for numbers and multipliers it did not know.

func TestMisreadsEN(t *testing.T) {
	runScan(t, EN, []scanCase{
		{"The number of Vietnamese students in Korea rose sixfold to 37,000.", []want{
			{text: "sixfold", value: 6, unit: Multiplier, kind: KindMultiplier},
			{text: "37,000", value: 37000, kind: KindNumber}}},
		{"Exports jumped 26-fold to 2,600 units.", []want{
			{text: "26-fold", value: 26, unit: Multiplier, kind: KindMultiplier},
			{text: "2,600", value: 2600, unit: Count, kind: KindCount, noun: "units"}}},
		{"Twofold to threefold, and 2x to 3x.", []want{
			{text: "Twofold to threefold", value: 2, max: 3, unit: Multiplier, kind: KindMultiplier},
			{text: "2x to 3x", value: 2, max: 3, unit: Multiplier, kind: KindMultiplier}}},
		{"The $4-billion plant and a 1.5-million-strong workforce.", []want{
			{text: "$4-billion", value: 4e9, unit: USD, kind: KindMoney},
			{text: "1.5-million", value: 1.5e6, unit: Count, kind: KindCount, noun: "members"}}},
		{"Imports were valued at $US20.3 billion.", []want{
			{text: "$US20.3 billion", value: 20.3e9, unit: USD, kind: KindMoney}}},
		{"Q1 exports rose to $13bn from $11.2bn a year earlier, and $2bn a year ago.", []want{
			{text: "$13bn", value: 13e9, unit: USD, kind: KindMoney},
			{text: "$11.2bn", value: 11.2e9, unit: USD, kind: KindMoney},
			{text: "$2bn", value: 2e9, unit: USD, kind: KindMoney}}},
		{"It pays $2bn a year.", []want{
			{text: "$2bn a year", value: 2e9, unit: USD, kind: KindRate, per: "year"}}},
		{"Samsung holds a 30-percent stake and LG a 20-per-cent share.", []want{
			{text: "30-percent", value: 30, unit: Percent, kind: KindPercent},
			{text: "20-per-cent", value: 20, unit: Percent, kind: KindPercent}}},
		{"It invested US$1.5bil in 2023 and 5 million USD in 2024.", []want{
			{text: "US$1.5bil", value: 1.5e9, unit: USD, kind: KindMoney},
			{text: "2023", value: 2023, kind: KindYear, skip: true, date: "2023"},
			{text: "5 million USD", value: 5e6, unit: USD, kind: KindMoney},
			{text: "2024", value: 2024, kind: KindYear, skip: true, date: "2024"}}},
		{"Samsung plans to raise its local staff from 2,200 to 3,000 by 2025.", []want{
			{text: "2,200", value: 2200, kind: KindNumber},
			{text: "3,000", value: 3000, kind: KindNumber},
			{text: "2025", value: 2025, kind: KindYear, skip: true, date: "2025"}}},
		{"Salaries for engineers range from $500 to $800 a month.", []want{
			{text: "from $500 to $800 a month", value: 500, max: 800, unit: USD, kind: KindRate, per: "month"}}},
		{"Industry revenue could top $25 billion by then; Vietnam is a top 10 partner.", []want{
			{text: "$25 billion", value: 25e9, unit: USD, kind: KindMoney},
			{text: "10", value: 10, unit: Count, kind: KindCount, skip: true, noun: "partner"}}},
		{"Total state debt of VND 1.2 quadrillion.", []want{
			{text: "VND 1.2 quadrillion", value: 1.2e15, unit: VND, kind: KindMoney}}},
		{"About 200,000 Vietnamese live in Korea, and 3,000 Japanese work there.", []want{
			{text: "About 200,000", value: 2e5, unit: Count, kind: KindCount, qual: About, noun: "Vietnamese"},
			{text: "3,000", value: 3000, unit: Count, kind: KindCount, noun: "Japanese"}}},
	})
}

func TestMisreadsVI(t *testing.T) {
	runScan(t, VI, []scanCase{
		{"Sau 30 năm, thương mại song phương tăng 175 lần.", []want{
			{text: "30 năm", value: 30, unit: Years, kind: KindDuration},
			{text: "175 lần", value: 175, unit: Multiplier, kind: KindMultiplier}}},
		{"Kim ngạch tăng gần 3 lần, còn đoàn đã đến thăm 3 lần.", []want{
			{text: "gần 3 lần", value: 3, unit: Multiplier, kind: KindMultiplier, qual: Nearly},
			{text: "3", value: 3, unit: Count, kind: KindCount, noun: "times"}}},
		{"Sự kiện thu hút nửa triệu người và hơn 1 vạn lao động.", []want{
			{text: "nửa triệu", value: 5e5, unit: Count, kind: KindCount, noun: "people"},
			{text: "hơn 1 vạn", value: 1e4, unit: Count, kind: KindCount, qual: MoreThan, noun: "workers"}}},
		{"Việt Nam đặt mục tiêu nâng tỷ trọng kinh tế số từ 18,3% lên 30% GDP.", []want{
			{text: "18,3%", value: 18.3, unit: Percent, kind: KindPercent},
			{text: "30%", value: 30, unit: Percent, kind: KindPercent}}},
		{"Khoảng 1/3 số doanh nghiệp và 2/3 tổng vốn; lễ ký kết ngày 1/3.", []want{
			{text: "Khoảng 1/3", value: 1.0 / 3, unit: Fraction, kind: KindRatio, qual: About},
			{text: "2/3", value: 2.0 / 3, unit: Fraction, kind: KindRatio},
			{text: "ngày 1/3", kind: KindDate, skip: true, date: "--03-01"}}},
		{"Dự án gồm 2 giai đoạn với 3 hạng mục.", []want{
			{text: "2", value: 2, unit: Count, kind: KindCount, noun: "phases"},
			{text: "3", value: 3, unit: Count, kind: KindCount, noun: "components"}}},
		{"Có 15 biên bản ghi nhớ và 3 viện nghiên cứu tham gia.", []want{
			{text: "15", value: 15, unit: Count, kind: KindCount, noun: "MoUs"},
			{text: "3", value: 3, unit: Count, kind: KindCount, noun: "research institutes"}}},
	})
}

func TestMisreadsKO(t *testing.T) {
	runScan(t, KO, []scanCase{
		{"공장 부지는 68만㎡이며 연면적은 3만 ㎡에 이른다.", []want{
			{text: "68만㎡", value: 68e4, unit: SquareMetres, kind: KindArea},
			{text: "3만 ㎡", value: 3e4, unit: SquareMetres, kind: KindArea}}},
		{"9개월간 6.27% 성장했고 생산은 3개월째 늘었다.", []want{
			{text: "9개월간", value: 9, unit: Months, kind: KindDuration},
			{text: "6.27%", value: 6.27, unit: Percent, kind: KindPercent},
			{text: "3개월째", value: 3, unit: Months, kind: KindDuration}}},
		{"베트남은 한국의 3대 교역국이자 세계 5대 반도체 기업의 생산기지다.", []want{
			{text: "3대", value: 3, unit: Count, kind: KindOrdinal, skip: true, noun: "units"},
			{text: "5대", value: 5, unit: Count, kind: KindOrdinal, skip: true, noun: "units"}}},
		{"베트남은 중국, 미국에 이어 한국의 3대 ICT 수출국이다.", []want{
			{text: "3대", value: 3, unit: Count, kind: KindOrdinal, skip: true, noun: "units"}}},
		{"한편 삼성전자는 한때 3만 명을 고용했다. 책 한 편을 냈다.", []want{
			{text: "3만 명", value: 3e4, unit: Count, kind: KindCount, noun: "people"},
			{text: "한 편", value: 1, unit: Count, kind: KindCount, noun: "works"}}},
		{"차량 3대를 기증했다.", []want{
			{text: "3대", value: 3, unit: Count, kind: KindCount, noun: "units"}}},
		{"3년 이내에 100억 원 이내로 지원한다.", []want{
			{text: "3년 이내", value: 3, unit: Years, kind: KindDuration, qual: UpTo},
			{text: "100억 원 이내", value: 1e10, unit: KRW, kind: KindMoney, qual: UpTo}}},
		{"1~10월과 12~2월, 10-0월.", []want{
			{text: "1~10월", value: 1, max: 10, kind: KindDate, skip: true, date: "--01"},
			{text: "12~2월", value: 12, max: 12, kind: KindDate, skip: true, date: "--12"},
			{text: "10", value: 10, kind: KindNumber}}},
	})
}
