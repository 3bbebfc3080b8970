package quantity

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// scanner reads the expressions of one text.
type scanner struct {
	s    string
	lang Lang

	words wordCache

	dollarsLoaded, yenLoaded bool
	otherDollar              string // another dollar the text names, for a bare "$"
	yen, yuan                bool   // the text mentions yen, yuan

	// A Korean rate's denominator was read ("1인당"): the quantity that
	// starts at perNextAt is the rate, per perNext.
	perNext   string
	perNextAt int
}

// emit applies what the scan knows of a quantity from the one before it.
func (sc *scanner) emit(q Quantity) Quantity {
	if sc.perNext != "" && q.Start >= sc.perNextAt {
		if q.Start == sc.perNextAt && q.Skip == "" && q.Per == "" {
			q.Per, q.Kind = sc.perNext, KindRate
		}
		sc.perNext = ""
	}
	return q
}

// Scan finds every number in text, in order and without overlaps: the
// quantities, and the numbers that are not quantities with the reason in
// Skip (years, dates, periods, times of day, ordinals, ranks, names,
// phone and version numbers). lang decides the separators and the words
// read; pass Detect(text) when it is not known, or Unknown to have every
// separator that could be read either way flagged.
//
// A span covers hedge, currency, number, scale, unit, a following hedge
// and rate ("approximately US$230 billion", "10,000명 이상", "12 per cent
// a year") but not a counted noun, which is in Noun ("279" of "279
// projects"). Digits inside a word ("COVID-19", "b77dc0c3", "v1.2") are not
// numbers.
func Scan(text string, lang Lang) []Quantity {
	var out []Quantity
	for q := range Each(text, lang) {
		out = append(out, q)
	}
	return out
}

// Each is Scan as an iterator, for callers that need not keep every
// quantity.
func Each(text string, lang Lang) iter.Seq[Quantity] {
	return func(yield func(Quantity) bool) {
		sc := parseScanners.Get().(*scanner) // reused, as Parse's are: see parseScanners
		defer parseScanners.Put(sc)
		*sc = scanner{s: text, lang: lang}
		for i := 0; i < len(text); {
			if c := text[i]; c < utf8.RuneSelf && ('a' <= c|0x20 && c|0x20 <= 'z') {
				// An ASCII word, most of any text: test its shape, and
				// only then the lexicon, before reading further.
				e := i + 1
				for e < len(text) && ('a' <= text[e]|0x20 && text[e]|0x20 <= 'z') {
					e++
				}
				if e == len(text) || text[e] < utf8.RuneSelf && !isDigit(text[e]) && text[e] != '_' {
					if e-i < 16 && starterShape(text[i:e]) && sc.startsAt(i) {
						if q, ok := sc.expr(i); ok && q.End > i {
							if !yield(sc.emit(q)) {
								return
							}
							i = q.End
							continue
						}
					}
					i = e
					continue
				}
			}
			if c := text[i]; c < utf8.RuneSelf && !isDigit(c) && !('a' <= c|0x20 && c|0x20 <= 'z') &&
				c != '$' && c != '+' && c != '-' && c != '.' && c != '#' && c != '_' {
				i++ // a space or punctuation: nothing starts here
				continue
			}
			if sc.startsAt(i) {
				if q, ok := sc.expr(i); ok && q.End > i {
					if !yield(sc.emit(q)) {
						return
					}
					i = q.End
					continue
				}
			}
			i = sc.skipToken(i)
		}
	}
}

// skipToken moves past the rune at i and, in a word, to the end of the
// word: no expression starts inside one. A Hangul word ends before digits
// ("약20%", "제4차"), since Korean writes numbers onto words.
func (sc *scanner) skipToken(i int) int {
	s := sc.s
	r, n := runeAt(s, i)
	i += n
	switch {
	case isHangul(r):
		for i < len(s) {
			r, n := runeAt(s, i)
			if !isHangul(r) {
				break
			}
			i += n
		}
	case isWordRune(r):
		for i < len(s) {
			r, n := runeAt(s, i)
			if !isWordRune(r) || isHangul(r) {
				break
			}
			i += n
		}
	}
	return i
}

// startsAt reports whether an expression may start at i: at a word
// boundary, on a digit, sign, currency sign or a word that can open one.
func (sc *scanner) startsAt(i int) bool {
	s := sc.s
	r, _ := runeAt(s, i)
	if i > 0 {
		prev, n := runeBefore(s, i)
		if isWordRune(prev) && !(isHangul(prev) && r < utf8.RuneSelf && isDigit(byte(r))) {
			return false
		}
		// "COVID-19", "v1.2", "ASEAN+3": a number glued by punctuation to
		// a word is part of a name.
		if prev == '.' || prev == '-' || prev == '/' || prev == ':' || prev == '+' || prev == '–' {
			pp, _ := runeBefore(s, i-n)
			if pp != utf8.RuneError && isWordRune(pp) && (!isHangul(pp) || prev == '+' || prev == '-') && !noDotBefore(s, i) && !partOfYear(s, i, prev) && !topHyphen(s, i, prev) {
				return false
			}
		}
	}
	switch {
	case r < utf8.RuneSelf && isDigit(byte(r)), r == '$', r == '+', r == '-', r == '#':
		return true
	case r == '.':
		return i+1 < len(s) && isDigit(s[i+1]) && (i == 0 || !isDigit(s[i-1]))
	case r == '₩', r == '₫', r == '€', r == '£', r == '¥', r == '￦', r == '￥', r == '−':
		return true
	case isHangul(r):
		return koStarters[r]
	case isLetter(r):
		if sc.lang == EN && periodCodeAt(s, i) {
			return true // "Q3 2024", "FY2024"
		}
		if r < utf8.RuneSelf && !mayStart(s, i) {
			return false
		}
		_, _, e := sc.entryAt(i)
		return e != nil && (e.starter || e.viStarter && (sc.lang == VI || sc.lang == Unknown))
	}
	return false
}

// topHyphen: "top-three trading partners", "a top-10 exporter": a rank
// written with a hyphen, not part of a name.
func topHyphen(s string, i int, prev rune) bool {
	if prev != '-' || i < 4 {
		return false
	}
	w, _ := wordBefore(s, i-1)
	return sameWord(w, "top")
}

// partOfYear: "end-2023", "mid-2024", "early-2025": a year after a word
// for part of it is a year, not part of a name.
func partOfYear(s string, i int, prev rune) bool {
	if prev != '-' || i+4 > len(s) || !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') {
		return false
	}
	for k := i; k < i+4; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	if i+4 < len(s) && isDigit(s[i+4]) {
		return false
	}
	w := strings.ToLower(s[max(0, i-6) : i-1])
	for _, p := range []string{"end", "mid", "early", "late", "start"} {
		if strings.HasSuffix(w, p) && (len(w) == len(p) || !isWordRune(rune(w[len(w)-len(p)-1]))) {
			return true
		}
	}
	return false
}
