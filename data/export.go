package data

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"io"
	"strconv"
	"strings"
)

// The export contract: what other tools read. Field names are stable; new
// fields may be added, none removed or renamed. See README "Export".

// ExportDoc is the whole dataset as `ictdash export --format json` writes it.
type ExportDoc struct {
	Sources []ExportArticle `json:"sources"`
	Items   []ExportItem    `json:"items"`
	Figures []ExportFigure  `json:"figures"`
}

// ExportArticle is one source article.
type ExportArticle struct {
	Article   string   `json:"article"` // file name
	Title     string   `json:"title"`
	TitleNote string   `json:"title_note,omitempty"` // set when the title is a curator's description, not the headline
	Outlet    string   `json:"outlet"`
	Published string   `json:"published"` // ISO or "" when the text gives no date
	DateNote  string   `json:"date_note,omitempty"`
	Language  string   `json:"language"` // en, vi, ko (stated or detected), or unknown
	URL       string   `json:"url,omitempty"`
	SHA256    string   `json:"sha256"`
	Skipped   []Skip   `json:"skipped"`
	Uncovered []string `json:"uncovered"`
}

// ExportItem is one item.
type ExportItem struct {
	ID        string         `json:"id"`
	Kind      string         `json:"kind"`
	Name      string         `json:"name"`
	Aliases   []string       `json:"aliases"`
	Date      string         `json:"date"`
	DateBasis string         `json:"date_basis,omitempty"`
	DateNote  string         `json:"date_note,omitempty"`
	Places    []string       `json:"places"`
	Orgs      []string       `json:"orgs"`
	Related   []string       `json:"related"`
	Note      string         `json:"note,omitempty"`
	Sources   []ExportSource `json:"sources"`
	Review    string         `json:"review,omitempty"` // unreviewed drafts only
}

// ExportFigure is one figure.
type ExportFigure struct {
	ID          string         `json:"id"`
	Label       string         `json:"label"`
	Value       float64        `json:"value"`
	ValueMax    *float64       `json:"value_max,omitempty"` // a range's upper bound
	ValueText   string         `json:"value_text"`
	Unit        string         `json:"unit"`
	Noun        string         `json:"noun,omitempty"`
	Per         string         `json:"per,omitempty"`
	Qualifier   Qualifier      `json:"qualifier"`
	Status      Status         `json:"status"`
	Period      string         `json:"period"`
	PeriodBasis string         `json:"period_basis,omitempty"` // publication or background, when not stated by the text
	PeriodNote  string         `json:"period_note,omitempty"`
	Places      []string       `json:"places"`
	Orgs        []string       `json:"orgs"`
	Items       []string       `json:"items"`
	Sources     []ExportSource `json:"sources"`
	Derived     bool           `json:"derived"`
	Formula     string         `json:"formula,omitempty"`
	Inputs      []string       `json:"inputs,omitempty"`
	Conflict    string         `json:"conflict,omitempty"`
	Note        string         `json:"note,omitempty"`
	Review      string         `json:"review,omitempty"` // unreviewed drafts only
}

// ExportSource is one citation.
type ExportSource struct {
	Article   string    `json:"article"`
	Quote     string    `json:"quote"`
	ValueText string    `json:"value_text,omitempty"`
	Value     *float64  `json:"value,omitempty"`
	ValueMax  *float64  `json:"value_max,omitempty"`
	Qualifier Qualifier `json:"qualifier,omitempty"`
	InCaption bool      `json:"in_caption,omitempty"` // quoted from a photo caption
	Review    string    `json:"review,omitempty"`     // an unreviewed merged source (see records.md)
}

// Export builds the export document. Slices are never nil so JSON readers
// always see arrays.
func (s *Set) Export() ExportDoc {
	doc := ExportDoc{Sources: []ExportArticle{}, Items: []ExportItem{}, Figures: []ExportFigure{}}
	for _, a := range s.Articles {
		sum := sha256.Sum256([]byte(a.Raw))
		doc.Sources = append(doc.Sources, ExportArticle{
			Article: a.File, Title: a.Title, TitleNote: a.TitleNote, Outlet: a.Outlet, Published: a.Published, DateNote: a.DateNote, Language: a.Language, URL: a.URL,
			SHA256: hex.EncodeToString(sum[:]), Skipped: nonNil(a.Skipped), Uncovered: nonNil(a.Coverage.Uncovered),
		})
	}
	for _, it := range s.Items {
		doc.Items = append(doc.Items, ExportItem{
			ID: it.ID, Kind: it.Kind, Name: it.Name, Aliases: nonNil(it.Aliases), Date: it.Date, DateBasis: it.DateBasis,
			DateNote: it.DateNote, Places: nonNil(it.Places), Orgs: nonNil(it.Orgs), Related: nonNil(it.Related),
			Note: it.Note, Sources: exportSources(it.Sources, false), Review: it.Review,
		})
	}
	for _, f := range s.Figures {
		doc.Figures = append(doc.Figures, ExportFigure{
			ID: f.ID, Label: f.Label, Value: f.Value, ValueMax: optional(f.ValueMax), ValueText: f.ValueText,
			Unit: f.Unit, Noun: f.Noun, Per: f.Per, Qualifier: f.Qualifier, Status: f.Status, Period: f.Period, PeriodBasis: f.PeriodBasis, PeriodNote: f.PeriodNote,
			Places: nonNil(f.Places), Orgs: nonNil(f.Orgs), Items: nonNil(f.Items),
			Sources: exportSources(f.Sources, true), Derived: f.Derived, Formula: f.Formula,
			Inputs: f.Inputs, Conflict: f.Conflict, Note: f.Note, Review: f.Review,
		})
	}
	return doc
}

func exportSources(srcs []Source, figure bool) []ExportSource {
	out := []ExportSource{}
	for _, s := range srcs {
		e := ExportSource{Article: s.Article, Quote: s.Quote, InCaption: s.InCaption}
		if s.Merged != nil {
			e.Review = s.Merged.Review
		}
		if figure {
			v := s.Value
			e.ValueText, e.Value, e.ValueMax, e.Qualifier = s.ValueText, &v, optional(s.ValueMax), s.Qualifier
		}
		out = append(out, e)
	}
	return out
}

func formatMax(max float64) string {
	if max == 0 {
		return ""
	}
	return strconv.FormatFloat(max, 'f', -1, 64)
}

// optional is a range's upper bound for JSON: absent when not a range.
func optional(max float64) *float64 {
	if max == 0 {
		return nil
	}
	return &max
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// WriteJSON writes the export document as indented JSON.
func (s *Set) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // quotes contain "&" (R&D); keep them readable
	enc.SetIndent("", "  ")
	return enc.Encode(s.Export())
}

// CSVHeader is the column order of the CSV export: one row per figure and
// source, lists joined with ";". Derived figures have one row, no source.
var CSVHeader = []string{"id", "label", "value", "value_text", "unit", "qualifier", "status", "period",
	"places", "orgs", "items", "derived", "formula", "conflict",
	"source_article", "source_quote", "source_value_text", "source_qualifier",
	"value_max", "noun", "per", "source_value_max"}

// WriteCSV writes the figures as RFC 4180 CSV.
func (s *Set) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, f := range s.Figures {
		base := []string{f.ID, f.Label, strconv.FormatFloat(f.Value, 'f', -1, 64), f.ValueText, f.Unit,
			string(f.Qualifier), string(f.Status), f.Period, strings.Join(f.Places, ";"),
			strings.Join(f.Orgs, ";"), strings.Join(f.Items, ";"), strconv.FormatBool(f.Derived),
			f.Formula, f.Conflict}
		srcs := f.Sources
		if len(srcs) == 0 {
			srcs = []Source{{}}
		}
		for _, src := range srcs {
			// Columns added later go last, so readers of the first ones
			// keep working.
			row := append(append([]string{}, base...), src.Article, src.Quote, src.ValueText, string(src.Qualifier),
				formatMax(f.ValueMax), f.Noun, f.Per, formatMax(src.ValueMax))
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
