package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"ictdash/data"
)

// tmpl is a sentence that reports one figure. In text and label, {V} is
// the value as written, {I} the item, {O} an organisation, {P} a place and
// {Y} a year; year says how {Y} relates to the period.
type tmpl struct {
	kinds  string // item kinds it fits
	class  string // unit class: money, percent, count, months
	nouns  string // for counts: what is counted
	status data.Status
	year   string // "": no year; "in", "since": past; "by": future
	text   string
	label  string
}

var templates = []tmpl{
	{"investment initiative", "money", "", data.Actual, "", "{O} has committed {V} to the {I} in {P}.", "Capital committed by {O} to the {I}"},
	{"investment", "money", "", data.Actual, "in", "The {I} in {P} drew {V} from {O} in {Y}.", "Capital drawn by the {I}"},
	{"investment", "money", "", data.Actual, "in", "Disbursed capital for the {I} reached {V} by the end of {Y}, {O} said.", "Disbursed capital of the {I}"},
	{"investment initiative market", "money", "", data.Projection, "by", "Investment in the {I} is expected to reach {V} by {Y}, according to {O}.", "Projected investment in the {I}"},
	{"investment initiative", "money", "", data.Target, "by", "{O} aims to raise {V} for the {I} by {Y}.", "Fundraising target of the {I}"},
	{"investment market", "money", "", data.Estimate, "", "The {I} is worth {V}, analysts at {O} said.", "Estimated value of the {I}"},
	{"market", "money", "", data.Actual, "in", "{O} put the size of the {I} at {V} in {Y}.", "Size of the {I}"},
	{"market", "money", "", data.Projection, "by", "The {I} is expected to reach {V} by {Y}, {O} forecast.", "Projected size of the {I}"},
	{"event", "money", "", data.Actual, "", "Deals worth {V} were announced at the {I}, {O} said.", "Deals announced at the {I}"},
	{"market investment", "percent", "", data.Actual, "in", "The {I} grew {V} in {Y}, {O} said.", "Growth of the {I}"},
	{"market", "percent", "", data.Actual, "", "Korean firms account for {V} of the {I}, according to {O}.", "Korean share of the {I}"},
	{"market initiative", "percent", "", data.Projection, "by", "{O} expects the {I} to grow {V} a year until {Y}.", "Projected annual growth of the {I}"},
	{"training", "percent", "", data.Actual, "", "{V} of graduates from the {I} found jobs at Korean firms, {O} said.", "Graduates of the {I} hired by Korean firms"},
	{"investment", "count", "jobs|local jobs", data.Actual, "", "The {I} has created {V} in {P}, {O} said.", "Jobs created by the {I}"},
	{"training", "count", "engineers|students|trainees|developers", data.Actual, "since", "The {I} has trained {V} in {P} since {Y}.", "People trained by the {I}"},
	{"training", "count", "engineers|developers|students", data.Target, "by", "{O} plans to train {V} through the {I} by {Y}.", "Training target of the {I}"},
	{"training", "count", "students|trainees|engineers", data.Actual, "", "{V} have graduated from the {I}, {O} said.", "Graduates of the {I}"},
	{"training", "count", "scholarships", data.Actual, "", "The {I} offers {V} to students from {P}.", "Scholarships offered by the {I}"},
	{"event", "count", "businesses|delegates|participants|startups", data.Actual, "", "The {I} in {P} brought together {V} from both countries.", "Participants at the {I}"},
	{"event", "count", "agreements|contracts", data.Actual, "", "{O} signed {V} at the {I}.", "Agreements signed at the {I}"},
	{"initiative", "count", "households|schools|factories", data.Projection, "by", "The {I} will connect {V} by {Y}, {O} said.", "Planned reach of the {I}"},
	{"initiative", "count", "public services|administrative procedures", data.Actual, "", "The {I} has digitised {V} in {P}.", "Services digitised by the {I}"},
	{"market", "count", "companies|startups", data.Actual, "in", "{V} were active in the {I} in {Y}, {O} said.", "Companies active in the {I}"},
	{"training", "months", "", data.Actual, "", "The {I} runs for {V}, {O} said.", "Duration of the {I}"},
	{"investment", "months", "", data.Projection, "", "Construction of the {I} is scheduled to take {V}.", "Construction time of the {I}"},
}

// templatesFor indexes templates by item kind.
var templatesFor = func() map[string][]tmpl {
	m := map[string][]tmpl{}
	for _, t := range templates {
		for _, k := range strings.Fields(t.kinds) {
			m[k] = append(m[k], t)
		}
	}
	return m
}()

// item is one investment, market, initiative, programme or event.
type item struct {
	id, kind, name, date string
	place, org           *entity
	intro                string // the sentence that introduces it: its source
}

// figure is one reported (or derived) figure and where its text is.
type figure struct {
	id, label, period string
	q                 quantity
	capital           bool // the value opens its sentence
	status            data.Status
	item              *item
	place, org        *entity // nil when the sentence names none
	sentence          string
	year              int // the year in the sentence, 0 if none
	quote             string
	echo              *echo // the same fact in a later article
	derived           bool
	formula           string
}

// echo is a later article citing an earlier article's figure, sometimes
// worded with another qualifier (which the loader flags as a conflict).
type echo struct {
	fig      *figure
	article  *article
	q        quantity
	sentence string
	quote    string
}

// article is one synthetic article and its records.
type article struct {
	prefix, file, title, outlet, published string
	pub                                    time.Time
	places                                 []*entity
	orgs                                   []*entity
	items                                  []*item
	figures                                []*figure
	echoes                                 []*echo // figures of other articles this one repeats
	text                                   string
	skips                                  []skip
}

type skip struct{ text, context, reason string }

// planner holds what is shared while planning articles.
type planner struct {
	rng      *rand.Rand
	ents     *entities
	codename int // counter behind unique item names
}

// planArticle plans article i with n figures (derived ones included).
func (p *planner) planArticle(i, n int, pub time.Time, prev *article) *article {
	rng := p.rng
	a := &article{prefix: fmt.Sprintf("a%04d", i), pub: pub, published: pub.Format("2006-01-02"),
		outlet: pick(rng, outlets)}
	a.file = fmt.Sprintf("%04d_%016x.txt", i, rng.Uint64())
	home := pick(rng, p.ents.vnPlaces)
	a.places = []*entity{home, pick(rng, p.ents.vnPlaces), pick(rng, p.ents.krPlaces)}
	a.orgs = []*entity{pick(rng, p.ents.krOrgs), pick(rng, p.ents.krOrgs), pick(rng, p.ents.vnOrgs), pick(rng, p.ents.vnOrgs)}
	a.title = fill(pick(rng, []string{
		"Korean investors eye {P} as a {S} hub",
		"{O} expands {S} cooperation with {P}",
		"{P} and Korean partners step up {S} projects",
		"Việt Nam–Korea {S} ties gather pace in {P}",
	}), map[string]string{"{P}": home.name, "{O}": a.orgs[0].name, "{S}": pick(rng, sectors)})
	for _, kind := range []string{"investment", "investment", "market", "initiative", "training", "event"} {
		a.items = append(a.items, p.newItem(a, kind))
	}
	derived := 0
	if i%8 == 7 && n > 20 {
		derived = 1
	}
	seen := map[string]bool{}
	for len(a.figures) < n-derived {
		f := p.newFigure(a, len(a.figures)+1)
		if !seen[f.sentence] {
			seen[f.sentence] = true
			a.figures = append(a.figures, f)
		}
	}
	if derived > 0 {
		p.addDerived(a)
	}
	if prev != nil {
		p.addEchoes(a, prev, seen)
	}
	return a
}

// weights for choosing which item a figure describes (by a.items order).
var itemWeights = []int{20, 20, 15, 10, 20, 15}

func (p *planner) newItem(a *article, kind string) *item {
	rng := p.rng
	it := &item{kind: kind, place: pick(rng, a.places[:2]), org: pick(rng, a.orgs)}
	code := p.nextCodename()
	switch kind {
	case "investment":
		it.name = code + " " + pick(rng, sectors) + " investment"
		it.intro = fmt.Sprintf("%s announced the %s in %s.", it.org.name, it.name, it.place.name)
	case "market":
		it.name = code + " " + pick(rng, sectors) + " market"
		it.intro = fmt.Sprintf("Analysts at %s have been tracking the %s in %s.", it.org.name, it.name, it.place.name)
	case "initiative":
		it.name = code + " " + pick(rng, sectors) + " initiative"
		it.intro = fmt.Sprintf("%s launched the %s with support from %s.", it.place.name, it.name, it.org.name)
	case "training":
		it.name = code + " " + pick(rng, fields) + " programme"
		it.intro = fmt.Sprintf("The %s is run by %s in %s.", it.name, it.org.name, it.place.name)
	case "event":
		it.name = code + " Korea–Việt Nam " + pick(rng, topics) + " forum"
		d := a.pub.AddDate(0, 0, -rng.IntN(60))
		it.date = d.Format("2006-01-02")
		it.intro = fmt.Sprintf("The %s took place in %s on %s %d, %d.", it.name, it.place.name, d.Month().String(), d.Day(), d.Year())
	}
	it.id = fmt.Sprintf("%s-i%d", a.prefix, len(a.items)+1)
	return it
}

// nextCodename names items uniquely across the dataset from Vietnamese
// syllables: two of them while pairs last, then three.
func (p *planner) nextCodename() string {
	n := len(vnSyllables)
	k := p.codename
	p.codename++
	h := (k*7919 + 13) % (n * n) // 7919 is prime, so this permutes the pairs
	name := vnSyllables[h%n] + " " + vnSyllables[h/n]
	if k >= n*n {
		name = vnSyllables[(k/(n*n))%n] + " " + name
	}
	return name
}

func (p *planner) newFigure(a *article, n int) *figure {
	return p.figureOf(a, a.items[weighted(p.rng, itemWeights)], n)
}

// figureOf plans figure n of article a, about item it.
func (p *planner) figureOf(a *article, it *item, n int) *figure {
	rng := p.rng
	t := pick(rng, templatesFor[it.kind])
	f := &figure{id: fmt.Sprintf("%s-f%d", a.prefix, n), item: it, status: t.status}
	noun := ""
	if t.nouns != "" {
		noun = pick(rng, strings.Split(t.nouns, "|"))
	}
	f.q = newQuantity(rng, t.class, noun, t.status)
	f.capital = strings.HasPrefix(t.text, "{V}")
	if f.capital && f.q.hedge == "" {
		// "200 students have …" could be the tail of "1,200 students have …"
		// and would then be quoted at the wrong place: open with a word.
		f.q.hedge, f.q.qual = "about", data.About
	}
	pubYear := a.pub.Year()
	vars := map[string]string{"{I}": it.name, "{V}": f.q.text(f.capital)}
	if strings.Contains(t.text+t.label, "{P}") {
		f.place = it.place
		if rng.IntN(3) == 0 {
			f.place = pick(rng, a.places)
		}
		vars["{P}"] = f.place.name
	}
	if strings.Contains(t.text+t.label, "{O}") {
		f.org = it.org
		if rng.IntN(2) == 0 {
			f.org = pick(rng, a.orgs)
		}
		vars["{O}"] = f.org.name
	}
	switch t.year {
	case "in":
		f.year = pubYear - rng.IntN(2)
		f.period = itoa(f.year)
	case "since":
		f.year = pubYear - 1 - rng.IntN(5)
		f.period = fmt.Sprintf("%d/%d", f.year, pubYear)
	case "by":
		f.year = pubYear + 2 + rng.IntN(5)
		f.period = fmt.Sprintf("%d/%d", pubYear, f.year)
	default:
		f.period = a.pub.Format("2006-01")
		if rng.IntN(2) == 0 {
			f.period = itoa(pubYear)
		}
	}
	if f.year != 0 {
		vars["{Y}"] = itoa(f.year)
	}
	f.sentence = fill(t.text, vars)
	f.label = fill(t.label, vars)
	return f
}

// addDerived adds the sum of two money figures of one item in one
// currency: the arithmetic a reader would do, kept apart from reporting.
func (p *planner) addDerived(a *article) {
	for i, x := range a.figures {
		for _, y := range a.figures[i+1:] {
			if x.item == y.item && x.q.unit == y.q.unit && x.status == data.Actual && y.status == data.Actual &&
				(x.q.unit == "USD" || x.q.unit == "VND" || x.q.unit == "KRW") {
				a.figures = append(a.figures, &figure{
					id: a.prefix + "-d1", label: "Sum of two reported amounts for the " + x.item.name,
					q: quantity{value: x.q.value + y.q.value, unit: x.q.unit}, status: data.Actual,
					item: x.item, period: x.period, derived: true, formula: x.id + " + " + y.id,
				})
				return
			}
		}
	}
	// No pair: a plain figure instead, so the count still holds.
	a.figures = append(a.figures, p.newFigure(a, len(a.figures)+1))
}

// addEchoes has the article repeat two of the previous article's figures,
// one worded the same and one with another qualifier.
func (p *planner) addEchoes(a, prev *article, seen map[string]bool) {
	for k := 0; k < 2 && k < len(prev.figures); k++ {
		f := prev.figures[p.rng.IntN(len(prev.figures))]
		if f.derived || f.echo != nil {
			continue
		}
		q := f.q
		if k == 1 { // another qualifier: the loader reports the disagreement
			if q.qual == data.Exact {
				q.hedge, q.qual = "about", data.About
			} else {
				q.hedge, q.qual = "", data.Exact
			}
		}
		e := &echo{fig: f, article: a, q: q}
		e.sentence = fmt.Sprintf("Earlier reporting put the figure for the %s at %s.", f.item.name, q.text(false))
		if seen[e.sentence] {
			continue
		}
		seen[e.sentence] = true
		f.echo = e
		a.echoes = append(a.echoes, e)
	}
}

// fill replaces placeholders.
func fill(s string, vars map[string]string) string {
	for k, v := range vars {
		s = strings.ReplaceAll(s, k, v)
	}
	return s
}

func weighted(rng *rand.Rand, ws []int) int {
	total := 0
	for _, w := range ws {
		total += w
	}
	r := rng.IntN(total)
	for i, w := range ws {
		if r < w {
			return i
		}
		r -= w
	}
	return len(ws) - 1
}
