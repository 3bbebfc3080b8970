package extract

import (
	"slices"
	"sort"
	"strings"
)

// A figure's sentence often names its organisation or speaker only by a
// reference back: "the company", "Its share …", "tập đoàn", "hãng", "이
// 회사는", "he said", "ông cho biết". Such a sentence is about the entity
// the reference points to, and is tagged with it. Only an explicit
// reference carries an entity over: a sentence that has none keeps only
// what it names, so that national statistics in an article about one firm
// ("Vietnam's IT exports rose 20%") are not tagged with the firm.

// refKind is what a reference points back to.
type refKind int

const (
	refNone   refKind = iota
	refOrg            // "the company", "tập đoàn", "이 회사"
	refHolder         // "Its …" at the start: the previous sentence's first organisation or place
	refPerson         // "he said", "ông nói", "그는"
)

// maxRefBack bounds how many sentences back a reference looks: beyond a
// paragraph or so a reader would no longer take it to point there.
const maxRefBack = 4

// referTags adds to the figures whose sentence holds a reference the
// entity it refers to, and those that name an institution by its head
// noun the institution (shortFormTags); t holds the drafted entities'
// names, kind and names give each id's entity kind and folded names.
func (x *extractor) referTags(d *Draft, t *tagger, kind func(id string) string, names func(id string) []string) {
	// The known names and the drafted ones: the figures were tagged with
	// both.
	hits, unnamed := make([][]tagHit, len(x.sents)), make([]bool, len(x.sents))
	for i, s := range x.sents {
		hits[i] = append(x.tags.matches(x.text[s.start:s.end]), t.matches(x.text[s.start:s.end])...)
		sort.SliceStable(hits[i], func(a, b int) bool { return hits[i][a].start < hits[i][b].start })
		unnamed[i] = mentionsUnnamedOrg(x.text, words(x.text, s))
	}
	for i := range d.Figures {
		f := &d.Figures[i]
		for _, si := range x.figureSentences(f) {
			ref, at := x.reference(si)
			if ref == refNone || namedBefore(hits[si], at, ref, kind) {
				continue
			}
			from := max(0, si-maxRefBack)
			id, place := referent(hits[from:si], unnamed[from:si], ref, kind)
			switch {
			case id == "":
			case place:
				f.Places = union(f.Places, []string{id})
			default:
				f.Orgs = union(f.Orgs, []string{id})
			}
		}
	}
	x.shortFormTags(d, hits, names, kind)
}

// figureSentences are the indexes of the sentences a figure is quoted
// from: its quote's and those of its restatements (a headline's figure
// is named in the lead).
func (x *extractor) figureSentences(f *Figure) []int {
	var out []int
	for _, q := range append([]string{f.Quote}, f.Also...) {
		if si := x.quoteSentence(q); si >= 0 && !slices.Contains(out, si) {
			out = append(out, si)
		}
	}
	return out
}

// quoteSentence is the index in x.sents of the sentence a quote begins in,
// or -1.
func (x *extractor) quoteSentence(quote string) int {
	s, ok := x.sentenceOf(quote)
	if !ok {
		return -1
	}
	i := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].end > s.start })
	if i == len(x.sents) {
		return -1
	}
	return i
}

// namedBefore reports whether the sentence names, before the reference at
// offset at, an entity of the sort the reference points to: "Samsung said
// the company …" refers to Samsung, which is tagged already.
func namedBefore(hs []tagHit, at int, ref refKind, kind func(string) string) bool {
	for _, h := range hs {
		if h.start < at && fits(h, ref, kind) {
			return true
		}
	}
	return false
}

// fits reports whether a hit is of the sort a reference points to.
func fits(h tagHit, ref refKind, kind func(string) string) bool {
	switch ref {
	case refOrg:
		return kind(h.id) == "organisation"
	case refPerson:
		return kind(h.id) == "person"
	case refHolder:
		return kind(h.id) != "person"
	}
	return false
}

// referent finds, in the sentences before (nearest last), the entity a
// reference points to: in the nearest sentence that names one of its
// sort, the first (the subject, as a rule); for a person the only one, or
// none when that sentence names two people. An organisation mentioned
// without its name on the way back ("said his company had hired 12
// engineers from Duy Tân University. The firm plans …") may be the one
// meant, so the reference is left unresolved.
func referent(before [][]tagHit, unnamed []bool, ref refKind, kind func(string) string) (string, bool) {
	for k := len(before) - 1; k >= 0; k-- {
		if ref == refOrg && unnamed[k] {
			return "", false
		}
		var ids []string
		var place []bool
		for _, h := range before[k] {
			if fits(h, ref, kind) && !slices.Contains(ids, h.id) {
				ids, place = append(ids, h.id), append(place, h.place)
			}
		}
		switch {
		case len(ids) == 0:
			continue
		case ref == refPerson && len(ids) > 1:
			return "", false
		}
		return ids[0], place[0]
	}
	return "", false
}

// reference finds a reference back in sentence si and its offset in that
// sentence.
func (x *extractor) reference(si int) (refKind, int) {
	s := x.sents[si]
	ws := words(x.text, s)
	for i := range ws {
		if ref := refAt(x.text, ws, i); ref != refNone {
			return ref, ws[i].start - s.start
		}
	}
	return refNone, 0
}

// refAt reports whether a reference back begins at ws[i].
func refAt(t string, ws []word, i int) refKind {
	w := ws[i].s
	l := strings.ToLower(w)
	next := func(k int) string {
		if i+k < len(ws) && ws[i+k].joined {
			return ws[i+k].s
		}
		return ""
	}
	switch {
	case i == 0 && w == "Its":
		return refHolder
	case l == "he" || l == "she" || w == "그는" || w == "그녀는":
		return refPerson
	case (l == "ông" || l == "bà") && !capitalised(next(1)) && viSpeechVerbs[strings.ToLower(next(1))]:
		return refPerson // "ông cho biết", "bà nói"; "ông Choi" is a name
	case l == "the":
		return enOrgRef(ws, i)
	}
	return viKoOrgRef(t, ws, i)
}

// viSpeechVerbs follow a pronoun that stands for the person quoted.
var viSpeechVerbs = setOf("nói", "cho", "khẳng", "nhấn", "chia", "cũng", "tiết", "thông", "đánh")

// enOrgNouns stand for an organisation after "the": "the company", "the
// Korean firm", "the tech giant".
var enOrgNouns = setOf("company", "firm", "group", "conglomerate", "chipmaker", "carmaker", "automaker",
	"manufacturer", "giant", "maker", "supplier", "operator", "developer", "startup", "start-up", "lender", "carrier")

// enOrgRef: "the" with an organisation noun within two words, not plural,
// and not in apposition before a name ("the firm Hana Micron").
func enOrgRef(ws []word, i int) refKind {
	for k := i + 1; k < len(ws) && k <= i+3 && ws[k].joined; k++ {
		if enOrgNouns[ws[k].s] {
			if k+1 < len(ws) && ws[k+1].joined && capitalised(ws[k+1].s) {
				return refNone
			}
			return refOrg
		}
	}
	return refNone
}

// viOrgRefs stand for an organisation in Vietnamese when no name follows
// them: "Tập đoàn hiện có …", "số điện thoại của hãng", "công ty này".
var viOrgRefs = setOf("công ty", "tập đoàn", "hãng", "doanh nghiệp này", "đơn vị này", "tổ hợp")

// koOrgRefs stand for an organisation in Korean after 이, 같은, 해당, or
// at the start of a sentence: "이 회사는", "회사 측은"; 동사 (同社) anywhere.
var koOrgRefs = setOf("회사는", "회사가", "회사의", "회사도", "회사", "기업은", "기업의", "업체는", "업체의")

func viKoOrgRef(t string, ws []word, i int) refKind {
	w := ws[i].s
	if w == "동사는" || w == "동사의" || (w == "회사" && i+1 < len(ws) && strings.HasPrefix(ws[i+1].s, "측")) {
		return refOrg
	}
	if koOrgRefs[w] && w != "회사" && i > 0 && ws[i].joined && (ws[i-1].s == "이" || ws[i-1].s == "같은" || ws[i-1].s == "해당") {
		return refOrg
	}
	if koOrgRefs[w] && i == 0 && strings.HasPrefix(w, "회사") && w != "회사" {
		return refOrg
	}
	if i > 0 && ws[i].joined && viPlural[strings.ToLower(ws[i-1].s)] {
		return refNone // "các công ty", "nhiều tập đoàn"
	}
	for n := 3; n >= 1; n-- {
		if i+n > len(ws) {
			continue
		}
		p := strings.ToLower(t[ws[i].start:ws[i+n-1].end])
		if !viOrgRefs[p] {
			continue
		}
		if i+n < len(ws) && ws[i+n].joined && (capitalised(ws[i+n].s) || viNotRef[ws[i+n].s]) {
			return refNone // "Tập đoàn Samsung", "công ty Hàn Quốc", "công ty con", "hãng tin"
		}
		if i+n+1 < len(ws) && ws[i+n+1].joined && capitalised(ws[i+n+1].s) {
			return refNone // "hãng xe Hyundai", "công ty điện Samsung": a kind, then the name
		}
		return refOrg
	}
	return refNone
}

// viNotRef follow an organisation noun that then names another thing: a
// subsidiary (công ty con), a news agency (hãng tin), a member (công ty
// thành viên), a foreign firm in general (công ty nước ngoài).
var viNotRef = setOf("con", "tin", "thành", "nước", "mẹ", "bay", "hàng", "du", "luật")

// viPlural make the noun after them many, not the one named before.
var viPlural = setOf("các", "những", "nhiều", "mọi", "một", "hai", "ba", "mỗi", "từng")

// enUnnamedDeterminers introduce an organisation without naming it: "a
// Seoul-based start-up", "his company", "another firm".
var enUnnamedDeterminers = setOf("a", "an", "his", "her", "their", "another", "one", "một")

// mentionsUnnamedOrg reports whether a sentence speaks of an organisation
// it does not name: a determiner and, within three words, an
// organisation noun not followed by a name.
func mentionsUnnamedOrg(t string, ws []word) bool {
	for i, w := range ws {
		if !enUnnamedDeterminers[strings.ToLower(w.s)] {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+4 && ws[k].joined; k++ {
			n := strings.ToLower(ws[k].s)
			if enOrgNouns[n] || n == "start-up" || viOrgRefs[n] || (k+1 < len(ws) && viOrgRefs[n+" "+strings.ToLower(ws[k+1].s)]) {
				return !(k+1 < len(ws) && ws[k+1].joined && capitalised(ws[k+1].s))
			}
		}
	}
	return false
}
