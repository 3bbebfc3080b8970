package extract

import (
	"strings"
	"unicode/utf8"

	"ictdash/data"
	"ictdash/data/quantity"
)

// Labels that point elsewhere. Reporting names a measure once and then
// refers back to it: "The firm plans to raise the number to 50", "Hiện tỷ
// lệ này mới đạt khoảng 35%", "이 비율은 …". Such a label ("Number", "Tỷ lệ
// này") says nothing on its own, so the figure takes the label of the
// figure it refers to in the sentence before. A conversion in brackets
// ("1.3 trillion won ($1 billion)") is the same measure in another
// currency and takes the main figure's label with the currency said.

// prevSentenceReach bounds how far back the previous sentence is looked for.
const prevSentenceReach = 1500

// anaphorHead returns the head noun a label refers back with ("number",
// "tỷ lệ", "비율") and whether the label is such a reference at all.
func anaphorHead(l string, lang quantity.Lang) (string, bool) {
	fs := strings.Fields(strings.ToLower(stripUnitNote(l)))
	switch lang {
	case quantity.VI:
		// "Tỷ lệ này", "Con số đó", "Khoản vốn trên": a demonstrative last.
		if n := len(fs); n >= 2 && n <= 4 && viDemonstrative[fs[n-1]] {
			return strings.Join(fs[:n-1], " "), true
		}
	case quantity.KO:
		// "이 비율", "해당 금액", "이 수치": a demonstrative first.
		if n := len(fs); n == 2 && (fs[0] == "이" || fs[0] == "그" || fs[0] == "해당") {
			return fs[1], true
		}
	default:
		for len(fs) > 1 && (fs[0] == "the" || fs[0] == "this" || fs[0] == "that" || fs[0] == "its") {
			fs = fs[1:]
		}
		if len(fs) == 1 && enReferNoun[fs[0]] {
			return fs[0], true
		}
	}
	return "", false
}

var viDemonstrative = setOf("này", "đó", "trên", "ấy", "nói trên")

// enReferNoun are nouns that only stand for a measure named before.
var enReferNoun = setOf("number", "figure", "amount", "total", "sum", "tally", "rate", "share", "ratio", "proportion", "level")

// anaphorGeneric heads refer to any measure of the same kind; others
// ("tỷ lệ", "rate") must appear in the antecedent's label.
var anaphorGeneric = setOf("number", "figure", "amount", "total", "sum", "tally", "level", "con số", "số liệu", "수치", "규모", "숫자")

// resolveAnaphor returns the label of the figure a referring label l
// points back to in the sentence before sent, or l itself.
func resolveAnaphor(lang quantity.Lang, text string, sent span, q data.Quantity, l string) string {
	head, ok := anaphorHead(l, lang)
	if !ok {
		return l
	}
	prev, ok := prevSentence(text, sent.start)
	if !ok {
		return l
	}
	body := text[prev.start:prev.end]
	plang := labelSentenceLang(lang, body, span{0, len(body)})
	qs := quantity.Scan(body, plang)
	for i := len(qs) - 1; i >= 0; i-- {
		if qs[i].IsSkipped() || !sameMeasureKind(qs[i], q) {
			continue
		}
		a := labelBuilt(plang, body, span{0, len(body)}, qs[i], qs)
		if a == "" || weakLabel(a) {
			continue
		}
		if _, again := anaphorHead(a, plang); again {
			continue
		}
		if anaphorGeneric[head] || strings.Contains(strings.ToLower(a), head) {
			return a
		}
	}
	return l
}

// prevSentence is the sentence that ends before offset at.
func prevSentence(text string, at int) (span, bool) {
	lo := max(0, at-prevSentenceReach)
	for lo < at && !utf8.RuneStart(text[lo]) {
		lo++
	}
	ss := splitSentences(text[lo:at])
	if len(ss) == 0 {
		return span{}, false
	}
	s := ss[len(ss)-1]
	return span{lo + s.start, lo + s.end}, true
}

// sameMeasureKind: a reference stands for a measure of its own kind: a
// count for a count, money for money, a share for a share.
func sameMeasureKind(a, b data.Quantity) bool {
	pct := func(q data.Quantity) bool { return q.Unit == quantity.Percent || q.Unit == quantity.PercentPoint }
	switch {
	case a.IsMoney() || b.IsMoney():
		return a.IsMoney() && b.IsMoney()
	case pct(a) || pct(b):
		return pct(a) && pct(b)
	}
	count := func(q data.Quantity) bool { return q.Kind == quantity.KindCount || q.Kind == quantity.KindNumber }
	return count(a) && count(b) || a.Kind == b.Kind && a.Unit == b.Unit
}

// conversionLabel labels an amount in brackets after another ("1.3
// trillion won ($1 billion)"): the main amount's label, said in the
// bracket's currency, within the length cap.
func conversionLabel(base string, q data.Quantity, lang quantity.Lang) string {
	note := conversionNote(q.Unit, lang)
	room := maxLabelRunes - utf8.RuneCountInString(note)
	return finishLabelMax(dropTrailingPhrases(base, lang, room), lang, room) + note
}

// dropTrailingPhrases shortens a label to room runes by whole trailing
// phrases ("… to build an engine parts factory"), not by words, so that
// its head noun is never cut off.
func dropTrailingPhrases(l string, lang quantity.Lang, room int) string {
	opens := map[quantity.Lang][]string{
		quantity.EN: {" to ", " in ", " for ", " at ", " from ", " on ", " by "},
		quantity.VI: {" vào ", " tại ", " cho ", " ở ", " của "},
		quantity.KO: {" "},
	}[lang]
	for utf8.RuneCountInString(l) > room {
		cut := -1
		for _, o := range opens {
			cut = max(cut, strings.LastIndex(l, o))
		}
		if cut <= 0 {
			break
		}
		l = l[:cut]
	}
	return l
}

// conversionNote is how the label says which currency the converted
// amount is in ("in dollars", "quy đổi ra USD", "(달러 환산)").
func conversionNote(u quantity.Unit, lang quantity.Lang) string {
	names := map[quantity.Lang]map[quantity.Unit]string{
		quantity.EN: {quantity.USD: "dollars", quantity.KRW: "won", quantity.VND: "đồng", quantity.EUR: "euros", quantity.JPY: "yen", quantity.CNY: "yuan"},
		quantity.VI: {quantity.USD: "USD", quantity.KRW: "won", quantity.VND: "đồng", quantity.EUR: "euro", quantity.JPY: "yên", quantity.CNY: "nhân dân tệ"},
		quantity.KO: {quantity.USD: "달러", quantity.KRW: "원화", quantity.VND: "동화", quantity.EUR: "유로", quantity.JPY: "엔화", quantity.CNY: "위안화"},
	}
	name, ok := names[lang][u]
	switch {
	case lang == quantity.VI && ok:
		return " quy đổi ra " + name
	case lang == quantity.VI:
		return " (quy đổi)"
	case lang == quantity.KO && ok:
		return " (" + name + " 환산)"
	case lang == quantity.KO:
		return " (환산)"
	case ok:
		return " in " + name
	}
	return " (conversion)"
}
