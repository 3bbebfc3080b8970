package tui

import (
	"fmt"
	"strings"

	"ictdash/data"
	"ictdash/format"
)

// entryDetail renders the detail pane for a figure or an item.
func entryDetail(e env, en *entry, width int) string {
	switch {
	case en == nil:
		return e.st.muted.Render("Nothing matches.")
	case en.fig != nil:
		return figureDetail(e, en.fig, width)
	}
	return itemDetail(e, en.item, width)
}

// figureDetail shows everything recorded about a figure, quotes included.
func figureDetail(e env, f *data.Figure, width int) string {
	st := e.st
	var b strings.Builder
	line := func(s string) { b.WriteString(st.wrap(s, width) + "\n") }
	line(st.title.Render(sanitize(f.Label)))
	if f.Review != "" {
		line(st.warn.Render("DRAFT, not reviewed: " + sanitize(f.Review)))
	}
	head := st.value.Render(format.Qualified(f))
	if s := format.Status(f); s != "" {
		head += "  " + statusStyle(st, f).Render(s)
	}
	if f.Period != "" {
		head += st.muted.Render("  " + format.Period(f.Period))
	}
	line(head)
	if f.PeriodNote != "" {
		line(st.muted.Render(sanitize(f.PeriodNote)))
	}
	field(&b, st, width, "Places", names(e.set, f.Places))
	field(&b, st, width, "Actors", names(e.set, f.Orgs))
	field(&b, st, width, "About", names(e.set, f.Items))
	if f.Conflict != "" {
		line(st.conflict.Render("! " + sanitize(f.Conflict)))
	}
	if f.Derived {
		line(st.derived.Render("derived: " + f.Formula))
	}
	if f.Note != "" {
		line(st.muted.Render(sanitize(f.Note)))
	}
	sources(&b, e, width, f.Sources)
	return strings.TrimRight(b.String(), "\n")
}

// itemDetail shows an item, the figures about it and its sources.
func itemDetail(e env, it *data.Item, width int) string {
	st := e.st
	var b strings.Builder
	line := func(s string) { b.WriteString(st.wrap(s, width) + "\n") }
	line(st.title.Render(sanitize(it.Name)) + st.muted.Render("  "+it.Kind))
	field(&b, st, width, "Also", sanitizeAll(it.Aliases))
	if it.Date != "" {
		d := format.Period(it.Date)
		if it.DateNote != "" {
			d += " (" + sanitize(it.DateNote) + ")"
		}
		field(&b, st, width, "Date", []string{d})
	}
	field(&b, st, width, "Places", names(e.set, it.Places))
	field(&b, st, width, "Actors", names(e.set, it.Orgs))
	field(&b, st, width, "Related", names(e.set, it.Related))
	if it.Note != "" {
		line(st.muted.Render(sanitize(it.Note)))
	}
	if figs := e.set.FiguresOf(it.ID); len(figs) > 0 {
		line(st.label.Render("Figures"))
		for _, f := range figs {
			line(fmt.Sprintf(" %s %s %s", st.bullet, st.value.Render(format.Qualified(f)), sanitize(f.Label)))
		}
	}
	sources(&b, e, width, it.Sources)
	return strings.TrimRight(b.String(), "\n")
}

func field(b *strings.Builder, st styles, width int, name string, values []string) {
	if len(values) == 0 {
		return
	}
	b.WriteString(st.wrap(st.label.Render(name+": ")+strings.Join(values, ", "), width) + "\n")
}

func sources(b *strings.Builder, e env, width int, srcs []data.Source) {
	if len(srcs) == 0 {
		return
	}
	b.WriteString(e.st.label.Render(fmt.Sprintf("Sources (%d) — enter opens the first", len(srcs))) + "\n")
	for i, s := range srcs {
		b.WriteString(e.st.wrap(fmt.Sprintf("%d “%s”", i+1, sanitize(s.Quote)), width) + "\n")
		b.WriteString(e.st.wrap(e.st.muted.Render("  "+citation(e.set, s.Article)), width) + "\n")
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
