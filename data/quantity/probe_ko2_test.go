package quantity

import "testing"

// Korean reporting the engine misread in the second round: each case is
// a construct of the press (연합뉴스, 전자신문, 한국경제, 뉴시스 and the
// like), not one sentence.
func TestProbeKO2(t *testing.T) {
	runScan(t, KO, []scanCase{
		// A native numeral takes native counters: glued to 일, 인, 원, 종 it
		// is another word (한일 Korea–Japan, 한인 ethnic Koreans, 세원 a
		// source of tax, 세종 the city); glued to 기 or 대 a century, a
		// generation.
		{"한일 정상회담에 이어 재외 한인 사회를 찾았다.", nil},
		{"세원 확보와 세종시 이전, 세기의 협상이 화제다.", nil},
		{"두 나라는 세대 간 격차를 줄이기로 했다.", []want{
			{text: "두 나라", value: 2, unit: Count, kind: KindCount, noun: "countries"}}},
		// A lone Sino-Korean unit glued to a counter-like syllable is a word.
		{"5년 만기 국고채 발행액이 1조원이다.", []want{
			{text: "5년", value: 5, unit: Years, kind: KindDuration},
			{text: "1조원", value: 1e12, unit: KRW, kind: KindMoney}}},
		{"백인 경찰 사건 이후 만세 삼창과 백기 투항, 만일의 사태.", nil},
		// 수 (several) before the counter itself: an indefinite number.
		{"정부는 수년간 지원했고 수개월째 협상하며 수차례 만났다.", []want{
			{text: "수년간", value: 2, max: 9, unit: Years, kind: KindDuration, qual: About, amb: "indefinite"},
			{text: "수개월째", value: 2, max: 9, unit: Months, kind: KindDuration, qual: About, amb: "indefinite"},
			{text: "수차례", value: 2, max: 9, unit: Count, kind: KindCount, qual: About, noun: "times", amb: "indefinite"}}},
		// A week in words.
		{"전시회는 일주일간 열린다.", []want{
			{text: "일주일간", value: 7, unit: Days, kind: KindDuration}}},
		// Ranks, plans, anniversaries and centuries by their counter.
		{"한국은 세계 10위권 경제 대국이다.", []want{
			{text: "10위권", value: 10, kind: KindOrdinal, skip: true}}},
		{"제2차 5개년 계획에 따라 3개년 사업을 추진한다.", []want{
			{text: "2차", value: 2, kind: KindOrdinal, skip: true},
			{text: "5개년", value: 5, unit: Years, kind: KindDuration},
			{text: "3개년", value: 3, unit: Years, kind: KindDuration}}},
		{"코트라는 창립 50돌을 맞았고 21세기 들어 교역이 늘었다.", []want{
			{text: "50돌", value: 50, kind: KindOrdinal, skip: true},
			{text: "21세기", value: 21, kind: KindOrdinal, skip: true}}},
		// An age group with its hedge, when a word of age follows.
		{"60대 이상 고령층과 20대 이하 청년층이 늘었다.", []want{
			{text: "60대 이상", value: 60, kind: KindNumber, qual: AtLeast, skip: true},
			{text: "20대 이하", value: 20, kind: KindNumber, qual: UpTo, skip: true}}},
		// One unit of time before 평균 is a rate's denominator.
		{"공항은 1일 평균 2만명이 이용한다.", []want{
			{text: "1일", value: 1, kind: KindNumber, skip: true},
			{text: "2만명", value: 2e4, unit: Count, kind: KindRate, noun: "people", per: "day"}}},
		{"한 해 평균 500명이 방문하고 한 달 평균 200만원을 번다.", []want{
			{text: "한 해", value: 1, kind: KindNumber, skip: true},
			{text: "500명", value: 500, unit: Count, kind: KindRate, noun: "people", per: "year"},
			{text: "한 달", value: 1, kind: KindNumber, skip: true},
			{text: "200만원", value: 2e6, unit: KRW, kind: KindRate, per: "month"}}},
		// A hedge glued to a fraction's numerator.
		{"적자 폭이 3분의 1가량 줄었다.", []want{
			{text: "3분의 1가량", value: 1.0 / 3, unit: Fraction, kind: KindRatio, qual: About}}},
		// A ceiling after the amount.
		{"기업당 1억원 한도로 지원하고 5천만원 범위 내에서 보증한다.", []want{
			{text: "기업당 1억원 한도", value: 1e8, unit: KRW, kind: KindRate, qual: UpTo, per: "company"},
			{text: "5천만원 범위 내", value: 5e7, unit: KRW, kind: KindMoney, qual: UpTo}}},
		// The part of a band written apart.
		{"영업이익은 3천억원 중반대로 예상된다.", []want{
			{text: "3천억원 중반대", value: 3e11, max: 4e11, unit: KRW, kind: KindMoney}}},
		// The unit of a table is no amount.
		{"[표] 품목별 수출 현황 (단위: 백만 달러, %)", []want{
			{text: "백만 달러", value: 1e6, kind: KindNumber, skip: true}}},
		// A Korean denominator after a slash, without its particle.
		{"환율은 1,350원/달러와 1천 원/명이다.", []want{
			{text: "1,350원/달러", value: 1350, unit: KRW, kind: KindRate, per: "dollar"},
			{text: "1천 원/명", value: 1000, unit: KRW, kind: KindRate, per: "person"}}},
		{"지원 규모는 1천억 원/년이다.", []want{
			{text: "1천억 원/년", value: 1e11, unit: KRW, kind: KindRate, per: "year"}}},
		// The smaller unit of a span with 간.
		{"2년 6개월간의 공사 끝에 양측은 3시간 30분간 회담했다.", []want{
			{text: "2년 6개월간", value: 2.5, unit: Years, kind: KindDuration},
			{text: "3시간 30분간", value: 3.5, unit: Hours, kind: KindDuration}}},
		{"정상들은 40분간 대화했다.", []want{
			{text: "40분간", value: 40.0 / 60, unit: Hours, kind: KindDuration}}},
		// Days, quarters and trading days in a row are spans, not dates.
		{"코스피는 3일 연속 상승했고 외국인은 닷새째 순매수했다.", []want{
			{text: "3일", value: 3, unit: Days, kind: KindDuration},
			{text: "닷새째", value: 5, unit: Days, kind: KindDuration}}},
		{"3분기 실적은 4분기 연속 증가세이며 적자는 3개 분기째다.", []want{
			{text: "3분기", kind: KindDate, skip: true},
			{text: "4분기", value: 12, unit: Months, kind: KindDuration},
			{text: "3개 분기째", value: 9, unit: Months, kind: KindDuration}}},
		{"코스닥은 5거래일 만에 반등했다.", []want{
			{text: "5거래일", value: 5, unit: Count, kind: KindCount, noun: "trading days"}}},
		// Index points.
		{"코스피는 전 거래일보다 12.34포인트(0.48%) 오른 2,580.12에 마감했다.", []want{
			{text: "12.34포인트", value: 12.34, unit: Count, kind: KindCount, noun: "points"},
			{text: "0.48%", value: 0.48, unit: Percent, kind: KindPercent},
			{text: "2,580.12", value: 2580.12, kind: KindNumber}}},
		// Street addresses.
		{"본사는 서울 강남구 테헤란로 152에 있고 지사는 바딘구 10번지에 있다.", []want{
			{text: "152", value: 152, kind: KindNumber, skip: true},
			{text: "10번지", value: 10, kind: KindNumber, skip: true}}},
		// The numbers of a list.
		{"주요 과제는 1. 수출 확대 2. 인력 양성 3) 기술 협력이다.", []want{
			{text: "1", value: 1, kind: KindOrdinal, skip: true},
			{text: "2", value: 2, kind: KindOrdinal, skip: true},
			{text: "3", value: 3, kind: KindOrdinal, skip: true}}},
	})
}

// Readings that were right and are easy to break with the rules above.
func TestProbeKO2Pinned(t *testing.T) {
	runScan(t, KO, []scanCase{
		{"원전 두 기를 짓고 차량 세 대를 기증하며 한두 해 안에 세 곳을 연다.", []want{
			{text: "두 기", value: 2, unit: Count, kind: KindCount, noun: "units", amb: "기"},
			{text: "세 대", value: 3, unit: Count, kind: KindCount, noun: "units"},
			{text: "한두 해", value: 1, max: 2, unit: Years, kind: KindDuration},
			{text: "세 곳", value: 3, unit: Count, kind: KindCount, noun: "places"}}},
		{"천사백 명이 참가했고 만 원짜리 지폐와 천 명 이상이 모였다.", []want{
			{text: "천사백 명", value: 1400, unit: Count, kind: KindCount, noun: "people"},
			{text: "만 원", value: 1e4, unit: KRW, kind: KindMoney},
			{text: "천 명 이상", value: 1000, unit: Count, kind: KindCount, qual: AtLeast, noun: "people"}}},
		{"수주 잔고가 늘었고 배터리 수명이 길어졌다.", nil},
		{"올해 2분기 중 발표하고 1분기 매출은 3조원이다.", []want{
			{text: "2분기", kind: KindDate, skip: true},
			{text: "1분기", kind: KindDate, skip: true},
			{text: "3조원", value: 3e12, unit: KRW, kind: KindMoney}}},
		{"수출은 반도체로 152 품목이다.", []want{
			{text: "152", value: 152, kind: KindNumber}}},
		{"차량 50대 이상을 수출했다.", []want{
			{text: "50대 이상", value: 50, unit: Count, kind: KindCount, qual: AtLeast, noun: "units"}}},
		{"23일 평균 기온은 낮았다.", []want{
			{text: "23일", kind: KindDate, skip: true, date: "---23"}}},
		{"수출은 3.5%로 집계됐다. 1위는 삼성이다.", []want{
			{text: "3.5%", value: 3.5, unit: Percent, kind: KindPercent},
			{text: "1위", value: 1, kind: KindOrdinal, skip: true}}},
		{"월 200만~300만 원의 급여.", []want{
			{text: "월 200만~300만 원", value: 2e6, max: 3e6, unit: KRW, kind: KindRate, per: "month"}}},
	})
}
