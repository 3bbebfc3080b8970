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
	Article jsonArticle  `json:"article"`
	Figures []jsonFigure `json:"figures"`
	Skipped []jsonSkip   `json:"skipped"`
}

type jsonArticle struct {
	File      string `json:"file"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	DateNote  string `json:"date_note,omitempty"`
	Language  string `json:"language,omitempty"`
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

// WriteJSON writes {"article": …, "figures": [...], "skipped": [...]}, each
// figure in the export contract's shape (id, label, value, value_text, unit,
// qualifier, status, period, places, orgs, items, sources, derived: false)
// plus "review": {"confidence", "reason"}. Lists are arrays, never null.
func (d *Draft) WriteJSON(w io.Writer) error {
	doc := jsonDraft{
		Article: jsonArticle{File: d.File, Title: d.Title, Outlet: d.Outlet, Published: d.Published, DateNote: d.DateNote, Language: d.Language},
		Figures: []jsonFigure{}, Skipped: []jsonSkip{},
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
				Places: nonNil(f.Places), Orgs: nonNil(f.Orgs), Items: []string{},
				Sources: []data.ExportSource{{Article: d.File, Quote: f.Quote, ValueText: f.ValueText, Value: &v, Qualifier: f.Qualifier}},
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
