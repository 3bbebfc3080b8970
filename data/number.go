package data

import (
	"fmt"
	"unicode/utf8"

	"ictdash/data/quantity"
)

// Numbers are read by data/quantity, the one number engine (English,
// Vietnamese, Korean); these names keep the data package's callers
// working.
type (
	// Quantity is quantity.Quantity: a number as written, normalised.
	Quantity = quantity.Quantity
	// Qualifier is quantity.Qualifier: how a source hedges a number.
	Qualifier = quantity.Qualifier
)

// The qualifiers a figure may carry, with their direction (see
// quantity.Qualifier.Direction).
const (
	Exact    = quantity.Exact
	About    = quantity.About
	Over     = quantity.Over
	MoreThan = quantity.MoreThan
	AtLeast  = quantity.AtLeast
	Nearly   = quantity.Nearly
	UpTo     = quantity.UpTo
	LessThan = quantity.LessThan
)

// Units a figure may be measured in: every unit the engine reads. Money
// is normalised to base units (US$382 million → 382000000 USD).
var Units = func() []string {
	var out []string
	for _, u := range quantity.Units() {
		out = append(out, string(u))
	}
	return out
}()

// ParseQuantityIn reads a value as written by lang's conventions
// ("2,5 tỷ USD" in Vietnamese, "74만 명" in Korean).
func ParseQuantityIn(s string, lang quantity.Lang) (Quantity, error) {
	return quantity.Parse(s, lang)
}

// ScanNumbers finds every number in text, in order and without overlap,
// in the language the text is detected to be in. Numbers that are not
// quantities (years, dates, ordinals …) are included with their Skip
// reason, so that none goes unaccounted for.
func ScanNumbers(text string) []Quantity { return quantity.Scan(text, quantity.Detect(text)) }

func fmtNum(x float64) string { return fmt.Sprintf("%.10g", x) }

// articleLangs are the languages an article block may state.
var articleLangs = map[string]quantity.Lang{"en": quantity.EN, "vi": quantity.VI, "ko": quantity.KO}

// Lang is the language an article's numbers are read in.
func (a *Article) Lang() quantity.Lang { return articleLangs[a.Language] }

// detectLang is the language of an article's clean text as the engine
// detects it: "en", "vi", "ko", or "unknown". The first few kilobytes
// tell as well as the whole (title and lead paragraphs), and a large
// dataset is tens of megabytes of articles.
func detectLang(clean string) string {
	const sample = 8 << 10
	if len(clean) > sample {
		cut := sample
		for cut > 0 && !utf8.RuneStart(clean[cut]) {
			cut--
		}
		clean = clean[:cut]
	}
	return quantity.Detect(clean).String()
}
