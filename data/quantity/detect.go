package quantity

import (
	"fmt"
	"strings"
	"unicode"
)

// Lang is the language of a text. It decides how digits are grouped
// (English 10,000 and 2.5; Vietnamese 10.000 and 2,5) and which number
// words and hedges are read.
type Lang uint8

// Languages. Unknown is the zero value: separators that could be read
// either way are then reported as Ambiguous.
const (
	Unknown Lang = iota
	EN
	VI
	KO
)

// String returns "en", "vi", "ko" or "unknown".
func (l Lang) String() string {
	switch l {
	case EN:
		return "en"
	case VI:
		return "vi"
	case KO:
		return "ko"
	}
	return "unknown"
}

// ParseLang reads a language name as String writes it ("en", "vi", "ko",
// "unknown"; also "english", "vietnamese", "korean"), ignoring case.
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "en", "eng", "english":
		return EN, nil
	case "vi", "vie", "vietnamese", "tiếng việt":
		return VI, nil
	case "ko", "kor", "korean", "한국어":
		return KO, nil
	case "", "unknown", "und":
		return Unknown, nil
	}
	return Unknown, fmt.Errorf("quantity: unknown language %q (want en, vi, ko or unknown)", s)
}

// Detect guesses the language of text from its script and its commonest
// words: mostly Hangul words are Korean; Latin text is Vietnamese when its
// Vietnamese function words (và, của, được …, and the words of its figures:
// tỷ, triệu, đồng, tăng …) outnumber its English ones
// (the, and, of …), or, with neither, when a good share of its words carry
// letters only Vietnamese uses (ơ ư đ ă ạ ả ấ …). An English article full of
// names such as Đà Nẵng or Nguyễn stays English. Text with no letters is
// Unknown.
func Detect(text string) Lang {
	var words, hangul, viet, enHits, viHits int
	for i := 0; i < len(text); {
		r, n := runeAt(text, i)
		if !isLetter(r) {
			i += n
			continue
		}
		start, h, v := i, false, false
		for i < len(text) {
			r, n = runeAt(text, i)
			if !isLetter(r) {
				break
			}
			h = h || isHangul(r)
			v = v || isVietnameseRune(r)
			i += n
		}
		words++
		switch {
		case h:
			hangul++
		case v:
			viet++
		}
		w := text[start:i]
		if enFunctionWords[w] {
			enHits++
		} else if _, ok := lookup(viFunctionWords, w); ok {
			viHits++
		}
	}
	switch {
	case words == 0:
		return Unknown
	case hangul*4 >= words:
		return KO
	case viHits > enHits:
		return VI
	case enHits == 0 && viet*5 >= words:
		return VI
	}
	return EN
}

// enFunctionWords are the commonest English words (as written, lower case).
var enFunctionWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "is": true, "for": true,
	"on": true, "with": true, "said": true, "that": true, "was": true, "by": true, "at": true,
	"from": true, "its": true, "has": true, "have": true, "will": true, "are": true, "The": true,
	"a": true, "an": true, "as": true, "it": true, "be": true, "this": true, "which": true,
}

// viFunctionWords are the commonest Vietnamese syllables.
var viFunctionWords = map[string]bool{
	"và": true, "của": true, "các": true, "là": true, "có": true, "được": true, "trong": true,
	"cho": true, "với": true, "những": true, "này": true, "đã": true, "không": true,
	"người": true, "một": true, "tại": true, "theo": true, "để": true, "từ": true, "khi": true,
	"đến": true, "năm": true, "đạt": true, "vào": true, "sẽ": true, "cũng": true, "nhiều": true,
	// The words of a Vietnamese headline's figure ("rót 2,5 tỷ USD"), so
	// that a short text full of English company names is still Vietnamese.
	"tỷ": true, "tỉ": true, "triệu": true, "nghìn": true, "ngàn": true, "đồng": true,
	"tăng": true, "giảm": true, "rót": true, "vốn": true, "thêm": true, "lần": true,
}

// isVietnameseRune reports letters that Vietnamese uses and English and
// most other languages do not: đ, ơ, ư, ă, and vowels with a dot below,
// a hook above or a tilde. Decomposed text is caught by its combining
// marks (dot below, hook above, horn, breve).
func isVietnameseRune(r rune) bool {
	switch {
	case r < 0xC0:
		return false
	case r >= 0x1EA0 && r <= 0x1EF9: // Latin Extended Additional: ạ ả ấ ầ … ỹ
		return true
	case r == 0x0300 || r == 0x0301 || r == 0x0303 || r == 0x0309 || r == 0x0323 || r == 0x031B:
		return r != 0x0300 && r != 0x0301 // grave and acute alone are not telling
	}
	switch unicode.ToLower(r) {
	case 'đ', 'ơ', 'ư', 'ă', 'ĩ', 'ũ', 'õ':
		return true
	}
	return false
}
