package extract

import (
	"encoding/json"
	"fmt"
	"io"

	"ictdash/data"
)

// jsonDraft is what WriteJSON writes: the figures in the export contract's
// figure shape (README "Export contract") with a review object each, plus
// the article block and the skipped numbers, so a tool gets the whole draft.
type jsonDraft struct {
	Article  jsonArticle  `json:"article"`
	Figures  []jsonFigure `json:"figures"`
	Skipped  []jsonSkip   `json:"skipped"`
	Items    []jsonItem   `json:"items"`    // drafted items, in the export contract's item shape
	Entities []jsonItem   `json:"entities"` // drafted places, organisations and people, likewise
	Merges   []jsonMerge  `json:"merges"`   // second sources of figures the dataset holds
}

type jsonArticle struct {
	File      string `json:"file"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	DateNote  string `json:"date_note,omitempty"`
	Language  string `json:"language,omitempty"`
	URL       string `json:"url,omitempty"`
	Byline    string `json:"byline,omitempty"`
}

// jsonFigure is the export contract's figure (data.ExportFigure, so the two
// cannot drift apart) with the review object in place of the review string.
type jsonFigure struct {
	data.ExportFigure
	Review jsonReview `json:"review"` // shadows ExportFigure.Review
}

type jsonReview struct {
	Confidence float64 `json:"confidence"`
	Reason     string  `json:"reason"`
}

type jsonSkip struct {
	Text    string `json:"text"`
	Context string `json:"context"`
	Reason  string `json:"reason"`
	Review  string `json:"review"`
}

// WriteJSON writes {"article": …, "figures": [...], "skipped": [...],
// "items": [...], "entities": [...], "merges": [...]}, each figure in the
// export contract's shape (id, label, value, value_text, unit, qualifier,
// status, period, places, orgs, items, sources, derived: false) plus
// "review": {"confidence", "reason"}; items and entities in the contract's
// item shape with a review object; merges as the figure id and the source
// to add to it. Lists are arrays, never null.
func (d *Draft) WriteJSON(w io.Writer) error {
	doc := jsonDraft{
		Article: jsonArticle{
			File: d.File, Title: d.Title, Outlet: d.Outlet, Published: d.Published, DateNote: d.DateNote,
			Language: d.Language, URL: d.URL, Byline: d.Byline,
		},
		Figures: []jsonFigure{}, Skipped: []jsonSkip{},
		Items: d.jsonItems(), Entities: d.jsonEntities(), Merges: d.jsonMerges(),
	}
	for _, f := range d.Figures {
		v := f.Value
		var vmax *float64
		if f.ValueMax != 0 {
			m := f.ValueMax
			vmax = &m
		}
		doc.Figures = append(doc.Figures, jsonFigure{
			ExportFigure: data.ExportFigure{
				ID: f.ID, Label: f.Label, Value: f.Value, ValueMax: vmax, ValueText: f.ValueText, Unit: f.Unit,
				Noun: f.Noun, Per: f.Per,
				Qualifier: f.Qualifier, Status: f.Status, Period: f.Period, PeriodNote: f.PeriodNote,
				PeriodBasis: f.PeriodBasis,
				Places:      nonNil(f.Places), Orgs: nonNil(f.Orgs), Items: nonNil(f.Items),
				Sources: d.jsonSources(f.Quote, f.Also, f.AlsoText, f.AlsoQual, f.ValueText, &v, vmax, f.Qualifier, ""),
			},
			Review: jsonReview{Confidence: f.Confidence, Reason: f.Reason},
		})
	}
	for _, s := range d.Skipped {
		doc.Skipped = append(doc.Skipped, jsonSkip{Text: s.Text, Context: s.Context, Reason: s.Reason, Review: skipReview})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // quotes contain "&" (R&D); keep them readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("extract: writing JSON for %s: %w", d.File, err)
	}
	return nil
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// jsonItem is a drafted item or entity: the export contract's item
// (data.ExportItem) with a review object.
type jsonItem struct {
	data.ExportItem
	Review jsonReview `json:"review"`
}

// jsonMerge is a second source for a figure the dataset holds: the
// figure's id, its label for the reader, and the sources to add to it.
type jsonMerge struct {
	Figure   string              `json:"figure"`
	Label    string              `json:"label"`
	Sources  []data.ExportSource `json:"sources"`
	Conflict string              `json:"conflict,omitempty"`
	Review   jsonReview          `json:"review"`
}

// jsonSources is a figure's or merge's sources: one per quote, each with
// the value as written.
func (d *Draft) jsonSources(first string, also, alsoText []string, alsoQual []data.Qualifier, vt string, v, vmax *float64, q data.Qualifier, review string) []data.ExportSource {
	out := []data.ExportSource{}
	for i, quote := range append([]string{first}, also...) {
		text, ql := vt, q
		if r := restated(i, alsoText); r != "" {
			text = r
		}
		if r := restatedQual(i, alsoQual); r != "" {
			ql = r
		}
		out = append(out, data.ExportSource{Article: d.File, Quote: quote, ValueText: text, Value: v, ValueMax: vmax, Qualifier: ql, Review: review})
	}
	return out
}

func (d *Draft) jsonItems() []jsonItem {
	out := []jsonItem{}
	for _, it := range d.Items {
		out = append(out, jsonItem{
			ExportItem: data.ExportItem{
				ID: it.ID, Kind: it.Kind, Name: it.Name, Aliases: nonNil(it.Aliases), Date: it.Date,
				DateBasis: it.DateBasis, DateNote: it.DateNote, Places: nonNil(it.Places), Orgs: nonNil(it.Orgs),
				Related: []string{}, Sources: d.itemSources(it.Quote),
			},
			Review: jsonReview{Confidence: it.Confidence, Reason: it.Reason},
		})
	}
	return out
}

func (d *Draft) jsonEntities() []jsonItem {
	out := []jsonItem{}
	for _, e := range d.Entities {
		out = append(out, jsonItem{
			ExportItem: data.ExportItem{
				ID: e.ID, Kind: e.Kind, Name: e.Name, Aliases: nonNil(e.Aliases),
				Places: []string{}, Orgs: []string{}, Related: []string{}, Sources: d.itemSources(e.Quote),
			},
			Review: jsonReview{Reason: e.Reason},
		})
	}
	return out
}

func (d *Draft) itemSources(quote string) []data.ExportSource {
	if quote == "" {
		return []data.ExportSource{}
	}
	return []data.ExportSource{{Article: d.File, Quote: quote}}
}

func (d *Draft) jsonMerges() []jsonMerge {
	out := []jsonMerge{}
	for _, m := range d.Merges {
		v := m.Value
		var vmax *float64
		if m.ValueMax != 0 {
			x := m.ValueMax
			vmax = &x
		}
		out = append(out, jsonMerge{
			Figure: m.Figure, Label: m.Label, Conflict: m.Conflict,
			Sources: d.jsonSources(m.Quote, m.Also, m.AlsoText, m.AlsoQual, m.ValueText, &v, vmax, m.Qualifier, m.reviewLine()),
			Review:  jsonReview{Confidence: m.Confidence, Reason: m.Reason},
		})
	}
	return out
}
