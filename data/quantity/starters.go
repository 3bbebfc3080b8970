package quantity

import "strings"

// starters are the words an expression can begin with in any language:
// hedges, range openers, relative words, number words, month names and
// currency codes or letters before "$".
var starters = func() map[string]bool {
	m := map[string]bool{
		"between": true, "from": true, "next": true, "last": true, "past": true,
		"coming": true, "previous": true, "half": true, "a": true, "an": true,
		"us": true, "u": true, "s": true, "sg": true, "au": true, "hk": true, "nt": true,
		"c": true, "ca": true, "cn": true, "jp": true, "rmb": true, "no": true,
		"number": true, "fy": true, "w": true, "ngày": true, "tháng": true, "quý": true,
		"sáng": true, "chiều": true, "tối": true, "trưa": true, "đêm": true, "hôm": true,
	}
	for w := range enSmall {
		m[w] = true
	}
	for w := range enFolds {
		m[w] = true
	}
	for w := range months {
		m[w] = true
	}
	for c := range codes {
		m[strings.ToLower(c)] = true
	}
	for w := range prefixHedges {
		m[w] = true
	}
	return m
}()

// viStarters are read in Vietnamese and unknown-language text.
var viStarters = func() map[string]bool {
	m := map[string]bool{"từ": true, "gấp": true, "nửa": true, "âm": true}
	for w := range viDigits {
		m[w] = true
	}
	m["mười"] = true
	for w := range viPrefixHedges {
		m[w] = true
	}
	return m
}()

// koStarters are the first syllables of Korean words that can open an
// expression: hedges, rate and relative words, Sino-Korean and native
// numerals.
var koStarters = func() map[rune]bool {
	m := map[rune]bool{}
	for _, w := range []string{"약", "대략", "근", "거의", "최대", "최고", "최소", "적어도",
		"향후", "지난", "최근", "앞으로", "미화", "오후", "오전"} {
		r := []rune(w)
		m[r[0]] = true
	}
	for w := range koRateWords {
		m[[]rune(w)[0]] = true
	}
	for r := range koSinoDigits {
		m[r] = true
	}
	for r := range koSmallUnits {
		m[r] = true
	}
	for r := range koBigUnits {
		m[r] = true
	}
	for _, t := range koNativeTens {
		m[[]rune(t.w)[0]] = true
	}
	for _, u := range koNativeUnits {
		m[[]rune(u.w)[0]] = true
	}
	for _, r := range koNativeRanges {
		m[[]rune(r.w)[0]] = true
	}
	for _, h := range koHalves {
		m[[]rune(h.w)[0]] = true
	}
	for _, d := range koDayWords {
		m[[]rune(d.w)[0]] = true
	}
	m['수'] = true // 수십, 수천억 (parseKOSeveral)
	return m
}()
