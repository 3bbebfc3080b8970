package extract

import (
	"fmt"
	"slices"
	"strings"

	"ictdash/data"
)

// draftItems drafts the items the figures are about (a plant, a programme,
// a forum, an MoU: one per distinct thing the article names, however often
// it names it) and links each figure to the items its sentence names or
// refers back to. An item the known dataset has under that name or an
// alias is linked, not drafted again.
func (x *extractor) draftItems(d *Draft) {
	known := x.knownItems(d)
	byName := map[string]int{}        // folded name → index in d.Items
	lastByHead := map[string]string{} // head noun → id of the last item it named
	linked := map[span][]string{}     // sentence → item ids it names
	for _, sent := range x.sents {
		for _, h := range known.matches(x.text[sent.start:sent.end]) {
			linked[sent] = union(linked[sent], []string{h.id})
		}
		for _, m := range x.itemMentions(sent) {
			if id := x.itemFor(d, m, known, byName, lastByHead); id != "" {
				linked[sent] = union(linked[sent], []string{id})
				lastByHead[headKey(m.cue)] = id
			}
		}
	}
	for i := range d.Figures {
		f := &d.Figures[i]
		if s, ok := x.sentenceOf(f.Quote); ok {
			f.Items = union(f.Items, linked[s])
		}
	}
	x.dateItems(d)
	x.labelsWithItems(d, known)
}

// labelsWithItems completes a bare label ("Đại biểu", "Korean
// businesses") with the one item its sentence is about: what is counted
// is counted there ("Đại biểu (Diễn đàn Đầu tư Hàn Quốc - miền Trung)").
func (x *extractor) labelsWithItems(d *Draft, known *tagger) {
	names := map[string]string{}
	for _, it := range d.Items {
		names[it.ID] = it.Name
	}
	for i := range d.Figures {
		f := &d.Figures[i]
		if len(f.Items) != 1 || len(strings.Fields(f.Label)) > 2 || strings.HasPrefix(f.Label, "to label:") {
			continue
		}
		name := names[f.Items[0]]
		switch {
		case name == "" || strings.Contains(data.Fold(f.Label), data.Fold(name)):
		case strings.Contains(data.Fold(name), data.Fold(f.Label)):
			f.Label = sentenceCase(name) // "Dự án" of the item "dự án FDI": its name says more
		default:
			f.Label = fmt.Sprintf("%s (%s)", f.Label, name)
		}
	}
}

// itemFor returns the id of the item a mention names: a known item of that
// name, an item drafted from an earlier mention, a new draft, or — for a
// reference back ("the plant") — the item last named by that head.
func (x *extractor) itemFor(d *Draft, m itemMention, known *tagger, byName map[string]int, last map[string]string) string {
	if m.name == "" {
		return last[headKey(m.cue)]
	}
	if n, ok := known.lookup(m.name); ok {
		return n.id
	}
	if x.insideKnownItem(m, known) {
		return ""
	}
	key, short := data.Fold(m.name), shortKey(m)
	for _, k := range []string{key, short} {
		if i, ok := byName[k]; ok {
			x.rename(&d.Items[i], m)
			byName[key] = i
			return d.Items[i].ID
		}
	}
	if m.cue.plural {
		return "" // "its two factories" are other things than the factory named before
	}
	sentText := x.text[m.sent.start:m.sent.end]
	places, orgs := x.tags.tag(sentText)
	it := Item{
		// A Korean name's id is its romanisation: "반도체 부품 공장" → …-bandoche-bupum-gongjang.
		ID: x.newID(m.name, romanize(m.name)), Kind: itemKindOf(m, sentText), Name: m.name, Places: places, Orgs: orgs,
		Quote: x.nameQuote(m.start, m.end), Confidence: 0.5,
		Reason: fmt.Sprintf("%q names an item; check its kind, name and date", headWord(m)),
	}
	if m.capital {
		it.Confidence, it.Reason = 0.7, fmt.Sprintf("a proper name ending in %q; check its kind and date", headWord(m))
	}
	byName[key], byName[short] = len(d.Items), len(d.Items)
	d.Items = append(d.Items, it)
	return it.ID
}

// shortKey is a mention's head with the word before it ("packaging
// plant"): a headline's "chip packaging plant" and the body's
// "semiconductor packaging plant" are one plant.
func shortKey(m itemMention) string {
	h := headKey(m.cue)
	ws, head := strings.Fields(data.Fold(m.name)), strings.Fields(data.Fold(m.cue.head))
	n := len(head)
	if len(ws) <= n {
		return h
	}
	if slices.Equal(ws[:n], head) { // Vietnamese: the head comes first
		return h + "|" + ws[n]
	}
	return h + "|" + ws[len(ws)-n-1]
}

// rename gives an item the proper name a later mention uses ("the
// Vietnam–Korea IT Talent Programme" after "an IT talent programme").
func (x *extractor) rename(it *Item, m itemMention) {
	switch {
	case m.capital && it.Confidence < 0.7:
		it.Name, it.Quote, it.Confidence = m.name, x.nameQuote(m.start, m.end), 0.7
		it.Reason = fmt.Sprintf("a proper name ending in %q; check its kind and date", headWord(m))
	case !m.capital && it.Confidence < 0.7 && len(strings.Fields(m.name)) > len(strings.Fields(it.Name)) && strings.HasSuffix(m.name, lastField(it.Name)):
		// A headline names it short ("AI·5G 협력 양해각서"); the lead in
		// full ("인공지능(AI)·5G·디지털정부 분야 협력 양해각서").
		it.Name, it.Quote = m.name, x.nameQuote(m.start, m.end)
	}
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

// insideKnownItem reports whether a mention lies inside a known item's
// name found in its sentence (the known name is linked instead).
func (x *extractor) insideKnownItem(m itemMention, known *tagger) bool {
	for _, h := range known.matches(x.text[m.sent.start:m.sent.end]) {
		if m.sent.start+h.start <= m.start && m.end <= m.sent.start+h.end {
			return true
		}
	}
	return false
}

// knownItems is a tagger over the known dataset's items that are not
// places, organisations or people. Items defined in this article's own
// record file are left out: the draft replaces that file.
func (x *extractor) knownItems(d *Draft) *tagger {
	t := &tagger{}
	if x.tags.set == nil {
		return t
	}
	own := recordFileOf(d.File)
	for _, it := range x.tags.set.Items {
		if it.Kind == "place" || it.Kind == "organisation" || it.Kind == "person" || it.File == own {
			continue
		}
		t.add(it.ID, false, append([]string{it.Name}, it.Aliases...)...)
	}
	return t
}

// recordFileOf is the record file name of an article file.
func recordFileOf(file string) string {
	if k := strings.LastIndexByte(file, '.'); k > 0 {
		file = file[:k]
	}
	return file + ".yaml"
}

// itemKind is the cue's kind, or, for a head that names several kinds
// ("programme", "centre", "project", "dự án", "사업"), the kind the
// sentence's words say: training, investment, else initiative.
func itemKind(c itemCue, sent string) string {
	if c.kind != "" {
		return c.kind
	}
	low := strings.ToLower(sent)
	switch {
	case containsAnyWord(low, trainingWords):
		return "training"
	case containsAnyWord(low, investWords):
		return "investment"
	}
	return "initiative"
}

// itemKindOf is itemKind, but a research centre is a facility someone
// built, an investment, whatever else its sentence says.
func itemKindOf(m itemMention, sent string) string {
	if m.cue.kind == "" {
		n := strings.ToLower(m.name)
		if strings.Contains(n, "r&d") || strings.Contains(n, "연구") || strings.Contains(n, "nghiên cứu") || strings.Contains(n, "research") {
			return "investment"
		}
		if k := kindByName(m); k != "" {
			return k
		}
	}
	return itemKind(m.cue, sent)
}

func containsAnyWord(low string, ws []string) bool {
	for _, w := range ws {
		if containsWord(low, w) {
			return true
		}
	}
	return false
}

// headKey groups heads that name the same sort of thing ("plant" and
// "plants", "centre" and "center", "khóa học" and "khoá học") for
// references back.
func headKey(c itemCue) string {
	h := data.Fold(c.head)
	if k, ok := headSpellings[h]; ok {
		return k
	}
	return strings.TrimSuffix(h, "s")
}

var headSpellings = map[string]string{
	"factories": "factory", "centre": "center", "centres": "center", "centers": "center", "programme": "program",
	"programmes": "program", "programs": "program", "mous": "mou", "memorandum of understanding": "mou",
}

func headWord(m itemMention) string { return m.cue.head }
