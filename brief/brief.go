// Package brief builds a one-page, cited briefing from the dataset for
// someone about to meet a Korean delegation or a Đà Nẵng official: the key
// figures of a selection (by topic, place, organisation, year and free
// text), worded the way their sources qualify them, the events and
// programmes, a chart, and a numbered source list every citation resolves
// to. Build selects; WriteText, WriteMarkdown and WriteJSON render the same
// selection.
//
// Key figures are ordered most important first by this rule: money first,
// then counts, then percentages, then durations and anything else; within
// each class the bigger value first (money is compared within its currency,
// US$ before ₩ before VND); at equal value reported actuals come before
// estimates, projections and targets; then by label. The order is the same
// in every output and never depends on the clock, so golden files are
// stable.
package brief

import "ictdash/data"

// Options select what a briefing covers.
type Options struct {
	Topic  string // "all" (default when ""), "investments", "training", "events"
	Place  string // match item names/aliases of kind place, ignoring case and diacritics ("danang")
	Org    string // match organisations/people ("NIPA")
	Since  int    // keep figures whose period ends in or after this year, events dated in or after it; 0 = all
	Filter string // free text as typed in the dashboard's filter: keep figures whose data.Set.FigureText contains data.Fold(Filter) (events: ItemText)
}

// Brief is a selection of the dataset, ready to render. Every field is
// exported and is what WriteJSON marshals; record text in it has already
// been sanitised. Citation numbers (Cites, N) index Sources, from 1.
type Brief struct {
	Selection Selection `json:"selection"`
	Coverage  Coverage  `json:"coverage"`
	// Sections hold the reported figures by topic, in the order
	// investments, training, events, other; a section with nothing in it
	// is left out.
	Sections []Section `json:"sections"`
	// Derived are figures computed by the dataset from reported ones.
	// They are kept apart so that our arithmetic is never read as reporting.
	Derived []Figure `json:"derived"`
	// DerivedOmitted counts the derived figures selected but not listed
	// (Derived holds the first ListMax).
	DerivedOmitted int      `json:"derived_omitted"`
	Chart          *Chart   `json:"chart"` // nil when nothing in the selection is dated
	Sources        []Source `json:"sources"`
}

// Selection records what was asked for and what it matched.
type Selection struct {
	Topic  string `json:"topic"`  // all, investments, training or events
	Place  string `json:"place"`  // as given ("" = any place)
	Places []Ref  `json:"places"` // the place items it matched
	Org    string `json:"org"`    // as given ("" = any organisation)
	Orgs   []Ref  `json:"orgs"`   // the organisation and person items it matched
	Since  int    `json:"since"`  // 0 = any year
	Filter string `json:"filter"` // as given ("" = none)
}

// Ref names one dataset item.
type Ref struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Coverage is the date range of the cited articles' publication dates.
type Coverage struct {
	From    string `json:"from"`    // earliest ISO date, "" when none is dated
	To      string `json:"to"`      // latest ISO date
	Dated   int    `json:"dated"`   // cited articles with a date
	Undated int    `json:"undated"` // cited articles without one
}

// Section is one topic's part of the briefing.
type Section struct {
	Topic   string   `json:"topic"` // investments, training, events or other
	Title   string   `json:"title"`
	Figures []Figure `json:"figures"` // reported figures, most important first
	// Programmes (training items) are listed in the training section,
	// Events (event items, by date, undated last) in the events section.
	Programmes []Programme `json:"programmes"`
	Events     []Event     `json:"events"`
	// Omitted counts what the section's selection holds beyond what is
	// listed: each list shows at most ListMax.
	Omitted Omitted `json:"omitted"`
}

// Omitted counts selected entries a section does not list.
type Omitted struct {
	Figures    int `json:"figures"`
	Programmes int `json:"programmes"`
	Events     int `json:"events"`
}

// Figure is one figure as the briefing shows it.
type Figure struct {
	ID          string         `json:"id"`
	Label       string         `json:"label"`
	Value       float64        `json:"value"`
	ValueText   string         `json:"value_text"`
	Unit        string         `json:"unit"`
	Qualifier   data.Qualifier `json:"qualifier"`
	Status      data.Status    `json:"status"`
	Period      string         `json:"period"`      // ISO, "" if none
	PeriodText  string         `json:"period_text"` // format.Period
	Phrase      string         `json:"phrase"`      // format.Phrase: how the briefing words the value
	Cites       []int          `json:"cites"`       // source numbers, ascending, once each
	Sources     []Cite         `json:"sources"`     // per source, as that source words it
	Differ      bool           `json:"differ"`      // sources disagree on value or qualifier
	Derived     bool           `json:"derived"`
	Formula     string         `json:"formula,omitempty"`      // derived only, over figure ids, as recorded
	FormulaText string         `json:"formula_text,omitempty"` // Formula over the inputs' symbols: "a * (1 + b / 100)"
	Inputs      []Input        `json:"inputs,omitempty"`       // derived only
}

// Cite is one source of a figure.
type Cite struct {
	N         int            `json:"n"`
	Article   string         `json:"article"`
	ValueText string         `json:"value_text"`
	Value     float64        `json:"value"`
	Qualifier data.Qualifier `json:"qualifier"`
	Quote     string         `json:"quote"`
}

// Input is a figure a derived figure is computed from, with the sources
// behind it (for a derived input, the sources of its own inputs).
type Input struct {
	Symbol string `json:"symbol"` // "a", "b", … as FormulaText names it
	ID     string `json:"id"`
	Label  string `json:"label"`
	Amount string `json:"amount"` // format.Phrase: a projection input stays a projection
	Cites  []int  `json:"cites"`
}

// Event is one event item.
type Event struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Date     string   `json:"date"`      // ISO, "" if undated
	DateText string   `json:"date_text"` // format.Period, or "undated"
	Places   []string `json:"places"`    // names
	Cites    []int    `json:"cites"`
}

// Programme is one training item with the selected figures about it.
type Programme struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Date     string   `json:"date"`
	DateText string   `json:"date_text"`
	Places   []string `json:"places"`
	Orgs     []string `json:"orgs"`
	Figures  []string `json:"figures"` // ids of the figures listed in this brief that describe it
	Cites    []int    `json:"cites"`
}

// Source is one cited article; N is its citation number.
type Source struct {
	N             int    `json:"n"`
	Article       string `json:"article"` // file name
	Title         string `json:"title"`
	Outlet        string `json:"outlet"`         // "unknown outlet" when not known
	Published     string `json:"published"`      // ISO or ""
	PublishedText string `json:"published_text"` // format.Period, or "undated"
}

// figure finds a figure of the brief by id, in any section or Derived.
func (b *Brief) figure(id string) *Figure {
	for i := range b.Sections {
		for j := range b.Sections[i].Figures {
			if b.Sections[i].Figures[j].ID == id {
				return &b.Sections[i].Figures[j]
			}
		}
	}
	for i := range b.Derived {
		if b.Derived[i].ID == id {
			return &b.Derived[i]
		}
	}
	return nil
}
