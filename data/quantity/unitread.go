package quantity

import "strings"

// unitRead is a unit read after a number.
type unitRead struct {
	unit Unit
	mul  float64 // multiplies the value: 10 for decades, 7 for weeks
	noun string
	skip string
	kind Kind
	cur  currency
	q    Qualifier // a hedge that came with it ("명이상", "50-odd")
	ko   string    // the Korean counter read, if any
	amb  string
}

// unitAt reads the unit after a number ending at e. scaled says a scale
// word was read ("5 billion won" is money, "12 won the award" not); money
// says a currency sign came before, which only its own code may repeat.
func (sc *scanner) unitAt(e int, scaled, money bool) (unitRead, int, bool) {
	s := sc.s
	if money {
		if c, ce, ok := sc.currencySuffix(e, true); ok && !c.bare {
			return unitRead{cur: c, unit: c.unit}, ce, true
		}
		// "US$1억 달러": the currency written again as a Korean word.
		if k := skipSpaces(s, e); hangulAt(s, k) {
			if c, ce, q, ok := koCounterAt(s, k); ok && c.unit.IsCurrency() {
				u := counterRead(c, q, sc)
				u.cur = currency{}
				return u, ce, true
			}
		}
		return unitRead{}, e, false
	}
	if u, end, ok := sc.gluedUnit(e); ok {
		return u, end, true
	}
	if u, end, ok := sqUnitAt(s, skipSpaces(s, e)); ok {
		return u, end, true // "5,000sq m", "12,000 sq.m"
	}
	if c, ce, ok := sc.currencySuffix(e, scaled); ok {
		return unitRead{cur: c, unit: c.unit}, ce, true
	}
	k := skipSpaces(s, e)
	if k == e || k >= len(s) {
		return unitRead{}, e, false
	}
	if s[k] == '%' {
		return unitRead{unit: Percent}, k + 1, true
	}
	w, we, en := sc.entryAt(k)
	if en != nil && en.units != nil {
		if u, ue, ok := matchList(en.units, s, k, we); ok {
			return unitRead{unit: u.unit, mul: u.mul}, ue, true
		}
	}
	for _, g := range gluedUnits[:6] {
		if (s[k] == 'k' || s[k] == 'm' || s[k] == 0xE3) && strings.HasPrefix(s[k:], g.text) && (!wordCharAt(s, k+len(g.text)) || hangulAt(s, k+len(g.text))) {
			return unitRead{unit: g.u.unit, mul: g.u.mul}, k + len(g.text), true
		}
	}
	if w != "" {
		if u, ue, ok := sc.timeUnit(k); ok {
			return u, ue, true
		}
	}
	if hangulAt(s, k) {
		if c, ce, q, ok := koCounterAt(s, k); ok && !c.glued {
			return counterRead(c, q, sc), ce, true
		}
	}
	return unitRead{}, e, false
}

// gluedUnit reads a unit written onto the number: "%", "%p", a Korean
// counter ("74만명"), "500ha", "3x", or after a hyphen "26-fold",
// "five-year", "50-odd", "50-plus".
func (sc *scanner) gluedUnit(e int) (unitRead, int, bool) {
	s := sc.s
	if e >= len(s) {
		return unitRead{}, e, false
	}
	switch {
	case s[e] == '%' || strings.HasPrefix(s[e:], "％"):
		w := 1
		if s[e] != '%' {
			w = len("％")
		}
		if c, ce, q, ok := koCounterAt(s, e); ok && s[e] == '%' {
			return counterRead(c, q, sc), ce, true
		}
		return unitRead{unit: Percent}, e + w, true
	case hangulAt(s, e):
		if c, ce, q, ok := koCounterAt(s, e); ok {
			return counterRead(c, q, sc), ce, true
		}
		return unitRead{}, e, false
	case s[e] == '-':
		return sc.hyphenUnit(e)
	}
	if c := s[e]; c == 'k' || c == 'm' || c == 'h' || c == 'x' || c == 'X' || c == 'p' || c == 'b' || c == 0xE3 {
		for _, g := range gluedUnits {
			// A Korean particle may follow: "68만㎡이며", "500ha의".
			if strings.HasPrefix(s[e:], g.text) && (!wordCharAt(s, e+len(g.text)) || hangulAt(s, e+len(g.text))) {
				return unitRead{unit: g.u.unit, mul: g.u.mul}, e + len(g.text), true
			}
		}
	}
	return unitRead{}, e, false
}

// hyphenUnit reads "-fold", "-year", "-odd", "-some", "-plus" after a number.
func (sc *scanner) hyphenUnit(e int) (unitRead, int, bool) {
	s := sc.s
	w, we := wordAt(s, e+1)
	if t, ok := lookup(timeWords, w); ok && strings.HasPrefix(s[we:], "-old") && !letterAt(s, we+len("-old")) {
		return unitRead{unit: t.unit, mul: t.mul, skip: skipAge, kind: KindDuration}, we + len("-old"), true
	}
	if sameWord(w, "per") && strings.HasPrefix(s[we:], "-cent") && !letterAt(s, we+len("-cent")) {
		return unitRead{unit: Percent}, we + len("-cent"), true // "a 20-per-cent share"
	}
	if u, end, ok := sc.hyphenArea(e); ok {
		return u, end, true
	}
	if w == "" || (we < len(s) && s[we] == '-' && letterAt(s, we+1)) {
		return unitRead{}, e, false // "one-on-one"
	}
	switch {
	case sameWord(w, "fold"):
		return unitRead{unit: Multiplier}, we, true
	case sameWord(w, "odd"), sameWord(w, "some"):
		return unitRead{q: About}, we, true // "50-odd firms", "30-some offices"
	case sameWord(w, "plus"):
		return unitRead{q: AtLeast}, we, true
	case sameWord(w, "percent"), sameWord(w, "pct"):
		return unitRead{unit: Percent}, we, true // "a 30-percent stake"
	}
	if t, ok := lookup(timeWords, w); ok && !letterAt(s, we) {
		return unitRead{unit: t.unit, mul: t.mul}, we, true
	}
	if u, ok := codes[w]; ok && len(w) == 3 && !letterAt(s, we) {
		return unitRead{unit: u, cur: currency{unit: u}}, we, true // "a 1.5-billion-USD project"
	}
	return unitRead{}, e, false
}

// sqUnits are the abbreviated areas written with "sq" glued or dotted,
// which the word tables (words apart) do not read: "5,000sqm",
// "5,000sq m", "12,000 sq.m", "3 sq.km".
var sqUnits = []struct {
	text string
	u    unitWord
}{
	{"sq.km", unitWord{SquareKm, 1}}, {"sq.m", unitWord{SquareMetres, 1}}, {"sq.ft", unitWord{SquareMetres, sqFoot}},
	{"sqkm", unitWord{SquareKm, 1}}, {"sqm", unitWord{SquareMetres, 1}}, {"sqft", unitWord{SquareMetres, sqFoot}},
	{"sq km", unitWord{SquareKm, 1}}, {"sq m", unitWord{SquareMetres, 1}}, {"sq ft", unitWord{SquareMetres, sqFoot}},
}

// sqUnitAt reads one of sqUnits at k.
func sqUnitAt(s string, k int) (unitRead, int, bool) {
	if !strings.HasPrefix(s[k:], "sq") {
		return unitRead{}, k, false
	}
	for _, g := range sqUnits {
		if e := k + len(g.text); strings.HasPrefix(s[k:], g.text) && !letterAt(s, e) {
			if e < len(s) && s[e] == '.' && !(e+1 < len(s) && isDigit(s[e+1])) && (g.text == "sq.m" || g.text == "sq.ft" || g.text == "sq.km") {
				e++ // "sq.m."
			}
			return unitRead{unit: g.u.unit, mul: g.u.mul}, e, true
		}
	}
	return unitRead{}, k, false
}

// hyphenArea reads an area unit written with hyphens as a modifier: "a
// 500-hectare park", "the 200,000-sq-m facility", "a 3-square-kilometre site".
func (sc *scanner) hyphenArea(e int) (unitRead, int, bool) {
	s := sc.s
	t := s[e+1:]
	if t == "" || !strings.ContainsRune("hsmkHSMK", rune(t[0])) {
		return unitRead{}, e, false
	}
	for _, h := range hyphenAreas {
		if len(t) >= len(h.text) && strings.EqualFold(t[:len(h.text)], h.text) && !letterAt(s, e+1+len(h.text)) {
			return unitRead{unit: h.unit}, e + 1 + len(h.text), true
		}
	}
	return unitRead{}, e, false
}

// hyphenAreas are the area units of hyphenArea, longest first where one
// begins another.
var hyphenAreas = []struct {
	text string
	unit Unit
}{
	{"hectares", Hectares}, {"hectare", Hectares}, {"ha", Hectares},
	{"sq-km", SquareKm}, {"sq-m", SquareMetres}, {"sqm", SquareMetres}, {"m2", SquareMetres}, {"km2", SquareKm},
	{"square-kilometres", SquareKm}, {"square-kilometre", SquareKm}, {"square-kilometers", SquareKm},
	{"square-kilometer", SquareKm}, {"square-metres", SquareMetres}, {"square-metre", SquareMetres},
	{"square-meters", SquareMetres}, {"square-meter", SquareMetres},
}

// timeUnit reads a span of time at k: "years", "three decades", and in
// Vietnamese "năm", "tháng", "thập kỷ".
func (sc *scanner) timeUnit(k int) (unitRead, int, bool) {
	s := sc.s
	_, we, en := sc.entryAt(k)
	if en == nil {
		return unitRead{}, k, false
	}
	if en.times {
		if _, _, next := sc.entryAt(skipSpaces(s, we)); next != nil && next.timesCmp {
			return unitRead{unit: Multiplier}, we, true
		}
	}
	if en.hasTime && !letterAt(s, we) {
		return unitRead{unit: en.time.unit, mul: en.time.mul}, we, true
	}
	if sc.lang == VI || sc.lang == Unknown {
		if t, te, ok := matchList(en.viTime, s, k, we); ok {
			return unitRead{unit: t.unit, mul: t.mul}, te, true
		}
	}
	return unitRead{}, k, false
}

// counterRead turns a Korean counter into a unit read.
func counterRead(c koCounter, q Qualifier, sc *scanner) unitRead {
	u := unitRead{unit: c.unit, noun: c.noun, skip: c.skip, kind: c.kind, q: q, mul: c.mul, ko: c.word, amb: c.amb}
	if c.unit.IsCurrency() {
		u.cur = sc.context(currency{unit: c.unit, bare: c.bare})
	}
	return u
}
