package quantity

import "fmt"

// single reads one separator followed by digits, by the language's
// convention: which of "1.500", "1,500", "2,5" and "2.5" group thousands
// and which mark decimals. A reading the convention does not settle is
// taken as the more likely and flagged.
func (d *digitNum) single(s string, gs []group, lang Lang) bool {
	g := gs[0]
	l := g.end - g.start
	digits := s[g.start:g.end]
	text := s[g.start-d.intLen-1 : g.end]
	short := d.intLen <= 3
	switch {
	case g.sep == '.' && l == 3 && short:
		switch lang {
		case VI:
			d.join(s, gs)
		case Unknown:
			d.amb = fmt.Sprintf("%q: '.' may group thousands or mark decimals; the language is not known", text)
			if digits == "000" {
				d.join(s, gs)
			} else {
				return d.decimal(s, g)
			}
		default:
			// English reads '.' as the decimal point; only "10.000", which
			// no one writes for ten, looks like a Vietnamese grouping.
			if digits == "000" {
				d.amb = fmt.Sprintf("%q read with '.' as the decimal point; it may group thousands", text)
			}
			return d.decimal(s, g)
		}
	case g.sep == '.':
		return d.decimal(s, g)
	case l == 3 && short:
		switch lang {
		case VI:
			d.amb = fmt.Sprintf("%q: in Vietnamese ',' marks decimals, but it may group thousands here", text)
			if digits == "000" {
				d.join(s, gs)
			} else {
				return d.decimal(s, g)
			}
		case Unknown:
			d.amb = fmt.Sprintf("%q: ',' may group thousands or mark decimals; the language is not known", text)
			d.join(s, gs)
		default:
			d.join(s, gs)
		}
	case lang == VI:
		return d.decimal(s, g)
	case l < 3 && short:
		d.amb = fmt.Sprintf("%q read with ',' as a decimal comma; it may separate two numbers", text)
		return d.decimal(s, g)
	}
	return true
}
