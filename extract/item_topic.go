package extract

import "strings"

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
	agreementPreps = setOf("on", "for", "về", "to", "between", "giữa")
	eventPreps     = setOf("on", "về")
	// A fund is named by what it pays for: "a 15 billion won fund for
	// joint software projects".
	fundPreps = setOf("for")
)

// topicStops end a topic: the place, the agent, the time, or a clause
// that says what happened to the thing ("held in Hanoi", "signed by"); a
// span ("a fund for joint software projects over 2024-2027") or a value
// ("worth $30 million") is when or how much, not what.
var topicStops = setOf("by", "in", "at", "held", "organised", "organized", "hosted", "co-organised",
	"co-organized", "attended", "chaired", "signed", "which", "that", "where", "when", "with", "tại", "do",
	"được", "diễn", "tổ", "vào", "ngày", "sáng", "chiều", "over", "during", "from", "until", "through", "since",
	"worth", "valued")
