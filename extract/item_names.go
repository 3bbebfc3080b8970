package extract

import (
	"strings"
	"unicode"

	"ictdash/data"
)

// An analyst recognises an item by its holder, its head and its place or
// topic: "LG CNS Hanoi development center", not "development center";
// "Biên bản ghi nhớ giữa Sở TT&TT TP HCM và KOICA", not "biên bản ghi
// nhớ"; "Chương trình chuyển đổi số giai đoạn 2021-2025", not a
// "Chương trình chuyển đổi số giai đoạn" cut at its years. These
// refinements complete a mention's name from the words around it.

// refineMention completes m's name: a quoted title whole, a Vietnamese
// period span, an agreement's parties, an English holder before "its".
func (x *extractor) refineMention(m itemMention) itemMention {
	m = x.quotedName(m)
	m = x.periodTail(m)
	m = x.agreementParties(m)
	m = x.koPartners(m)
	return x.itsHolder(m)
}

// keepMention drops mentions whose head names no item in its place: a
// plan-like head that is not a proper name ("chiến lược kinh doanh" is a
// business's way, "Chiến lược quốc gia về …" a document), a committee that
// is not a numbered session (the committee itself is an organisation, its
// "제3차" meeting an event), "quỹ đất" (a land bank, not a fund).
func (x *extractor) keepMention(m itemMention) bool {
	h := data.Fold(m.cue.head)
	switch {
	case properOnlyHeads[h]:
		return m.name == "" || m.capital || x.quoted(m) || x.datedName(m)
	case enPlanHeads[h]:
		// "growth strategy" is a firm's way; "the ministry's digital
		// infrastructure strategy" or "the Digital Transformation Roadmap" a
		// document.
		return m.name == "" || m.capital || x.quoted(m) || x.datedName(m) || len(strings.Fields(m.name)) >= 3
	case h == data.Fold("위원회"):
		return m.name == "" || koSession(m.name)
	}
	if h == data.Fold("quỹ") && strings.HasPrefix(data.Fold(m.name), data.Fold("quỹ đất")) {
		return false
	}
	return true
}

var enPlanHeads = setOf("strategy", "roadmap", "master plan")

var properOnlyHeads = setOf(data.Fold("chiến lược"), data.Fold("quy hoạch"), data.Fold("đề án"), data.Fold("전략"),
	data.Fold("로드맵"))

// koSession: "제3차 한-베트남 산업협력위원회" — an ordinal 제N차 before the name.
func koSession(name string) bool {
	i := strings.Index(name, "제")
	if i < 0 {
		return false
	}
	rest := name[i+len("제"):]
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	return j > 0 && strings.HasPrefix(rest[j:], "차")
}

// quoted reports whether the name is closed by a quotation mark.
func (x *extractor) quoted(m itemMention) bool {
	_, ok := x.openQuote(m)
	return ok
}

// openQuote finds the quotation mark that opens a quoted title ending at
// m.end ("'2030 국가 디지털 인프라 전략'에서"), within the sentence and
// at most 80 bytes back.
func (x *extractor) openQuote(m itemMention) (int, bool) {
	if m.end >= m.sent.end {
		return 0, false
	}
	r := firstRune(x.text[m.end:])
	closeQ, ok := quotePairs[r]
	if !ok {
		return 0, false
	}
	lo := max(m.sent.start, m.end-80)
	for _, o := range closeQ {
		if k := strings.LastIndex(x.text[lo:m.end], o); k >= 0 {
			at := lo + k + len(o)
			if at <= m.start && !strings.ContainsAny(x.text[at:m.end], "\"“”'‘’,.") {
				return at, true
			}
		}
	}
	return 0, false
}

// quotePairs maps a closing quotation mark to the marks that open it.
var quotePairs = map[rune][]string{'\'': {"'"}, '’': {"‘"}, '"': {"\""}, '”': {"“"}, '»': {"«"}, '」': {"「"}, '』': {"『"}}

// quotedName takes a quoted title whole: its year and words the head's
// own reading stopped at belong to it.
func (x *extractor) quotedName(m itemMention) itemMention {
	if at, ok := x.openQuote(m); ok && at < m.start && m.name != "" {
		m.start, m.name = at, x.text[at:m.end]
	}
	return m
}

// datedName: a Vietnamese plan followed by its period ("Quy hoạch tỉnh
// Bắc Ninh thời kỳ 2021-2030") is the official document.
func (x *extractor) datedName(m itemMention) bool {
	f := data.Fold(m.name)
	for _, w := range namePeriodWords {
		if strings.HasSuffix(f, " "+data.Fold(w)) {
			return true
		}
	}
	return false
}

var namePeriodWords = []string{"giai đoạn", "thời kỳ", "period"}

// periodTail extends a name cut at its period ("Chương trình chuyển đổi
// số giai đoạn" before "2021-2025") with the years; a period word left
// without them is dropped.
func (x *extractor) periodTail(m itemMention) itemMention {
	if m.name == "" {
		return m
	}
	f := data.Fold(m.name)
	for _, w := range namePeriodWords {
		fw := " " + data.Fold(w)
		if !strings.HasSuffix(f, fw) {
			continue
		}
		if e := yearSpanAt(x.text, m.end, m.sent.end); e > m.end {
			m.end, m.name = e, x.text[m.start:e]
			return m
		}
		cut := len(m.name) - len(w) - 1
		if cut > 0 && strings.EqualFold(strings.TrimSpace(m.name[cut:]), w) {
			m.name, m.end = m.name[:cut], m.start+cut
		}
		return m
	}
	return m
}

// yearSpanAt reads " 2021-2025" or " 2021–2030" (or one year) at i: the
// end of the years, or i.
func yearSpanAt(t string, i, end int) int {
	if i >= end || t[i] != ' ' {
		return i
	}
	j := i + 1
	year := func() bool {
		k := j
		for k < end && k-j < 4 && t[k] >= '0' && t[k] <= '9' {
			k++
		}
		if k-j != 4 {
			return false
		}
		j = k
		return true
	}
	if !year() {
		return i
	}
	after := j
	for _, d := range []string{"-", "–", " - ", " – ", "/"} {
		if strings.HasPrefix(t[j:], d) {
			j += len(d)
			if year() {
				return j
			}
			break
		}
	}
	return after
}

// itsHolder names an English item by the organisation whose "its" it is:
// in "LG CNS said it would expand its Hanoi development center" the
// centre is LG CNS's (the organisation the sentence names before it).
func (x *extractor) itsHolder(m itemMention) itemMention {
	if m.name == "" || m.capital || x.lang.String() != "en" {
		return m
	}
	before := strings.TrimRight(x.text[m.sent.start:m.start], " ")
	if !strings.HasSuffix(strings.ToLower(before), " its") && strings.ToLower(before) != "its" {
		return m
	}
	holder := x.subjectOrg(before)
	if holder != "" && !strings.Contains(m.name, holder) {
		m.name = holder + " " + m.name
	}
	return m
}

// selfNaming heads name an item with no modifier before them ("a joint
// venture in Seoul"); other heads alone refer back ("the plant").
var selfNaming = setOf("joint venture", data.Fold("liên doanh"))

// kindByName decides a head of several kinds by the item's own words
// before its sentence's: a "교육센터" or "training centre" trains whatever
// else the sentence says, a "development center", "데이터센터" or "design
// centre" is a facility a firm built (an investment).
func kindByName(m itemMention) string {
	n := strings.ToLower(m.name)
	if n == "" {
		return ""
	}
	for _, w := range nameTrainingWords {
		if strings.Contains(n, w) {
			return "training"
		}
	}
	for _, w := range facilityWords {
		if strings.Contains(n, w) {
			return "investment"
		}
	}
	return ""
}

var (
	nameTrainingWords = []string{"training", "education", "academy", "교육", "연수", "đào tạo"}
	facilityWords     = []string{"development center", "development centre", "design center", "design centre",
		"data center", "data centre", "delivery center", "delivery centre", "개발센터", "데이터센터", "설계센터",
		"trung tâm dữ liệu", "trung tâm phát triển", "trung tâm thiết kế"}
)

// viJoined: ws[b] continues the name before it — after a space, or after a
// spaced dash between proper words ("Việt - Hàn").
func viJoined(t string, ws []word, b int) bool {
	if ws[b].joined {
		return true
	}
	g := t[ws[b-1].end:ws[b].start]
	return (g == " - " || g == " – ") && capitalised(ws[b-1].s) && capitalised(ws[b].s)
}

// viCompound: a stop word that starts a compound noun of the name
// ("chính phủ điện tử": government, not "main").
func viCompound(ws []word, b int) bool {
	if b+1 >= len(ws) || !ws[b+1].joined {
		return false
	}
	return viCompounds[strings.ToLower(ws[b].s)+" "+strings.ToLower(ws[b+1].s)]
}

var viCompounds = setOf("chính phủ", "chính quyền", "chính sách", "chính trị", "mới sáng", "hiện đại")

// koTimeWords before a Korean head say when, not which ("내년 상반기 중
// 현지 협력 프로그램을 시작할").
var koTimeWords = setOf("상반기", "하반기", "중", "올해", "내년", "연내", "지난해", "최근", "향후", "당초")

// subjectOrg is the organisation a sentence opens with: the first known
// organisation in it, else its leading proper name when a verb follows
// (the article's new firms are not known yet when items are drafted).
func (x *extractor) subjectOrg(before string) string {
	before = afterDateline(before)
	best := tagHit{start: -1}
	for _, h := range x.tags.matches(before) {
		if !h.place && (best.start < 0 || h.start < best.start) {
			best = h
		}
	}
	if best.start >= 0 {
		return strings.TrimFunc(before[best.start:best.end], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	p := leadingNames(before, " and ")
	if p == "" || strings.ContainsAny(p, ",;:\"'()") || len(strings.Fields(p)) > 4 || strings.Contains(p, " and ") ||
		notHolders[strings.ToLower(strings.Fields(p)[0])] {
		return ""
	}
	for _, h := range x.tags.matches(p) {
		if h.place {
			return "" // "Vietnam said it would …": a country's plan, not a firm's
		}
	}
	if placeSpellings(p) != nil {
		return "" // a listed place the dataset does not have yet
	}
	return p
}

// afterDateline is s without the dateline a wire story opens with ("BẮC
// GIANG — ", "SEOUL, June 3 (Yonhap) -- ", "HÀ NỘI (VNA) – "): the words
// before the dash, in capitals or with the agency in brackets, name where
// it was filed, not who acts.
func afterDateline(s string) string {
	for _, d := range []string{" — ", " -- ", " – ", " - "} {
		k := strings.Index(s, d)
		if k <= 0 || k > 60 {
			continue
		}
		head := s[:k]
		if strings.Contains(head, "(") || strings.ToUpper(head) == head {
			return s[k+len(d):]
		}
	}
	return s
}

// notHolders open a sentence without naming an organisation.
var notHolders = setOf("the", "a", "an", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we",
	"i", "separately", "meanwhile", "however", "but", "and", "in", "on", "at", "by", "for", "last", "next", "under")
