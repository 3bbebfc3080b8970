package quantity

import "strings"

// koCounter is a Korean counter or unit written after a number, glued
// ("74만명", "3배") or apart ("74만 명", "1조 원").
type koCounter struct {
	word string
	unit Unit
	noun string  // the counted noun, in English
	skip string  // not a quantity: an ordinal or a rank
	kind Kind    // the kind of a skipped number
	bare bool    // 달러: may be another dollar
	mul  float64 // a multiplier of the value (0 means 1)
	amb  string  // why the reading may be wrong
	// glued: only written onto the number ("15프로"); apart it is a word
	// of its own ("아이폰15 프로" is the Pro model, not 15 per cent).
	glued bool
}

// koCounters, longest first so that 개월 wins over 개.
var koCounters = []koCounter{
	{word: "퍼센트포인트", unit: PercentPoint},
	{word: "제곱킬로미터", unit: SquareKm},
	{word: "제곱미터", unit: SquareMetres},
	{word: "%포인트", unit: PercentPoint},
	{word: "헥타르", unit: Hectares},
	{word: "퍼센트", unit: Percent},
	{word: "포인트", unit: Count, noun: "points"}, // "코스피는 12.34포인트 올랐다": index points
	{word: "%p", unit: PercentPoint},
	{word: "%P", unit: PercentPoint},
	// A number of quarters is three months each: "3개 분기 연속 흑자",
	// "2분기 연속 성장" (a quarter's number, "2분기 실적", is a date).
	{word: "개 분기째", unit: Months, mul: 3},
	{word: "개 분기", unit: Months, mul: 3},
	{word: "분기째", unit: Months, mul: 3},
	{word: "개분기", unit: Months, mul: 3},
	{word: "분기", unit: Months, mul: 3},
	{word: "거래일", unit: Count, noun: "trading days"}, // "3거래일 연속 상승"
	{word: "개국", unit: Count, noun: "countries"},
	{word: "개사", unit: Count, noun: "companies"},
	{word: "개월간", unit: Months},
	{word: "개월째", unit: Months},
	{word: "개월", unit: Months},
	{word: "개소", unit: Count, noun: "sites"},
	{word: "개교", unit: Count, noun: "schools"},
	{word: "군데", unit: Count, noun: "places"},
	{word: "가구", unit: Count, noun: "households"},
	{word: "가지", unit: Count, noun: "kinds"},
	{word: "차례", unit: Count, noun: "times"},
	{word: "번째", skip: skipOrdinal, kind: KindOrdinal},
	{word: "회차", skip: skipOrdinal, kind: KindOrdinal},
	{word: "주년", skip: "an anniversary, not a quantity", kind: KindOrdinal},
	{word: "위권", skip: skipRank, kind: KindOrdinal}, // "세계 10위권": among the top ten
	{word: "개년", unit: Years},                       // "5개년 계획": a five-year plan
	// The numbers of a plant, reactor, store, line or phase name it:
	// "2공장" (Plant 2), "3호기" (Unit 3), "1호점", "2호선", "1단계 사업".
	{word: "공장", skip: skipOrdinal, kind: KindOrdinal},
	{word: "호기", skip: skipOrdinal, kind: KindOrdinal},
	{word: "호점", skip: skipOrdinal, kind: KindOrdinal},
	{word: "호선", skip: skipOrdinal, kind: KindOrdinal},
	{word: "호실", skip: skipOrdinal, kind: KindOrdinal},
	{word: "호관", skip: skipOrdinal, kind: KindOrdinal},
	{word: "단계", skip: skipOrdinal, kind: KindOrdinal},
	{word: "번지", skip: "a street address, not a quantity", kind: KindNumber}, // "10번지"
	{word: "번길", skip: "a street address, not a quantity", kind: KindNumber}, // "삼성로 129번길"
	// "5세대 이동통신" is the fifth generation; "1만 세대" (scaled) are
	// households (koScaledAlt).
	{word: "세대", skip: "a generation, not a quantity", kind: KindOrdinal},
	{word: "세기", skip: "a century, not a quantity", kind: KindOrdinal}, // "21세기"
	{word: "나노", skip: "a chip process node, not a quantity", kind: KindNumber},
	{word: "년간", unit: Years},
	{word: "년째", unit: Years},
	{word: "년물", unit: Years}, // "10년물 국채": the ten-year bond
	{word: "일간", unit: Days},
	{word: "일째", unit: Days},
	{word: "달간", unit: Months},
	{word: "달째", unit: Months},
	{word: "시간째", unit: Hours},
	{word: "화소", unit: Count, noun: "pixels"}, // "2억 화소 카메라"
	{word: "회분", unit: Count, noun: "doses"},  // "백신 1억 회분"
	{word: "주간", unit: Days, mul: 7},
	{word: "주일", unit: Days, mul: 7},
	{word: "주째", unit: Days, mul: 7},
	{word: "시간", unit: Hours},
	{word: "사람", unit: Count, noun: "people"},
	{word: "나라", unit: Count, noun: "countries"},
	{word: "달러", unit: USD, bare: true},
	{word: "위안", unit: CNY},
	{word: "유로", unit: EUR},
	{word: "파운드", unit: GBP},
	{word: "프로", unit: Percent, glued: true},
	{word: "배럴", unit: Count, noun: "barrels"},
	{word: "인치", unit: Count, noun: "inches"},
	{word: "마리", unit: Count, noun: "animals"},
	{word: "그루", unit: Count, noun: "trees"},
	{word: "%", unit: Percent},
	{word: "명", unit: Count, noun: "people"},
	{word: "인", unit: Count, noun: "people"},
	{word: "개", unit: Count, noun: "items"},
	{word: "곳", unit: Count, noun: "places"},
	{word: "건", unit: Count, noun: "cases"},
	{word: "척", unit: Count, noun: "vessels"},
	{word: "번", unit: Count, noun: "times"},
	{word: "사", unit: Count, noun: "companies"}, // "통신 3사": the three carriers
	{word: "회", unit: Count, noun: "times"},
	{word: "종", unit: Count, noun: "kinds"},
	{word: "편", unit: Count, noun: "works"},
	{word: "권", unit: Count, noun: "volumes"},
	{word: "채", unit: Count, noun: "buildings"},
	{word: "층", unit: Count, noun: "floors"},
	{word: "톤", unit: Count, noun: "tonnes"},
	{word: "박", unit: Count, noun: "nights"}, // "3박 4일": three nights, four days
	{word: "배", unit: Multiplier},
	{word: "원권", skip: "a banknote, not a quantity", kind: KindNumber}, // "5만원권"
	{word: "원", unit: KRW},
	{word: "불", unit: USD, bare: true},
	{word: "엔", unit: JPY},
	{word: "동", unit: VND},
	{word: "년", unit: Years},
	{word: "해", unit: Years},
	{word: "달", unit: Months},
	{word: "주", unit: Days, mul: 7}, // "6주 과정"; "100만 주" (scaled) are shares (koScaledAlt)
	{word: "일", unit: Days},
	{word: "분간", unit: Hours, mul: 1.0 / 60},  // "30분간 회담했다"
	{word: "분", unit: Hours, mul: 1.0 / 60},   // "30분 만에"
	{word: "초", unit: Hours, mul: 1.0 / 3600}, // "0.1초"; not 초과 (koCounterAt)
	// An age: "60세 이상", "8살".
	{word: "세", unit: Years, skip: skipAge, kind: KindDuration},
	{word: "살", unit: Years, skip: skipAge, kind: KindDuration},
	// 3.3㎡ (one 평) is 400/121 m².
	{word: "평", unit: SquareMetres, mul: 400.0 / 121},
	{word: "돌", skip: "an anniversary, not a quantity", kind: KindOrdinal}, // "창립 50돌"
	{word: "위", skip: skipRank, kind: KindOrdinal},
	{word: "등", skip: skipRank, kind: KindOrdinal},
	{word: "호", skip: skipRank, kind: KindOrdinal},
	{word: "차", skip: skipOrdinal, kind: KindOrdinal},
	{word: "째", skip: skipOrdinal, kind: KindOrdinal}, // "첫째", "둘째"
	{word: "대", unit: Count, noun: "units"},           // 차량 100대; "500대 기업" is a ranking (koRankList)
	// "원전 2기" are two reactors, but "2기 신도시" the second phase.
	{word: "기", unit: Count, noun: "units", amb: "기 may number a term or phase rather than count units"},
	{word: "ha", unit: Hectares},
}

// koScaledAlt are the counters that count something else after a large
// number: "100만 주" are shares, not weeks; "1만 세대" households, not a
// generation.
var koScaledAlt = map[string]struct {
	c    koCounter
	over float64 // a plain number above this is the other reading too
}{
	"주":  {koCounter{word: "주", unit: Count, noun: "shares"}, 52},
	"세대": {koCounter{word: "세대", unit: Count, noun: "households"}, 10},
}

// koParticles may follow a counter in the same word ("명이", "원으로",
// "달러를"), longest first. The hedges of koPostfix are tried first.
var koParticles = []string{
	"이었다", "이라는", "으로는", "에서는", "였다", "이다", "이며", "이고", "이나", "이란",
	"에서", "에게", "으로", "에는", "에도", "부터", "짜리", "규모", "대로", "이던", "씩의", "보다", "까지", "대비", "어치",
	"이", "가", "을", "를", "은", "는", "의", "에", "로", "와", "과", "도", "만", "씩", "인",
	"선", "대", "당", "께", "다", "라", "고", "며", "씩", "에서",
	// The emphatic 나 ("5배나 늘었다": as much as five times), and
	// 처럼, 마다, 밖에, 뿐, 조차, 마저, 면.
	"나", "처럼", "마다", "밖에", "뿐", "조차", "마저", "면",
	"꼴", // "3명 중 1명꼴": one in every three
}

// koCounterAt reads a counter at i and what may follow it in the same
// word (particles, a glued hedge). ok is false when the rest of the word
// is something else: 3원칙 is three principles, not 3 won.
func koCounterAt(s string, i int) (c koCounter, end int, q Qualifier, ok bool) {
	for _, c := range koCounters {
		if !strings.HasPrefix(s[i:], c.word) {
			continue
		}
		e := i + len(c.word)
		if c.word == "초" && strings.HasPrefix(s[e:], "과") {
			continue // "5,000초과" is the hedge 초과 (more than), not seconds
		}
		if q, e2, ok := koTail(s, e); ok {
			return c, e2, q, true
		}
		if c.word == "%" || c.word == "ha" {
			return c, e, "", !letterAt(s, e) || hangulAt(s, e)
		}
	}
	return koCounter{}, i, "", false
}

// koTail reads the rest of a Hangul word after a counter: nothing, or a
// glued hedge ("이상"), or particles. It returns a hedge read and the end
// of the hedge (particles after it are left, as they do not qualify).
func koTail(s string, e int) (Qualifier, int, bool) {
	if !hangulAt(s, e) {
		return "", e, !letterAt(s, e)
	}
	for _, h := range koPostfix {
		if strings.HasPrefix(s[e:], h.word) && !h.apart {
			return h.q, e + len(h.word), true
		}
	}
	if strings.HasPrefix(s[e:], "여") {
		// 여 after the counter: "2년여 만에" (some two years), "한 달여".
		if _, _, ok := koTail(s, e+len("여")); ok && !strings.HasPrefix(s[e:], "여러") {
			return About, e + len("여"), true
		}
	}
	for _, p := range koParticles {
		if strings.HasPrefix(s[e:], p) {
			return "", e, true
		}
	}
	return "", e, false
}

// koHedgeWord reads a Korean hedge written as its own word after a number
// ("이상", "넘는", "가량의").
func koHedgeWord(s string, i int) (Qualifier, int, bool) {
	for _, h := range koPostfix {
		if strings.HasPrefix(s[i:], h.word) {
			e := i + len(h.word)
			if _, _, ok := koTail(s, e); ok || h.stem || koVerbTail(s, e) {
				return h.q, e, true
			}
		}
	}
	return "", i, false
}

// koVerbTail: a hedge noun made a verb by 하다 or 되다 ("육박한다",
// "초과했다", "돌파하며", "초과된"): the syllable at e is 하, 한, 할, 함,
// 합, 했, 해 … or 되, 된, 됐, 돼 ….
func koVerbTail(s string, e int) bool {
	r, _ := runeAt(s, e)
	if r < 0xAC00 || r > 0xD7A3 {
		return false
	}
	lv := (r - 0xAC00) / 28 // initial and medial
	const ha, hae = 18*21 + 0, 18*21 + 1
	const doe, dwae = 3*21 + 11, 3*21 + 10
	return lv == ha || lv == hae || lv == doe || lv == dwae
}

// hangulAt reports whether a Hangul letter starts at i.
func hangulAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return isHangul(r)
}
