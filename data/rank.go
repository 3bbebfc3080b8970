package data

import (
	"cmp"
	"slices"
	"strings"
)

// What matters to the Việt Nam–Korea relationship is worked out from the
// records alone — places, organisations, items and the words of labels and
// names — never from ids, so that the ranking holds for any dataset.

// Side is a country of the relationship that a record reaches.
type Side uint8

// The two sides.
const (
	SideVietnam Side = 1 << iota
	SideKorea
	bothSides = SideVietnam | SideKorea
)

// Tie says how a figure or item ties Việt Nam and Korea together.
type Tie int

// Ties, weakest first.
const (
	TieNone     Tie = iota // neither country
	TieOneSide             // one of them only
	TieIndirect            // both, one of them only through an organisation, an item or the words of its label
	TieDirect              // both among its own places: Korean money, firms or people placed in Việt Nam, or the reverse
)

// Ranker orders figures and items by what matters to the relationship (see
// Rank). It works out once which side each place, organisation, person and
// item of the set is on, and which figures are parts of a series; make one
// per set and reuse it for every list drawn from that set. It is read-only
// once made, so goroutines may share it.
type Ranker struct {
	set     *Set
	info    map[string]itemInfo // item id → what ranking needs of it
	parts   map[*Figure]bool
	partsOf map[*Figure][]*Figure // a total → its parts
}

// itemInfo is what ranking reads of an item, worked out once: one lookup
// per id a figure names.
type itemInfo struct {
	sides Side
	kind  int8 // kindOrder of its kind
	ict   bool // its name names the ICT sector
}

// Ranker returns a Ranker for the set.
func (s *Set) Ranker() *Ranker {
	r := &Ranker{set: s, info: make(map[string]itemInfo, len(s.Items)), parts: map[*Figure]bool{}, partsOf: map[*Figure][]*Figure{}}
	sides := make(map[string]Side, len(s.Items))
	visiting := map[string]bool{}
	for _, it := range s.Items {
		r.info[it.ID] = itemInfo{sides: r.itemSides(it.ID, sides, visiting), kind: int8(kindOrder(it.Kind)), ict: saysICT(it.Name)}
	}
	r.findParts()
	return r
}

// Rank returns figs ordered by what matters to the Việt Nam–Korea
// relationship, most first; figs is not changed. It is the one ranking of
// the project: the briefing's key figures and the dashboard's headline cards
// both use it. The order:
//
//  1. Figures that tie the two countries directly (their own places are in
//     both: Korean investment, firms, people or programmes placed in Việt
//     Nam, Vietnamese firms in Korea), measured in money, counts or shares,
//     unless they are about an event.
//  2. Rates of change (growth of an ICT sector or market) about either
//     country: where a relationship or a market is heading.
//  3. Figures that tie the two only indirectly (through an organisation of
//     the other country, an item, or their label's words), and an event's
//     figures that tie them directly (who attended a forum).
//  4. Durations and other measures of a tie (the length of an internship,
//     years of diplomatic relations).
//  5. Levels about one country alone (its market's size, its sector's
//     revenue): background.
//  6. Anything else; then derived figures (our arithmetic); last, the parts
//     of a series that another figure totals (a segment of a reported total,
//     by label — "Turnover – software" under "Turnover" — or as a term of a
//     derived sum): the total stands for them.
//
// In the groups of figures about one country alone (2, 5, 6 and the last
// two), those about ICT (their label or items name the sector: "IT",
// "digital", "software" …) come first. Then, within each group, figures
// about investments, markets and initiatives before training, before
// events; money before counts before shares;
// reported actuals before estimates, projections and targets; later periods
// first; larger values first (money within its currency); then by label
// and id. Figures describing the same item in the same group are kept
// together, at the place of the first of them ("279 projects" next to their
// "US$382 million"). The order never depends on the clock or on map order.
func (s *Set) Rank(figs []*Figure) []*Figure { return s.Ranker().Rank(figs) }

// Rank orders figs as Set.Rank does.
func (r *Ranker) Rank(figs []*Figure) []*Figure { return r.Top(figs, len(figs)) }

// Top returns the first n of Rank(figs) without ordering all of them: a
// selection of a hundred thousand figures is ranked to show a dozen.
func (r *Ranker) Top(figs []*Figure, n int) []*Figure {
	n = min(n, len(figs))
	if n <= 0 {
		return []*Figure{}
	}
	leaders := r.leaders(figs)
	// The n best clusters suffice: each holds at least one figure.
	best := make([]int32, 0, min(n, len(leaders))+1)
	for c := range leaders {
		if len(best) == n && !leaders[c].less(leaders[best[n-1]]) {
			continue
		}
		at, _ := slices.BinarySearchFunc(best, leaders[c], func(b int32, lead rankKey) int {
			if lead.less(leaders[b]) {
				return 1
			}
			return -1
		})
		best = slices.Insert(best, at, int32(c))
		best = best[:min(len(best), n)]
	}
	out := make([]*Figure, 0, n)
	for _, ms := range r.members(figs, leaders, best) {
		slices.SortStableFunc(ms, func(a, b rankKey) int { return a.compare(b) })
		for _, k := range ms {
			if len(out) == n {
				return out
			}
			out = append(out, k.f)
		}
	}
	return out
}

// clusterID names a cluster: figures of one item in one group, placed at
// their best member (the leader). A figure without items is a cluster of
// its own.
type clusterID struct {
	group int8
	item  string
}

// leaders returns the key of each cluster's leader, in order of first
// appearance. Only the leaders' keys are kept: a hundred thousand keys
// would be megabytes for the garbage collector to trace.
func (r *Ranker) leaders(figs []*Figure) []rankKey {
	index := map[clusterID]int32{}
	var leaders []rankKey
	for _, f := range figs {
		k := r.key(f)
		id := clusterID{k.group, k.item}
		c, ok := index[id]
		switch {
		case !ok || id.item == "":
			if id.item != "" {
				index[id] = int32(len(leaders))
			}
			leaders = append(leaders, k)
		case k.less(leaders[c]):
			leaders[c] = k
		}
	}
	return leaders
}

// members returns the keys of the members of the chosen clusters, in the
// order chosen: a loose figure is its own leader; a clustered one is found
// by its first item, then its group.
func (r *Ranker) members(figs []*Figure, leaders []rankKey, chosen []int32) [][]rankKey {
	place := map[clusterID]int{}
	items := map[string]bool{}
	members := make([][]rankKey, len(chosen))
	for i, c := range chosen {
		if lead := leaders[c]; lead.item != "" {
			place[clusterID{lead.group, lead.item}] = i
			items[lead.item] = true
		} else {
			members[i] = []rankKey{lead}
		}
	}
	for _, f := range figs {
		if len(f.Items) == 0 || !items[f.Items[0]] {
			continue
		}
		k := r.key(f)
		if at, ok := place[clusterID{k.group, k.item}]; ok {
			members[at] = append(members[at], k)
		}
	}
	return members
}

// Less reports whether a ranks before b when neither is kept beside
// another figure of its item (Rank's order without its clusters).
func (r *Ranker) Less(a, b *Figure) bool { return r.key(a).less(r.key(b)) }

// Group returns the figure's group in Rank's order, from 0 (a direct tie,
// measured in money, counts or shares) to 7 (a part of a series).
func (r *Ranker) Group(f *Figure) int { return int(r.key(f).group) }

// Part reports whether the figure is a part of a series another figure
// totals (see Rank).
func (r *Ranker) Part(f *Figure) bool { return r.parts[f] }

// PartsOf returns the parts a figure totals, in dataset order: the
// figures whose labels continue its label, or the terms of a derived sum.
func (r *Ranker) PartsOf(total *Figure) []*Figure { return slices.Clip(r.partsOf[total]) }

// rankKey is what Rank compares, worked out once per figure.
type rankKey struct {
	f                                              *Figure
	item                                           string // the first item the figure describes, for clusters
	value                                          float64
	end                                            int32
	group, offTopic, kind, class, status, currency int8
}

func (a rankKey) compare(b rankKey) int {
	return cmp.Or(cmp.Compare(a.group, b.group), cmp.Compare(a.offTopic, b.offTopic), cmp.Compare(a.kind, b.kind),
		cmp.Compare(a.class, b.class), cmp.Compare(a.status, b.status), cmp.Compare(b.end, a.end),
		cmp.Compare(a.currency, b.currency), cmp.Compare(b.value, a.value),
		strings.Compare(a.f.Label, b.f.Label), strings.Compare(a.f.ID, b.f.ID))
}

func (a rankKey) less(b rankKey) bool { return a.compare(b) < 0 }

// Measure classes: how much, how many, what share, how long, anything else.
const (
	classMoney = iota
	classCount
	classShare
	classDuration
	classOther
)

func measureClass(unit string) int {
	switch {
	case currencyRank(unit) >= 0:
		return classMoney
	case unit == "count" || unit == "":
		return classCount
	case unit == "percent" || unit == "percentage_points" || unit == "times" || unit == "fraction":
		return classShare
	case unit == "years" || unit == "months" || unit == "days" || unit == "hours":
		return classDuration
	}
	return classOther
}

// currencies in the order money is listed: values in different currencies
// cannot be compared, so they are grouped.
var currencies = []string{"USD", "KRW", "VND", "EUR", "JPY", "CNY", "GBP", "SGD", "AUD", "HKD", "TWD", "CAD"}

func currencyRank(unit string) int { return slices.Index(currencies, unit) }

// statusOrder puts what has happened before what is expected.
func statusOrder(s Status) int {
	switch s {
	case Actual, "":
		return 0
	case Estimate:
		return 1
	case Projection:
		return 2
	case Target:
		return 3
	}
	return 4
}

// kindOrder ranks the kinds of item a figure may describe.
func kindOrder(kind string) int {
	switch kind {
	case "investment", "market", "initiative":
		return 0
	case "training":
		return 1
	case "event":
		return kindEvent
	}
	return 3
}

// kindEvent is kindOrder's rank of events: an occasion's numbers (who
// attended) tie less lastingly than investments, firms and programmes do.
const kindEvent = 2

func (r *Ranker) key(f *Figure) rankKey {
	class := measureClass(f.Unit)
	k := rankKey{f: f, class: int8(class), status: int8(statusOrder(f.Status)), currency: int8(currencyRank(f.Unit)),
		value: f.Value, kind: 3}
	_, end := PeriodYears(f.Period)
	k.end = int32(end)
	var sides Side
	ict := false
	for i, id := range f.Items {
		if info, ok := r.info[id]; ok {
			k.kind = min(k.kind, info.kind)
			sides |= info.sides
			ict = ict || info.ict
		}
		if i == 0 {
			k.item = id
		}
	}
	tie := r.tie(f, sides)
	level := class <= classShare
	switch {
	case r.parts[f]:
		k.group = 7
	case f.Derived:
		k.group = 6
	case tie == TieDirect && level && k.kind != kindEvent:
		k.group = 0
	case class == classShare && f.Unit != "times" && f.Unit != "fraction" && tie >= TieOneSide && saysChange(f.Label):
		k.group = 1
	case tie >= TieIndirect && level:
		k.group = 2
	case tie >= TieIndirect:
		k.group = 3
	case tie == TieOneSide && level:
		k.group = 4
	default:
		k.group = 5
	}
	// What concerns one country alone matters to this briefing only as far
	// as it is about ICT.
	if (k.group == 1 || k.group >= 4) && !ict && !saysICT(f.Label) {
		k.offTopic = 1
	}
	return k
}

// ictWords name the sector in a label or item name: lower-case words, and
// the upper-case acronyms (so that "it" the pronoun is not "IT").
var (
	ictWords = []string{"ict", "digital", "software", "tech", "technology", "technologies", "electronics",
		"semiconductor", "semiconductors", "chip", "chips", "data", "cyber", "internet", "telecom",
		"telecommunications", "startup", "startups", "start-up", "start-ups", "innovation", "computing", "outsourcing",
		"artificial", "online", "e-government", "platform", "platforms"}
	ictAcronyms = []string{"IT", "ICT", "AI", "R&D"}
)

func saysICT(s string) bool {
	for start := 0; start < len(s); {
		end := start
		for end < len(s) && !ictSeparator(s[end]) {
			end++
		}
		if w := s[start:end]; w != "" && isICTWord(w) {
			return true
		}
		start = end + 1
	}
	return false
}

// ictSeparator ends a word of a label ("’" is read byte by byte: its bytes
// are none of these, so a possessive stays attached, which no ICT word is).
func ictSeparator(c byte) bool {
	return c == ' ' || c == ',' || c == '(' || c == ')' || c == '\'' || c == ';'
}

func isICTWord(w string) bool {
	if len(w) <= 3 && slices.Contains(ictAcronyms, w) {
		return true
	}
	if len(w) >= len(ictByLength) {
		return false
	}
	for _, x := range ictByLength[len(w)] {
		if hasFold(w, x) {
			return true
		}
	}
	return false
}

// ictByLength holds ictWords by their length, so that a word is compared
// with the few of its own length.
var ictByLength = func() [24][]string {
	var out [24][]string
	for _, w := range ictWords {
		out[len(w)] = append(out[len(w)], w)
	}
	return out
}()

// changeWords in a label make a percentage a rate of change.
var changeWords = []string{"growth", "grow", "grows", "growing", "grew", "increase", "increased", "rise", "rose",
	"decline", "declined", "fall", "fell", "drop", "change", "cagr"}

// saysChange reports whether a label names a change ("Annual growth rate
// of …"), without allocating.
func saysChange(label string) bool {
	for start := 0; start < len(label); {
		end := start
		for end < len(label) && (label[end]|0x20 >= 'a' && label[end]|0x20 <= 'z') {
			end++
		}
		if w := label[start:end]; w != "" {
			for _, x := range changeWords {
				if len(x) == len(w) && hasFold(w, x) {
					return true
				}
			}
		}
		start = end + 1
	}
	return false
}

// Tie returns how the figure ties the two countries (see Tie's values).
func (r *Ranker) Tie(f *Figure) Tie { return r.tie(f, r.idsSides(f.Items)) }

// tie is Tie given the sides of the figure's items.
func (r *Ranker) tie(f *Figure, items Side) Tie {
	direct := r.idsSides(f.Places)
	if direct == bothSides {
		return TieDirect
	}
	s := direct | r.idsSides(f.Orgs) | items
	if s != bothSides { // the label's words are read only when they can tell more
		s |= wordSides(f.Label)
	}
	return tieOf(s)
}

// ItemTie returns how an item ties the two countries: directly when its
// own places are in both.
func (r *Ranker) ItemTie(it *Item) Tie {
	if r.idsSides(it.Places) == bothSides {
		return TieDirect
	}
	return tieOf(r.info[it.ID].sides)
}

// Sides returns the countries an item (a place, an organisation, a person
// or anything else) reaches: a place through the places it lies in, an
// organisation or person through its places and organisations, any item
// through those and the words of its name.
func (r *Ranker) Sides(id string) Side { return r.info[id].sides }

func tieOf(s Side) Tie {
	switch {
	case s == bothSides:
		return TieIndirect
	case s != 0:
		return TieOneSide
	}
	return TieNone
}

// RankItems returns items (investments, initiatives, programmes, events …)
// ordered as the briefing lists what has no number: the closest tie first
// (see ItemTie), then investments, initiatives, markets, training and
// events in that order, dated before undated, the latest first, then by
// name and id. items is not changed.
func (r *Ranker) RankItems(items []*Item) []*Item {
	type itemKey struct {
		tie, kind int
		date      string
	}
	keys := make(map[*Item]itemKey, len(items))
	for _, it := range items {
		keys[it] = itemKey{int(r.ItemTie(it)), slices.Index(itemKindOrder, it.Kind), it.Date}
	}
	out := slices.Clone(items)
	slices.SortStableFunc(out, func(a, b *Item) int {
		ka, kb := keys[a], keys[b]
		return cmp.Or(cmp.Compare(kb.tie, ka.tie), cmp.Compare(uint(ka.kind), uint(kb.kind)),
			cmp.Compare(undated(ka.date), undated(kb.date)), strings.Compare(kb.date, ka.date),
			strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return out
}

// undated is 1 for an undated item, so that dated ones come first.
func undated(date string) int {
	if date == "" {
		return 1
	}
	return 0
}

// itemKindOrder is the order of kinds in RankItems (others last: Index
// gives -1, compared as the largest unsigned value).
var itemKindOrder = []string{"investment", "initiative", "market", "training", "event"}

// idsSides is the union of the sides of the items with the given ids.
func (r *Ranker) idsSides(ids []string) Side {
	var s Side
	for _, id := range ids {
		s |= r.info[id].sides
	}
	return s
}

// itemSides works out and records in sides the sides of an item; visiting
// breaks a cycle of places (the loader does not forbid one).
func (r *Ranker) itemSides(id string, sides map[string]Side, visiting map[string]bool) Side {
	if s, ok := sides[id]; ok || visiting[id] {
		return s
	}
	it := r.set.items[id]
	if it == nil {
		return 0
	}
	visiting[id] = true
	s := wordSides(it.Name)
	for _, a := range it.Aliases {
		s |= wordSides(a)
	}
	for _, ids := range [][]string{it.Places, it.Orgs} {
		for _, p := range ids {
			s |= r.itemSides(p, sides, visiting)
		}
	}
	delete(visiting, id)
	sides[id] = s
	return s
}

// wordSides reads the countries a name or label mentions: Korea or Korean
// (Hàn Quốc, 한국), Việt Nam or Vietnamese in any spelling (베트남). It
// runs over every label, so it reads the text once and allocates nothing.
func wordSides(s string) Side {
	var out Side
	for i := 0; i < len(s) && out != bothSides; i++ {
		switch c := s[i] | 0x20; {
		case c == 'k' && hasFold(s[i:], "korea"):
			out |= SideKorea
		case c == 'v' && (hasFold(s[i:], "vietnam") || hasFold(s[i:], "viet nam") ||
			strings.HasPrefix(s[i+1:], "iệt Nam") || strings.HasPrefix(s[i+1:], "iệt nam") || strings.HasPrefix(s[i+1:], "IỆT NAM")):
			out |= SideVietnam
		case s[i] >= 0x80:
			rest := s[i:]
			if strings.HasPrefix(rest, "한국") || strings.HasPrefix(rest, "대한민국") {
				out |= SideKorea
			} else if strings.HasPrefix(rest, "베트남") {
				out |= SideVietnam
			}
		case c == 'h' && (strings.HasPrefix(s[i+1:], "àn Quốc") || strings.HasPrefix(s[i+1:], "àn quốc")):
			out |= SideKorea
		}
	}
	return out
}

// hasFold reports whether s starts with the lower-case ASCII pat, ignoring
// ASCII case.
func hasFold(s, pat string) bool {
	if len(s) < len(pat) {
		return false
	}
	for j := 0; j < len(pat); j++ {
		if s[j]|0x20 != pat[j] && !(pat[j] == ' ' && s[j] == ' ') {
			return false
		}
	}
	return true
}

// partSeparators end a total's label where a part's label goes on:
// "Vietnam IT industry turnover – electronics".
var partSeparators = []string{" – ", " — ", " - ", ": "}

// lastSeparator is where the last of partSeparators in a label starts, or
// -1. Every separator ends in a space after ":", "-" or a dash, so only
// such spaces are tried: it runs over every label.
func lastSeparator(label string) int {
	for e := strings.LastIndexByte(label, ' '); e > 1; e = strings.LastIndexByte(label[:e], ' ') {
		switch label[e-1] {
		case ':', '-', 0x93, 0x94: // 0x93 and 0x94 end "–" and "—" in UTF-8
			for _, sep := range partSeparators {
				if e+1 > len(sep) && strings.HasSuffix(label[:e+1], sep) {
					return e + 1 - len(sep)
				}
			}
		}
	}
	return -1
}

// findParts marks the figures that are parts of a series another figure
// totals: a label that continues a reported total's label after a
// separator (same unit and period), or a term of a derived figure that is
// a sum of figures only.
func (r *Ranker) findParts() {
	type seriesKey struct{ unit, period, label string }
	stems := map[seriesKey][]*Figure{}
	for _, f := range r.set.Figures {
		if i := lastSeparator(f.Label); i > 0 {
			k := seriesKey{f.Unit, f.Period, f.Label[:i]}
			stems[k] = append(stems[k], f)
		}
		if f.Derived && isSum(f.Formula) {
			for _, id := range f.Inputs {
				if in := r.set.Figure(id); in != nil && !in.Derived {
					r.parts[in] = true
					r.partsOf[f] = append(r.partsOf[f], in)
				}
			}
		}
	}
	if len(stems) == 0 {
		return
	}
	// Most labels are no stem: their length tells, before any hashing.
	var lengths [256]bool
	for k := range stems {
		lengths[min(len(k.label), 255)] = true
	}
	for _, f := range r.set.Figures {
		if f.Derived || !lengths[min(len(f.Label), 255)] {
			continue
		}
		for _, part := range stems[seriesKey{f.Unit, f.Period, f.Label}] {
			if part != f {
				r.parts[part] = true
				r.partsOf[f] = append(r.partsOf[f], part)
			}
		}
	}
}

// isSum reports whether a formula adds figures and nothing else ("a + b +
// c", parentheses allowed): its terms are the parts of its total.
func isSum(formula string) bool {
	terms := 0
	for _, tok := range strings.FieldsFunc(formula, func(r rune) bool { return r == '+' || r == ' ' || r == '(' || r == ')' }) {
		if tok[0] < 'a' || tok[0] > 'z' {
			return false
		}
		terms++
	}
	return terms > 1 && !strings.ContainsAny(formula, "*/")
}
