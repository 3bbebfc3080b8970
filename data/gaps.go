package data

import (
	"fmt"
	"slices"
)

// GapFixes lists every uncovered number as a problem at its place in the
// article's text file, with the fix: a number the engine reads as no
// quantity (a year, a rank) is a skipped entry with that reason; one with
// the value and unit of a figure in the dataset is most likely that fact
// again (a repeated lead paragraph, another article's report), so another
// source of the figure; anything else a new figure or a skipped entry.
func (s *Set) GapFixes() []Problem {
	var byValue map[float64][]*Figure
	var out []Problem
	for _, a := range s.Articles {
		for _, g := range a.Coverage.Gaps {
			if byValue == nil {
				byValue = s.figuresByValue()
			}
			msg := fmt.Sprintf("number %q is not covered: %s", g.Text, s.gapFix(a, g, byValue[g.Value]))
			out = append(out, Problem{File: a.File, Line: g.Line, Col: g.Col, Msg: msg})
		}
	}
	return out
}

// figuresByValue indexes the reported figures by value: an article can have
// hundreds of uncovered numbers and a dataset a hundred thousand figures.
func (s *Set) figuresByValue() map[float64][]*Figure {
	m := map[float64][]*Figure{}
	for _, f := range s.Figures {
		if !f.Derived {
			m[f.Value+0] = append(m[f.Value+0], f) // +0: -0 and 0 are one key
		}
	}
	return m
}

func (s *Set) gapFix(a *Article, g Gap, candidates []*Figure) string {
	if g.Skip != "" {
		return "add it as a skipped entry with the reason: " + g.Skip
	}
	fig := bestMatch(a, g, candidates)
	switch {
	case fig == nil:
		return "add it as a figure, or as a skipped entry with the reason"
	case !citesArticle(fig, a.File):
		return fmt.Sprintf("add it as a %s of %s (defined in %s), or as a skipped entry", nextSource(fig), fig.ID, fig.File)
	}
	return fmt.Sprintf("add it as a %s of %s, or as a skipped entry", nextSource(fig), fig.ID)
}

// bestMatch is the figure with the gap's value, range and unit, preferring
// one that already cites the article (the same passage repeated), then
// the first in the dataset.
func bestMatch(a *Article, g Gap, candidates []*Figure) *Figure {
	var first *Figure
	for _, f := range candidates {
		max := f.ValueMax
		if max == 0 {
			max = f.Value
		}
		if !sameValue(max, g.Max) || !sameUnit(g.Unit, f.Unit) {
			continue
		}
		if citesArticle(f, a.File) {
			return f
		}
		if first == nil {
			first = f
		}
	}
	return first
}

// sameUnit: the unit the text states is the figure's, or neither states one
// of its own (a bare "279" and a count of 279 projects).
func sameUnit(text, record string) bool {
	return text == record || !strongUnit(text) && !strongUnit(record)
}

func citesArticle(f *Figure, file string) bool {
	return slices.ContainsFunc(f.Sources, func(s Source) bool { return s.Article == file })
}

func nextSource(f *Figure) string {
	if len(f.Sources) == 1 {
		return "second source"
	}
	return "another source"
}
