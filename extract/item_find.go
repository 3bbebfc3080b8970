package extract

import (
	"strings"
	"unicode"
)

// itemMention is one place where the text names an item or refers back to
// one ("the plant", "nhà máy này", "이 공장").
type itemMention struct {
	cue        itemCue
	name       string // verbatim; "" for a reference back
	start, end int    // of the name, or of the head for a reference back
	sent       span
	capital    bool // the name is capitalised as a proper name ("Vietnam–Korea IT Talent Programme")
}

// itemMentions finds the item heads of one sentence in text order.
func (x *extractor) itemMentions(sent span) []itemMention {
	ws := words(x.text, sent)
	var out []itemMention
	for k := 0; k < len(ws); k++ {
		if hangul(ws[k].s) {
			if m, ok := x.koItemAt(ws, k, sent); ok {
				out = append(out, m)
			}
			continue
		}
		if c, n, ok := cueAt(ws, k, viItemCues); ok && x.lang.String() == "vi" {
			out = append(out, x.viItemAt(ws, k, n, c, sent))
			k += n - 1
			continue
		}
		if c, n, ok := cueAt(ws, k, enItemCues); ok {
			if k+n < len(ws) && ws[k+n].joined && enCompoundTails[strings.ToLower(ws[k+n].s)] {
				continue
			}
			out = append(out, x.enItemAt(ws, k, n, c, sent))
			k += n - 1
		}
	}
	return out
}

// cueAt matches a cue of several words at ws[k], ignoring case, and
// returns it with its length in words (the longest cue wins).
func cueAt(ws []word, k int, cues []itemCue) (itemCue, int, bool) {
	best, bestN := itemCue{}, 0
	for _, c := range cues {
		parts := strings.Fields(c.head)
		if len(parts) <= bestN || k+len(parts) > len(ws) {
			continue
		}
		ok := true
		for i, p := range parts {
			if strings.ToLower(ws[k+i].s) != p || (i > 0 && !ws[k+i].joined) {
				ok = false
				break
			}
		}
		if ok {
			best, bestN = c, len(parts)
		}
	}
	return best, bestN, bestN > 0
}

// enItemAt reads an English name ending in the head ws[k:k+n]: the
// modifiers before it ("semiconductor packaging plant", "Vietnam–Korea IT
// Talent Programme"), at most five, stopping at a determiner, a
// preposition, a verb or a number.
func (x *extractor) enItemAt(ws []word, k, n int, c itemCue, sent span) itemMention {
	a, proper := k, false
	for a > 0 && k-a < 5 && ws[a].joined {
		w := ws[a-1].s
		// Modifiers run [Proper…] [common…] head: once a proper word is
		// taken, a common word before it belongs to the clause ("KOTRA
		// leads record ICT trade mission").
		if enModStops[strings.ToLower(w)] || unicode.IsDigit(firstRune(w)) || proper && !capitalised(w) {
			break
		}
		proper = proper || capitalised(w)
		a--
	}
	m := itemMention{cue: c, start: ws[k].start, end: ws[k+n-1].end, sent: sent}
	if a < k {
		m.start, m.name = ws[a].start, x.text[ws[a].start:ws[k+n-1].end]
		m.capital = capitalised(ws[a].s) && capitalised(ws[k].s)
	}
	return m
}

// viItemAt reads a Vietnamese name starting with the head ws[k:k+n]: the
// words after it up to a preposition, a verb or a number ("nhà máy sản
// xuất chip bán dẫn"), at most eight; "nhà máy này" refers back.
func (x *extractor) viItemAt(ws []word, k, n int, c itemCue, sent span) itemMention {
	m := itemMention{cue: c, start: ws[k].start, end: ws[k+n-1].end, sent: sent}
	b := k + n
	if b < len(ws) && ws[b].joined && viAnaphors[strings.ToLower(ws[b].s)] {
		return m
	}
	for b < len(ws) && b-(k+n) < 8 && ws[b].joined {
		w := strings.ToLower(ws[b].s)
		if viNameStops[w] || unicode.IsDigit(firstRune(w)) {
			break
		}
		b++
	}
	if b > k+n {
		m.name, m.end = x.text[ws[k].start:ws[b-1].end], ws[b-1].end
		m.capital = capitalised(ws[k].s)
	}
	return m
}

// koItemAt reads a Korean name ending in a head, glued or not ("반도체
// 패키징 공장을", "한-베 ICT포럼에서"): the word without its particle and up
// to two words before it that carry no particle or verb ending.
func (x *extractor) koItemAt(ws []word, k int, sent span) (itemMention, bool) {
	stem := koStem(ws[k].s)
	for _, c := range koItemCues {
		if !strings.HasSuffix(stem, c.head) {
			continue
		}
		end := ws[k].start + len(stem)
		m := itemMention{cue: c, start: end - len(c.head), end: end, sent: sent}
		a := k
		for a > 0 && k-a < 2 && ws[a].joined && !koParticleEnd(ws[a-1].s) && !unicode.IsDigit(firstRune(ws[a-1].s)) && !koAnaphors[ws[a-1].s] {
			a--
		}
		if a == k && stem == c.head {
			return m, true // a bare head, or "이 공장": a reference back
		}
		m.start, m.name = ws[a].start, x.text[ws[a].start:end]
		return m, true
	}
	return itemMention{}, false
}
