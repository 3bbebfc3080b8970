package quantity

import "testing"

// Korean reporting the engine misread before: each case is a construct
// of the press (연합뉴스, 전자신문, 한국경제 and the like), not one sentence.
func TestProbeKO(t *testing.T) {
	pyeong := 400.0 / 121
	runScan(t, KO, []scanCase{
		// The emphatic 나 after a counter is a particle, not the end of the number.
		{"LG이노텍의 카메라 모듈 수출이 10배나 늘었다.", []want{
			{text: "10배", value: 10, unit: Multiplier, kind: KindMultiplier}}},
		// Verbs of comparison after the number are hedges with a direction.
		{"반도체 수출액이 100억 달러를 돌파했다.", []want{
			{text: "100억 달러를 돌파", value: 1e10, unit: USD, kind: KindMoney, qual: Over}}},
		{"대베트남 투자는 1억 달러에 육박한다.", []want{
			{text: "1억 달러에 육박", value: 1e8, unit: USD, kind: KindMoney, qual: Nearly}}},
		{"성장률은 10%를 웃돌았고 물가는 3%를 밑돌았다.", []want{
			{text: "10%를 웃돌", value: 10, unit: Percent, kind: KindPercent, qual: Over},
			{text: "3%를 밑돌", value: 3, unit: Percent, kind: KindPercent, qual: LessThan}}},
		{"수출액은 10억 달러에 못 미쳤다.", []want{
			{text: "10억 달러에 못 미", value: 1e9, unit: USD, kind: KindMoney, qual: LessThan}}},
		{"매출이 5천억 원을 상회하는 규모다.", []want{
			{text: "5천억 원을 상회", value: 5e11, unit: KRW, kind: KindMoney, qual: Over}}},
		{"사업비는 1천억 원 규모 이상이다.", []want{
			{text: "1천억 원 규모 이상", value: 1e11, unit: KRW, kind: KindMoney, qual: AtLeast}}},
		{"응답자의 3분의 2 이상이 찬성했다.", []want{
			{text: "3분의 2 이상", value: 2.0 / 3, unit: Fraction, kind: KindRatio, qual: AtLeast}}},
		// 대 after the counter is a band as wide as the last digit written.
		{"올해 매출은 3조 원대로 예상된다.", []want{
			{text: "3조 원대", value: 3e12, max: 4e12, unit: KRW, kind: KindMoney}}},
		{"점유율은 30%대를 유지했고 환율은 1,300원대 중반이다.", []want{
			{text: "30%대", value: 30, max: 40, unit: Percent, kind: KindPercent},
			{text: "1,300원대", value: 1300, max: 1400, unit: KRW, kind: KindMoney}}},
		{"5000만원대 전기차가 나왔다.", []want{
			{text: "5000만원대", value: 5e7, max: 6e7, unit: KRW, kind: KindMoney}}},
		// Basis points glued to the number.
		{"한국은행은 기준금리를 25bp 인상했다.", []want{
			{text: "25bp", value: 0.25, unit: PercentPoint, kind: KindPercent}}},
		// Weeks, and shares after a large number.
		{"연수생은 2주간 교육을 받고 6주 과정을 마친다.", []want{
			{text: "2주간", value: 14, unit: Days, kind: KindDuration},
			{text: "6주", value: 42, unit: Days, kind: KindDuration}}},
		{"삼성전자는 자사주 100만 주를 매입했다.", []want{
			{text: "100만 주", value: 1e6, unit: Count, kind: KindCount, noun: "shares"}}},
		// Nights and days; minutes with hours; ages.
		{"대표단은 3박 4일 일정으로 하노이를 방문했다.", []want{
			{text: "3박", value: 3, unit: Count, kind: KindCount, noun: "nights"},
			{text: "4일", value: 4, unit: Days, kind: KindDuration}}},
		{"인천에서 하노이까지 비행시간은 약 4시간 30분이다.", []want{
			{text: "약 4시간 30분", value: 4.5, unit: Hours, kind: KindDuration, qual: About}}},
		{"예매 30분 만에 매진됐다.", []want{
			{text: "30분", value: 0.5, unit: Hours, kind: KindDuration}}},
		{"60세 이상 고령층이 대상이다.", []want{
			{text: "60세 이상", value: 60, unit: Years, kind: KindDuration, qual: AtLeast, skip: true}}},
		{"20대 청년층이 주로 이용한다.", []want{
			{text: "20대", value: 20, kind: KindNumber, skip: true}}},
		// Areas in 평, weights in 톤.
		{"3천 평 규모의 부지에 공장을 짓는다.", []want{
			{text: "3천 평", value: 3000 * pyeong, unit: SquareMetres, kind: KindArea}}},
		{"정부는 쌀 1천 톤을 지원했다.", []want{
			{text: "1천 톤", value: 1000, unit: Count, kind: KindCount, noun: "tonnes"}}},
		// N<counter>당: the number is a rate's denominator; the next is the rate.
		{"정부는 1인당 200만 원을 지급한다.", []want{
			{text: "1인당", value: 1, kind: KindNumber, skip: true},
			{text: "200만 원", value: 2e6, unit: KRW, kind: KindRate, per: "person"}}},
		{"삼성전자는 1주당 1,444원의 배당금을 지급한다.", []want{
			{text: "1주당", value: 1, kind: KindNumber, skip: true},
			{text: "1,444원", value: 1444, unit: KRW, kind: KindRate, per: "share"}}},
		{"분양가는 3.3㎡당 2천만 원이다.", []want{
			{text: "3.3㎡당", value: 3.3, kind: KindNumber, skip: true},
			{text: "2천만 원", value: 2e7, unit: KRW, kind: KindRate, per: "3.3 m2"}}},
		// Rate words before the number.
		{"시간당 1만 원, 기업당 최대 1억 원, 달러당 1,350원.", []want{
			{text: "시간당 1만 원", value: 1e4, unit: KRW, kind: KindRate, per: "hour"},
			{text: "기업당 최대 1억 원", value: 1e8, unit: KRW, kind: KindRate, qual: UpTo, per: "company"},
			{text: "달러당 1,350원", value: 1350, unit: KRW, kind: KindRate, per: "dollar"}}},
		{"매출은 연평균 7% 성장했고 하루 평균 3만 명이 이용한다.", []want{
			{text: "연평균 7%", value: 7, unit: Percent, kind: KindRate, per: "year"},
			{text: "하루 평균 3만 명", value: 3e4, unit: Count, kind: KindRate, noun: "people", per: "day"}}},
		{"주 4일 근무제를 도입했다.", []want{
			{text: "주 4일", value: 4, unit: Days, kind: KindRate, per: "week"}}},
		// A part of a whole.
		{"기업 10곳 중 7곳이 흑자를 냈다.", []want{
			{text: "10곳 중 7곳", value: 0.7, unit: Fraction, kind: KindRatio}}},
		// Ranks, ordinals and names.
		{"상위 3개 기업이 시장의 70%를 차지했다.", []want{
			{text: "3개", value: 3, unit: Count, kind: KindCount, noun: "items", skip: true},
			{text: "70%", value: 70, unit: Percent, kind: KindPercent}}},
		{"아이폰15 프로가 출시됐다.", []want{
			{text: "15", value: 15, kind: KindNumber, skip: true}}},
		{"제1회 한-베 ICT 포럼과 제2공장 착공식.", []want{
			{text: "1회", value: 1, kind: KindOrdinal, skip: true},
			{text: "2공장", value: 2, kind: KindOrdinal, skip: true}}},
		{"원전 3호기와 1호점, 5세대 이동통신, 3나노 공정.", []want{
			{text: "3호기", value: 3, kind: KindOrdinal, skip: true},
			{text: "1호점", value: 1, kind: KindOrdinal, skip: true},
			{text: "5세대", value: 5, kind: KindOrdinal, skip: true},
			{text: "3나노", value: 3, kind: KindNumber, skip: true}}},
		{"첫 번째 해외 공장이다.", []want{
			{text: "첫 번째", value: 1, kind: KindOrdinal, skip: true}}},
		{"KT는 통신 3사 중 1위다.", []want{
			{text: "3사", value: 3, unit: Count, kind: KindCount, noun: "companies"},
			{text: "1위", value: 1, kind: KindOrdinal, skip: true}}},
		{"강남구 역삼1동 주민센터와 5만원권 지폐.", []want{
			{text: "1동", value: 1, kind: KindNumber, skip: true},
			{text: "5만원권", value: 5e4, kind: KindNumber, skip: true}}},
		{"원전 2기를 건설한다.", []want{
			{text: "2기", value: 2, unit: Count, kind: KindCount, noun: "units", amb: "기"}}},
		// Phone and document numbers.
		{"문의는 전화 02-1234-5678로, 상담은 1588-1234.", []want{
			{text: "02-1234-5678", kind: KindNumber, skip: true},
			{text: "1588-1234", kind: KindNumber, skip: true}}},
		{"산업통상자원부 고시 제2024-15호에 따라", []want{
			{text: "2024-15호", value: 2024, kind: KindNumber, skip: true}}},
		// Dates: the apostrophe year, decades, spans of quarters, named days.
		{"'24년 11월 발표된 계획", []want{
			{text: "'24년 11월", value: 2024, kind: KindDate, skip: true, date: "2024-11"}}},
		{"2020년대 중반까지 완공한다.", []want{
			{text: "2020년대", value: 2020, kind: KindYear, skip: true}}},
		{"1~3분기 누적 수출액이 늘었다.", []want{
			{text: "1~3분기", value: 1, max: 3, kind: KindDate, skip: true}}},
		{"5·18 민주화운동과 6.25 전쟁.", []want{
			{text: "5·18", kind: KindDate, skip: true, date: "--05-18"},
			{text: "6.25", kind: KindDate, skip: true, date: "--06-25"}}},
		{"KBS 1박2일 촬영.", []want{
			{text: "1박", value: 1, unit: Count, kind: KindCount, noun: "nights"},
			{text: "2일", value: 2, unit: Days, kind: KindDuration}}},
		// Native numerals: ranges, halves, days.
		{"한두 명이 아니라 두세 곳, 서너 개, 대여섯 명이다.", []want{
			{text: "한두 명", value: 1, max: 2, unit: Count, kind: KindCount, noun: "people"},
			{text: "두세 곳", value: 2, max: 3, unit: Count, kind: KindCount, noun: "places"},
			{text: "서너 개", value: 3, max: 4, unit: Count, kind: KindCount, noun: "items"},
			{text: "대여섯 명", value: 5, max: 6, unit: Count, kind: KindCount, noun: "people"}}},
		{"비중이 절반을 넘었고 과반수가 찬성했다.", []want{
			{text: "절반을 넘", value: 0.5, unit: Fraction, kind: KindRatio, qual: Over},
			{text: "과반수", value: 0.5, unit: Fraction, kind: KindRatio, qual: MoreThan}}},
		{"코트라는 사흘간 전시회를 열었고 이틀 만에 매진됐다.", []want{
			{text: "사흘간", value: 3, unit: Days, kind: KindDuration},
			{text: "이틀", value: 2, unit: Days, kind: KindDuration}}},
		{"하루 만에 10만 명이 몰렸다.", []want{
			{text: "하루", value: 1, unit: Days, kind: KindDuration},
			{text: "10만 명", value: 1e5, unit: Count, kind: KindCount, noun: "people"}}},
		// Money: headlines without 원, spaced groups with separators, the currency twice.
		{"삼성, 베트남에 3조 투자…일자리 1만개 창출", []want{
			{text: "3조", value: 3e12, unit: KRW, kind: KindMoney, amb: "won"},
			{text: "1만개", value: 1e4, unit: Count, kind: KindCount, noun: "items"}}},
		{"투자액은 1억 2,500만 달러다.", []want{
			{text: "1억 2,500만 달러", value: 1.25e8, unit: USD, kind: KindMoney}}},
		{"LG는 US$1억 달러를 투자한다.", []want{
			{text: "US$1억 달러", value: 1e8, unit: USD, kind: KindMoney}}},
		{"가격은 100만~200만 원대다.", []want{
			{text: "100만~200만 원대", value: 1e6, max: 3e6, unit: KRW, kind: KindMoney}}},
		// A unit of account is no amount.
		{"매출 1,234억원 (단위: 억 원)", []want{
			{text: "1,234억원", value: 1.234e11, unit: KRW, kind: KindMoney}}},
		// Lists joined by a middle dot share the second number's counter.
		{"3/4분기 실적에서 1·2위 다툼, 1·2차 협력사.", []want{
			{text: "3/4분기", kind: KindDate, skip: true},
			{text: "1", value: 1, kind: KindOrdinal, skip: true},
			{text: "2위", value: 2, kind: KindOrdinal, skip: true},
			{text: "1", value: 1, kind: KindOrdinal, skip: true},
			{text: "2차", value: 2, kind: KindOrdinal, skip: true}}},
		// Spans of time: 여 after the counter, 달간, a half after the unit.
		{"착공 2년여 만에, 한 달여 만에, 두 달간, 3일째.", []want{
			{text: "2년여", value: 2, unit: Years, kind: KindDuration, qual: About},
			{text: "한 달여", value: 1, unit: Months, kind: KindDuration, qual: About},
			{text: "두 달간", value: 2, unit: Months, kind: KindDuration},
			{text: "3일째", value: 3, unit: Days, kind: KindDuration}}},
		{"1년 반 만에 반도체 공장을, 반년 만에 연구소를 지었다.", []want{
			{text: "1년 반", value: 1.5, unit: Years, kind: KindDuration},
			{text: "반년", value: 0.5, unit: Years, kind: KindDuration}}},
		{"2억 화소 카메라와 10년물 국채.", []want{
			{text: "2억 화소", value: 2e8, unit: Count, kind: KindCount, noun: "pixels"},
			{text: "10년물", value: 10, unit: Years, kind: KindDuration}}},
		// Indefinite numbers: several of a unit, a hedged and flagged range.
		{"수천 명이 몰렸고 수십억 달러가 투자됐다.", []want{
			{text: "수천 명", value: 2000, max: 9000, unit: Count, kind: KindCount, qual: About, noun: "people", amb: "indefinite"},
			{text: "수십억 달러", value: 2e9, max: 9e9, unit: USD, kind: KindMoney, qual: About, amb: "indefinite"}}},
		// A Korean range with 부터 … 까지.
		{"1천만 원부터 5천만 원까지 지원한다.", []want{
			{text: "1천만 원부터 5천만 원까지", value: 1e7, max: 5e7, unit: KRW, kind: KindMoney}}},
		// The part of the day before the hour.
		{"밤 9시와 저녁 7시에 열린다.", []want{
			{text: "9시", value: 21, kind: KindTime, skip: true},
			{text: "7시", value: 19, kind: KindTime, skip: true}}},
		{"10대 청소년이 늘었다.", []want{
			{text: "10대", value: 10, kind: KindNumber, skip: true}}},
		// The headline dollar 弗, and counters of the trade.
		{"1~9월 수출 412억弗…백신 1억 회분 확보, 보통주 100주 매입", []want{
			{text: "1~9월", value: 1, max: 9, kind: KindDate, skip: true, date: "--01"},
			{text: "412억弗", value: 4.12e10, unit: USD, kind: KindMoney},
			{text: "1억 회분", value: 1e8, unit: Count, kind: KindCount, noun: "doses"},
			{text: "100주", value: 100, unit: Count, kind: KindCount, noun: "shares"}}},
		{"20~30대 여성이 주 고객이다.", []want{
			{text: "20~30대", value: 20, max: 30, kind: KindNumber, skip: true}}},
	})
}

// Readings that were right and are easy to break.
func TestProbeKOPinned(t *testing.T) {
	runScan(t, KO, []scanCase{
		{"올해 1~9월 누적 수출액은 412억9천만 달러로 전년 대비 12.5% 증가했다.", []want{
			{text: "1~9월", value: 1, max: 9, kind: KindDate, skip: true, date: "--01"},
			{text: "412억9천만 달러", value: 41.29e9, unit: USD, kind: KindMoney},
			{text: "12.5%", value: 12.5, unit: Percent, kind: KindPercent}}},
		{"베트남은 한국의 3대 교역국이며 점유율이 0.3%p 올랐다.", []want{
			{text: "3대", value: 3, unit: Count, kind: KindOrdinal, noun: "units", skip: true},
			{text: "0.3%p", value: 0.3, unit: PercentPoint, kind: KindPercent}}},
		{"차량 100대를 수출했고 연 10만대를 생산한다.", []want{
			{text: "100대", value: 100, unit: Count, kind: KindCount, noun: "units"},
			{text: "연 10만대", value: 1e5, unit: Count, kind: KindRate, noun: "units", per: "year"}}},
		{"1인당 국민소득은 4천 달러다.", []want{
			{text: "1인당", value: 1, kind: KindNumber, skip: true},
			{text: "4천 달러", value: 4000, unit: USD, kind: KindMoney}}},
		{"베트남 개발자의 임금은 한국의 3분의 1 수준이다.", []want{
			{text: "3분의 1", value: 1.0 / 3, unit: Fraction, kind: KindRatio}}},
		{"12월 5일부터 7일까지 열리며 수출은 3%를 넘었다.", []want{
			{text: "12월 5일", kind: KindDate, skip: true, date: "--12-05"},
			{text: "7일", kind: KindDate, skip: true, date: "---07"},
			{text: "3%를 넘", value: 3, unit: Percent, kind: KindPercent, qual: Over}}},
		{"대형 펀드 30조원 규모를 조성한다.", []want{
			{text: "30조원", value: 3e13, unit: KRW, kind: KindMoney}}},
		{"'10년 만에' 최대다.", []want{
			{text: "10년", value: 10, unit: Years, kind: KindDuration}}},
		{"1600-2000명이 참가했다.", []want{
			{text: "1600-2000명", value: 1600, max: 2000, unit: Count, kind: KindCount, noun: "people"}}},
	})
}
