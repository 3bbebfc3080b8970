// Package brief builds a one-page, cited briefing from the dataset for
// someone about to meet a Korean delegation or a Đà Nẵng official: the key
// figures of a selection (by topic, place, organisation, year and free
// text), worded the way their sources qualify them and with the caveats of
// their records, what lies ahead, what has no number, who is who, where the
// sources disagree, a chart, and a numbered source list every citation
// resolves to. Build selects; WriteText, WriteMarkdown and WriteJSON render
// the same selection.
//
// The page (the default) is one printed page: at 80 columns the text is at
// most PageLines lines, each list filled in order of importance until the
// page is full, and what is left out is counted. Options.Long gives the
// whole briefing instead: the key figures by topic, with the programmes and
// events, each list capped at ListMax for very large selections.
//
// Key figures are ordered by data.Ranker: what ties Việt Nam and Korea
// together first, a series' parts after the total that stands for them. The
// order is the same in every output and never depends on the clock; only
// the forward look does, measured from Options.Now.
package brief

import (
	"time"

	"ictdash/data"
)

// Options select what a briefing covers.
type Options struct {
	Topic  string // "all" (default when ""), "investments", "training", "events"
	Place  string // match item names/aliases of kind place, ignoring case and diacritics ("danang")
	Org    string // match organisations/people ("NIPA")
	Since  int    // keep figures whose period ends in or after this year, events dated in or after it; 0 = all
	Filter string // free text as typed in the dashboard's filter: keep figures whose data.Set.FigureText contains data.Fold(Filter) (events: ItemText)
	// Long prints the whole briefing (`ictdash brief --long`): key figures
	// by topic with programmes and events, each list capped at ListMax,
	// rather than the one page.
	Long bool
	// Now is the day the forward look is measured from: items and
	// forecasts whose date runs to it or later are "ahead". Zero is today.
	Now time.Time
}

// Brief is a selection of the dataset, ready to render. Every field is
// exported and is what WriteJSON marshals; record text in it has already
// been sanitised. Citation numbers (Cites, N) index Sources, from 1.
type Brief struct {
	Selection Selection `json:"selection"`
	Long      bool      `json:"long"`  // the whole briefing, not the page
	AsOf      string    `json:"as_of"` // ISO date the forward look is measured from
	Coverage  Coverage  `json:"coverage"`
	// Sections hold the reported figures. On the page there is one, the
	// key figures of the whole selection, ranked (with the latest events
	// when there is room). In a long briefing they are by topic, in the
	// order investments, training, events, other; a section with nothing
	// in it is left out.
	Sections []Section `json:"sections"`
	// Ahead is the forward look: forecasts, needs, plans and targets whose
	// period runs to AsOf or later, and dated items that do, by the date
	// they run to. A figure listed here is not listed again in Sections.
	Ahead        []Ahead `json:"ahead"`
	AheadOmitted int     `json:"ahead_omitted"`
	// Unquantified are the investments, initiatives and markets (on the
	// page also the programmes) that no selected figure puts a number on,
	// closest ties first (data.Ranker.RankItems).
	Unquantified        []Entry `json:"unquantified"`
	UnquantifiedOmitted int     `json:"unquantified_omitted"`
	// People is the who's who: the people, then the organisations, most
	// linked to the selection, with their roles.
	People        []Actor `json:"people"`
	PeopleOmitted int     `json:"people_omitted"`
	// Disagree lists every selected figure whose sources disagree, with
	// each source's wording.
	Disagree        []Disagreement `json:"disagree"`
	DisagreeOmitted int            `json:"disagree_omitted"`
	// Derived are figures computed by the dataset from reported ones.
	// They are kept apart so that our arithmetic is never read as reporting.
	Derived []Figure `json:"derived"`
	// DerivedOmitted counts the derived figures selected but not listed.
	DerivedOmitted int      `json:"derived_omitted"`
	Chart          *Chart   `json:"chart"` // nil when nothing selected makes a chart (see Chart)
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
	From     string `json:"from"`     // earliest ISO date, "" when none is dated (a window when the earliest is one)
	To       string `json:"to"`       // latest ISO date (a window "2024-11/2024-12" when the latest is one)
	Dated    int    `json:"dated"`    // cited articles with a date or an inferred window
	Undated  int    `json:"undated"`  // cited articles without one
	Inferred int    `json:"inferred"` // of the dated, those with only an inferred window
}

// Section is one part of the briefing's key figures.
type Section struct {
	Topic   string   `json:"topic"` // investments, training, events or other; on the page, the selection's topic
	Title   string   `json:"title"`
	Figures []Figure `json:"figures"` // reported figures, most important first
	// Programmes (training items) are listed in the training section,
	// Events (event items, by date, undated last) in the events section
	// (on the page, in its one section).
	Programmes []Programme `json:"programmes"`
	Events     []Event     `json:"events"`
	// Omitted counts what the section's selection holds beyond what is
	// listed.
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
	Topic       string         `json:"topic"` // the section it belongs to by its items: investments, training, events or other
	Value       float64        `json:"value"`
	ValueMax    float64        `json:"value_max,omitempty"` // a range's upper bound
	ValueText   string         `json:"value_text"`
	Unit        string         `json:"unit"`
	Qualifier   data.Qualifier `json:"qualifier"`
	Status      data.Status    `json:"status"`
	Period      string         `json:"period"`      // ISO, "" if none
	PeriodText  string         `json:"period_text"` // format.FigurePeriod: "2018", "as reported 12 Jun 2024", "1992–2022 (background)"
	Phrase      string         `json:"phrase"`      // format.PhraseIn: how the briefing words the value
	Caveat      string         `json:"caveat"`      // format.Caveat: what the record's note says of its reliability; "" if nothing
	Cites       []int          `json:"cites"`       // source numbers, ascending, once each
	Sources     []Cite         `json:"sources"`     // per source, as that source words it
	Differ      bool           `json:"differ"`      // sources disagree on value or qualifier (see Brief.Disagree)
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
	Amount string `json:"amount"` // format.PhraseIn: a projection input stays a projection
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

// Ahead is one entry of the forward look: a figure or a dated item.
type Ahead struct {
	Date     string  `json:"date"`      // the item's date or the figure's period (ISO)
	DateText string  `json:"date_text"` // format.Period
	Figure   *Figure `json:"figure"`    // a forecast, need, plan or target; null for an item
	Item     *Entry  `json:"item"`      // a dated programme, initiative, investment, market or event; null for a figure
}

// Entry is an item listed with the numbers selected figures give it.
type Entry struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Name     string   `json:"name"`
	Date     string   `json:"date"`      // ISO, "" if undated
	DateText string   `json:"date_text"` // format.Period, or "undated"
	Numbers  []Number `json:"numbers"`   // the selected figures describing it (ahead only; unquantified items have none)
	Cites    []int    `json:"cites"`
}

// Number is a figure as an item's entry mentions it.
type Number struct {
	ID     string `json:"id"`
	Phrase string `json:"phrase"`
	Cites  []int  `json:"cites"`
}

// Actor is one person or organisation of the who's who.
type Actor struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"` // person or organisation
	Name  string `json:"name"`
	Role  string `json:"role"`  // from the record's note (people) or its organisations and country; "" if none
	Links int    `json:"links"` // selected figures and items that name it (directly or through an item)
	Cites []int  `json:"cites"` // the articles naming it that the rest of the brief cites (may be none)
}

// Disagreement is a figure whose sources word its number differently.
type Disagreement struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Sources []Cite `json:"sources"`
}

// Source is one cited article; N is its citation number.
type Source struct {
	N             int    `json:"n"`
	Article       string `json:"article"` // file name
	Title         string `json:"title"`
	Outlet        string `json:"outlet"`               // "unknown outlet" when not known
	TitleNote     string `json:"title_note,omitempty"` // set when Title is a curator's description, not the headline
	Published     string `json:"published"`            // ISO, a window inferred from the text ("2024-08/2024-12"), or ""
	PublishedText string `json:"published_text"`       // format.Published: "12 Jun 2024", "Aug–Dec 2024 (inferred)", "undated"
}

// figure finds a figure of the brief by id, in any section, the forward
// look or Derived.
func (b *Brief) figure(id string) *Figure {
	for i := range b.Sections {
		for j := range b.Sections[i].Figures {
			if b.Sections[i].Figures[j].ID == id {
				return &b.Sections[i].Figures[j]
			}
		}
	}
	for i := range b.Ahead {
		if f := b.Ahead[i].Figure; f != nil && f.ID == id {
			return f
		}
	}
	for i := range b.Derived {
		if b.Derived[i].ID == id {
			return &b.Derived[i]
		}
	}
	return nil
}
