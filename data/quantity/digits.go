package quantity

import (
	"math"
	"strconv"
)

// digitNum is a number written in digits, read with a language's
// separators: English 10,000 and 2.5; Vietnamese 10.000 and 2,5; either
// with spaces ("10 000").
type digitNum struct {
	end     int
	mant    [40]byte // the digits, with '.' for the decimal mark
	n       int
	intLen  int    // digits before the first separator
	plain   bool   // digits only, no separator
	version bool   // "1.2.3": dotted groups that make no number
	amb     string // why the separators may be read another way
}

// add appends digits (and at most one '.') to the mantissa.
func (d *digitNum) add(part string) bool {
	if d.n+len(part) > len(d.mant) {
		return false
	}
	d.n += copy(d.mant[d.n:], part)
	return true
}

// value is the mantissa times 10^exp, correctly rounded.
func (d *digitNum) value(exp int) (float64, bool) {
	var buf [56]byte
	b := append(buf[:0], d.mant[:d.n]...)
	if exp != 0 {
		b = append(b, 'e')
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	v, err := strconv.ParseFloat(string(b), 64)
	return v, err == nil && !math.IsInf(v, 0)
}

// sepAt returns a group or decimal separator at i and its width: ',' or
// '.', or ' ' for a space, no-break or thin space.
func sepAt(s string, i int) (byte, int) {
	if i >= len(s) {
		return 0, 0
	}
	if s[i] == ',' || s[i] == '.' {
		return s[i], 1
	}
	if w := spaceAt(s, i); w > 0 && s[i] != '\t' {
		return ' ', w
	}
	return 0, 0
}

// group is one run of digits after a separator.
type group struct {
	sep        byte
	start, end int
}

// readDigits reads the number in digits at i.
func readDigits(s string, i int, lang Lang) (digitNum, bool) {
	var d digitNum
	j := digitEnd(s, i)
	if j == i || !d.add(s[i:j]) {
		return d, false
	}
	d.intLen, d.plain, d.end = j-i, true, j
	var gs [16]group
	k, p := 0, j
	for k < len(gs) {
		c, w := sepAt(s, p)
		if c == 0 {
			break
		}
		e := digitEnd(s, p+w)
		if e == p+w || (c == ' ' && e-(p+w) != 3) {
			break
		}
		gs[k] = group{c, p + w, e}
		k, p = k+1, e
	}
	if k == 0 {
		return d, true
	}
	ok := d.groups(s, gs[:k], lang)
	return d, ok
}

// groups interprets the separators after the first run of digits.
func (d *digitNum) groups(s string, gs []group, lang Lang) bool {
	if gs[0].sep == ' ' {
		return d.spaced(s, gs, lang)
	}
	n := 0
	for n < len(gs) && gs[n].sep != ' ' {
		n++
	}
	gs = gs[:n]
	last := gs[len(gs)-1].sep
	same := 0 // the separators before the last that equal the first
	for same < len(gs) && gs[same].sep == gs[0].sep {
		same++
	}
	switch {
	case same == len(gs)-1 && last != gs[0].sep && len(gs) > 1:
		// "1,234.5", "1.234.567,8": groups, then the decimal mark.
		if d.intLen <= 3 && threes(gs[:same]) {
			d.join(s, gs[:same])
			return d.decimal(s, gs[same])
		}
		return d.single(s, gs[:1], lang)
	case same < len(gs):
		return d.single(s, gs[:1], lang)
	case len(gs) >= 2:
		return d.repeated(s, gs, lang)
	}
	return d.single(s, gs, lang)
}

// threes reports whether every group is exactly three digits.
func threes(gs []group) bool {
	for _, g := range gs {
		if g.end-g.start != 3 {
			return false
		}
	}
	return true
}

func (d *digitNum) join(s string, gs []group) {
	for _, g := range gs {
		d.add(s[g.start:g.end])
		d.end = g.end
	}
	d.plain = false
}

func (d *digitNum) decimal(s string, g group) bool {
	d.plain = false
	d.end = g.end
	return d.add(".") && d.add(s[g.start:g.end])
}

// spaced reads "10 000" and "1 234 567,5": groups of three after one to
// three digits, then perhaps a decimal mark.
func (d *digitNum) spaced(s string, gs []group, lang Lang) bool {
	if d.intLen > 3 {
		return true
	}
	n := 0
	for n < len(gs) && gs[n].sep == ' ' {
		n++
	}
	d.join(s, gs[:n])
	if n < len(gs) {
		g := gs[n]
		if (g.sep == '.' && lang != VI) || (g.sep == ',' && lang == VI) {
			return d.decimal(s, g)
		}
	}
	return true
}

// repeated reads a separator used more than once: groups when every group
// has three digits ("27,350,000", "3.000.000"), a version when dotted
// otherwise ("1.2.3"), else only the groups that fit.
func (d *digitNum) repeated(s string, gs []group, lang Lang) bool {
	if d.intLen <= 3 && threes(gs) {
		d.join(s, gs)
		return true
	}
	if gs[0].sep == '.' {
		d.version, d.end = true, gs[len(gs)-1].end
		return true
	}
	m := 0
	for d.intLen <= 3 && m < len(gs) && gs[m].end-gs[m].start == 3 {
		m++
	}
	if m >= 2 {
		d.join(s, gs[:m])
		return true
	}
	return d.single(s, gs[:1], lang)
}

// viScaleAt reports a Vietnamese scale word after spaces at e ("tỷ",
// "triệu", "nghìn", "ngàn").
func (sc *scanner) viScaleAt(e int) bool {
	k := skipSpaces(sc.s, e)
	w, _ := wordAt(sc.s, k)
	_, ok := lookup(viScaleWords, w)
	return k > e && ok
}

var viScaleWords = map[string]bool{"tỷ": true, "tỉ": true, "triệu": true, "nghìn": true, "ngàn": true}
