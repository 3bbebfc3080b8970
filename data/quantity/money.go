package quantity

import (
	"fmt"
	"strings"
)

// currency is a currency as written: its unit, and whether it is a bare
// dollar ("$", "dollars", "đô la", "달러") that another dollar could be.
type currency struct {
	unit Unit
	bare bool
	yen  bool // "¥": yen or yuan, by the text
	amb  string
}

// prefixSymbols are written before the amount, longest first.
var prefixSymbols = []struct {
	sym string
	cur currency
}{
	{"U.S.$", currency{unit: USD}}, {"US$", currency{unit: USD}}, {"USD$", currency{unit: USD}},
	{"SG$", currency{unit: SGD}}, {"S$", currency{unit: SGD}}, {"AU$", currency{unit: AUD}},
	{"A$", currency{unit: AUD}}, {"HK$", currency{unit: HKD}}, {"NT$", currency{unit: TWD}},
	{"CA$", currency{unit: CAD}}, {"C$", currency{unit: CAD}}, {"CN¥", currency{unit: CNY}},
	{"JP¥", currency{unit: JPY}}, {"RMB¥", currency{unit: CNY}},
	{"$", currency{unit: USD, bare: true}}, {"₫", currency{unit: VND}}, {"₩", currency{unit: KRW}},
	{"￦", currency{unit: KRW}}, {"€", currency{unit: EUR}}, {"£", currency{unit: GBP}},
	{"¥", currency{unit: JPY, yen: true}}, {"￥", currency{unit: JPY, yen: true}},
}

// suffixSymbols may follow the amount ("20 €", "50.000₫").
var suffixSymbols = []string{"₫", "€", "₩", "$", "¥", "£"}

// codes are ISO codes (and VNĐ, RMB) before or after an amount.
var codes = map[string]Unit{
	"USD": USD, "VND": VND, "VNĐ": VND, "VNđ": VND, "KRW": KRW, "EUR": EUR, "GBP": GBP,
	"JPY": JPY, "CNY": CNY, "RMB": CNY, "SGD": SGD, "AUD": AUD, "HKD": HKD, "TWD": TWD, "CAD": CAD,
}

// currencyWords follow an amount ("10 trillion VND", "5 billion won").
var currencyWords = newPhrases(map[string]currency{
	"us dollars": {unit: USD}, "us dollar": {unit: USD}, "american dollars": {unit: USD},
	"dollars": {unit: USD, bare: true}, "dollar": {unit: USD, bare: true},
	"singapore dollars": {unit: SGD}, "singapore dollar": {unit: SGD},
	"australian dollars": {unit: AUD}, "australian dollar": {unit: AUD},
	"hong kong dollars": {unit: HKD}, "hong kong dollar": {unit: HKD},
	"canadian dollars": {unit: CAD}, "taiwan dollars": {unit: TWD}, "new taiwan dollars": {unit: TWD},
	"euros": {unit: EUR}, "euro": {unit: EUR},
	"pounds sterling": {unit: GBP}, "pound sterling": {unit: GBP}, "sterling": {unit: GBP},
	"pounds": {unit: GBP, amb: "'pounds' may be a weight"}, "pound": {unit: GBP, amb: "'pound' may be a weight"},
	"yen": {unit: JPY}, "japanese yen": {unit: JPY}, "yuan": {unit: CNY}, "chinese yuan": {unit: CNY},
	"renminbi": {unit: CNY}, "won": {unit: KRW}, "korean won": {unit: KRW}, "south korean won": {unit: KRW},
	"dong": {unit: VND}, "vietnamese dong": {unit: VND}, "đồng": {unit: VND}, "đồng việt nam": {unit: VND},
	// Vietnamese
	"đô la mỹ": {unit: USD}, "đô la": {unit: USD, bare: true}, "đô mỹ": {unit: USD},
	"đô": {unit: USD, bare: true}, "đôla": {unit: USD, bare: true}, "đô la singapore": {unit: SGD},
	"đô la úc": {unit: AUD}, "đô la hồng kông": {unit: HKD}, "đô la hong kong": {unit: HKD},
	"yên": {unit: JPY}, "yên nhật": {unit: JPY}, "nhân dân tệ": {unit: CNY}, "tệ": {unit: CNY},
	"bảng anh": {unit: GBP}, "mỹ kim": {unit: USD},
})

// notCurrencyAfterDong are syllables that make "đồng" another word
// ("hai đồng chí", two comrades; "đồng nghiệp", colleagues).
var notCurrencyAfterDong = map[string]bool{
	"chí": true, "nghiệp": true, "bào": true, "hành": true, "thời": true, "ý": true,
	"bộ": true, "hồ": true, "hương": true, "minh": true, "đội": true, "lòng": true,
	"loạt": true, "phục": true, "đều": true, "thuận": true, "tình": true, "sở": true,
	"chủ": true, "ruộng": true, "bằng": true, "nai": true, "tháp": true, "tâm": true, "cảm": true,
}

// wonVerbFollowers make "won" the verb after a number ("12 won the award").
var wonVerbFollowers = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"top": true, "first": true, "second": true, "third": true, "gold": true, "silver": true,
	"bronze": true, "awards": true, "prizes": true, "medals": true, "contracts": true, "bids": true,
	"seats": true, "praise": true, "approval": true,
}

// currencyPrefix reads a currency symbol or code before an amount at i.
func (sc *scanner) currencyPrefix(i int) (currency, int) {
	s := sc.s
	if i >= len(s) || isDigit(s[i]) || s[i] == '.' || s[i] == '+' || s[i] == '-' {
		return currency{}, i
	}
	if s[i] == '$' {
		if strings.HasPrefix(s[i:], "$US") {
			if e := skipSpaces(s, i+len("$US")); e < len(s) && isDigit(s[e]) {
				return currency{unit: USD}, e // "$US20.3 billion", as Australian papers write it
			}
		}
		if e := skipSpaces(s, i+1); e < len(s) && isDigit(s[e]) {
			return sc.context(currency{unit: USD, bare: true}), e
		}
		return currency{}, i
	}
	if c := s[i]; c >= 0x80 || strings.IndexByte("USAHNCJR", c) >= 0 {
		for _, p := range prefixSymbols {
			if strings.HasPrefix(s[i:], p.sym) {
				e := skipSpaces(s, i+len(p.sym))
				if e < len(s) && isDigit(s[e]) {
					return sc.context(p.cur), e
				}
			}
		}
	}
	if s[i] == 'W' && sc.lang != VI && wonSign(s, i, sc.lang == EN) {
		return currency{unit: KRW}, i + 1
	}
	w, e := wordAt(s, i)
	if u, ok := codes[w]; ok {
		k := skipSpaces(s, e)
		if k < len(s) && isDigit(s[k]) && (k > e || !letterAt(s, e)) {
			return currency{unit: u}, k
		}
	}
	if w == "미화" {
		if k := skipSpaces(s, e); k < len(s) && isDigit(s[k]) {
			return currency{unit: USD}, k
		}
	}
	return currency{}, i
}

// wonSign: "W5.47 trillion", "W3,000", "W1.2tn", the sign of the won the
// Korea Times and Korea JoongAng Daily write for ₩. A W before digits
// may be a name or code ("W3 motorway"), so the amount must look like
// money: thousands grouped, or a scale after it; in English also "tr"
// ("W1.2tr", trillion), which is triệu elsewhere.
func wonSign(s string, i int, en bool) bool {
	j := i + 1
	if j >= len(s) || !isDigit(s[j]) || i > 0 && wordCharAt(s, i-1) {
		return false
	}
	grouped := false
	for j < len(s) && (isDigit(s[j]) || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1])) {
		grouped = grouped || s[j] == ','
		j++
	}
	if grouped {
		return true
	}
	w, _ := wordAt(s, j)
	if _, ok := attachedScales[w]; ok && j < len(s) || en && w == "tr" {
		return true
	}
	w, _ = wordAt(s, skipSpaces(s, j))
	_, ok := lookup(scaleWords, w)
	return ok && skipSpaces(s, j) > j
}

// currencySuffix reads a currency after an amount ending at e: a glued or
// spaced symbol, a code or a currency word. scaled says a scale word was
// read, which makes "won" certainly the currency.
func (sc *scanner) currencySuffix(e int, scaled bool) (currency, int, bool) {
	s := sc.s
	k := skipSpaces(s, e)
	if k >= len(s) {
		return currency{}, e, false
	}
	if c := s[k]; c == '$' || c >= 0xC2 && c <= 0xE2 {
		for _, sym := range suffixSymbols {
			if strings.HasPrefix(s[k:], sym) && !wordCharAt(s, k+len(sym)) {
				for _, p := range prefixSymbols {
					if p.sym == sym {
						return sc.context(p.cur), k + len(sym), true
					}
				}
			}
		}
	}
	if k == e && strings.HasPrefix(s[k:], "đ") && !letterAt(s, k+len("đ")) {
		return currency{unit: VND}, k + len("đ"), true
	}
	if strings.HasPrefix(s[k:], "弗") && (!wordCharAt(s, k+len("弗")) || hangulAt(s, k+len("弗"))) {
		// "412억弗", "50억 弗 돌파": the dollar as Korean headlines write it.
		return sc.context(currency{unit: USD, bare: true}), k + len("弗"), true
	}
	w, we, en := sc.entryAt(k)
	if len(w) >= 3 && 'A' <= w[0] && w[0] <= 'Z' {
		if u, ok := codes[w]; ok && !letterAt(s, we) {
			return currency{unit: u}, we, true
		}
	}
	if k == e {
		return currency{}, e, false
	}
	if en == nil || en.currency == nil {
		return currency{}, e, false
	}
	c, ce, ok := matchList(en.currency, s, k, we)
	if !ok || !sc.currencyWordFits(w, ce, scaled) {
		return currency{}, e, false
	}
	return sc.context(c), ce, true
}

// currencyWordFits rules out a currency word that is another word here.
func (sc *scanner) currencyWordFits(w string, ce int, scaled bool) bool {
	s := sc.s
	next, _ := wordAt(s, skipSpaces(s, ce))
	switch {
	case sameWord(w, "won") && !scaled:
		_, isVerbObj := lookup(wonVerbFollowers, next)
		return !isVerbObj
	case sameWord(w, "đồng"):
		_, compound := lookup(notCurrencyAfterDong, next)
		return !compound || skipSpaces(s, ce) == ce
	}
	return true
}

// context settles a currency by the whole text: a bare dollar is flagged
// when the text names another dollar, and ¥ is yen or yuan by the text.
func (sc *scanner) context(c currency) currency {
	if !c.bare && !c.yen {
		return c
	}
	if c.bare {
		sc.loadDollars()
	} else {
		sc.loadYen()
	}
	switch {
	case c.bare && sc.otherDollar != "":
		c.amb = fmt.Sprintf("'$' may be another dollar: the text names the %s", sc.otherDollar)
	case c.yen && sc.yuan && !sc.yen:
		c.unit = CNY
	case c.yen && sc.yuan == sc.yen:
		c.amb = "'¥' may be yen or yuan"
	}
	return c
}

// viBareBillions reads "4.000 tỷ", "500 tỷ" and "1,2 nghìn tỷ" written
// with no currency or noun as đồng, as Vietnamese reporting does ("Dự án
// 4.000 tỷ của LG"), after a word of money (vốn, đầu tư, doanh thu …),
// flagged: nothing in the text says đồng. Millions
// alone ("đạt 5 triệu") count subscribers as often as đồng, and stay bare.
func (r *reading) viBareBillions() {
	if r.sc.lang != VI || r.q.Unit != None || r.q.Noun != "" || r.unitRead || r.n.mul < 1e9 || r.cur.unit != "" || !r.viMoneyBefore() {
		return
	}
	r.q.Unit, r.unitRead = VND, true
	r.addAmb("no currency written: an amount in tỷ alone is read as đồng")
}

// viMoneyWords are the last syllables of the words of money a bare "N tỷ"
// follows: vốn, đầu tư, dự án, trị giá, giá trị, doanh thu, lợi nhuận,
// kinh phí, ngân sách, chi, thu, vay, nộp, giải ngân, góp, nợ, lỗ, lãi.
var viMoneyWords = map[string]bool{
	"vốn": true, "tư": true, "án": true, "giá": true, "trị": true, "thu": true, "nhuận": true,
	"phí": true, "sách": true, "chi": true, "vay": true, "nộp": true, "ngân": true, "góp": true,
	"nợ": true, "lỗ": true, "lãi": true, "tiền": true,
}

// viMoneyBefore reports a word of money among the three words before the
// expression.
func (r *reading) viMoneyBefore() bool {
	s, i := r.sc.s, r.start
	money := false
	for n := 0; n < 3 && !money; n++ {
		w, p := wordBefore(s, i)
		if w == "" {
			break
		}
		money, i = viMoneyWords[strings.ToLower(w)], p
	}
	return money
}
