package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"ictdash/data/quantity"
)

// Generic holders. Reporting names a firm once and then calls it "the
// company", "doanh nghiệp", "tập đoàn", "이 회사" or "동사"; a label built
// from such a sentence ("Doanh thu của doanh nghiệp", "Revenue of the
// company") says nothing on its own. The holder is replaced by the
// organisation the reference points to, as the tagger resolves it
// (entity_refer.go: namedBefore, referent), and as the article writes its
// name there ("LG Innotek"), only when that is unambiguous: the sentence
// it is found in names one organisation only.

// holderRef is a generic holder found in a label: the bytes [start, end)
// of the label it covers, the word the reference is written with in the
// sentence (to find its offset there) and the Korean particle it carries.
type holderRef struct {
	start, end int
	word       string
	particle   string
}

// referLabels replaces the generic holders of the figures' labels by the
// organisation they refer to; t holds the drafted entities' names and
// kind gives each id's entity kind.
func (x *extractor) referLabels(d *Draft, t *tagger, kind func(id string) string) {
	var hits [][]tagHit
	var unnamed []bool
	for i := range d.Figures {
		f := &d.Figures[i]
		if strings.HasPrefix(f.Label, weakPrefix) {
			continue
		}
		si := x.quoteSentence(f.Quote)
		if si < 0 {
			continue
		}
		s := x.sents[si]
		lang := labelSentenceLang(x.lang, x.text, s)
		r, ok := genericHolder(f.Label, lang)
		if !ok {
			continue
		}
		at := strings.Index(strings.ToLower(x.text[s.start:s.end]), r.word)
		if at < 0 {
			continue
		}
		if hits == nil {
			hits, unnamed = x.sentenceHits(t)
		}
		name := x.holderName(hits, unnamed, si, at, kind)
		if name == "" || strings.Contains(f.Label, name) {
			continue
		}
		f.Label = withHolder(f.Label, r, name, lang)
	}
}

// sentenceHits are the known and drafted names each sentence holds, in
// order, and whether it speaks of an organisation it does not name: what
// referTags resolves references over.
func (x *extractor) sentenceHits(t *tagger) ([][]tagHit, []bool) {
	hits, unnamed := make([][]tagHit, len(x.sents)), make([]bool, len(x.sents))
	for i, s := range x.sents {
		hits[i] = append(x.tags.matches(x.text[s.start:s.end]), t.matches(x.text[s.start:s.end])...)
		sort.SliceStable(hits[i], func(a, b int) bool { return hits[i][a].start < hits[i][b].start })
		unnamed[i] = mentionsUnnamedOrg(x.text, words(x.text, s))
	}
	return hits, unnamed
}

// holderName is the organisation a reference at offset at of sentence si
// points to, as the article writes it in the sentence that names it, or
// "" when it is not one organisation for certain.
func (x *extractor) holderName(hits [][]tagHit, unnamed []bool, si, at int, kind func(string) string) string {
	k := -1
	if namedBefore(hits[si], at, refOrg, kind) {
		k = si // "Samsung said the company …"
	} else {
		from := max(0, si-maxRefBack)
		id, place := referent(hits[from:si], unnamed[from:si], refOrg, kind)
		if id == "" || place {
			return ""
		}
		for j := si - 1; j >= from && k < 0; j-- {
			for _, h := range hits[j] {
				if h.id == id {
					k = j
				}
			}
		}
	}
	if k < 0 {
		return ""
	}
	var ids []string
	var name string
	for _, h := range hits[k] {
		if k == si && h.start >= at {
			break
		}
		if fits(h, refOrg, kind) && !slices.Contains(ids, h.id) {
			ids = append(ids, h.id)
			s := x.sents[k]
			name = x.text[s.start+h.start : s.start+h.end]
		}
	}
	if len(ids) != 1 {
		return ""
	}
	return shortOrgName(name)
}

// orgLegalForms are the words of a firm's registered form that labels
// leave out: "Công ty TNHH LG Innotek Việt Nam Hải Phòng" is "LG Innotek
// Việt Nam Hải Phòng" in a label, as in the analyst's.
var orgLegalForms = []string{"công ty tnhh một thành viên ", "công ty tnhh ", "công ty cổ phần ", "công ty cp ", "công ty ", "tập đoàn ", "(주)", "㈜", "주식회사 "}

func shortOrgName(n string) string {
	for _, p := range orgLegalForms {
		if len(n) > len(p) && strings.EqualFold(n[:len(p)], p) {
			return strings.TrimSpace(n[len(p):])
		}
	}
	for _, s := range []string{" Co., Ltd.", " Co., Ltd", " Co. Ltd", " Inc.", " Corp.", " Ltd."} {
		n = strings.TrimSuffix(n, s)
	}
	return strings.TrimSpace(n)
}

// enGenericHolders are the English references a label may hold its
// holder by; the possessive is kept ("the company’s revenue").
var enGenericHolders = []string{"the company", "the firm", "the group", "the conglomerate", "the chipmaker", "the carmaker", "the manufacturer", "the tech giant"}

// viGenericHolders are the Vietnamese nouns that stand for the firm named
// before when they hold a figure: "của doanh nghiệp", "được tập đoàn …".
var viGenericHolders = []string{"doanh nghiệp", "công ty", "tập đoàn", "hãng"}

// viHolderMarks introduce a holder in a Vietnamese label.
var viHolderMarks = setOf("của", "được", "do", "bởi")

// koGenericHolders stand for the firm named before in a Korean label,
// longest first.
var koGenericHolders = []string{"이 회사", "이 기업", "해당 회사", "해당 기업", "같은 회사", "동사", "회사"}

// genericHolder finds a generic holder in label l.
func genericHolder(l string, lang quantity.Lang) (holderRef, bool) {
	switch lang {
	case quantity.VI:
		return viGenericHolder(l)
	case quantity.KO:
		return koHolderRef(l)
	}
	low := strings.ToLower(l)
	for _, g := range enGenericHolders {
		i := indexWord(low, g)
		if bare := strings.TrimPrefix(g, "the "); i < 0 && strings.HasPrefix(low, bare) {
			i, g = 0, bare // "Company’s revenue": the article dropped
		}
		if i < 0 {
			continue
		}
		e := i + len(g)
		if e < len(low) {
			r, _ := utf8.DecodeRuneInString(l[e:])
			if r != ' ' && r != '’' && r != '\'' && r != ',' {
				continue
			}
			if rest := strings.TrimLeft(l[e:], " "); capitalised(rest) {
				continue // "the firm Hana Micron"
			}
		}
		return holderRef{start: i, end: e, word: g}, true
	}
	return holderRef{}, false
}

func viGenericHolder(l string) (holderRef, bool) {
	fs := labelFields(l)
	for i, f := range fs {
		for _, g := range viGenericHolders {
			gw := strings.Fields(g)
			if i+len(gw) > len(fs) || i == 0 || !viHolderMarks[strings.ToLower(fs[i-1].s)] {
				continue
			}
			match := true
			for k, w := range gw {
				match = match && strings.ToLower(fs[i+k].s) == w
			}
			if !match {
				continue
			}
			end := fs[i+len(gw)-1].end
			if j := i + len(gw); j < len(fs) {
				nx := fs[j].s
				switch {
				case viDemonstrative[strings.ToLower(nx)]:
					end = fs[j].end // "của doanh nghiệp này"
				case capitalised(nx) || viNotRef[strings.ToLower(nx)]:
					continue // "của Tập đoàn Samsung", "của công ty con"
				}
			}
			return holderRef{start: f.start, end: end, word: g}, true
		}
	}
	return holderRef{}, false
}

func koHolderRef(l string) (holderRef, bool) {
	for _, g := range koGenericHolders {
		for from := 0; from < len(l); {
			i := strings.Index(l[from:], g)
			if i < 0 {
				break
			}
			i += from
			from = i + len(g)
			if i > 0 {
				if r, _ := utf8.DecodeLastRuneInString(l[:i]); r != ' ' {
					continue // "자회사", "현지 법인 회사"
				}
			}
			e := i + len(g)
			rest := l[e:]
			p := ""
			switch {
			case strings.HasPrefix(rest, "의"):
				p = "의"
			case rest == "" || rest[0] == ' ':
			default:
				continue // "회사채"
			}
			if g == "회사" && (i > 0 || p == "") {
				continue // a bare 회사 holds a label only at its start: "회사의 매출"
			}
			return holderRef{start: i, end: e + len(p), word: g, particle: p}, true
		}
	}
	return holderRef{}, false
}

// withHolder writes the name in the holder's place.
func withHolder(l string, r holderRef, name string, lang quantity.Lang) string {
	repl := name
	switch {
	case lang == quantity.KO:
		repl += r.particle
	case r.start == 0:
		repl = name
	}
	out := l[:r.start] + repl + l[r.end:]
	if lang != quantity.KO {
		out = sentenceCase(out)
	}
	if utf8.RuneCountInString(stripUnitNote(out)) > maxLabelRunes {
		out = finishLabel(out, lang)
	}
	return out
}

// labelField is a word of a label with its byte offsets.
type labelField struct {
	s          string
	start, end int
}

func labelFields(l string) []labelField {
	var out []labelField
	for i := 0; i < len(l); {
		r, n := utf8.DecodeRuneInString(l[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(l) {
			r, n := utf8.DecodeRuneInString(l[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		out = append(out, labelField{strings.TrimRight(l[i:j], ",;:"), i, i + len(strings.TrimRight(l[i:j], ",;:"))})
		i = j
	}
	return out
}
