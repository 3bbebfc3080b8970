package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxQuote is the length above which a quote is cut to the clause around
// its number: a whole paragraph-long sentence is hard to review.
const maxQuote = 300

// splitSentences cuts text into sentences: at newlines, and after '.',
// '!', '?' or '…' (with any closing quote marks or brackets) followed by a
// space or newline. Copied and scraped text often loses the space ("…in
// 2023.The firm…", "…2,5 tỷ USD.Theo…"): a full stop glued to a
// capitalised word also ends a sentence, unless it is inside an
// abbreviation ("U.S.", "TP.HCM"), a URL or an e-mail address. Korean
// ends its sentences in 다. or 요. whatever follows. A full stop after an
// abbreviation ("Mr.", "TP.", "No.", "P.") does not end a sentence, and
// decimals ("98.9") never do. Spans are trimmed of surrounding spaces;
// empty ones are dropped.
func splitSentences(text string) []span {
	var out []span
	add := func(s, e int) {
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, span{s, e})
		}
	}
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			add(start, i)
			start = i + 1
			continue
		}
		ellipsis := strings.HasPrefix(text[i:], "…")
		if c != '.' && c != '!' && c != '?' && !ellipsis {
			continue
		}
		j := i + 1
		if ellipsis {
			j = i + len("…")
		}
		j = skipClosers(text, j)
		if !sentenceEnds(text, start, i, j) {
			continue
		}
		add(start, j)
		start = j
		i = j - 1
	}
	add(start, len(text))
	return out
}

// skipClosers moves past closing quote marks and brackets at j.
func skipClosers(text string, j int) int {
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !strings.ContainsRune(`"'”’»)]」』`, r) {
			break
		}
		j += n
	}
	return j
}

// sentenceEnds decides whether the mark at i (its closers end at j) ends
// the sentence that began at start.
func sentenceEnds(text string, start, i, j int) bool {
	if j >= len(text) || text[j] == ' ' || text[j] == '\n' || text[j] == '\t' {
		if text[i] == '.' && i > 0 && isDigitByte(text[i-1]) && j+1 < len(text) && text[j] == ' ' && (isDigitByte(text[j+1]) || hangulAt(text, j+1)) {
			return false // "2024. 11. 23. 하노이에서": a Korean date, or a list's numbering
		}
		return text[i] != '.' || !isAbbreviation(text[start:i])
	}
	if text[i] == '.' && koreanEnding(text[:i]) {
		return true // "…했다.삼성전자는", "…입니다.3일"
	}
	// No space after the mark: a sentence ends only before a capitalised
	// word ("2023.The", "USD.Theo"), never in "TP.HCM", "Q.1", "98.9",
	// "vnexpress.net", "U.S.Army".
	next, n := utf8.DecodeRuneInString(text[j:])
	after, _ := utf8.DecodeRuneInString(text[j+n:])
	if !unicode.IsUpper(next) || !unicode.IsLower(after) {
		return false
	}
	if text[i] == '.' && (isAbbreviation(text[start:i]) || inAddress(text, i)) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(prev) || unicode.IsDigit(prev) || strings.ContainsRune(`"'”’»)]%`, prev)
}

// koreanEnding: a Korean sentence's final syllable before its full stop
// (다, 요, 까, 죠, 음, 함).
func koreanEnding(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune("다요까죠음함", r)
}

// inAddress reports whether the point at i is inside a URL or an e-mail
// address: its run of non-space text holds "://", "www." or "@".
func inAddress(text string, i int) bool {
	s := strings.LastIndexAny(text[:i], " \n\t") + 1
	e := strings.IndexAny(text[i:], " \n\t")
	if e < 0 {
		e = len(text) - i
	}
	tok := text[s : i+e]
	return strings.Contains(tok, "://") || strings.Contains(tok, "www.") || strings.Contains(tok, "@")
}

// hangulAt reports a Hangul syllable at i.
func hangulAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r >= 0xAC00 && r <= 0xD7A3
}

func isDigitByte(b byte) bool { return '0' <= b && b <= '9' }

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' }

// abbreviations are words written with a full stop that rarely end a
// sentence in the trade press, in English and Vietnamese (TP. Hồ Chí Minh,
// Q. 1, TS. Nguyễn: city, district, doctor).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"no": true, "co": true, "ltd": true, "inc": true, "corp": true, "jr": true,
	"sr": true, "vs": true, "gov": true, "gen": true, "sen": true, "rep": true,
	"dept": true, "approx": true, "est": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
	"tp": true, "tx": true, "ts": true, "ths": true, "pgs": true, "gs": true, "ks": true, "bs": true, "tr": true,
}

// isAbbreviation reports whether the text before a full stop ends in an
// abbreviation: a listed word, a single capital ("P. Anh"), or a word with
// an inner point ("U.S", "a.m").
func isAbbreviation(before string) bool {
	k := len(before)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		k -= n
	}
	w := strings.TrimLeft(before[k:], ".")
	switch {
	case w == "":
		return false
	case strings.Contains(w, "."):
		return true
	case utf8.RuneCountInString(w) == 1:
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(w)]
}

// clauseSeps divide a long sentence into clauses for a shorter quote.
var clauseSeps = []string{"; ", ", ", " – ", " — ", ": "}

// clause returns the part of sentence s around [start, end) between clause
// separators, widened to whole neighbouring clauses while it is short, so a
// quote keeps enough words to be read on its own.
func clause(text string, s span, start, end int) span {
	const minClause = 80
	// Separators are looked for only within reach, so a sentence that is a
	// long run-on list is not searched from its start for every number.
	const reach = 2 * maxQuote
	prev := func(i int) int { // start of the clause ending before i
		lo, best := max(s.start, i-reach), s.start
		for _, sep := range clauseSeps {
			if k := strings.LastIndex(text[lo:i], sep); k >= 0 && lo+k+len(sep) > best {
				best = lo + k + len(sep)
			}
		}
		return best
	}
	next := func(i int) int { // end of the clause starting at i
		hi, best := min(s.end, i+reach), s.end
		for _, sep := range clauseSeps {
			if k := strings.Index(text[i:hi], sep); k >= 0 && i+k < best {
				best = i + k
			}
		}
		return best
	}
	c := span{prev(start), next(end)}
	for c.end-c.start < minClause && (c.start > s.start || c.end < s.end) {
		if c.end < s.end {
			c.end = next(min(c.end+1, s.end))
		} else {
			c.start = prev(max(c.start-1, s.start))
		}
	}
	return c
}

// quoteWindow is the passage a figure is quoted from: its sentence, or the
// clause around it when the sentence is very long, or, when even the
// clause is (a run-on list without punctuation), the words around it.
func (x *extractor) quoteWindow(m mention) span {
	if m.sent.end-m.sent.start <= maxQuote {
		return m.sent
	}
	c := clause(x.text, m.sent, m.q.Start, m.q.End)
	if c.end-c.start <= maxQuote {
		return c
	}
	lo, hi := m.q.Start, m.q.End
	for range 15 {
		lo, hi = prevWordStart(x.text, lo, c.start), nextWordEnd(x.text, hi, c.end)
	}
	return span{lo, hi}
}
