package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"ictdash/data"
	"ictdash/data/quantity"
)

// Labels say what is measured, as an analyst writes it: the counted or
// measured noun phrase with its holder, place or purpose ("South
// Korea’s investment projects in Đà Nẵng", "vốn đầu tư của Samsung vào nhà
// máy tại Bắc Ninh", "삼성전자의 베트남 투자액"), in the article's language. Each language has its grammar (label_en*.go,
// label_vi.go, label_ko.go): English and Vietnamese walk outwards from the
// number over word classes, Korean over particles. A label that could not
// be built says so (weakLabel), and confidence drops with it.

// maxLabelRunes bounds a label; longer phrases lose trailing modifiers.
const maxLabelRunes = 70

// lctx is what the grammar rules see: the sentence's tokens, the number's
// token k and its quantity.
type lctx struct {
	ts    []tok
	k     int
	q     data.Quantity
	qs    []data.Quantity
	lang  quantity.Lang
	depth int // how many labels of other numbers this one is built from
}

// labelIn describes the figure q of the sentence sent of an article in
// lang (as given or detected); others are all the sentence's numbers (q
// among them). The sentence is read in that language's grammar, except a
// Hangul sentence in a Latin article and a Latin one in a Korean article.
func labelIn(lang quantity.Lang, text string, sent span, q data.Quantity, others []data.Quantity) string {
	l := labelBuilt(lang, text, sent, q, others)
	if labelSentenceLang(lang, text, sent) == quantity.KO {
		if p := koPartAcross(text, sent, q, l); p != "" {
			l = p
		}
		l = koCarriedSubject(text, sent, q, l)
	}
	if l == "" {
		return weakPrefix + labelUnitNoun(q, labelSentenceLang(lang, text, sent))
	}
	slang := labelSentenceLang(lang, text, sent)
	return expandItem(slang, text, sent, resolveAnaphor(slang, text, sent, q, l))
}

// labelBuilt is the label the sentence's grammar gives q, or "" when it
// gives none; references to other sentences are left as written.
func labelBuilt(lang quantity.Lang, text string, sent span, q data.Quantity, others []data.Quantity) string {
	lang = labelSentenceLang(lang, text, sent)
	qs := others
	if quantityAt(q.Start, qs) < 0 {
		qs = append(append([]data.Quantity(nil), others...), q)
	}
	ts := labelTokens(text, sent, qs)
	c := lctx{ts: ts, k: tokenOf(ts, quantityAt(q.Start, qs)), q: q, qs: qs, lang: lang}
	if c.k < 0 {
		return ""
	}
	// "VND 120 billion (about US$4.7 million)": a conversion of the amount
	// before the bracket, labelled like it.
	if c.k >= 2 && ts[c.k-1].w == "(" && ts[c.k-2].num >= 0 {
		if l := c.sub(c.k - 2); l != "" {
			return conversionLabel(l, q, lang)
		}
	}
	l := c.coordinated()
	if l == "" {
		l = c.build()
	}
	if b := c.breakdown(l); b != "" {
		l = b
	}
	if lang == quantity.VI {
		l = viLeadsIn(l)
	}
	return finishLabel(l, lang)
}

// viLeadsIn turns the clause of a ranking into the noun phrase it
// measures: "Hàn Quốc dẫn đầu về vốn đăng ký mới với gần 1,2 tỷ USD" is
// the "vốn đăng ký mới của Hàn Quốc".
func viLeadsIn(l string) string {
	for _, v := range []string{" dẫn đầu về ", " đứng đầu về ", " dẫn đầu trong ", " đứng thứ hai về ", " đứng thứ ba về "} {
		if subj, what, ok := strings.Cut(l, v); ok && subj != "" && what != "" && !strings.Contains(subj, " về ") {
			return what + " của " + subj
		}
	}
	return l
}

// countLike reports whether the figure counts things: a count, a bare
// number, or a count per period ("200명 a year", "500 engineers a year").
func (c lctx) countLike() bool {
	switch c.q.Kind {
	case quantity.KindCount, quantity.KindNumber:
		return true
	case quantity.KindRate:
		return !c.q.IsMoney() && c.q.Unit != quantity.Percent && c.q.Unit != quantity.PercentPoint
	}
	return false
}

func (c lctx) build() string {
	switch c.lang {
	case quantity.VI:
		return labelVI(c)
	case quantity.KO:
		return labelKO(c)
	}
	return labelEN(c)
}

// labelSentenceLang is the grammar a sentence of an article in lang is read
// with: Korean when it is written in Hangul, not Korean when it is not.
func labelSentenceLang(lang quantity.Lang, text string, sent span) quantity.Lang {
	hangul, letters := 0, 0
	for _, r := range text[sent.start:sent.end] {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Hangul, r) {
				hangul++
			}
		}
	}
	switch {
	case hangul*2 > letters:
		return quantity.KO
	case lang == quantity.KO:
		return quantity.EN // a Latin sentence in a Korean article: its grammar is not Korean
	}
	return lang
}

// weakPrefix starts a label the grammar could not build, so that the
// analyst (and confidence) see that it is a placeholder.
const weakPrefix = "to label: "

// weakLabel reports whether a label is a placeholder or a bare word.
func weakLabel(l string) bool {
	if strings.HasPrefix(l, weakPrefix) {
		return true
	}
	return !strings.ContainsAny(strings.TrimSpace(stripUnitNote(l)), " ") && !isHangulPhrase(l)
}

// isHangulPhrase: a Korean label is one word more often than an English
// one ("누적투자액"), so length in syllables decides.
func isHangulPhrase(l string) bool {
	n := 0
	for _, r := range l {
		if unicode.Is(unicode.Hangul, r) {
			n++
		}
	}
	return n >= 4
}

func stripUnitNote(l string) string {
	if i := strings.LastIndex(l, " ("); i > 0 && strings.HasSuffix(l, ")") {
		return l[:i]
	}
	return l
}

func conversionWord(lang quantity.Lang) string {
	switch lang {
	case quantity.VI:
		return "quy đổi"
	case quantity.KO:
		return "환산"
	}
	return "conversion"
}

// unitNoun names what kind of number q is, for placeholder labels.
func labelUnitNoun(q data.Quantity, lang quantity.Lang) string {
	switch {
	case q.Kind == quantity.KindMoney && lang == quantity.VI:
		return "số tiền (" + string(q.Unit) + ")"
	case q.Kind == quantity.KindMoney && lang == quantity.KO:
		return "금액 (" + string(q.Unit) + ")"
	case q.Kind == quantity.KindMoney:
		return "amount in " + string(q.Unit)
	case q.Noun != "":
		return q.Noun
	case q.Unit != "":
		return string(q.Unit)
	}
	return "number"
}

// finish trims a built label: spaces, leading articles and conjunctions,
// trailing function words, length; then sentence case (not for Korean).
func finishLabel(l string, lang quantity.Lang) string {
	if base := stripUnitNote(l); base != l && base != "" {
		note := l[len(base):] // the unit note stays whole
		return finishLabelMax(base, lang, maxLabelRunes-utf8.RuneCountInString(note)) + note
	}
	return finishLabelMax(l, lang, maxLabelRunes)
}

// finishLabelMax is finishLabel within limit runes.
func finishLabelMax(l string, lang quantity.Lang, limit int) string {
	fs := strings.Fields(l)
	lead, trail := enLeadDrop, enTrailDrop
	if lang == quantity.VI {
		lead, trail = viLeadDrop, viTrailDrop
	}
	for len(fs) > 0 && lead[strings.ToLower(fs[0])] {
		fs = fs[1:]
	}
	dropped := ""
	for {
		for len(fs) > 0 && (trail[strings.ToLower(strings.TrimRight(fs[len(fs)-1], ",;:"))] || strings.TrimRight(fs[len(fs)-1], ",;:–-") == "") {
			fs = fs[:len(fs)-1]
		}
		s := strings.TrimRight(strings.Join(fs, " "), ",;: ")
		if utf8.RuneCountInString(s) <= limit || len(fs) <= 2 {
			if cut := cutName(fs, dropped, trail); len(cut) < len(fs) {
				fs, dropped = cut, ""
				continue
			}
			if cut := cutQualifier(fs, dropped, lang); len(cut) < len(fs) {
				fs, dropped = cut, ""
				continue
			}
			if lang == quantity.KO {
				return s
			}
			return sentenceCase(s)
		}
		dropped = fs[len(fs)-1]
		fs = fs[:len(fs)-1]
	}
}

// cutName: a label cut inside a name ("… tại Khu" of "tại Khu công nghiệp
// Tràng Duệ", "… in Hai" of "in Hai Phong") loses the name's first words
// and the preposition before them instead: a name is kept whole or not
// at all.
func cutName(fs []string, dropped string, trail map[string]bool) []string {
	if dropped == "" || len(fs) < 3 {
		return fs
	}
	k := len(fs)
	for k > 1 && capitalised(fs[k-1]) {
		k--
	}
	if k == len(fs) || !trail[strings.ToLower(fs[k-1])] {
		return fs
	}
	if !capitalised(dropped) && !(k == len(fs)-1 && viNameOpeners[strings.ToLower(fs[k])]) {
		return fs
	}
	return fs[:k-1]
}

// viNameOpeners begin a Vietnamese name whose next words are lower case
// ("Khu công nghiệp", "Trung tâm", "Bộ Khoa học"): cut after one of them,
// the name is broken.
var viNameOpeners = setOf("khu", "trung", "đại", "bộ", "sở", "công", "tập", "ban", "viện", "trường", "ngân",
	"tổng", "cục", "ủy", "uỷ", "hiệp", "nhà")

var enLeadDrop = setOf("the", "a", "an", "and", "but", "or", "of", "in", "to", "for", "with", "by", "that", "which", "while")
var enTrailDrop = setOf("the", "a", "an", "and", "or", "of", "in", "to", "for", "with", "by", "at", "on", "from", "its", "their", "as", "&")
