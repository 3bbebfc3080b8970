package extract

import (
	"ictdash/data"
	"strings"
	"unicode"
	"unicode/utf8"
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
	for b < len(ws) && b-(k+n) < 8 && ws[b].joined {
		w := strings.ToLower(ws[b].s)
		if viNameStops[w] || unicode.IsDigit(firstRune(w)) {
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
		for a > 0 && k-a < 4 && ws[a].joined && koItemModifier(ws, a-1) && !unicode.IsDigit(firstRune(ws[a-1].s)) && !koAnaphors[ws[a-1].s] {
			a--
		}
		if a == k && stem == c.head {
			if name, start, ok := koActivityName(ws, k, c.head); ok {
				m.start, m.name = start, name
				return m, true
			}
			return m, true // a bare head, or "이 공장": a reference back
		}
		m.start, m.name = ws[a].start, x.text[ws[a].start:end]
		return m, true
	}
	return itemMention{}, false
}

// koModifier: a word before a Korean head that is part of its name: a
// noun with no particle or verb ending, or a holder in the genitive
// ("삼성전자의 R&D센터"); not a particle standing alone.
func koModifier(w string) bool {
	if koParticleAlone[w] {
		return false
	}
	return !koParticleEnd(w) || strings.HasSuffix(w, "의") && len([]rune(w)) > 2
}

// koActivityName names a head after a relative clause by what it does:
// "매년 소프트웨어 인재 500명을 교육하는 프로그램" is the 소프트웨어 인재 교육
// 프로그램 — the verb's noun (교육하는 → 교육) and up to two bare nouns of its
// object before it, past the object's number. The name is ours, not the
// text's; start is where its words begin.
func koActivityName(ws []word, k int, head string) (string, int, bool) {
	if k == 0 || !ws[k].joined {
		return "", 0, false
	}
	verb := ws[k-1].s
	noun := ""
	for _, end := range []string{"하는", "할", "하기 위한", "하기"} {
		if n, ok := strings.CutSuffix(verb, end); ok && utf8.RuneCountInString(n) >= 2 {
			noun = n
			break
		}
	}
	if noun == "" || !hangul(noun) {
		return "", 0, false
	}
	i := k - 2
	if i >= 0 && unicode.IsDigit(firstRune(ws[i].s)) && (strings.HasSuffix(ws[i].s, "을") || strings.HasSuffix(ws[i].s, "를")) {
		i-- // "500명을": the object's number
	}
	var obj []string
	for ; i >= 0 && len(obj) < 2 && ws[i+1].joined && hangul(ws[i].s) && !koParticleEnd(ws[i].s) && !koAnaphors[ws[i].s]; i-- {
		obj = append([]string{ws[i].s}, obj...)
	}
	if len(obj) == 0 {
		return "", 0, false
	}
	return strings.Join(append(obj, noun, head), " "), ws[i+1].start, true
}

// koItemModifier: ws[i] may be part of the Korean item name after it —
// a koModifier, not ending in a locative or topic particle ("업계에선",
// "현지에서는"), not the size of an amount ("3억 달러 규모의"), and not the
// unit or counter of a number before it ("3억 달러").
func koItemModifier(ws []word, i int) bool {
	w := ws[i].s
	if !koModifier(w) || strings.HasPrefix(w, "규모") {
		return false
	}
	for _, p := range []string{"에선", "에는", "에도", "에서", "께서", "으론", "로는"} {
		if strings.HasSuffix(w, p) {
			return false
		}
	}
	return i == 0 || !unicode.IsDigit(firstRune(ws[i-1].s)) || !ws[i].joined
}

// koParticleAlone are particles split off by a space or a bracket.
var koParticleAlone = setOf("의", "은", "는", "이", "가", "을", "를", "에", "와", "과", "및")

// topicTail reads the topic of an agreement after its head: "(MOU) on
// jointly training engineers", "(MoU) về hợp tác đào tạo nhân lực số":
// the bracketed abbreviation skipped, then the preposition and at most
// eight words up to punctuation. It returns where the topic starts (its
// preposition) and ends, or end twice.
func (x *extractor) topicTail(end int, preps map[string]bool) (int, int) {
	t := x.text
	i := end
	if strings.HasPrefix(t[i:], " (") {
		if k := strings.IndexByte(t[i:], ')'); k > 0 && k < 14 {
			i += k + 1
		}
	}
	rest := t[i:]
	if !strings.HasPrefix(rest, " ") {
		return end, end
	}
	w := wordAfter(t, i)
	if !preps[strings.ToLower(w)] {
		return end, end
	}
	topic := i + 1
	j := i + 1 + len(w)
	// "signed an MOU on Thursday to jointly train …": the day is when, not
	// what; the topic follows it.
	if d := wordAfter(t, j); calendarWords[strings.ToLower(d)] {
		j += 1 + len(d)
		if w = wordAfter(t, j+1); !preps[strings.ToLower(w)] || j >= len(t) || t[j] != ' ' {
			return end, end
		}
		topic = j + 1
		j += 1 + len(w)
	}
	from, n := j, 0
	for n < 10 && j < len(t) && t[j] == ' ' {
		tok := t[j+1:]
		if k := strings.IndexAny(tok, " "); k >= 0 {
			tok = tok[:k]
		}
		clean := strings.TrimRight(tok, ",.;:)")
		low := strings.ToLower(clean)
		if clean == "" || topicStops[low] || low == "the" && n > 0 || calendarWords[low] {
			break
		}
		j += 1 + len(clean)
		n++
		if clean != tok {
			break // a comma or full stop ends the topic
		}
	}
	if n == 0 || j == from {
		return end, end
	}
	return topic, j
}

// agreementPreps introduce an agreement's topic; eventPreps an event's or
// a course's ("a seminar on …", "a course in chip design" is not: "in"
// gives the place as often as the subject).
var (
	agreementPreps = setOf("on", "for", "về", "to")
	eventPreps     = setOf("on", "về")
)

// topicStops end a topic: the place, the agent, the time, or a clause
// that says what happened to the thing ("held in Hanoi", "signed by").
var topicStops = setOf("by", "in", "at", "held", "organised", "organized", "hosted", "co-organised",
	"co-organized", "attended", "chaired", "signed", "which", "that", "where", "when", "with", "tại", "do",
	"được", "diễn", "tổ", "vào", "ngày", "sáng", "chiều")
