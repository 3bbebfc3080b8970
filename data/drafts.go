package data

import (
	"fmt"
	"strings"
)

// Drafts counts the records that still carry a review marker from
// `ictdash extract`: a dataset with any is not ready to publish, though it
// loads (`ictdash check` says NOT READY; --strict fails).
type Drafts struct {
	Figures  int
	Skipped  int
	Items    int // items of the kinds figures describe
	Entities int // places, organisations and people
	Sources  int // merged sources (a top-level sources: entry)
}

// Drafts counts the dataset's unreviewed drafts.
func (s *Set) Drafts() Drafts {
	var d Drafts
	for _, f := range s.Figures {
		if f.Review != "" {
			d.Figures++
		}
		for _, src := range f.Sources {
			if src.Merged != nil && src.Merged.Review != "" {
				d.Sources++
			}
		}
	}
	for _, it := range s.Items {
		switch {
		case it.Review == "":
		case it.IsEntity():
			d.Entities++
		default:
			d.Items++
		}
	}
	for _, a := range s.Articles {
		for _, sk := range a.Skipped {
			if sk.Review != "" {
				d.Skipped++
			}
		}
	}
	return d
}

// Total is the number of drafts.
func (d Drafts) Total() int { return d.Figures + d.Skipped + d.Items + d.Entities + d.Sources }

// String is "17 drafts to review (12 figures, 3 skipped, 1 item, 1 entity)",
// naming only the kinds there are.
func (d Drafts) String() string {
	var parts []string
	for _, p := range []struct {
		n           int
		one, plural string
	}{
		{d.Figures, "figure", "figures"}, {d.Skipped, "skipped", "skipped"}, {d.Items, "item", "items"},
		{d.Entities, "entity", "entities"}, {d.Sources, "merged source", "merged sources"},
	} {
		if p.n > 0 {
			parts = append(parts, plural(p.n, p.one, p.plural))
		}
	}
	return fmt.Sprintf("%s to review (%s)", plural(d.Total(), "draft", "drafts"), strings.Join(parts, ", "))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Unreviewed lists the drafts from `ictdash extract` that still carry a
// review marker, one warning each, as file:line: message.
func (s *Set) Unreviewed() []string {
	var out []string
	for _, f := range s.Figures {
		if f.Review != "" {
			out = append(out, fmt.Sprintf("%s:%d: figure %s is an unreviewed draft (%s); check it against its quote, then delete the review line", f.File, f.Line, f.ID, f.Review))
		}
		for _, src := range f.Sources {
			if m := src.Merged; m != nil && m.Review != "" {
				out = append(out, fmt.Sprintf("%s:%d: source of figure %s in %s is an unreviewed draft (%s); check that it reports the same fact, then delete the review line", m.File, m.Line, f.ID, src.Article, m.Review))
			}
		}
	}
	for _, it := range s.Items {
		if it.Review != "" {
			what, check := "item", "kind, name, date, places and orgs"
			if it.IsEntity() {
				what, check = "entity", "kind, name and aliases (is it one the dataset already has?)"
			}
			out = append(out, fmt.Sprintf("%s:%d: %s %s is an unreviewed draft (%s); check its %s, then delete the review line", it.File, it.Line, what, it.ID, it.Review, check))
		}
	}
	for _, a := range s.Articles {
		for _, sk := range a.Skipped {
			if sk.Review != "" {
				out = append(out, fmt.Sprintf("%s:%d: skipped %q is an unreviewed draft (%s)", sk.File, sk.Line, sk.Text, sk.Review))
			}
		}
	}
	return out
}
