package extract

import (
	"strings"
	"unicode"

	"ictdash/data"
)

// An agreement is told apart by who signed it: an analyst records "MoU
// between KSIA and HUST", not "memorandum of understanding". The parties
// are found where news reporting puts them: after "between"/"giữa" in the
// agreement's sentence ("được ký chiều 16/10 giữa Sở … và KOICA"), as the
// subject of the clause an "Under the MoU …," adverbial opens ("Under a
// memorandum of understanding signed at the forum, KSIA and HUST will
// train …"), or as the subject of "signed"/"ký" ("Vietnam and Korea signed
// an agreement").

// agreementParties appends the parties to an agreement's name.
func (x *extractor) agreementParties(m itemMention) itemMention {
	if !agreementHeads[data.Fold(m.cue.head)] || m.cue.plural {
		return m
	}
	vi := x.lang.String() == "vi"
	between, and := " between ", " and "
	if vi {
		between, and = " giữa ", " và "
	}
	name := m.name
	if name == "" {
		name = x.text[m.start:m.end]
	}
	if strings.Contains(strings.ToLower(name), between) {
		return m
	}
	p := x.partiesAfterBetween(m, between)
	if p == "" {
		p = x.partiesAsSubject(m, vi)
	}
	p = shortenAcronyms(p)
	if p == "" || !strings.Contains(p, and) || len(strings.Fields(p)) > 10 {
		return m
	}
	m.name = name + between + p
	return m
}

// partiesAfterBetween: the parties after "between"/"giữa" later in the
// agreement's clause, up to punctuation or the next clause word.
func (x *extractor) partiesAfterBetween(m itemMention, between string) string {
	rest := x.text[m.end:m.sent.end]
	k := strings.Index(strings.ToLower(rest), between)
	if k < 0 || strings.ContainsAny(rest[:k], ",;") {
		return ""
	}
	p := rest[k+len(between):]
	if e := strings.IndexAny(p, ",;.:"); e >= 0 {
		p = p[:e]
	}
	for _, stop := range []string{" với ", " về ", " nhằm ", " để ", " on ", " to ", " for ", " in ", " at "} {
		if e := strings.Index(p, stop); e >= 0 {
			p = p[:e]
		}
	}
	p = strings.TrimSpace(p)
	if !capitalised(p) {
		return ""
	}
	return p
}

// partiesAsSubject: the subject of the clause after a leading "Under …,"
// that holds the agreement, or the subject of "signed"/"ký" before it.
func (x *extractor) partiesAsSubject(m itemMention, vi bool) string {
	s := x.text[m.sent.start:m.sent.end]
	at := m.start - m.sent.start
	low := strings.ToLower(s)
	if !vi && strings.HasPrefix(low, "under ") {
		if c := strings.Index(s, ", "); c > at {
			return leadingNames(s[c+2:], " and ")
		}
	}
	verbs := []string{" signed ", " have signed ", " has signed "}
	if vi {
		verbs = []string{" đã ký ", " ký kết ", " ký "}
	}
	for _, v := range verbs {
		if k := strings.Index(low, v); k > 0 && k < at {
			subj := s[:k]
			if strings.ContainsAny(subj, ",;") {
				return ""
			}
			if vi {
				return leadingNames(subj, " và ")
			}
			return leadingNames(subj, " and ")
		}
	}
	return ""
}

// leadingNames is the run of proper names joined by and at the start of s
// (capitalised words, with the lower-case glue of institutions' names and
// bracketed abbreviations), or "" when s does not start with one.
func leadingNames(s, and string) string {
	glue := setOf("of", "and", "for", "the", "và", "về", "thông", "tin", "truyền", "học", "công", "nghệ")
	for _, det := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, det) // "the Korea Software Industry Association (KOSA) and …"
	}
	s = strings.ReplaceAll(s, " and the ", " and ")
	end, n := 0, 0
	for _, f := range strings.SplitAfter(s, " ") {
		w := strings.TrimSpace(f)
		if w == "" {
			break
		}
		if !capitalised(strings.TrimLeft(w, "(")) && !glue[strings.ToLower(w)] {
			break
		}
		end += len(f)
		n++
	}
	p := strings.TrimSpace(s[:end])
	for _, g := range []string{" and", " và", " of", " the"} {
		p = strings.TrimSuffix(p, g)
	}
	if n == 0 || !capitalised(p) {
		return ""
	}
	return p
}

// shortenAcronyms replaces a full name followed by its abbreviation in
// brackets with the abbreviation ("Hanoi University of Science and
// Technology (HUST)" → "HUST"): the capitalised words before the bracket
// whose initials spell it, else those after the last "and"/"và" (an
// abbreviation is not always initials: KOSA, Korea Software Industry
// Association).
func shortenAcronyms(p string) string {
	for {
		o := strings.Index(p, " (")
		c := strings.IndexByte(p, ')')
		if o < 0 || c < o {
			return p
		}
		abbr := p[o+2 : c]
		start, ok := acronymStart(p[:o], abbr)
		if !ok {
			start = 0
			for _, and := range []string{" and ", " và "} {
				if k := strings.LastIndex(p[:o], and); k >= 0 {
					start = max(start, k+len(and))
				}
			}
		}
		p = p[:start] + abbr + p[c+1:]
	}
}

// acronymStart finds where, in s, the words whose capitals spell abbr
// begin (connectors "of", "and" skipped).
func acronymStart(s, abbr string) (int, bool) {
	ws := strings.Fields(s)
	letters := []rune(strings.ToUpper(abbr))
	i, at := len(letters)-1, len(s)
	for k := len(ws) - 1; k >= 0 && i >= 0; k-- {
		r := firstRune(ws[k])
		if !unicode.IsUpper(r) {
			if strings.ToLower(ws[k]) == ws[k] {
				continue
			}
			return 0, false
		}
		if unicode.ToUpper(r) != letters[i] {
			return 0, false
		}
		i--
		at = strings.LastIndex(s[:at], ws[k])
	}
	return at, i < 0 && at >= 0
}

// koJointHeads are Korean heads that two parties form: "네이버클라우드는
// 베트남 국영 통신사 VNPT와 합작법인 설립을" is the 네이버클라우드-VNPT
// 합작법인, named by the subject (-는/-은/-가/-이) and the partner (-와/-과)
// the clause gives before the bare head.
var koJointHeads = setOf("합작법인", "합작사", "합작회사")

func (x *extractor) koPartners(m itemMention) itemMention {
	if m.name != "" || !koJointHeads[m.cue.head] {
		return m
	}
	ws := strings.Fields(x.text[m.sent.start:m.start])
	if len(ws) < 2 {
		return m
	}
	partner, ok := cutAny(ws[len(ws)-1], "와", "과")
	if !ok || partner == "" {
		return m
	}
	for i, w := range ws[:len(ws)-1] {
		if subj, ok := cutAny(w, "는", "은", "가", "이"); ok && len([]rune(subj)) >= 2 && !koTimeWords[subj] {
			// "LG CNS는": the Latin words before the particle's word are
			// the name's.
			for j := i - 1; j >= 0 && !hangul(ws[j]) && !unicode.IsDigit(firstRune(ws[j])); j-- {
				subj = ws[j] + " " + subj
			}
			m.name = subj + "-" + partner + " " + m.cue.head
			return m
		}
	}
	return m
}

// cutAny cuts the first of the suffixes w ends in.
func cutAny(w string, suffixes ...string) (string, bool) {
	for _, s := range suffixes {
		if r, ok := strings.CutSuffix(w, s); ok {
			return r, true
		}
	}
	return w, false
}
