package extract

import (
	"fmt"
	"ictdash/data/quantity"
	"strings"
	"unicode"

	"ictdash/data"
)

// relFound is a relative date word found in the text.
type relFound struct {
	w          relWord
	start, end int
}

// relativeIn finds the relative date words of pw in text[sp], whole words
// where the language has them.
func (x *extractor) relativeIn(sp span, pw *periodWords) []relFound {
	low := strings.ToLower(x.text[sp.start:sp.end])
	var out []relFound
	for _, w := range pw.relative {
		for from := 0; from < len(low); {
			k := strings.Index(low[from:], w.s)
			if k < 0 {
				break
			}
			a, b := from+k, from+k+len(w.s)
			from = b
			if pw.bounded && (a > 0 && isWordByte(low, a, true) || b < len(low) && isWordByte(low, b, false)) {
				continue
			}
			if !pw.bounded && w.needPart && (b >= len(low) || low[b] != ' ') {
				continue // "올" only as "올 상반기"
			}
			if !pw.bounded && !w.needPart && a > 0 && strings.HasSuffix(low[:a], "지난") {
				continue // "지난해" holds "해" words; the longer one is listed
			}
			out = append(out, relFound{w, sp.start + a, sp.start + b})
		}
	}
	return out
}

// relativeWords are the dates relative words in the clause give: "last
// year" → the year before publication, "올해 상반기" → its first half.
func (x *extractor) relativeWords(m mention, cl span, lang quantity.Lang) []dated {
	pw := periodWordsFor(lang)
	var out []dated
	for _, r := range x.relativeIn(cl, pw) {
		if x.compared(r.start, r.end, pw) || x.insideScanned(m, r.start) {
			continue
		}
		p := x.shift(r.w.unit, r.w.n)
		if p == "" {
			continue
		}
		s, e := r.start, r.end
		if r.w.unit == "years" {
			if ps, pe, ok := x.relativeYearEnd(s, e); ok {
				p, s, e = p+"-12", ps, pe // "지난해 말 기준", "at the end of last year", "cuối năm ngoái"
			} else if from, to, ps, pe, ok := x.yearPart(m, s, e, pw); ok {
				p, s, e = monthSpan(atoi(p), from, to), ps, pe
			} else if r.w.needPart {
				continue
			}
		}
		note := fmt.Sprintf("%q in the same clause, from the publication date %s", x.text[s:e], x.pub)
		out = append(out, dated{s, e, p, note, ""})
	}
	return out
}

// relativeYearEnd: the relative year at text[s:e] is its end — "말"
// after it in Korean, "end of" or "cuối" before it — and the words that
// say so span [ps, pe).
func (x *extractor) relativeYearEnd(s, e int) (int, int, bool) {
	after := x.text[e:min(len(x.text), e+8)]
	for _, w := range []string{" 말", "말"} {
		if strings.HasPrefix(after, w) && !strings.HasPrefix(after[len(w):], "하") {
			return s, e + len(w), true
		}
	}
	before := strings.ToLower(x.text[max(0, s-20):s])
	deadline := strings.HasSuffix(before, "by the end of ") || strings.HasSuffix(before, "đến cuối ") && !strings.HasSuffix(before, "tính đến cuối ")
	if deadline || strings.HasSuffix(before, "nửa cuối ") {
		return s, e, false // a deadline is its year; "nửa cuối năm nay" is the second half
	}
	for _, w := range []string{"end of ", "cuối "} {
		if strings.HasSuffix(before, w) {
			return s - len(w), e, true
		}
	}
	return s, e, false
}

// insideScanned reports whether offset at is inside a number the engine
// scanned in m's sentence ("the past two years" is a horizon, not "last
// year").
func (x *extractor) insideScanned(m mention, at int) bool {
	for _, o := range m.group {
		if o.Start <= at && at < o.End {
			return true
		}
	}
	return false
}

// monthPreps are the words before a month name that date a figure by it:
// "as of August", "in March", "by June", "end of May".
var monthPreps = setOf("in", "of", "by", "during", "until", "through", "end", "late", "early", "mid", "last",
	"this", "next")

// monthWords are the English month names standing alone in the clause
// ("as of August"), which the engine does not scan as dates without a day
// or year; the year is resolved as for any yearless date.
func (x *extractor) monthWords(m mention, cl span) []dated {
	var out []dated
	toks := tokenize(x.text, cl.start, cl.end)
	for i, t := range toks {
		mo, ok := quantity.LookupMonth(t.orig)
		if !ok || !unicode.IsUpper(firstRune(t.orig)) || i == 0 || !monthPreps[toks[i-1].low] || x.insideScanned(m, t.start) {
			continue
		}
		if toks[i-1].low == "since" || i+1 < len(toks) && isDigits(toks[i+1].low) {
			continue
		}
		o := data.Quantity{Text: t.orig, Start: t.start, End: t.end, Kind: quantity.KindDate,
			Date: quantity.Date{Month: int(mo)}}
		switch toks[i-1].low {
		case "last", "next":
			if p := x.nearMonth(int(mo), toks[i-1].low == "next"); p != "" {
				out = append(out, dated{toks[i-1].start, t.end, p, x.noteFor(toks[i-1].start, t.end, "from the publication date "+x.pub), ""})
			}
			continue
		}
		if d, ok := x.scannedDay(m, o, &enPeriod); ok {
			out = append(out, d)
		}
	}
	return out
}

// nearMonth is "last August" or "next August": the closest such month
// before or after the publication date.
func (x *extractor) nearMonth(mo int, next bool) string {
	if len(x.pub) < 7 {
		return ""
	}
	y, pm := atoi(x.pub[:4]), atoi(x.pub[5:7])
	switch {
	case next && mo <= pm:
		y++
	case !next && mo >= pm:
		y--
	}
	return fmt.Sprintf("%04d-%02d", y, mo)
}
