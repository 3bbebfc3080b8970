package quantity

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// What follows a Korean number and its counter and changes what it is: the
// band of 대 ("3조 원대", "30%대"), a second, smaller unit of time ("4시간
// 30분", "2년 6개월"), a part of a whole ("10명 중 7명") and the
// denominator of a rate ("1인당", "1㎡당").

// koBand reads 대 after a counter: "3조 원대" is in the three-trillion-won
// band (3조 up to 4조), "30%대" in the thirties, "1조5천억 원대" between
// 1.5조 and 1.6조. The band is as wide as the last digit written; it is a
// range, not the exact value written.
func (r *reading) koBand() {
	s := r.sc.s
	if !r.unitRead || r.q.Skip != "" || r.ko == "대" {
		return
	}
	switch u := r.q.Unit; {
	case u.IsCurrency(), u == Percent, u == PercentPoint, u == Count:
	default:
		return
	}
	e, ok := koBandEnd(s, r.end)
	if !ok {
		return // "대비" (compared with), "대상" (the target of)
	}
	top := &r.n // "100만~200만 원대": the band of the upper bound
	if r.ranged {
		top = &r.hi
	} else {
		r.hi = r.n
	}
	v := top.val
	if v <= 0 || math.IsInf(v, 0) {
		return
	}
	step := math.Pow(10, math.Floor(math.Log10(v)))
	for k := 0; k < 20 && math.Abs(v/step-math.Round(v/step)) > 1e-9*v/step; k++ {
		step /= 10
	}
	r.hi.val = v + step
	r.ranged, r.end = true, e
}

// koBandEnd reads the 대 of a band at e, glued ("원대") or after the part of
// the band apart ("3천억원 중반대", in the mid-300 billions: within the
// band, which is all the text gives), and the end of the band.
func koBandEnd(s string, e int) (int, bool) {
	if k := skipSpaces(s, e); k > e {
		for _, w := range []string{"초반대", "중반대", "후반대"} {
			if strings.HasPrefix(s[k:], w) {
				e = k + len(w) - len("대")
				break
			}
		}
	}
	if !strings.HasPrefix(s[e:], "대") {
		return e, false
	}
	e += len("대")
	return e, !hangulAt(s, e) || koParticleAt(s, e)
}

// koDotList reads the counter shared by a list joined by a middle dot:
// "1·2위" (first and second), "1·2차 협력사", "3·4분기": the first number
// is what the second is, a rank, an ordinal or a quarter.
func (r *reading) koDotList() {
	s := r.sc.s
	if r.unitRead || r.ranged || !r.n.plain {
		return
	}
	k := r.end
	for _, d := range []string{"·", "ㆍ", "・"} {
		if strings.HasPrefix(s[k:], d) {
			k += len(d)
			break
		}
	}
	if k == r.end {
		return
	}
	_, e, ok := digitsN(s, k, 1, 4)
	if !ok {
		return
	}
	if strings.HasPrefix(s[e:], "분기") {
		r.q.Skip, r.q.Kind, r.unitRead = skipQuarter, KindDate, true
		return
	}
	if c, _, _, ok := koCounterAt(s, e); ok && c.skip != "" {
		r.q.Skip, r.q.Kind, r.unitRead = c.skip, c.kind, true
	}
}

// koParticleAt reports a particle at e.
func koParticleAt(s string, e int) bool {
	for _, p := range koParticles {
		if strings.HasPrefix(s[e:], p) {
			return true
		}
	}
	return false
}

// koMoreTime reads the smaller unit of time written after the larger:
// "4시간 30분" is four and a half hours, "2년 6개월" two and a half years,
// one span and not two numbers.
func (r *reading) koMoreTime() {
	s := r.sc.s
	if r.ranged || r.q.Skip != "" {
		return
	}
	if r.q.Unit.Kind() == KindDuration && r.ko != "" {
		if e, ok := koHalfAfter(s, r.end); ok {
			r.n.val += 0.5 * max(r.umul, 1) // "1년 반", "1시간 반", "3개월 반"
			r.end = e
			return
		}
	}
	var next string
	var per float64
	switch r.ko {
	case "시간":
		next, per = "분", 60
	case "년":
		next, per = "개월", 12
	default:
		return
	}
	k := skipSpaces(s, r.end)
	m, me, ok := digitsN(s, k, 1, 2)
	if k == r.end || !ok || float64(m) >= per || !strings.HasPrefix(s[me:], next) {
		return
	}
	// "2년 6개월간", "3시간 30분간", "1년 6개월째": the 간 or 째 of
	// the whole span, then its particles.
	end := me + len(next)
	for _, w := range []string{"간", "째"} {
		if strings.HasPrefix(s[end:], w) {
			end += len(w)
			break
		}
	}
	if _, _, ok := koTail(s, end); !ok {
		return
	}
	r.n.val += float64(m) / per
	r.end = end
}

// koHalfAfter reads the 반 (and a half) after a span of time at e: "2년
// 반 만에"; not the 반 of a word ("1년 반도체 수출").
func koHalfAfter(s string, e int) (int, bool) {
	k := skipSpaces(s, e)
	if k == e || !strings.HasPrefix(s[k:], "반") {
		return e, false
	}
	h := k + len("반")
	if !hangulAt(s, h) {
		return h, !letterAt(s, h)
	}
	for _, w := range []string{"만에", "동안", "간", "째", "이", "의", "을", "에", "가량", "정도", "쯤", "으로", "여", "인", "씩"} {
		if strings.HasPrefix(s[h:], w) {
			return h, true
		}
	}
	return e, false
}

// koOutOf reads "10명 중 7명" (seven in ten people) as the share 0.7, as
// "3 in 10" is read in English.
func (r *reading) koOutOf() {
	s := r.sc.s
	if r.ranged || r.q.Skip != "" || r.q.Unit != Count || r.ko == "" || r.n.val <= 0 {
		return
	}
	k := skipSpaces(s, r.end)
	if k == r.end || !strings.HasPrefix(s[k:], "중") {
		return
	}
	p := skipSpaces(s, k+len("중"))
	if p == k+len("중") || p >= len(s) || !isDigit(s[p]) {
		return
	}
	m, ok := r.sc.numeral(p, false)
	if !ok || m.slash != 0 || m.tail != "" || m.version || m.ordinal || m.val > r.n.val {
		return
	}
	c, ce, _, ok := koCounterAt(s, skipSpaces(s, m.end))
	if !ok || c.word != r.ko {
		return
	}
	r.n.val, r.end = m.val/r.n.val, ce
	r.q.Unit, r.q.Noun = Fraction, ""
}

// koPerNames name a rate's denominator by its counter: "1인당" is per
// person, "1주당" per share.
var koPerNames = map[string]string{
	"인": "person", "명": "person", "사람": "person", "주": "share", "가구": "household", "개": "item",
	"개사": "company", "곳": "place", "건": "case", "톤": "tonne", "배럴": "barrel", "대": "unit",
	"시간": "hour", "일": "day", "년": "year", "개월": "month", "달": "month", "평": "pyeong",
	"달러": "dollar", "원": "won",
}

// koDenominator reads 당 after a counter or unit: "1인당" (per person),
// "1㎡당", "3.3㎡당" (per 평). The number is the rate's denominator, not
// a quantity; the number after it is the rate ("1인당 200만 원" is 2
// million won per person), which the scan is told of (scanner.perNext).
func (r *reading) koDenominator() {
	s := r.sc.s
	if !r.unitRead || r.ranged || r.q.Skip != "" || !strings.HasPrefix(s[r.end:], "당") {
		return
	}
	e := r.end + len("당")
	if hangulAt(s, e) && !koParticleAt(s, e) {
		return // "3당" of "3당 합의" is no rate
	}
	if r.umul != 0 {
		r.n.val /= r.umul // the number as written: "1주당" is per share, not per 7 days
	}
	per, ok := koPerNames[r.ko]
	if !ok {
		switch r.q.Unit {
		case SquareMetres:
			per = "m2"
		case SquareKm:
			per = "km2"
		case Hectares:
			per = "hectare"
		default:
			per = string(r.q.Unit)
			if r.q.Noun != "" {
				per = r.q.Noun
			}
		}
	}
	if r.n.val != 1 {
		per = strconv.FormatFloat(r.n.val, 'g', -1, 64) + " " + per
	}
	text := s[r.start:e]
	r.q.Skip = fmt.Sprintf("the denominator of a rate (%q, per %s), not a quantity", text, per)
	r.q.Kind, r.q.Unit, r.q.Noun = KindNumber, None, ""
	r.end = e
	// The rate follows, perhaps after 평균 (on average): "1인당 평균 1,500달러".
	k := skipSpaces(s, e)
	if k > e && strings.HasPrefix(s[k:], "평균") {
		if k2 := skipSpaces(s, k+len("평균")); k2 > k+len("평균") {
			k = k2
		}
	}
	if k > e {
		r.sc.perNext, r.sc.perNextAt = per, k
	}
}

// koPerTime names the rate a span of one unit of time makes before
// 평균: "1일 평균" is per day, "한 해 평균" per year.
var koPerTime = map[string]string{"일": "day", "년": "year", "해": "year", "달": "month", "개월": "month",
	"주": "week", "시간": "hour", "분기": "quarter"}

// koAverageAfter reports 평균 (on average) written apart after e and a
// number after it: "1일 평균 2만 명".
func koAverageAfter(s string, e int) (int, bool) {
	k := skipSpaces(s, e)
	if k == e || !strings.HasPrefix(s[k:], "평균") {
		return e, false
	}
	p := skipSpaces(s, k+len("평균"))
	if p == k+len("평균") || p >= len(s) || !isDigit(s[p]) && !hangulAt(s, p) {
		return e, false
	}
	return p, true
}

// koPerAverage reads one unit of time before 평균: "1일 평균 2만 명이
// 이용한다" (twenty thousand a day on average), "한 해 평균 500명". The
// span is the rate's denominator, as "하루 평균" is (ratePrefix), and the
// number after it the rate.
func (r *reading) koPerAverage() {
	s := r.sc.s
	per, ok := koPerTime[r.ko]
	if !ok || r.ranged || r.relative || r.q.Skip != "" || r.q.Unit.Kind() != KindDuration ||
		r.q.Qualifier != Exact || r.n.val != max(r.umul, 1) {
		return
	}
	k, ok := koAverageAfter(s, r.end)
	if !ok {
		return
	}
	r.q.Skip = fmt.Sprintf("the denominator of a rate (%q, per %s), not a quantity", s[r.start:r.end], per)
	r.n.val = 1
	r.q.Kind, r.q.Unit, r.q.Noun = KindNumber, None, ""
	r.sc.perNext, r.sc.perNextAt = per, k
}

// koAddress: the building number of a road-name address, "강남구 테헤란로
// 152", "영통구 삼성로 129": a bare number after a road (…로, …길) that
// follows a district (…구, …시, …군, …동, …읍, …면).
func (r *reading) koAddress(prev string, p int) bool {
	if r.sc.lang != KO || !r.n.plain || r.q.Unit != None || r.ranged || utf8.RuneCountInString(prev) < 2 ||
		!strings.HasSuffix(prev, "로") && !strings.HasSuffix(prev, "길") {
		return false
	}
	district, _ := wordBefore(r.sc.s, p)
	if utf8.RuneCountInString(district) < 2 {
		return false
	}
	for _, w := range []string{"구", "시", "군", "동", "읍", "면"} {
		if strings.HasSuffix(district, w) {
			return true
		}
	}
	return false
}

// koListItem: "1. 수출 확대 2. 인력 양성", "1) 투자": a small whole number
// with a point or a parenthesis and then a Korean word numbers an item of
// a list. A Korean sentence ends on its verb, never on a bare number, so
// "N. " before Hangul is no number ending a sentence.
func (r *reading) koListItem() bool {
	s, n := r.sc.s, r.n
	if r.sc.lang != KO || !n.plain || n.ndigits > 2 || n.val < 1 || r.ranged || r.q.Unit != None ||
		r.end != n.end || r.end+2 > len(s) || s[r.end] != '.' && s[r.end] != ')' || s[r.end+1] != ' ' {
		return false
	}
	if r.start > 0 && s[r.start-1] != ' ' && s[r.start-1] != '\n' && s[r.start-1] != '\t' && s[r.start-1] != '(' {
		return false
	}
	return hangulAt(s, skipSpaces(s, r.end+1))
}

// koUnitOfAccount: the number after "단위:" (or "단위=") is the unit a
// table's figures are written in, "(단위: 백만 달러, %)", not an amount.
func (r *reading) koUnitOfAccount() bool {
	s := r.sc.s
	j := r.start
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	switch {
	case j > 0 && (s[j-1] == ':' || s[j-1] == '='):
		j--
	case strings.HasSuffix(s[:j], "："):
		j -= len("：")
	default:
		return false
	}
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	return strings.HasSuffix(s[:j], "단위")
}

// koBareWon reads a Korean amount in 억 or 조 written without its
// currency, as headlines and tight copy write won ("베트남에 3조 투자",
// "국비 50억·지방비 30억"), as won, flagged: the currency is inferred.
// After a word for people or views ("인구 1억", "조회수 10억") it stays
// a number.
func (r *reading) koBareWon() {
	s := r.sc.s
	if r.q.Unit != None || r.unitRead || r.q.Skip != "" || r.noun > 0 || !r.n.digits || r.n.mul < 1e8 ||
		r.sc.lang != KO && r.sc.lang != Unknown || r.cur.unit != "" {
		return
	}
	if !strings.ContainsAny(s[r.n.start:r.n.end], "억조") {
		return
	}
	if w, _ := wordBefore(s, r.start); koNotMoneyBefore[w] {
		return
	}
	// What follows must be no counter misspelt or unknown to the engine:
	// "1억회분", "1억 회분 백신" (doses) are not won.
	k := skipSpaces(s, r.end)
	if hangulAt(s, r.end) && !koParticleAt(s, r.end) || hangulAt(s, k) && koCounterPrefix(s, k) {
		return
	}
	r.q.Unit, r.unitRead = KRW, true
	r.addAmb("no currency written: an amount in 억 or 조 read as won")
}

// koCounterPrefix reports a counter at k, whatever follows it.
func koCounterPrefix(s string, k int) bool {
	for _, c := range koCounters {
		if strings.HasPrefix(s[k:], c.word) {
			return true
		}
	}
	return false
}

// koNotMoneyBefore are the words before a bare 억 or 조 that count
// people or things, not won.
var koNotMoneyBefore = map[string]bool{
	"인구": true, "가입자": true, "이용자": true, "사용자": true, "구독자": true, "관광객": true,
	"방문객": true, "인원": true, "회원": true, "조회수": true, "관객": true, "판매량": true,
	"생산량": true, "건수": true, "다운로드": true, "트래픽": true,
}
