package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"ictdash/data"
	"ictdash/data/quantity"
)

// A label is built from the tokens of the figure's sentence: words, the
// numbers the engine scanned (one token each, so "US$382 million" is never
// read as words) and punctuation. Grammar rules per language walk the
// tokens outwards from the figure's number.

// tok is one token of a sentence.
type tok struct {
	w          string // as written
	start, end int    // byte offsets in the article text
	num        int    // index into the sentence's quantities, or -1
	punct      bool   // a punctuation mark (one rune)
	// ordinary is set on a sentence's capitalised first word when it is an
	// ordinary word, written in lower case elsewhere in the article
	// ("Exports rose" → "exports"), not a name ("Samsung").
	ordinary bool
}

func (t tok) isWord() bool { return t.num < 0 && !t.punct }

// lw is the word lower-cased ("" for numbers and punctuation).
func (t tok) lw() string {
	if !t.isWord() {
		return ""
	}
	return strings.ToLower(t.w)
}

// tokens splits the sentence sent of text; the quantities in qs (the
// sentence's numbers) become one token each.
func labelTokens(text string, sent span, qs []data.Quantity) []tok {
	var out []tok
	seenWord := false
	for i := sent.start; i < sent.end; {
		if k := quantityAt(i, qs); k >= 0 && !nameLike(qs[k]) {
			out = append(out, tok{w: text[i:qs[k].End], start: i, end: qs[k].End, num: k})
			i = qs[k].End
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:sent.end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordRunEnd(text, i, sent.end, qs)
			t := tok{w: text[i:j], start: i, end: j, num: -1}
			if !seenWord {
				t.ordinary = ordinaryWord(text, t.w) || accentedBeforeLower(text, t.w, j, sent.end)
				seenWord = true
			}
			out = append(out, t)
			i = j
		default:
			out = append(out, tok{w: text[i : i+n], start: i, end: i + n, num: -1, punct: true})
			i += n
		}
	}
	return out
}

// nameLike reports whether a skipped number is part of a name ("5G",
// "Galaxy S24"), read as a word; dates and years stay numbers.
func nameLike(q data.Quantity) bool {
	if !q.IsSkipped() {
		return false
	}
	switch q.Kind {
	case quantity.KindDate, quantity.KindYear, quantity.KindPeriod, quantity.KindTime:
		return false
	}
	return true
}

// quantityAt returns the index of the quantity starting at i, or -1.
func quantityAt(i int, qs []data.Quantity) int {
	for k, q := range qs {
		if q.Start == i && q.End > i {
			return k
		}
	}
	return -1
}

// wordRunEnd ends a word at a space, punctuation (inner hyphens,
// apostrophes, ampersands and dots between letters stay: "Korea’s",
// "R&D", "U.S") or the start of a scanned number ("215억달러를" ends at 215).
func wordRunEnd(text string, i, end int, qs []data.Quantity) int {
	j := i
	for j < end {
		if j > i && quantityAt(j, qs) >= 0 {
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += n
			continue
		}
		if strings.ContainsRune("-’'&.", r) && j > i && j+n < end {
			next, _ := utf8.DecodeRuneInString(text[j+n : end])
			if unicode.IsLetter(next) || (r != '.' && unicode.IsDigit(next)) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// tokenOf returns the index of the token of quantity k, or -1.
func tokenOf(ts []tok, k int) int {
	for i, t := range ts {
		if t.num == k {
			return i
		}
	}
	return -1
}

// joinToks writes tokens i..j-1 as a phrase: words with single spaces,
// commas and closing marks glued to the word before.
func joinToks(ts []tok, i, j int) string {
	var b strings.Builder
	for k := i; k < j && k < len(ts); k++ {
		t := ts[k]
		glue := t.punct && strings.ContainsAny(t.w, ",;:)”’.")
		if b.Len() > 0 && !glue && !(k > i && ts[k-1].punct && strings.ContainsAny(ts[k-1].w, "(“")) {
			b.WriteByte(' ')
		}
		b.WriteString(t.w)
	}
	return b.String()
}

func startsCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func hasLatinLetter(s string) bool {
	for _, r := range s {
		if r < 0x250 && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// sentenceCase capitalises a label's first letter, as the dataset's
// labels are written ("Value of …", "Share of …").
func sentenceCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// ordinaryWord reports whether a capitalised word also appears in lower
// case in the text, or is a Vietnamese measure word.
func ordinaryWord(text, w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.ToLower(w[n:]) != w[n:] {
		return false
	}
	low := string(unicode.ToLower(r)) + w[n:]
	if viOrdinary[low] || enNounToo[low] || enMoneyNouns[low] || enDet[low] {
		return true
	}
	for i := 0; ; {
		j := strings.Index(text[i:], low)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		after, _ := utf8.DecodeRuneInString(text[j+len(low):])
		if (j == 0 || !unicode.IsLetter(before)) && !unicode.IsLetter(after) {
			return true
		}
		i = j + len(low)
	}
}

// accentedBeforeLower: a capitalised Vietnamese syllable followed by a
// lower-case one starts an ordinary phrase ("Nhà máy", "Trường"), where
// every syllable of a name is capitalised ("Hà Nội").
func accentedBeforeLower(text, w string, end, lim int) bool {
	if len(w) == len(strings.ToValidUTF8(w, "")) && !strings.ContainsFunc(w, func(r rune) bool { return r > 0x7f }) {
		return false
	}
	for end < lim && text[end] == ' ' {
		end++
	}
	r, _ := utf8.DecodeRuneInString(text[end:lim])
	return unicode.IsLower(r)
}

// lowerFirst writes token i, lower-cased when it is an ordinary
// sentence-initial word.
func lowerFirst(ts []tok, i int) string {
	w := ts[i].w
	if !ts[i].ordinary {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToLower(r)) + w[n:]
}
