package quantity

import "strings"

// What the whole text says about its currencies, read once per scan and
// only when a bare dollar or a ¥ is met.

// otherDollarNames precede "dollar" to name a dollar that is not the US one.
var otherDollarNames = map[string]string{
	"singapore": "Singapore dollar", "singaporean": "Singapore dollar",
	"australian": "Australian dollar", "kong": "Hong Kong dollar",
	"canadian": "Canadian dollar", "taiwan": "Taiwan dollar", "taiwanese": "Taiwan dollar",
	"zealand": "New Zealand dollar", "brunei": "Brunei dollar", "hk": "Hong Kong dollar",
}

// otherDollarSigns precede "$" to name another dollar ("S$", "HK$").
var otherDollarSigns = map[string]bool{
	"S": true, "SG": true, "A": true, "AU": true, "HK": true, "NT": true,
	"C": true, "CA": true, "NZ": true, "TW": true, "B": true,
}

func (sc *scanner) loadDollars() {
	if !sc.dollarsLoaded {
		sc.dollarsLoaded = true
		sc.otherDollar = otherDollar(sc.s)
	}
}

func (sc *scanner) loadYen() {
	if sc.yenLoaded {
		return
	}
	sc.yenLoaded = true
	low := strings.ToLower(sc.s)
	for _, w := range []string{"yuan", "renminbi", "rmb", "cny", "chinese", "china", "위안", "중국", "nhân dân tệ", "trung quốc"} {
		sc.yuan = sc.yuan || strings.Contains(low, w)
	}
	for _, w := range []string{"yen", "jpy", "japan", "엔화", "일본", "nhật"} {
		sc.yen = sc.yen || strings.Contains(low, w)
	}
}

// otherDollar returns the name of a dollar other than the US dollar that
// the text names, or "".
func otherDollar(s string) string {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '$')
		if j < 0 {
			break
		}
		j += i
		k := j
		for k > 0 && 'A' <= s[k-1] && s[k-1] <= 'Z' {
			k--
		}
		if otherDollarSigns[s[k:j]] && (k == 0 || !letterAt(s, k-1)) {
			return s[k : j+1]
		}
		i = j + 1
	}
	for _, d := range []string{"dollar", "Dollar", "DOLLAR"} {
		for i := 0; i < len(s); {
			j := strings.Index(s[i:], d)
			if j < 0 {
				break
			}
			j += i
			if w, _ := wordBefore(s, j); w != "" {
				if name, ok := lookup(otherDollarNames, w); ok {
					return name
				}
			}
			i = j + len(d)
		}
	}
	if name := otherDollarVI(s); name != "" {
		return name
	}
	return otherDollarKO(s)
}

func otherDollarVI(s string) string {
	names := map[string]string{"singapore": "Singapore dollar", "úc": "Australian dollar",
		"hồng": "Hong Kong dollar", "hong": "Hong Kong dollar", "canada": "Canadian dollar",
		"đài": "Taiwan dollar", "new": "New Zealand dollar", "niu": "New Zealand dollar"}
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "đô la")
		if j < 0 {
			break
		}
		j += i + len("đô la")
		w, _ := wordAt(s, skipSpaces(s, j))
		if name, ok := lookup(names, w); ok {
			return name
		}
		i = j
	}
	return ""
}

func otherDollarKO(s string) string {
	names := []struct{ w, name string }{{"싱가포르", "Singapore dollar"}, {"호주", "Australian dollar"},
		{"홍콩", "Hong Kong dollar"}, {"캐나다", "Canadian dollar"}, {"대만", "Taiwan dollar"},
		{"뉴질랜드", "New Zealand dollar"}}
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "달러")
		if j < 0 {
			break
		}
		j += i
		before := strings.TrimRight(s[max(0, j-16):j], " ")
		for _, n := range names {
			if strings.HasSuffix(before, n.w) {
				return n.name
			}
		}
		i = j + len("달러")
	}
	return ""
}
