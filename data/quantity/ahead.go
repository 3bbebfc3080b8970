package quantity

import "unicode/utf8"

// Words an expression may begin with ("in", "at", "over") mostly begin
// none: a quick look ahead for a number saves reading their prefixes.

// numberStartsAt reports whether a number may start at j, after the
// prefixes: digits, a currency sign or code, or a number word. It spares
// reading a number at every "in", "at" and "over" of a text.
func (sc *scanner) numberStartsAt(j int, mult bool) bool {
	s := sc.s
	if j >= len(s) {
		return false
	}
	switch c := s[j]; {
	case isDigit(c), c == '$', c == '+', c == '-', c == '.':
		return true
	case c >= 0x80 && !letterAt(s, j):
		return true // ₫ € ₩ £ ¥ −: the numeral decides
	case c == 'W' && sc.lang != VI && wonSign(s, j, sc.lang == EN):
		return true // "W5.47 trillion"
	}
	w, e, en := sc.entryAt(j)
	switch {
	case w == "":
		return false
	case hangulAt(s, j), mult:
		return true
	case isCurrencyLetters(w) && (e < len(s) && (s[e] == '$' || s[e] >= 0x80) || len(w) >= 3):
		return true // "A$5", "HK$1", "VND 10 trillion"
	case en == nil:
		return false
	case en.isA:
		return sc.aNumber(e)
	}
	return en.number || en.month != 0 ||
		(sc.lang == VI || sc.lang == Unknown) && sc.isNumberWord(w)
}

// isCurrencyLetters: "US" of "US$", "VND", "S" of "S$" …
func isCurrencyLetters(w string) bool {
	if _, ok := codes[w]; ok {
		return true
	}
	switch w {
	case "US", "U", "S", "SG", "A", "AU", "HK", "NT", "C", "CA", "CN", "JP", "RMB":
		return true
	}
	return false
}

// aNumber: the "a" ending at e begins a number ("a hundred", "a dozen",
// "a third of").
func (sc *scanner) aNumber(e int) bool {
	k := skipSpaces(sc.s, e)
	if k == e {
		return false
	}
	_, _, en := sc.entryAt(k)
	return en != nil && (en.isEnScale || en.dozen || en.isDen)
}

// isNumberWord: a word that is or begins a number ("five", "a", "half",
// "hai", "threefold").
func (sc *scanner) isNumberWord(w string) bool {
	if isASCII(w) && (len(w) >= 16 || !numberShape(w)) {
		return false
	}
	if _, ok := lookup(numberWords, w); ok {
		return true
	}
	if sc.lang == VI || sc.lang == Unknown {
		if _, ok := lookup(viDigits, w); ok {
			return true
		}
		return sameWord(w, "mười") || sameWord(w, "đôi") || sameWord(w, "rưỡi") || sameWord(w, "nửa")
	}
	return false
}

// numberShapes is starterShapes for numberWords.
var numberShapes = func() *shapes {
	var t shapes
	for w := range numberWords {
		t.add(w)
	}
	for w := range viDigits {
		t.add(w)
	}
	return &t
}()

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func numberShape(w string) bool { return numberShapes.has(w) }

// numberWords begin an English number.
var numberWords = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "half": true}
	for w := range enSmall {
		m[w] = true
	}
	for w := range enFolds {
		m[w] = true
	}
	return m
}()
