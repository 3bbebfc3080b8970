package data

import (
	"go.yaml.in/yaml/v3"
	"slices"
)

// A record file's top-level sources: list adds sources to figures defined
// in any record file: the same fact reported by this file's article (a
// merge, as `ictdash extract` drafts it). Each entry is a figure source
// with the figure's id:
//
//	sources:
//	  - figure: danang-korean-projects-count
//	    quote: with 279 projects worth US$382 million
//
// Its quote is checked like any figure source's, but only once every
// record file is read (verifier.merges), since its figure may be defined
// in a file read after this one: the order of the files does not matter.

// mergeRec is one entry of the list, kept until the figures are known.
// Its YAML nodes are gone by then, so its problems are reported through
// its fields.
type mergeRec struct {
	f      fields
	figure string
	review string
	source Source
	own    sourceRec // the own* flags; its source and reporter are set when checked
}

func decodeMerge(rf *recordFile, n *yaml.Node) mergeRec {
	f := newReader(rf, n, mergeSpec)
	m := mergeRec{
		figure: rf.keep(f.str("figure", true)), review: rf.keep(f.str("review", false)),
		source: Source{
			Article: rf.intern(f.str("article", false)), Quote: rf.keep(f.str("quote", true)),
			ValueText: rf.keep(f.str("value_text", false)), Value: f.float("value", false),
			ValueMax:  f.float("value_max", false),
			Qualifier: Qualifier(rf.intern(f.str("qualifier", false))),
		},
		own: sourceRec{ownText: f.has("value_text"), ownValue: f.has("value"),
			ownValueMax: f.has("value_max"), ownQualifier: f.has("qualifier")},
	}
	m.f = f.fields
	f.release()
	return m
}

// merges checks every file's merged sources against their figures and
// appends them, in directory order, after the figures' own sources. It
// runs after register (every id is known) and before coverage, which then
// counts the numbers they cite. It runs on one goroutine: merges from
// several files may add to one figure.
func (v *verifier) merges(files []*recordFile) {
	for _, rf := range files {
		for i := range rf.merges {
			v.merge(rf, &rf.merges[i])
		}
	}
}

func (v *verifier) merge(rf *recordFile, m *mergeRec) {
	f := &m.f
	if m.figure == "" {
		return // reported as missing
	}
	fig := v.set.figures[m.figure]
	switch {
	case fig == nil && v.set.items[m.figure] != nil:
		f.errorf("figure", "sources: %q is an item, not a figure; an item's passages go in its own sources", m.figure)
		return
	case fig == nil:
		f.errorf("figure", "sources: figure %q is not defined%s", m.figure, v.didYouMeanFigure(m.figure))
		return
	case fig.Derived:
		f.errorf("figure", "sources: figure %q is derived: a derived figure has a formula, not sources", m.figure)
		return
	}
	sr := m.own
	sr.f, sr.source = f, &m.source
	// The figure's own sources and earlier merges come first, so that a
	// repeated passage takes its next occurrence (see quote).
	if !v.figureSource(rf, f, fig, sr, fig.Sources) {
		rf.failed = append(rf.failed, fig)
		return
	}
	m.source.Merged = &Merge{File: rf.name, Line: int(f.line), Review: m.review}
	fig = v.ownCopy(fig)
	fig.Sources = append(fig.Sources, m.source)
	fig.Conflict = conflict(fig.Sources)
}

// ownCopy is the figure a merge may add sources to: a copy of the record
// as its file was read, made once per load and put in the Set in its
// place. The record itself is never written, because a reload reuses it
// (and the Set on screen holds it): appending there would show a merged
// source twice after the next reload, and change a Set in use.
func (v *verifier) ownCopy(fig *Figure) *Figure {
	if v.merged[fig] {
		return fig
	}
	if v.merged == nil {
		v.merged, v.figureAt = map[*Figure]bool{}, make(map[*Figure]int, len(v.set.Figures))
		for i, f := range v.set.Figures {
			v.figureAt[f] = i
		}
	}
	c := *fig
	c.Sources = slices.Clone(fig.Sources)
	v.merged[&c] = true
	v.set.figures[c.ID] = &c
	if i, ok := v.figureAt[fig]; ok {
		v.set.Figures[i] = &c
	}
	return &c
}
