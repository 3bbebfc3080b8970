package tui

import (
	"fmt"
	"strings"

	"ictdash/data"
	"ictdash/format"
)

// entryDetail renders the detail pane for a figure or an item, whole and
// unscrolled (a pane that scrolls uses entryDoc).
func entryDetail(e env, en *entry, width int) string { return entryDoc(e, en, width).String() }

// entryDoc is the detail of a figure or an item, with its quotes (and the
// figures an item has) as targets.
func entryDoc(e env, en *entry, width int) doc {
	var d doc
	switch {
	case en == nil:
		d.add(e.st.muted.Render("Nothing matches."))
	case en.fig != nil:
		figureDoc(&d, e, en.fig, width)
	case en.item != nil:
		itemDoc(&d, e, en.item, width)
	}
	return d
}

// figureDoc is everything recorded about a figure: a disagreement between
// its sources first, with each source's wording side by side, then its
// value, status, period, what it is about and each quote.
func figureDoc(d *doc, e env, f *data.Figure, width int) {
	st := e.st
	line := func(s string) { d.add(st.wrap(s, width)) }
	line(st.title.Render(e.mark(f.Label)))
	if f.Review != "" {
		line(st.warn.Render("DRAFT, not reviewed: " + sanitize(f.Review)))
	}
	if f.Conflict != "" {
		conflictBlock(d, e, f, width)
	}
	head := st.value.Render(withNoun(f, format.Qualified(f)))
	if s := format.Status(f); s != "" {
		head += "  " + statusStyle(st, f).Render(s)
	}
	if f.Period != "" {
		head += st.muted.Render("  " + format.FigurePeriod(f))
	}
	line(head)
	if f.PeriodNote != "" {
		line(st.muted.Render(e.mark(f.PeriodNote)))
	}
	field(d, e, width, "Places", names(e.set, f.Places))
	field(d, e, width, "Actors", names(e.set, f.Orgs))
	field(d, e, width, "About", names(e.set, f.Items))
	if f.Derived {
		line(st.derived.Render("derived: " + f.Formula))
	}
	if f.Note != "" {
		line(st.muted.Render(e.mark(f.Note)))
	}
	sources(d, e, width, f.Sources, func(s data.Source) string { return format.QualifiedSource(f, s) })
}

// conflictBlock shows that a figure's sources disagree, and how each words
// the number, side by side when there is room (one under the other when
// not).
func conflictBlock(d *doc, e env, f *data.Figure, width int) {
	st := e.st
	d.add(st.wrap(st.conflict.Render("! Sources disagree"), width))
	n := len(f.Sources)
	colW := (width - 3*(n-1)) / max(n, 1)
	cols := make([]string, n)
	for i, s := range f.Sources {
		cols[i] = st.value.Render(format.QualifiedSource(f, s)) + "\n" +
			st.muted.Render(fmt.Sprintf("%d %s", i+1, shortCitation(e.set, s.Article)))
	}
	if n < 2 || colW < 16 {
		for _, c := range cols {
			d.add(st.wrap(c, width))
		}
		return
	}
	blocks := make([]string, 0, 2*n-1)
	height := 0
	for _, c := range cols {
		height = max(height, strings.Count(st.wrap(c, colW), "\n")+1)
	}
	for i, c := range cols {
		if i > 0 {
			blocks = append(blocks, st.conflict.Render(rule(st, height)))
		}
		blocks = append(blocks, st.fit(st.wrap(c, colW), colW, height))
	}
	d.add(joinH(blocks...))
}

// itemDoc is an item, the figures about it (each a target: enter shows
// it) and its sources.
func itemDoc(d *doc, e env, it *data.Item, width int) {
	st := e.st
	line := func(s string) { d.add(st.wrap(s, width)) }
	line(st.title.Render(e.mark(it.Name)) + st.muted.Render("  "+it.Kind))
	if it.Date != "" {
		dt := format.ItemDate(it)
		if it.DateNote != "" {
			dt += " (" + sanitize(it.DateNote) + ")"
		}
		field(d, e, width, "Date", []string{dt})
	}
	field(d, e, width, "Places", names(e.set, it.Places))
	// What it counts comes before who and what else is named: the figures
	// are what is asked of an event or a programme.
	if figs := e.set.FiguresOf(it.ID); len(figs) > 0 {
		line(st.label.Render(fmt.Sprintf("Figures (%d)", len(figs))))
		shown := figs[:min(len(figs), maxDocFigures)]
		for _, f := range shown {
			d.addTarget(st, st.value.Render(figureWordings(f))+" "+e.mark(f.Label), width,
				target{id: f.ID, copy: citedText(e.set, f)})
		}
		if len(figs) > len(shown) {
			line(st.muted.Render(fmt.Sprintf("  and %d more", len(figs)-len(shown))))
		}
	}
	field(d, e, width, "Actors", names(e.set, it.Orgs))
	field(d, e, width, "Also", sanitizeAll(it.Aliases))
	field(d, e, width, "Related", names(e.set, it.Related))
	if it.Note != "" {
		line(st.muted.Render(e.mark(it.Note)))
	}
	sources(d, e, width, it.Sources, nil)
}

// maxDocFigures is how many of an item's figures its detail lists.
const maxDocFigures = 100

// figureWordings is a figure's value as its sources word it: one wording,
// or each of them and "!" when they disagree ("nearly 20 / 20 !").
func figureWordings(f *data.Figure) string {
	if f.Conflict == "" || len(f.Sources) < 2 {
		return withNoun(f, format.Qualified(f))
	}
	var seen []string
	for _, s := range f.Sources {
		if w := format.QualifiedSource(f, s); !contains(seen, w) {
			seen = append(seen, w)
		}
	}
	return strings.Join(seen, " / ") + " !"
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func field(d *doc, e env, width int, name string, values []string) {
	if len(values) == 0 {
		return
	}
	d.add(e.st.wrap(e.st.label.Render(name+": ")+e.mark(strings.Join(values, ", ")), width))
}

// sources lists every quote as a target that opens its article there,
// each with where it is from; wording, when given, is how that source
// words the number.
func sources(d *doc, e env, width int, srcs []data.Source, wording func(data.Source) string) {
	if len(srcs) == 0 {
		return
	}
	st := e.st
	d.add(st.wrap(st.label.Render(fmt.Sprintf("Sources (%d)", len(srcs))), width))
	for i := range srcs {
		s := &srcs[i]
		text := fmt.Sprintf("%d “%s”", i+1, e.mark(s.Quote))
		if wording != nil && len(srcs) > 1 {
			text = fmt.Sprintf("%d %s: “%s”", i+1, st.value.Render(wording(*s)), e.mark(s.Quote))
		}
		cite := citation(e.set, s.Article)
		d.addTarget(st, text+"\n"+st.muted.Render(cite), width,
			target{src: s, copy: sanitize("“" + s.Quote + "” — " + copyCitation(e.set, s.Article))})
	}
}

func sanitizeAll(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = sanitize(x)
	}
	return out
}

// statusStyle marks projections, targets and derived values so they are
// never read as actuals.
func statusStyle(st styles, f *data.Figure) interface{ Render(...string) string } {
	switch {
	case f.Derived:
		return st.derived
	case f.Status == data.Projection || f.Status == data.Target || f.Status == data.Estimate:
		return st.projection
	}
	return st.muted
}
