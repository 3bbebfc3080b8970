package review

import (
	"sort"
	"strconv"
	"strings"

	"ictdash/data"
	"ictdash/data/quantity"
)

// Kind is what a draft is.
type Kind string

// The kinds of drafts, in the order a curator meets them in a file.
const (
	FigureDraft Kind = "figure"
	SkipDraft   Kind = "skipped"
	ItemDraft   Kind = "item"
	EntityDraft Kind = "entity"
	SourceDraft Kind = "merged source"
)

// Draft is one unreviewed record.
type Draft struct {
	Kind       Kind
	File       string // record file
	Line       int    // the record's first line in File
	ID         string // figure or item id; "" for skipped entries and merged sources
	Confidence float64
	Reason     string // the review line after its confidence
	Figure     *data.Figure
	Skip       *data.Skip
	Item       *data.Item
	Source     *data.Source // a merged source: Figure is the figure it joins
	// Lang is the language its article's numbers are read in (a value as
	// written is read back in it).
	Lang quantity.Lang
}

// list is the YAML list the draft's record is in.
func (d Draft) list() string {
	switch d.Kind {
	case FigureDraft:
		return "figures"
	case SkipDraft:
		return "skipped"
	case SourceDraft:
		return "sources"
	}
	return "items"
}

// Key names the draft across reloads.
func (d Draft) Key() string {
	if d.ID != "" {
		return string(d.Kind) + ":" + d.ID
	}
	return string(d.Kind) + ":" + d.File + ":" + strconv.Itoa(d.Line)
}

// Quote is the passage the draft is about ("" for an entity without one).
func (d Draft) Quote() (article, quote string) {
	switch {
	case d.Source != nil:
		return d.Source.Article, d.Source.Quote
	case d.Figure != nil && len(d.Figure.Sources) > 0:
		return d.Figure.Sources[0].Article, d.Figure.Sources[0].Quote
	case d.Skip != nil:
		return "", d.Skip.Context
	case d.Item != nil && len(d.Item.Sources) > 0:
		return d.Item.Sources[0].Article, d.Item.Sources[0].Quote
	}
	return "", ""
}

// Drafts lists every unreviewed record of set, by file and line.
func Drafts(set *data.Set) []Draft {
	var out []Draft
	for _, f := range set.Figures {
		if f.Review != "" {
			out = append(out, newDraft(FigureDraft, f.File, f.Line, f.ID, f.Review, func(d *Draft) { d.Figure = f }))
		}
		for i := range f.Sources {
			if m := f.Sources[i].Merged; m != nil && m.Review != "" {
				src := &f.Sources[i]
				out = append(out, newDraft(SourceDraft, m.File, m.Line, "", m.Review, func(d *Draft) { d.Figure, d.Source = f, src }))
			}
		}
	}
	for _, it := range set.Items {
		if it.Review != "" {
			k := ItemDraft
			if it.IsEntity() {
				k = EntityDraft
			}
			out = append(out, newDraft(k, it.File, it.Line, it.ID, it.Review, func(d *Draft) { d.Item = it }))
		}
	}
	for _, a := range set.Articles {
		for i := range a.Skipped {
			if sk := &a.Skipped[i]; sk.Review != "" {
				out = append(out, newDraft(SkipDraft, sk.File, sk.Line, "", sk.Review, func(d *Draft) { d.Skip = sk }))
			}
		}
	}
	for i := range out {
		if file, _ := out[i].Quote(); set.Article(file) != nil {
			out[i].Lang = set.Article(file).Lang()
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

func newDraft(k Kind, file string, line int, id, review string, set func(*Draft)) Draft {
	d := Draft{Kind: k, File: file, Line: line, ID: id, Confidence: -1, Reason: review}
	// "draft, confidence 0.70: reason" as extract writes it.
	if rest, ok := strings.CutPrefix(review, "draft, confidence "); ok {
		if num, why, ok := strings.Cut(rest, ": "); ok {
			if c, err := strconv.ParseFloat(num, 64); err == nil {
				d.Confidence, d.Reason = c, why
			}
		}
	} else if why, ok := strings.CutPrefix(review, "draft: "); ok {
		d.Reason = why
	}
	set(&d)
	return d
}
