package extract

import (
	"ictdash/data"
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

// itemMentions finds the item heads of one sentence in text order, their
// names completed (refineMention) and heads that name nothing dropped.
func (x *extractor) itemMentions(sent span) []itemMention {
	var out []itemMention
	for _, m := range x.rawMentions(sent) {
		if x.keepMention(m) {
			out = append(out, x.refineMention(m))
		}
	}
	return out
}

// rawMentions finds the item heads of one sentence in text order.
func (x *extractor) rawMentions(sent span) []itemMention {
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
	for a > 0 && k-a < 5 {
		if !ws[a].joined {
			// "the park's investment promotion centre": the holder before
			// the possessive is part of the name, and ends it.
			if ws[a].s == "s" && a > 1 && possessiveGap(x.text[ws[a-1].end:ws[a].start]) && !enModStops[strings.ToLower(ws[a-1].s)] {
				a--
			}
			break
		}
		w := ws[a-1].s
		// Modifiers run [Proper…] [common…] head: once a proper word is
		// taken, a common word before it belongs to the clause ("KOTRA
		// leads record ICT trade mission").
		if enModStops[strings.ToLower(w)] || unicode.IsDigit(firstRune(w)) || proper && !capitalised(w) ||
			hangul(w) && !koItemModifier(ws, a-1) {
			break // "양국은 MOU를": a Korean word with its particle is the clause's
		}
		proper = proper || capitalised(w)
		a--
	}
	m := itemMention{cue: c, start: ws[k].start, end: ws[k+n-1].end, sent: sent}
	if a < k {
		m.start, m.name = ws[a].start, x.text[ws[a].start:ws[k+n-1].end]
		m.capital = capitalised(ws[a].s) && capitalised(ws[k].s)
	} else if selfNaming[data.Fold(c.head)] {
		m.name = x.text[m.start:m.end] // "a joint venture in Seoul": the head names it, with its place
	}
	return x.withPlace(x.withTopic(m))
}

// withPlace extends a named English item with the known place that follows
// it ("camera module plant in Hai Phong", "R&D centre at Hoa Lac"): two
// plants of one firm are told apart by where they are.
func (x *extractor) withPlace(m itemMention) itemMention {
	if m.name == "" || m.capital || m.end >= m.sent.end {
		return m // a proper name is whole as it is ("Vietnam–Korea ICT Forum in Hà Nội" is where it met)
	}
	rest := x.text[m.end:m.sent.end]
	var prep string
	for _, p := range []string{" in ", " at "} {
		if strings.HasPrefix(rest, p) {
			prep = p
		}
	}
	if prep == "" {
		return m
	}
	at := m.end + len(prep)
	for _, h := range x.tags.matches(x.text[at:m.sent.end]) {
		if h.start == 0 && h.place {
			m.end = at + h.end
			m.name = x.text[m.start:m.end]
			return m
		}
		break
	}
	// A place of the gazetteer the dataset does not have yet: the longest
	// run of capitalised words after the preposition that it lists.
	ws := words(x.text, span{at, m.sent.end})
	for n := min(maxPlaceWords, len(ws)); n > 0; n-- {
		if ws[0].start != at || !capitalised(ws[n-1].s) {
			continue
		}
		if placeSpellings(x.text[at:ws[n-1].end]) != nil {
			m.end = ws[n-1].end
			m.name = x.text[m.start:m.end]
			break
		}
	}
	return m
}

func possessiveGap(g string) bool { return g == "'" || g == "’" }

// withTopic extends an agreement's name with its topic ("MOU on jointly
// training engineers"): an agreement is named by what it is about.
func (x *extractor) withTopic(m itemMention) itemMention {
	preps := agreementPreps
	switch {
	case agreementHeads[data.Fold(m.cue.head)]:
	case m.cue.kind == "event" || m.cue.kind == "training":
		preps = eventPreps // "a seminar on semiconductor human resources", "hội thảo về …"
	case data.Fold(m.cue.head) == "fund":
		preps = fundPreps
	default:
		return m
	}
	if from, e := x.topicTail(m.end, preps); e > m.end {
		// The name is the head and its topic; what stands between (the
		// bracketed abbreviation, "on Thursday") is left out of it.
		head := x.text[m.start:m.end]
		if m.name != "" {
			head = m.name
		}
		m.end, m.name = e, head+" "+x.text[from:e]
	}
	return m
}

var agreementHeads = setOf("mou", "memorandum of understanding", "agreement", "bien ban ghi nho", "thoa thuan")

// viItemAt reads a Vietnamese name starting with the head ws[k:k+n]: the
// words after it up to a preposition, a verb or a number ("nhà máy sản
// xuất chip bán dẫn"), at most eight; "nhà máy này" refers back.
func (x *extractor) viItemAt(ws []word, k, n int, c itemCue, sent span) itemMention {
	m := itemMention{cue: c, start: ws[k].start, end: ws[k+n-1].end, sent: sent}
	b := k + n
	if b < len(ws) && ws[b].joined && viAnaphors[strings.ToLower(ws[b].s)] {
		return m
	}
	for b < len(ws) && b-(k+n) < 8 && viJoined(x.text, ws, b) {
		w := strings.ToLower(ws[b].s)
		if viNameStops[w] && !viCompound(ws, b) || unicode.IsDigit(firstRune(w)) {
			break
		}
		b++
	}
	b = viHolderTail(ws, b)
	if b > k+n {
		m.name, m.end = x.text[ws[k].start:ws[b-1].end], ws[b-1].end
		m.capital = capitalised(ws[k].s)
	}
	return x.withTopic(m)
}

// viHolderTail extends a Vietnamese name ending at b with its holder or
// place when a proper name follows "của" or "tại": "học bổng thạc sĩ của
// Đại học Sungkyunkwan", "nhà máy màn hình tại Bắc Ninh" (two plants of
// one firm are told apart by where they are, as in English). It returns
// the new end (b when there is none).
func viHolderTail(ws []word, b int) int {
	if b+1 >= len(ws) || !ws[b].joined || !ws[b+1].joined {
		return b
	}
	if p := strings.ToLower(ws[b].s); p != "của" && p != "tại" || !capitalised(ws[b+1].s) {
		return b
	}
	// The proper name runs on over the lower-case words of an institution
	// ("Đại học Sungkyunkwan", "Bộ Thông tin và Truyền thông") up to a word
	// that ends a name.
	e := b + 2
	for e < len(ws) && e-b <= 6 && ws[e].joined && !unicode.IsDigit(firstRune(ws[e].s)) {
		if w := strings.ToLower(ws[e].s); viNameStops[w] || w == "và" && (e+1 >= len(ws) || !capitalised(ws[e+1].s)) {
			break
		}
		e++
	}
	return e
}
