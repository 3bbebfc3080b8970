package quantity

import "strings"

// Korean dates, quarters, spans of years and clock times.

// koDate reads "2024년 6월 12일", "2024년 6월", "6월 12일", "2024년",
// "11월" and "23일" (a day of the month, unless "3일간", "30일 동안": days).
func (sc *scanner) koDate(i int) (Quantity, bool) {
	q, ok := sc.koDateAt(i)
	if ok {
		q = sc.koApostrophe(q)
	}
	return q, ok
}

func (sc *scanner) koDateAt(i int) (Quantity, bool) {
	s := sc.s
	n, e, ok := digitsN(s, i, 1, 4)
	if !ok {
		return Quantity{}, false
	}
	var d Date
	if y, ok := koShortYear(s, i, e, n); ok {
		n = y // "'24년 11월": 2024
	}
	switch {
	case strings.HasPrefix(s[e:], "년대") && n >= 1900 && n <= 2100 && n%10 == 0:
		// "2020년대 중반": the 2020s, a decade.
		return sc.dated(i, e+len("년대"), Date{Year: n}, KindYear, skipDecade), true
	case strings.HasPrefix(s[e:], "년") && n >= 1900 && n <= 2100 && !koDuration(s, e+len("년")):
		d.Year = n
		e += len("년")
		if strings.HasPrefix(s[e:], "도") {
			e += len("도")
		}
		if q, ok := sc.koYearSpan(i, n, e); ok {
			return q, true
		}
		e2 := skipSpaces(s, e)
		m, me, ok := digitsN(s, e2, 1, 2)
		if ok && m >= 1 && m <= 4 && strings.HasPrefix(s[me:], "분기") {
			return sc.dated(i, me+len("분기"), d, KindDate, skipQuarter), true // "2024년 1분기"
		}
		if !ok || !strings.HasPrefix(s[me:], "월") || m < 1 || m > 12 {
			return sc.dated(i, e, d, KindYear, skipYear), true
		}
		d.Month, e = m, me+len("월")
	case strings.HasPrefix(s[e:], "분기") && n >= 1 && n <= 4 && !koDuration(s, e+len("분기")):
		// "2분기 연속 성장", "3분기째": a number of quarters (the counter 분기).
		return sc.dated(i, e+len("분기"), d, KindDate, skipQuarter), true // "1분기": the first quarter
	case strings.HasPrefix(s[e:], "월") && n >= 1 && n <= 12:
		d.Month, e = n, e+len("월")
	case strings.HasPrefix(s[e:], "일") && n >= 1 && n <= 31 && !koDuration(s, e+len("일")) && !koNightsBefore(s, i) &&
		!koOneDayAverage(s, n, e+len("일")):
		d.Day = n
		return sc.dated(i, e+len("일"), d, KindDate, skipDate), true
	case strings.HasPrefix(s[e:], "시") && !strings.HasPrefix(s[e:], "시간") && n <= 24:
		return sc.koTime(i, n, e+len("시")), true
	default:
		return Quantity{}, false
	}
	e2 := skipSpaces(s, e)
	if day, de, ok := digitsN(s, e2, 1, 2); ok && strings.HasPrefix(s[de:], "일") && !koDuration(s, de+len("일")) {
		if dd := (Date{d.Year, d.Month, day}); dd.Valid() {
			return sc.dated(i, de+len("일"), dd, KindDate, skipDate), true
		}
	}
	return sc.dated(i, e, d, KindDate, skipDate), true
}

// koShortYear reads the year of "'24년 11월" (November 2024), two digits
// after an apostrophe, as Korean headlines write it; n is the number read
// at i..e. A straight or left quote also opens a quotation ("'10년 만에'",
// "'30년 역사'"), so after one a month must follow; after a right quote
// (’), the typographic apostrophe, the year alone is enough.
func koShortYear(s string, i, e, n int) (int, bool) {
	p, _ := runeBefore(s, i)
	if e-i != 2 || p != '\'' && p != '’' && p != '‘' || !strings.HasPrefix(s[e:], "년") {
		return 0, false
	}
	if p != '’' {
		k := skipSpaces(s, e+len("년"))
		m, me, ok := digitsN(s, k, 1, 2)
		if !ok || m < 1 || m > 12 || !strings.HasPrefix(s[me:], "월") {
			return 0, false
		}
	}
	if n > 50 {
		return 1900 + n, true
	}
	return 2000 + n, true
}

// koApostrophe widens a date read from "'24년" to its apostrophe.
func (sc *scanner) koApostrophe(q Quantity) Quantity {
	s := sc.s
	if _, e, ok := digitsN(s, q.Start, 2, 2); ok && strings.HasPrefix(s[e:], "년") && q.Date.Year >= 1900 {
		if p, w := runeBefore(s, q.Start); p == '\'' || p == '’' || p == '‘' {
			q.Start -= w
			q.Text = s[q.Start:q.End]
		}
	}
	return q
}

// koNightsBefore: "3박 4일" (three nights, four days) and "주 4일 근무"
// (four days a week): the 일 after N박 or a week's rate word counts days,
// it is no day of the month.
func koNightsBefore(s string, i int) bool {
	t := strings.TrimRight(s[:i], " ")
	if w, _ := wordBefore(s, i); len(t) < i && (w == "주" || w == "매주" || w == "주당") {
		return true
	}
	if !strings.HasSuffix(t, "박") {
		return false
	}
	t = strings.TrimSuffix(t, "박")
	return t != "" && isDigit(t[len(t)-1])
}

// koYearSpan reads the end of a Korean span of years after "2021년" at e:
// "2021년~2025년", "2021년부터 2025년까지", "2021년에서 2025년까지". The
// span ends after 까지 when it is written.
func (sc *scanner) koYearSpan(i, y, e int) (Quantity, bool) {
	s := sc.s
	k := skipSpaces(s, e)
	p := k
	switch {
	case yearDashAt(s, k) > 0 && s[k] != '/':
		p = skipSpaces(s, k+yearDashAt(s, k))
	case strings.HasPrefix(s[e:], "부터") || strings.HasPrefix(s[e:], "에서"):
		p = skipSpaces(s, e+len("부터"))
		if p == e+len("부터") {
			return Quantity{}, false
		}
	default:
		return Quantity{}, false
	}
	if q, ok := sc.koYearsFrom(i, y, p); ok {
		return q, true
	}
	y2, ye, ok := yearAt(s, p)
	if !ok || !strings.HasPrefix(s[ye:], "년") || y2 <= y || y2-y > 50 {
		return Quantity{}, false
	}
	end := koYearSuffix(s, ye)
	if strings.HasPrefix(s[end:], "까지") {
		end += len("까지")
	}
	q := sc.dated(i, end, Date{Year: y}, KindPeriod, skipPeriod)
	q.Max = float64(y2)
	return q, true
}

// koYearsFrom reads "2025년부터 3년간" (three years from 2025): the period
// 2025/2027, one skipped number rather than a year and a duration.
func (sc *scanner) koYearsFrom(i, y, p int) (Quantity, bool) {
	s := sc.s
	n, ne, ok := digitsN(s, p, 1, 2)
	if !ok || n < 1 || !strings.HasPrefix(s[ne:], "년") {
		return Quantity{}, false
	}
	end := ne + len("년")
	switch {
	case strings.HasPrefix(s[end:], "간"):
		end += len("간")
	case strings.HasPrefix(s[skipSpaces(s, end):], "동안"):
		end = skipSpaces(s, end) + len("동안")
	default:
		return Quantity{}, false
	}
	q := sc.dated(i, end, Date{Year: y}, KindPeriod, skipPeriod)
	q.Max = float64(y + n - 1)
	return q, true
}

// koTime reads "2시", "오후 2시 30분" (the 오후 before it makes it p.m.).
func (sc *scanner) koTime(i, h, e int) Quantity {
	s := sc.s
	m := 0
	if k := skipSpaces(s, e); k < len(s) && isDigit(s[k]) {
		if mm, me, ok := digitsN(s, k, 1, 2); ok && mm < 60 && strings.HasPrefix(s[me:], "분") {
			m, e = mm, me+len("분")
		}
	}
	w, _ := wordBefore(s, i)
	switch {
	case (w == "오후" || strings.HasPrefix(s[i:], "오후") || w == "저녁") && h < 12:
		h += 12
	case w == "밤" && h >= 6 && h < 12:
		h += 12 // "밤 9시" is 21:00; "밤 1시" is 1 a.m.
	}
	v := float64(h) + float64(m)/60
	return Quantity{Text: s[i:e], Start: i, End: e, Value: v, Max: v, Kind: KindTime, Qualifier: Exact, Skip: skipTime}
}

// koDuration: a counter of days or years is a span of time when 간
// ("3일간") or 동안, 만에, 이내, 째, 연속 follows.
func koDuration(s string, e int) bool {
	for _, w := range []string{"간", "동안", "만에", "이내", "째", "안에"} {
		if strings.HasPrefix(s[e:], w) {
			return true
		}
	}
	k := skipSpaces(s, e)
	if k == e {
		return false
	}
	for _, w := range []string{"동안", "만에", "이내", "안에", "연속"} { // "3일 연속 상승": three days in a row
		if strings.HasPrefix(s[k:], w) {
			return true
		}
	}
	return false
}

// koOneDayAverage: "1일 평균 2만 명" is per day on average, not the first
// of the month (koPerAverage).
func koOneDayAverage(s string, n, e int) bool {
	_, ok := koAverageAfter(s, e)
	return n == 1 && ok
}

// koYearSuffix moves past the 년 (or 년도) written after a Korean year.
func koYearSuffix(s string, e int) int {
	if strings.HasPrefix(s[e:], "년") && !koDuration(s, e+len("년")) {
		e += len("년")
		if strings.HasPrefix(s[e:], "도") {
			e += len("도")
		}
	}
	return e
}

// koNamedDate reads the month and day that name an event: "3·1절",
// "5·18 민주화운동", "4·10 총선" (with a middle dot), and "6.25 전쟁",
// "8.15 광복절" (with a point, only before the event's word, since 6.25
// is also a decimal). "1·2위" (first and second) is no date: a counter
// follows.
func (sc *scanner) koNamedDate(i int) (Quantity, bool) {
	s := sc.s
	m, e, ok := digitsN(s, i, 1, 2)
	if !ok || m < 1 || m > 12 {
		return Quantity{}, false
	}
	dot := ""
	for _, d := range []string{"·", "ㆍ", "・", "."} {
		if strings.HasPrefix(s[e:], d) {
			dot = d
		}
	}
	if dot == "" {
		return Quantity{}, false
	}
	d, de, ok := digitsN(s, e+len(dot), 1, 2)
	if !ok || !(Date{Month: m, Day: d}).Valid() || de < len(s) && (s[de] == '.' || s[de] == ',') && de+1 < len(s) && isDigit(s[de+1]) {
		return Quantity{}, false
	}
	k := skipSpaces(s, de)
	if !hangulAt(s, k) {
		return Quantity{}, false
	}
	if _, _, _, counter := koCounterAt(s, k); counter && k == de || strings.HasPrefix(s[de:], "분기") {
		return Quantity{}, false // "1·2위", "3·4분기": a list of ranks, of quarters
	}
	if dot == "." {
		named := false
		for _, w := range koDateEvents {
			named = named || strings.HasPrefix(s[k:], w)
		}
		if !named {
			return Quantity{}, false
		}
	}
	return sc.dated(i, de, Date{Month: m, Day: d}, KindDate, "a date in the name of an event, not a quantity"), true
}

// koDateEvents follow a month.day that names an event ("6.25 전쟁").
var koDateEvents = []string{"전쟁", "광복절", "사변", "선언", "공동선언", "대책", "부동산 대책", "조치", "합의",
	"민주화운동", "총선", "대선", "지방선거", "사태", "참사", "항쟁", "정상회담"}
