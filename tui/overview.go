package tui

import (
	"fmt"
	"sort"
	"strings"

	tea "charm.land/bubbletea/v2"

	"ictdash/data"
	"ictdash/format"
)

// overviewTab is the landing page: headline figures as cards, two charts
// and the latest events.
type overviewTab struct {
	cards  []*data.Figure
	latest []*data.Item
	drawn  *memo
}

// headlineCount is how many cards the overview offers; as many as fit show.
const headlineCount = 12

func newOverviewTab(set *data.Set) overviewTab {
	ev := set.Events()
	var dated []*data.Item
	for _, it := range ev {
		if it.Date != "" {
			dated = append(dated, it)
		}
	}
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].Date > dated[j].Date })
	return overviewTab{cards: headlines(set), latest: dated[:min(6, len(dated))], drawn: &memo{}}
}

// headlines picks the figures worth a card: reported (not derived), one per
// item, money first and larger first, then counts, so the page leads with
// the scale of the cooperation.
func headlines(set *data.Set) []*data.Figure {
	var pool []*data.Figure
	for _, f := range set.Figures {
		if !f.Derived && len(f.Sources) > 0 {
			pool = append(pool, f)
		}
	}
	rank := func(f *data.Figure) int {
		switch f.Unit {
		case "USD", "VND", "KRW":
			return 0
		case "count":
			return 1
		case "percent":
			return 2
		}
		return 3
	}
	sort.SliceStable(pool, func(i, j int) bool {
		if ri, rj := rank(pool[i]), rank(pool[j]); ri != rj {
			return ri < rj
		}
		return pool[i].Value > pool[j].Value
	})
	var out []*data.Figure
	usedItem := map[string]bool{}
	for _, f := range pool {
		key := strings.Join(f.Items, ",")
		if key != "" && usedItem[key] {
			continue
		}
		usedItem[key] = true
		out = append(out, f)
		if len(out) == headlineCount {
			break
		}
	}
	return out
}

func (t overviewTab) update(tea.KeyPressMsg, env) (overviewTab, tea.Cmd, bool) {
	return t, nil, false
}

// minCardWidth is the narrowest headline card, border included; cards
// widen to share the row evenly.
const minCardWidth = 27

func (t overviewTab) view(e env, w, h int) string {
	cols := max(1, (w+1)/(minCardWidth+1))
	cardW := min(w, (w-(cols-1))/cols)
	cardRows := 2
	if h < 30 {
		cardRows = 1
	}
	cards := t.cardGrid(e, cols, cardRows, cardW)
	used := strings.Count(cards, "\n") + 1
	rest := h - used - 1
	if rest < 6 {
		return e.st.fit(cards, w, h)
	}
	eventsW := min(44, w/3)
	if w < mediumWidth {
		eventsW = 0
	}
	chartsW := w
	if eventsW > 0 {
		chartsW = w - eventsW - 1
	}
	charts := t.drawn.get(chartsW, rest, e.st, func() string { return overviewCharts(e, chartsW, rest) })
	block := e.st.fit(charts, chartsW, rest)
	if eventsW > 0 {
		block = joinH(block, e.st.fit(t.latestEvents(e, eventsW), eventsW, rest))
	}
	return e.st.fit(cards, w, used) + "\n" + block
}

// overviewCharts puts the two headline charts side by side when wide, one
// under the other when there is height, else the first only.
func overviewCharts(e env, w, h int) string {
	if w >= 2*44 {
		half := (w - 1) / 2
		return joinH(e.st.fit(outsourcingChart(e.set, e.st, half), half, h), e.st.fit(turnover2018Chart(e.set, e.st, half), half, h))
	}
	return drawCharts(e, []chartFunc{outsourcingChart, turnover2018Chart}, w, h)
}

func (t overviewTab) cardGrid(e env, cols, rows, width int) string {
	var lines []string
	for r := 0; r < rows; r++ {
		var row []string
		for c := 0; c < cols; c++ {
			i := r*cols + c
			if i >= len(t.cards) {
				break
			}
			row = append(row, card(e, t.cards[i], width))
		}
		if len(row) == 0 {
			break
		}
		lines = append(lines, joinH(row...))
	}
	return strings.Join(lines, "\n")
}

// card shows one figure: value as the source qualifies it, what it
// measures, status and place, and the outlet it is from.
func card(e env, f *data.Figure, width int) string {
	st := e.st
	inner := width - 4
	value := st.value.Render(format.Qualified(f))
	if s := format.Status(f); s != "" {
		value += " " + statusStyle(st, f).Render(s)
	}
	meta := []string{}
	if len(f.Places) > 0 {
		meta = append(meta, sanitize(e.set.Name(f.Places[0])))
	}
	if f.Period != "" {
		meta = append(meta, format.Period(f.Period))
	}
	body := strings.Join([]string{
		st.truncate(value, inner),
		st.truncate(sanitize(f.Label), inner),
		st.truncate(st.muted.Render(strings.Join(meta, " "+st.sep+" ")), inner),
		st.truncate(st.muted.Render(sourceShort(e.set, f.Sources)), inner),
	}, "\n")
	return st.toASCII(boxed(st, body, width, 4))
}

// boxed draws body in the card border, width cells wide with a one-cell
// margin inside and height lines of body. The border is drawn here rather
// than by Lip Gloss, which would pad and wrap the body by its own widths.
func boxed(st styles, body string, width, height int) string {
	b := st.boxBorder
	edge := max(0, width-2)
	var out strings.Builder
	out.WriteString(st.box.Render(b.TopLeft + strings.Repeat(b.Top, edge) + b.TopRight))
	for _, l := range strings.Split(st.fit(body, max(0, width-4), height), "\n") {
		out.WriteString("\n" + st.box.Render(b.Left) + " " + l + " " + st.box.Render(b.Right))
	}
	out.WriteString("\n" + st.box.Render(b.BottomLeft+strings.Repeat(b.Bottom, edge)+b.BottomRight))
	return out.String()
}

func (t overviewTab) latestEvents(e env, w int) string {
	var b strings.Builder
	b.WriteString(e.st.title.Render("Latest events") + "\n")
	for _, ev := range t.latest {
		fmt.Fprintf(&b, "%s %s\n", e.st.muted.Render(format.Period(ev.Date)), sanitize(ev.Name))
	}
	return e.st.wrap(strings.TrimRight(b.String(), "\n"), w)
}
