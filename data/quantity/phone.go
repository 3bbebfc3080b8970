package quantity

import "strings"

// Phone numbers: "+84 24 3825 1234", "090-123-4567", "(028) 3822 1234",
// "Tel: 3822 1234", and the Vietnamese hotlines "1900 1234", "1800 588
// 888". They are reported as skipped numbers, whole.

// phoneWords before digits make them a phone number.
var phoneWords = map[string]bool{
	"tel": true, "phone": true, "hotline": true, "fax": true, "mobile": true, "call": true,
	"đt": true, "sđt": true, "thoại": true, "전화": true, "팩스": true,
}

// phone reads a phone number at i.
func (sc *scanner) phone(i int) (Quantity, bool) {
	s := sc.s
	j, plus := i, false
	if s[j] == '+' {
		plus, j = true, j+1
	}
	groups, digits, zero, grouped := 0, 0, j < len(s) && s[j] == '0', true
	var sep byte
	first := 0
	for {
		e := digitEnd(s, j)
		if e == j {
			break
		}
		if groups == 0 {
			first = e - j
		} else if e-j != 3 {
			grouped = false
		}
		groups, digits, j = groups+1, digits+e-j, e
		k := j
		if k < len(s) && s[k] == ')' {
			k++
		}
		if k+1 < len(s) && (s[k] == '-' || s[k] == '.' || s[k] == ' ') && isDigit(s[k+1]) && (sep == 0 || sep == s[k]) {
			sep, j = s[k], k+1
			continue
		}
		break
	}
	if groups == 1 && sc.lang != EN && sc.lang != KO && serviceNumber(s[i:j], 4, digits) && !wordCharAt(s, j) {
		// "Tổng đài 18008198": a hotline written without a space, which
		// Vietnamese, grouping thousands with dots, never writes for a count.
		return Quantity{Text: s[i:j], Start: i, End: j, Kind: KindNumber, Qualifier: Exact, Skip: skipPhone}, true
	}
	if groups < 2 || wordCharAt(s, j) && !hangulAt(s, j) { // a particle may follow: "02-1234-5678로"
		return Quantity{}, false
	}
	p := i
	for p > 0 && (s[p-1] == ':' || s[p-1] == '(' || s[p-1] == ' ' || s[p-1] == '.') {
		p--
	}
	prev, _ := wordBefore(s, p)
	_, named := lookup(phoneWords, prev)
	numberLike := grouped && first <= 3 && !zero
	switch {
	case koServiceNumber(s, i, j, groups):
	case plus && digits >= 8:
	case named && digits >= 7:
	case groups >= 3 && digits >= 9 && (!numberLike || sep == '-'):
	case groups >= 2 && digits >= 9 && zero:
	case serviceNumber(s[i:j], first, digits) && sc.lang != EN && sc.lang != KO:
	default:
		return Quantity{}, false
	}
	return Quantity{Text: s[i:j], Start: i, End: j, Kind: KindNumber, Qualifier: Exact, Skip: skipPhone}, true
}

// serviceNumber: a Vietnamese hotline, 1800 (free) or 1900 (paid) and
// four or six digits more ("1900 1234", "1800.1091", "1900 545 436"),
// which would otherwise read as the year 1900 and a number.
func serviceNumber(t string, first, digits int) bool {
	return first == 4 && (digits == 8 || digits == 10) && (t[:4] == "1800" || t[:4] == "1900")
}

// koServiceNumber: "1588-1234", "1577-0000", "1644-…": the eight-digit
// numbers of Korean customer lines, 15xx, 16xx or 18xx and four digits;
// no counter may follow ("1600-2000명" is a range).
func koServiceNumber(s string, i, j, groups int) bool {
	if groups != 2 || j-i != 9 || s[i] != '1' || !strings.ContainsRune("568", rune(s[i+1])) || s[i+4] != '-' {
		return false
	}
	_, _, _, counter := koCounterAt(s, j)
	return !counter
}
