// Package data loads, verifies and queries the ictdash dataset: news articles on
// Vietnam–Korea ICT cooperation and the structured, cited figures taken from them.
//
// A dataset is a directory (or fs.FS) of article text files (*.txt) and YAML
// record files (*.yaml). Load verifies every quote against its article's clean
// text and every number against its quote, and returns a read-only *Set. The
// package knows nothing of terminals: display formatting lives with the views.
package data

// Status says whether a figure has happened or is expected.
type Status string

// The statuses a figure may carry.
const (
	Actual     Status = "actual"
	Projection Status = "projection"
	Target     Status = "target"
	Estimate   Status = "estimate"
)

// Item kinds. Organisations, people and places are the actors and settings;
// the other kinds are what figures describe.
var ItemKinds = []string{"investment", "training", "event", "market", "initiative", "organisation", "person", "place"}

// Article is one source text with its metadata.
type Article struct {
	File  string // file name inside the dataset, e.g. 000_b77dc0c3b0768d47.txt
	Title string
	// TitleNote is set when the article carries no headline of its own and
	// Title was written by a curator to describe it: such a title is never
	// shown in quotation marks as if it were the headline.
	TitleNote string
	Outlet    string
	// Published is the ISO date as precise as known ("2024-06-12"), an
	// interval when only a window can be inferred ("2024-08/2024-12", with
	// DateNote saying why), or "" when unknown.
	Published string
	DateNote  string // how the date was read, or what the text allows when unknown
	// Language is "en", "vi" or "ko": as the record's article block states
	// it (language:), else as detected from the text. It decides how the
	// article's numbers are read (Vietnamese 10.000 is ten thousand).
	Language string
	// URL is where the article was published (http or https), when known.
	URL string
	// LanguageStated is true when the article block gives the language.
	LanguageStated bool
	Raw            string // the file byte-for-byte
	Clean          *Cleaned
	Skipped        []Skip // numbers in the text that are deliberately not figures
	Coverage       Coverage
}

// Source is one citation: a verbatim quote from an article's clean text.
// ValueText and Qualifier are how this source words the number; they may
// differ between the sources of one figure (a disagreement).
type Source struct {
	Article   string    `json:"article"`
	Quote     string    `json:"quote"`
	ValueText string    `json:"value_text,omitempty"`
	Value     float64   `json:"value,omitempty"`
	ValueMax  float64   `json:"value_max,omitempty"` // a range's upper bound; 0 when not a range
	Qualifier Qualifier `json:"qualifier,omitempty"`
	Offset    int       `json:"offset"`               // byte offset of Quote in the clean text
	InCaption bool      `json:"in_caption,omitempty"` // the quote is from a photo caption, not the body
	RawOffset int       `json:"raw_offset"`
	// Merged is set on a source added to the figure by another record
	// file's top-level sources: list (the same fact in that file's
	// article); nil for the figure's own sources. A pointer, so that the
	// many sources that are not merges cost one word.
	Merged *Merge `json:"-"`
}

// Merge is where a merged source was recorded, and its review marker.
type Merge struct {
	File   string // the record file whose sources: list holds it
	Line   int
	Review string // set on an unreviewed draft from `ictdash extract`
}

// Figure is one number a careful analyst would note.
type Figure struct {
	ID        string
	Label     string // what is measured, e.g. "Korean investment projects in Đà Nẵng"
	Value     float64
	ValueMax  float64 // a range's upper bound ("20-30%": Value 20, ValueMax 30); 0 when not a range
	ValueText string
	Unit      string
	Noun      string // what a count counts ("projects", "engineers"), when the record says
	Per       string // a rate's denominator ("share", "year"), when the record says
	Qualifier Qualifier
	Status    Status
	Period    string // ISO date or interval ("2018", "2024-06", "2024/2028"), "" if none
	// PeriodBasis says where Period comes from: "" (the text states it),
	// "publication" (the text gives no period; Period is the date it was
	// reported, shown "as reported …") or "background" (known from outside
	// the text, not stated by it).
	PeriodBasis string
	PeriodNote  string
	Places      []string // item ids of kind place
	Orgs        []string // item ids of kind organisation or person
	Items       []string // item ids the figure describes
	Sources     []Source
	Note        string
	// Derived figures are computed from others, never reported: Formula is an
	// expression over figure ids that Load evaluates and checks against Value.
	Derived  bool
	Formula  string
	Inputs   []string
	Conflict string // non-empty when sources disagree on value or qualifier
	Review   string // non-empty on a draft from `ictdash extract` not yet reviewed
	File     string // record file that defines it
	Line     int
}

// Item is something figures describe: an investment, programme, event,
// market, initiative, or an actor (organisation, person) or place.
type Item struct {
	ID      string
	Kind    string
	Name    string
	Aliases []string
	Date    string // ISO, as precise as the text allows
	// DateBasis is as Figure.PeriodBasis: "", "publication" or "background".
	DateBasis string
	DateNote  string
	Places    []string
	Orgs      []string
	Related   []string
	Note      string
	Sources   []Source
	Review    string // non-empty on a draft from `ictdash extract` not yet reviewed
	File      string
	Line      int
}

// IsEntity reports whether the item is an actor or a setting (a place,
// organisation or person) rather than something figures describe: the
// records entities.yaml holds, counted apart when drafts are tallied.
func (it *Item) IsEntity() bool {
	return it.Kind == "place" || it.Kind == "organisation" || it.Kind == "person"
}

// Skip is a number in an article that is not a figure, with the reason.
type Skip struct {
	Text    string `json:"text"`    // the number as written
	Context string `json:"context"` // a verbatim snippet of the clean text containing Text
	Reason  string `json:"reason"`
	Offset  int    `json:"offset"`           // offset of Text in the clean text
	Review  string `json:"review,omitempty"` // set on unreviewed drafts
	File    string `json:"-"`
	Line    int    `json:"-"`
}

// Coverage accounts for every number the scanner finds in an article.
type Coverage struct {
	Found     int      // numeric expressions in the clean text
	Figures   int      // covered by a figure's value as written
	Skipped   int      // covered by a skip entry
	Uncovered []string // neither: each "text (line N)"
	Gaps      []Gap    // the same numbers, located and read, for the fixes check suggests
}

// Gap is one number in an article that no figure or skip entry covers.
type Gap struct {
	Text      string
	Line, Col int     // in the article's raw file, from 1; Col counts characters
	Value     float64 // as the number engine reads it
	Max       float64 // a range's upper bound; Value when not a range
	Unit      string  // "" for a bare number
	Skip      string  // why the engine reads it as no quantity (a year, a rank …), or ""
	Offset    int     // in the clean text
}
