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
}

// koCounters, longest first so that 개월 wins over 개.
var koCounters = []koCounter{
	{word: "퍼센트포인트", unit: PercentPoint},
	{word: "제곱킬로미터", unit: SquareKm},
	{word: "제곱미터", unit: SquareMetres},
	{word: "%포인트", unit: PercentPoint},
	{word: "헥타르", unit: Hectares},
	{word: "퍼센트", unit: Percent},
	{word: "%p", unit: PercentPoint},
	{word: "%P", unit: PercentPoint},
	{word: "개국", unit: Count, noun: "countries"},
	{word: "개사", unit: Count, noun: "companies"},
	{word: "개월간", unit: Months},
	{word: "개월째", unit: Months},
	{word: "개월", unit: Months},
	{word: "개소", unit: Count, noun: "sites"},
	{word: "군데", unit: Count, noun: "places"},
	{word: "가구", unit: Count, noun: "households"},
	{word: "가지", unit: Count, noun: "kinds"},
	{word: "차례", unit: Count, noun: "times"},
	{word: "번째", skip: skipOrdinal, kind: KindOrdinal},
	{word: "회차", skip: skipOrdinal, kind: KindOrdinal},
	{word: "주년", skip: "an anniversary, not a quantity", kind: KindOrdinal},
	{word: "년간", unit: Years},
	{word: "년째", unit: Years},
	{word: "일간", unit: Days},
	{word: "시간", unit: Hours},
	{word: "사람", unit: Count, noun: "people"},
	{word: "인당", skip: "the 1 of 1인당 (per person), not a quantity", kind: KindNumber},
	{word: "나라", unit: Count, noun: "countries"},
	{word: "달러", unit: USD, bare: true},
	{word: "위안", unit: CNY},
	{word: "유로", unit: EUR},
	{word: "파운드", unit: GBP},
	{word: "프로", unit: Percent},
	{word: "%", unit: Percent},
	{word: "명", unit: Count, noun: "people"},
	{word: "인", unit: Count, noun: "people"},
	{word: "개", unit: Count, noun: "items"},
	{word: "곳", unit: Count, noun: "places"},
	{word: "건", unit: Count, noun: "cases"},
	{word: "척", unit: Count, noun: "vessels"},
	{word: "번", unit: Count, noun: "times"},
	{word: "회", unit: Count, noun: "times"},
	{word: "배", unit: Multiplier},
	{word: "원", unit: KRW},
	{word: "불", unit: USD, bare: true},
	{word: "엔", unit: JPY},
	{word: "동", unit: VND},
	{word: "년", unit: Years},
	{word: "해", unit: Years},
	{word: "달", unit: Months},
	{word: "일", unit: Days},
	{word: "위", skip: skipRank, kind: KindOrdinal},
	{word: "등", skip: skipRank, kind: KindOrdinal},
	{word: "호", skip: skipRank, kind: KindOrdinal},
	{word: "차", skip: skipOrdinal, kind: KindOrdinal},
	{word: "대", unit: Count, noun: "units"}, // 차량 100대; "500대 기업" is a ranking (koRankList)
	{word: "ha", unit: Hectares},
}

// koParticles may follow a counter in the same word ("명이", "원으로",
// "달러를"), longest first. The hedges of koPostfix are tried first.
var koParticles = []string{
	"이었다", "이라는", "으로는", "에서는", "였다", "이다", "이며", "이고", "이나", "이란",
	"에서", "에게", "으로", "에는", "에도", "부터", "짜리", "규모", "대로", "이던", "씩의", "보다", "까지", "대비", "어치",
	"이", "가", "을", "를", "은", "는", "의", "에", "로", "와", "과", "도", "만", "씩", "인",
	"선", "대", "당", "께", "다", "라", "고", "며", "씩", "에서",
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
		if strings.HasPrefix(s[e:], h.word) {
			return h.q, e + len(h.word), true
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
			if _, _, ok := koTail(s, e); ok || h.word == "넘" {
				return h.q, e, true
			}
		}
	}
	return "", i, false
}

// hangulAt reports whether a Hangul letter starts at i.
func hangulAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return isHangul(r)
}
