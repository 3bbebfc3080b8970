package tui

import (
	"fmt"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"ictdash/review"
)

// View draws the review on the alternate screen.
func (m ReviewModel) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "ictdash review"
	if !m.opt.NoMouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (m ReviewModel) render() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	if m.w < 30 || m.h < 8 {
		return m.st.fit("ictdash review: make the terminal larger (at least 30×8)", m.w, m.h)
	}
	bodyH := m.h - 3
	var body string
	switch {
	case m.help:
		body = m.st.fit(strings.Join(reviewHelp, "\n"), m.w, bodyH)
	case m.draft() == nil:
		body = m.st.fit(m.summary(), m.w, bodyH)
	case m.w >= 90:
		lw := m.w * 2 / 5
		rw := m.w - lw - 3 // joinH puts a space either side of the rule
		sep := strings.TrimSuffix(strings.Repeat(m.st.muted.Render("│")+"\n", bodyH), "\n")
		if m.opt.ASCII {
			sep = strings.TrimSuffix(strings.Repeat("|\n", bodyH), "\n")
		}
		body = joinH(m.st.fit(m.recordPane(lw), lw, bodyH), sep, m.articlePane(rw, bodyH))
	default:
		top := bodyH / 2
		body = m.st.fit(m.recordPane(m.w), m.w, top) + "\n" + m.articlePane(m.w, bodyH-top)
	}
	return strings.Join([]string{
		m.st.fit(m.header(), m.w, 1), body, m.st.fit(m.statusLine(), m.w, 1), m.st.fit(m.footer(), m.w, 1),
	}, "\n")
}

func (m ReviewModel) header() string {
	s := m.s
	// What the curator needs first comes first: a narrow screen cuts the
	// directory, not the progress or the confidence.
	h := fmt.Sprintf("Review · %d of %d reviewed", s.Reviewed(), s.Total)
	if d := m.draft(); d != nil {
		h += fmt.Sprintf(" · draft %d of %d left: %s", m.cur+1, len(s.Drafts), d.Kind)
		if d.Confidence >= 0 {
			h += fmt.Sprintf(", confidence %.2f", d.Confidence)
		}
	}
	return m.st.title.Render(h) + m.st.muted.Render(" · "+sanitize(filepath.Base(s.Store.Dir)))
}

// recordPane is the draft's record, or the choice the curator is making.
func (m ReviewModel) recordPane(w int) string {
	d := m.draft()
	var b strings.Builder
	row := func(k, v string) {
		if v != "" {
			wrapped := m.st.wrap(sanitize(v), max(w-11, 10))
			fmt.Fprintf(&b, "%s %s\n", m.st.label.Render(fmt.Sprintf("%-10s", k)), strings.ReplaceAll(wrapped, "\n", "\n"+strings.Repeat(" ", 11)))
		}
	}
	switch m.mode {
	case choosingField:
		b.WriteString(m.st.title.Render("Edit which field?") + "\n")
		for i, f := range reviewFields(d) {
			fmt.Fprintf(&b, " %d  %-10s %s\n", i+1, f, sanitize(currentValue(d, f)))
		}
		b.WriteString("\nesc cancels")
		return b.String()
	case choosingReason:
		b.WriteString(m.st.title.Render("Not a figure: why?") + "\n")
		for i, r := range skipReasons {
			fmt.Fprintf(&b, " %d  %s\n", i+1, r)
		}
		b.WriteString(" t  type a reason\n\nesc cancels")
		return b.String()
	case merging:
		b.WriteString(m.st.title.Render("Merge as a second source of:") + "\n")
		for i, c := range m.cands {
			mark := "  "
			if i == m.sel {
				mark = m.st.marker
			}
			fmt.Fprintf(&b, "%s%d %s: %s\n    %s\n", mark, i+1, sanitize(c.Figure.ID), sanitize(c.Figure.ValueText), sanitize(c.Why))
		}
		if m.conflict != "" {
			b.WriteString("\n" + m.st.conflict.Render("conflict: ") + m.st.wrap(sanitize(m.conflict), max(w-10, 10)) + "\n")
		} else {
			b.WriteString("\nno conflict: the sources agree\n")
		}
		b.WriteString("enter merges · esc cancels")
		return b.String()
	case choosingKind:
		b.WriteString(m.st.title.Render("New record: what kind?") + "\n p  place\n o  organisation\n r  person\n" +
			" v  investment (a plant, a fund)\n t  training (a programme, a course)\n e  event (a forum, a visit)\n i  initiative (an MoU, a plan)\n\nesc cancels")
		return b.String()
	}
	fmt.Fprintf(&b, "%s %s\n", m.st.warn.Render(strings.ToUpper(string(d.Kind))), sanitize(d.ID))
	row("why", d.Reason)
	if f := d.Figure; f != nil {
		if d.Kind == review.SourceDraft {
			row("joins", f.ID+": "+f.Label)
			row("value", d.Source.ValueText)
			row("conflict", f.Conflict)
		} else {
			row("label", f.Label)
			row("value", fmt.Sprintf("%s → %s %s (%s)", f.ValueText, fmtValue(f.Value), f.Unit, f.Qualifier))
			row("status", string(f.Status))
			row("period", strings.TrimSpace(f.Period+"  "+f.PeriodNote))
			row("places", strings.Join(f.Places, ", "))
			row("orgs", strings.Join(f.Orgs, ", "))
			row("items", strings.Join(f.Items, ", "))
		}
	}
	if s := d.Skip; s != nil {
		row("number", s.Text)
		row("reason", s.Reason)
	}
	if it := d.Item; it != nil {
		row("name", it.Name)
		row("kind", it.Kind)
		row("aliases", strings.Join(it.Aliases, ", "))
		row("date", it.Date)
		row("places", strings.Join(it.Places, ", "))
		row("orgs", strings.Join(it.Orgs, ", "))
	}
	_, q := d.Quote()
	row("quote", "“"+q+"”")
	row("file", fmt.Sprintf("%s:%d", d.File, d.Line))
	return b.String()
}

func fmtValue(v float64) string { return strings.TrimSuffix(fmt.Sprintf("%.10g", v), ".0") }

// articlePane is the draft's article, wrapped, scrolled to the quote,
// which is highlighted.
func (m ReviewModel) articlePane(w, h int) string {
	d := m.draft()
	file, quote := d.Quote()
	if file == "" && d.Skip != nil {
		file = m.skipArticle(d)
	}
	a := m.s.Set.Article(file)
	if a == nil {
		return m.st.fit("(no article for this draft)", w, h)
	}
	cur := span{-1, -1}
	var matches []span
	switch {
	case d.Skip != nil:
		cur = span{d.Skip.Offset, d.Skip.Offset + len(d.Skip.Text)}
		matches = []span{cur}
	case quote != "":
		if at := strings.Index(a.Clean.Text, quote); at >= 0 {
			cur = span{at, at + len(quote)}
			matches = []span{cur}
		}
	}
	e := env{set: m.s.Set, st: m.st, keys: defaultKeyMap()}
	lines, _, at := highlightArticle(e, a, cur, matches, 0, w)
	top := min(max(at-2+m.scroll, 0), max(len(lines)-1, 0))
	head := m.st.muted.Render(sanitize(file))
	return m.st.fit(head+"\n"+strings.Join(lines[top:], "\n"), w, h)
}

// skipArticle is the article of a skipped entry's record file.
func (m ReviewModel) skipArticle(d *review.Draft) string {
	for _, a := range m.s.Set.Articles {
		for i := range a.Skipped {
			if &a.Skipped[i] == d.Skip || a.Skipped[i].File == d.File && a.Skipped[i].Line == d.Line {
				return a.File
			}
		}
	}
	return ""
}

func (m ReviewModel) statusLine() string {
	switch m.mode {
	case editing:
		msg := review.Check(m.s.Set, *m.draft(), m.field, m.input.Value())
		hint := m.st.muted.Render(" ✓ enter checks it against the whole dataset")
		if msg != "" {
			hint = " " + m.st.warn.Render(sanitize(msg))
		}
		if cs := review.Complete(m.s.Set, m.field, m.input.Value(), 4); len(cs) > 0 && msg != "" {
			hint = m.st.muted.Render(" tab: " + strings.Join(cs, " "))
		}
		return m.field + ": " + m.input.View() + hint
	case typingReason:
		return "reason: " + m.input.View()
	case naming:
		return "new " + m.kind + " (Name, or Name = id): " + m.input.View()
	}
	if m.bad {
		return m.st.warn.Render(m.notice)
	}
	return m.st.muted.Render(m.notice)
}

func (m ReviewModel) footer() string {
	switch {
	case m.typing():
		return m.st.muted.Render("enter saves · esc cancels · tab completes an id")
	case m.mode != browsing:
		return m.st.muted.Render("pick with the keys shown · esc cancels")
	}
	return m.st.muted.Render(m.fitKeys(reviewKeys, m.w))
}

// reviewKeys are the footer's bindings, most used first: at a narrow
// width the footer keeps whole bindings from the left and ends with the
// help key, which lists them all.
var reviewKeys = []string{"a accept", "e edit", "x not a figure", "m merge", "n new entity or item", "u undo",
	"U redo", "]/[ next/prev", "l low confidence", "j/k scroll", "q quit"}

func (m ReviewModel) fitKeys(keys []string, w int) string {
	const sep, help = " · ", "? all keys"
	out := ""
	for _, k := range keys {
		next := out + k + sep
		if m.st.width(next+help) > w {
			break
		}
		out = next
	}
	return out + help
}

func (m ReviewModel) summary() string {
	s := m.s
	if s.Total == 0 {
		return fmt.Sprintf("No drafts to review in %s: every record is reviewed.\n\nq quits.", sanitize(s.Store.Dir))
	}
	var parts []string
	for _, k := range []string{"accepted", "edited", "not a figure", "merged", "new entity", "dropped"} {
		if n := m.done[k]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, k))
		}
	}
	return fmt.Sprintf("All %d drafts reviewed.\n  %s\n\nNext: ictdash check --strict --data %s\n\nu undoes the last decision · q quits",
		s.Total, strings.Join(parts, " · "), sanitize(s.Store.Dir))
}

var reviewHelp = []string{
	"Review keys",
	"",
	"  a        accept the draft as it is (its review line is deleted)",
	"  e        edit a field: 1-9 picks it; enter saves when it would load; tab completes ids",
	"  x        not a figure: it becomes a skipped number with the reason you pick or type;",
	"           on a drafted item or entity, drop it (and its links)",
	"  m        merge into a figure the dataset has, as a second source (conflict shown first)",
	"  n        new entity (p place, o organisation, r person), tagged on the figure;",
	"           or a new item (v investment, t training, e event, i initiative), linked to it",
	"  u / U    undo / redo (ctrl+r redoes too)",
	"  ] / [    next / previous draft; l the next below confidence 0.50",
	"  j / k    scroll the article",
	"  q        quit: only confirmed decisions were written",
	"",
	"Every decision is written to a temporary file, checked by loading the",
	"whole dataset, and renamed into place; a file changed on disk meanwhile",
	"is not overwritten. Any key closes this help.",
}
