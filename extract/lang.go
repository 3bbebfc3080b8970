package extract

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"ictdash/data/quantity"
)

// ictdash reads numbers by the conventions of English, Vietnamese and
// Korean only. quantity.Detect chooses among those three and calls
// anything else English, so an article in another language would be
// drafted with English rules — French "2,5" as two numbers, Japanese 億 as
// nothing. checkLanguage refuses such an article instead, from its script
// (kana is Japanese; Han without kana or Hangul is Chinese; Thai, Cyrillic
// …) or, for Latin text that is not Vietnamese, from its commonest words.

// minLetters is the least text a language is judged on: a headline-only
// file is left to the three-language detector.
const minLetters = 40

// scripts are the non-Latin writing systems told apart, with what an
// article mostly in them reads as.
var scripts = []struct {
	table *unicode.RangeTable
	lang  string
}{
	{unicode.Cyrillic, "a Cyrillic-script language such as Russian (Cyrillic)"},
	{unicode.Thai, "Thai (Thai script)"},
	{unicode.Arabic, "Arabic (Arabic script)"},
	{unicode.Devanagari, "Hindi (Devanagari)"},
	{unicode.Greek, "Greek (Greek script)"},
	{unicode.Hebrew, "Hebrew (Hebrew script)"},
	{unicode.Khmer, "Khmer (Khmer script)"},
	{unicode.Lao, "Lao (Lao script)"},
}

// checkLanguage returns an error naming the language when t is not
// English, Vietnamese or Korean.
func checkLanguage(name, t string) error {
	if lang := foreign(t); lang != "" {
		return fmt.Errorf("%s reads as %s, not English, Vietnamese or Korean; ictdash drafts only those (use --lang to override if this is wrong)", name, lang)
	}
	return nil
}

// foreign names the language t is in when it is not one of the three, or
// returns "".
func foreign(t string) string {
	var letters, hangul, kana, han, latin int
	other := make([]int, len(scripts))
	for _, r := range t {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Latin, r):
			latin++
		default:
			for i, s := range scripts {
				if unicode.Is(s.table, r) {
					other[i]++
				}
			}
		}
	}
	switch {
	case letters < minLetters || hangul*10 >= letters*3:
		return "" // too little to judge, or Korean (which may quote Hanja)
	case kana*20 >= letters && kana > hangul:
		return "Japanese (kana)"
	case han*10 >= letters*3 && hangul*20 < letters:
		return "Chinese (Han characters without kana or Hangul)"
	}
	for i, n := range other {
		if n*2 >= letters {
			return scripts[i].lang
		}
	}
	if latin*2 < letters || quantity.Detect(t) != quantity.EN {
		return ""
	}
	return latinForeign(t)
}

// langStopWords are frequent words of Latin-script languages, chosen so that
// none is also an English word an English article uses often.
var langStopWords = map[string][]string{
	"English":    {"the", "and", "of", "to", "is", "that", "for", "with", "was", "on", "by", "at", "from", "has", "have", "will", "are", "its", "which", "said", "this", "be"},
	"French":     {"le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "sur", "avec", "pas", "au", "aux", "sont", "été", "cette", "ont", "par"},
	"German":     {"der", "das", "und", "ist", "nicht", "mit", "von", "den", "zu", "für", "auf", "ein", "eine", "dem", "im", "sich", "wird", "sind", "auch", "bei", "nach"},
	"Spanish":    {"el", "los", "las", "del", "y", "por", "con", "para", "una", "es", "se", "al", "lo", "como", "más", "sus", "fue", "entre"},
	"Portuguese": {"os", "da", "dos", "não", "uma", "com", "para", "em", "é", "são", "pelo", "pela", "foi", "ao", "também"},
	"Italian":    {"il", "di", "che", "della", "per", "una", "con", "sono", "è", "gli", "nel", "alla", "delle", "anche"},
	"Indonesian": {"yang", "dan", "di", "untuk", "dengan", "ini", "dari", "pada", "dalam", "akan", "tidak", "itu", "juga", "oleh", "adalah", "telah"},
	"Dutch":      {"de", "het", "een", "en", "dat", "niet", "met", "voor", "zijn", "ook", "aan", "wordt"},
}

// latinForeign names the Latin-script language whose common words
// outnumber English's at least two to one, with the words that decided.
func latinForeign(t string) string {
	count := map[string]map[string]int{}
	for lang := range langStopWords {
		count[lang] = map[string]int{}
	}
	index := map[string][]string{}
	for lang, ws := range langStopWords {
		for _, w := range ws {
			index[w] = append(index[w], lang)
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, lang := range index[w] {
			count[lang][w]++
		}
	}
	total := func(lang string) int {
		n := 0
		for _, c := range count[lang] {
			n += c
		}
		return n
	}
	en, best, bestN := total("English"), "", 0
	for lang := range langStopWords {
		if n := total(lang); lang != "English" && (n > bestN || n == bestN && lang < best) {
			best, bestN = lang, n
		}
	}
	if bestN < 8 || bestN < 2*en {
		return ""
	}
	return fmt.Sprintf("%s (common words: %s)", best, topWords(count[best], 4))
}

// topWords lists the n most frequent words of c, most frequent first.
func topWords(c map[string]int, n int) string {
	ws := make([]string, 0, len(c))
	for w := range c {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool { return c[ws[i]] > c[ws[j]] || c[ws[i]] == c[ws[j]] && ws[i] < ws[j] })
	return strings.Join(ws[:min(n, len(ws))], ", ")
}
