package quantity

import "testing"

// Korean values as written.
func TestParseKO(t *testing.T) {
	runParse(t, KO, []parseCase{
		// Digits with the myriad scales, and currencies.
		{"6000억 달러", want{value: 6e11, unit: USD, kind: KindMoney}},
		{"74만 명", want{value: 740000, unit: Count, kind: KindCount, noun: "people"}},
		{"74만명", want{value: 740000, unit: Count, kind: KindCount, noun: "people"}},
		{"1조 원", want{value: 1e12, unit: KRW, kind: KindMoney}},
		{"2조5000억 원", want{value: 2.5e12, unit: KRW, kind: KindMoney}},
		{"2조 5000억 원", want{value: 2.5e12, unit: KRW, kind: KindMoney}},
		{"2조 5천억 원", want{value: 2.5e12, unit: KRW, kind: KindMoney}},
		{"278억9천만 원", want{value: 27.89e9, unit: KRW, kind: KindMoney}},
		{"1억2000만 원", want{value: 1.2e8, unit: KRW, kind: KindMoney}},
		{"215억달러", want{value: 21.5e9, unit: USD, kind: KindMoney}},
		{"27,350,000원", want{value: 27350000, unit: KRW, kind: KindMoney}},
		{"3.5조 원", want{value: 3.5e12, unit: KRW, kind: KindMoney}},
		{"1,000억 원", want{value: 1e11, unit: KRW, kind: KindMoney}},
		{"3만5000명", want{value: 35000, unit: Count, kind: KindCount, noun: "people"}},
		{"5천만 원", want{value: 5e7, unit: KRW, kind: KindMoney}},
		{"100억 위안", want{value: 1e10, unit: CNY, kind: KindMoney}},
		{"500억 엔", want{value: 5e10, unit: JPY, kind: KindMoney}},
		{"20억 유로", want{value: 2e9, unit: EUR, kind: KindMoney}},
		{"10억 동", want{value: 1e9, unit: VND, kind: KindMoney}},
		{"미화 100만 달러", want{value: 1e6, unit: USD, kind: KindMoney}},
		{"₩5000억", want{value: 5e11, unit: KRW, kind: KindMoney}},
		// Sino-Korean and native numerals before a counter.
		{"삼십 명", want{value: 30, unit: Count, kind: KindCount, noun: "people"}},
		{"오천만 원", want{value: 5e7, unit: KRW, kind: KindMoney}},
		{"이백오십 개", want{value: 250, unit: Count, kind: KindCount, noun: "items"}},
		{"천 명", want{value: 1000, unit: Count, kind: KindCount, noun: "people"}},
		{"한 명", want{value: 1, unit: Count, kind: KindCount, noun: "people"}},
		{"두 나라", want{value: 2, unit: Count, kind: KindCount, noun: "countries"}},
		{"세 곳", want{value: 3, unit: Count, kind: KindCount, noun: "places"}},
		{"열두 명", want{value: 12, unit: Count, kind: KindCount, noun: "people"}},
		{"스물다섯 개", want{value: 25, unit: Count, kind: KindCount, noun: "items"}},
		{"서른 곳", want{value: 30, unit: Count, kind: KindCount, noun: "places"}},
		{"마흔 개", want{value: 40, unit: Count, kind: KindCount, noun: "items"}},
		{"두 배", want{value: 2, unit: Multiplier, kind: KindMultiplier}},
		// Hedges before and after.
		{"약 20%", want{value: 20, unit: Percent, kind: KindPercent, qual: About}},
		{"약20%", want{value: 20, unit: Percent, kind: KindPercent, qual: About}},
		{"10,000명 이상", want{value: 10000, unit: Count, kind: KindCount, qual: AtLeast, noun: "people"}},
		{"10,000명이상", want{value: 10000, unit: Count, kind: KindCount, qual: AtLeast, noun: "people"}},
		{"80여명", want{value: 80, unit: Count, kind: KindCount, qual: About, noun: "people"}},
		{"100여 개", want{value: 100, unit: Count, kind: KindCount, qual: About, noun: "items"}},
		{"10여만 명", want{value: 100000, unit: Count, kind: KindCount, qual: About, noun: "people"}},
		{"100명가량", want{value: 100, unit: Count, kind: KindCount, qual: About, noun: "people"}},
		{"30% 정도", want{value: 30, unit: Percent, kind: KindPercent, qual: About}},
		{"근 10년", want{value: 10, unit: Years, kind: KindDuration, qual: Nearly}},
		{"1만 명이 넘는", want{value: 10000, unit: Count, kind: KindCount, qual: Over, noun: "people"}},
		{"5,000명 초과", want{value: 5000, unit: Count, kind: KindCount, qual: MoreThan, noun: "people"}},
		{"10% 미만", want{value: 10, unit: Percent, kind: KindPercent, qual: LessThan}},
		{"30% 이하", want{value: 30, unit: Percent, kind: KindPercent, qual: UpTo}},
		{"최대 30%까지", want{value: 30, unit: Percent, kind: KindPercent, qual: UpTo}},
		{"최소 5년", want{value: 5, unit: Years, kind: KindDuration, qual: AtLeast}},
		// Ranges, percent and points, rates, durations, areas.
		{"20~30%", want{value: 20, max: 30, unit: Percent, kind: KindPercent}},
		{"20-30억 원", want{value: 2e9, max: 3e9, unit: KRW, kind: KindMoney}},
		{"5천만~1억 원", want{value: 5e7, max: 1e8, unit: KRW, kind: KindMoney}},
		{"3~5년", want{value: 3, max: 5, unit: Years, kind: KindDuration}},
		{"15퍼센트", want{value: 15, unit: Percent, kind: KindPercent}},
		{"3.5%p", want{value: 3.5, unit: PercentPoint, kind: KindPercent}},
		{"0.5%포인트", want{value: 0.5, unit: PercentPoint, kind: KindPercent}},
		{"연간 100만 명", want{value: 1e6, unit: Count, kind: KindRate, noun: "people", per: "year"}},
		{"주당 1000원", want{value: 1000, unit: KRW, kind: KindRate, per: "share"}},
		{"월 300만 원", want{value: 3e6, unit: KRW, kind: KindRate, per: "month"}},
		{"3배", want{value: 3, unit: Multiplier, kind: KindMultiplier}},
		{"5년간", want{value: 5, unit: Years, kind: KindDuration}},
		{"3개월", want{value: 3, unit: Months, kind: KindDuration}},
		{"3일간", want{value: 3, unit: Days, kind: KindDuration}},
		{"45일", want{value: 45, unit: Days, kind: KindDuration}},
		{"24시간", want{value: 24, unit: Hours, kind: KindDuration}},
		{"2년 전", want{value: 2, unit: Years, kind: KindDuration, rel: true}},
		{"향후 5년", want{value: 5, unit: Years, kind: KindDuration, rel: true}},
		{"500헥타르", want{value: 500, unit: Hectares, kind: KindArea}},
		{"1만㎡", want{value: 1e4, unit: SquareMetres, kind: KindArea}},
		{"20개국", want{value: 20, unit: Count, kind: KindCount, noun: "countries"}},
		{"300개사", want{value: 300, unit: Count, kind: KindCount, noun: "companies"}},
		{"1,000명 내외다", want{value: 1000, unit: Count, kind: KindCount, qual: About, noun: "people"}},
		{"두 배 가까이", want{value: 2, unit: Multiplier, kind: KindMultiplier, qual: Nearly}},
		{"100억 달러에 육박", want{value: 1e10, unit: USD, kind: KindMoney, qual: Nearly}},
		{"3천억 원에서 5천억 원 사이", want{value: 3e11, max: 5e11, unit: KRW, kind: KindMoney}},
		{"100억 원에서 200억 원까지", want{value: 1e10, max: 2e10, unit: KRW, kind: KindMoney}},
		{"1~10월", want{value: 1, max: 10, kind: KindDate, skip: true, date: "--01"}},
		{"12~2월", want{value: 12, max: 12, kind: KindDate, skip: true, date: "--12"}},
		{"5~7일", want{value: 5, max: 7, kind: KindDate, skip: true, date: "---05"}},
		{"오후 2시 30분", want{value: 14.5, kind: KindTime, skip: true}},
		{"10년 전", want{value: 10, unit: Years, kind: KindDuration, rel: true}},
	})
}

// Korean reporting in the manner of Yonhap and the Korea Herald's Korean
// edition.
func TestScanKO(t *testing.T) {
	runScan(t, KO, []scanCase{
		{"삼성전자는 베트남에 2조5000억 원을 추가 투자해 일자리 1만 개를 만들 계획이다.", []want{
			{text: "2조5000억 원", value: 2.5e12, unit: KRW, kind: KindMoney},
			{text: "1만 개", value: 1e4, unit: Count, kind: KindCount, noun: "items"}}},
		{"2024년 6월 12일 하노이에서 열린 포럼에는 한국 기업 80여곳이 참가했다.", []want{
			{text: "2024년 6월 12일", value: 2024, kind: KindDate, skip: true, date: "2024-06-12"},
			{text: "80여곳", value: 80, unit: Count, kind: KindCount, qual: About, noun: "places"}}},
		{"양국 교역액은 지난해 약 870억 달러로 전년보다 5.2% 증가했다.", []want{
			{text: "약 870억 달러", value: 87e9, unit: USD, kind: KindMoney, qual: About},
			{text: "5.2%", value: 5.2, unit: Percent, kind: KindPercent}}},
		{"4차 산업혁명 분야에서 베트남은 1위를 차지했고, 수출은 3배로 늘었다.", []want{
			{text: "4차", value: 4, kind: KindOrdinal, skip: true},
			{text: "1위", value: 1, kind: KindOrdinal, skip: true},
			{text: "3배", value: 3, unit: Multiplier, kind: KindMultiplier}}},
		{"11월 23일 발표에 따르면 실업률은 0.3%p 하락한 2.5%였다.", []want{
			{text: "11월 23일", kind: KindDate, skip: true, date: "--11-23"},
			{text: "0.3%p", value: 0.3, unit: PercentPoint, kind: KindPercent},
			{text: "2.5%", value: 2.5, unit: Percent, kind: KindPercent}}},
		{"연수생 10,000명 이상이 향후 5년간 20~30%의 장학금을 받는다.", []want{
			{text: "10,000명 이상", value: 10000, unit: Count, kind: KindCount, qual: AtLeast, noun: "people"},
			{text: "향후 5년간", value: 5, unit: Years, kind: KindDuration, rel: true},
			{text: "20~30%", value: 20, max: 30, unit: Percent, kind: KindPercent}}},
		{"구조조정 이후 한국 기업 세 곳이 27,350,000원씩 지원받았다.", []want{
			{text: "세 곳", value: 3, unit: Count, kind: KindCount, noun: "places"},
			{text: "27,350,000원", value: 27350000, unit: KRW, kind: KindMoney}}},
		{"연간 74만 명의 관광객이 방문하며 1인당 평균 215억달러가 아닌 1,500달러를 쓴다.", []want{
			{text: "연간 74만 명", value: 740000, unit: Count, kind: KindRate, noun: "people", per: "year"},
			{text: "1인당", value: 1, kind: KindNumber, skip: true},
			{text: "215억달러", value: 21.5e9, unit: USD, kind: KindRate, per: "person"}, // 1인당 평균: per person
			{text: "1,500달러", value: 1500, unit: USD, kind: KindMoney}}},
	})
}
