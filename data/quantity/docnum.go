package quantity

import (
	"fmt"
	"strings"
	"unicode"
)

// Numbers that name rather than measure: the numbers of legal documents
// and official letters, numbers written onto a Korean word, and the
// "generation" numbers of "Industry 4.0".

// docNumber reads the number of a legal document or official letter as
// Vietnamese documents (and reports of them in any language) write it:
// "13/2023/NĐ-CP", "1234/QĐ-TTg", "57-NQ/TW", "24/2018/QH14",
// "01/2024/TT-BTTTT". Digits, then parts joined by '/' or '-', one of them
// an issuer's code of two or more capitals. Read before dates, so that
// "12/2023/NĐ-CP" is not December 2023.
func (sc *scanner) docNumber(i int) (Quantity, bool) {
	s := sc.s
	e := digitEnd(s, i)
	if e == i || e-i > 6 {
		return Quantity{}, false
	}
	code := false
	for e+1 < len(s) && (s[e] == '/' || s[e] == '-') {
		p := e + 1
		if k := digitEnd(s, p); k > p {
			e = k
			continue
		}
		k, caps := codeAt(s, p)
		if caps < 2 || measureUnits[s[p:k]] && s[p-1] == '-' {
			break // "a 300-MW farm" measures
		}
		e, code = k, true
	}
	if !code && koJeHo(s, i, e) {
		code, e = true, e+len("호") // "제2024-15호", "법률 제12345호": a document number
	}
	if !code || wordCharAt(s, e) && !hangulAt(s, e) {
		return Quantity{}, false
	}
	q := Quantity{Text: s[i:e], Start: i, End: e, Value: float64(atoi(s[i:digitEnd(s, i)])), Kind: KindNumber,
		Qualifier: Exact, Skip: fmt.Sprintf("a document number (%q), not a quantity", s[i:e])}
	q.Max = q.Value
	return q, true
}

// koJeHo: a number between 제 and 호, as Korean laws, notices and letters
// are numbered ("제2024-15호").
func koJeHo(s string, i, e int) bool {
	return strings.HasSuffix(s[:i], "제") && strings.HasPrefix(s[e:], "호") && (!hangulAt(s, e+len("호")) || koParticleAt(s, e+len("호")))
}

// codeAt reads an issuer's code at p ("NĐ", "QĐ", "TTg", "QH14"): letters
// and digits starting with a capital; caps counts its capitals.
func codeAt(s string, p int) (end, caps int) {
	if !isUpperAt(s, p) {
		return p, 0
	}
	e := p
	for e < len(s) {
		r, n := runeAt(s, e)
		if !isWordRune(r) || isHangul(r) || r == '_' {
			break
		}
		if unicode.IsUpper(r) {
			caps++
		}
		e += n
	}
	return e, caps
}

// koGluedName: a bare number written onto a Korean word, with no counter
// after it, is part of a name ("코로나19", "아세안+3", "갤럭시S24"): Korean
// writes a quantity's counter onto its number, not its noun.
func (r *reading) koGluedName() bool {
	s := r.sc.s
	if r.q.Unit != None || r.unitRead || r.ranged || r.start != r.numStart {
		return false
	}
	prev, n := runeBefore(s, r.start)
	if prev == '+' || prev == '-' {
		prev, _ = runeBefore(s, r.start-n)
	}
	return isHangul(prev) && !koPrefixes[koWordBefore(s, r.start)]
}

// koJe: 제 written onto a number makes it an ordinal, whatever counter
// follows: "제1회 포럼" is the first forum, not one time; "제5기", "제2공장".
func (r *reading) koJe() bool {
	return r.start == r.numStart && koWordBefore(r.sc.s, r.start) == "제"
}

// koPrefixes glue to a number without naming anything: 약20%, 총500.
var koPrefixes = map[string]bool{"약": true, "총": true, "제": true, "연": true, "월": true, "각": true, "최대": true, "최소": true, "무려": true}

// koWordBefore returns the Hangul run that ends at i.
func koWordBefore(s string, i int) string {
	k := i
	for k > 0 {
		r, n := runeBefore(s, k)
		if !isHangul(r) {
			break
		}
		k -= n
	}
	return s[k:i]
}

// generation: "4.0" with no unit, the numbering of "Industry 4.0",
// "công nghiệp 4.0", "Web 3.0": one digit and a point zero is a version,
// not a measure (a measured 4.0 has its unit or noun: "4.0%", "rose 4.0
// points"; after a capitalised name a plural noun is the name's:
// "Industry 4.0 skills").
func (r *reading) generation() bool {
	t := r.q.Text
	named := r.prevAt < r.start && isUpperAt(r.sc.s, r.prevAt)
	if r.q.Unit == Count && isPlural(r.q.Noun) && !named || r.q.Unit != None && r.q.Unit != Count || r.ranged {
		return false
	}
	return len(t) == 3 && isDigit(t[0]) && t[1] == '.' && t[2] == '0' && t[0] != '0'
}

// noDotBefore: "No.1", glued: the rank sign "No." before i.
func noDotBefore(s string, i int) bool {
	t := s[:i]
	if !strings.HasSuffix(t, "No.") && !strings.HasSuffix(t, "no.") {
		return false
	}
	p, _ := runeBefore(s, i-3)
	return i == 3 || !isWordRune(p)
}
