package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"ictdash/brief"
	"ictdash/data"
	"ictdash/review"
)

// draftsTab lists the dataset's unreviewed drafts (from ictdash extract);
// R opens the review of them in place, when the dataset is a --data
// directory.
type draftsTab struct {
	drafts []review.Draft
	counts data.Drafts
	y      int // first line shown
}

func newDraftsTab(set *data.Set) *draftsTab {
	return &draftsTab{drafts: review.Drafts(set), counts: set.Drafts()}
}

func (d *draftsTab) title() string           { return "Drafts" }
func (d *draftsTab) list() *listView         { return nil }
func (d *draftsTab) briefing() brief.Options { return brief.Options{} }

// reviewAskedMsg asks the root to open the review of the dataset.
type reviewAskedMsg struct{}

func (d *draftsTab) update(msg tea.KeyPressMsg, e env) (tea.Cmd, bool) {
	switch msg.String() {
	case "j", "down":
		d.y = min(d.y+1, max(len(d.drafts)-1, 0))
	case "k", "up":
		d.y = max(d.y-1, 0)
	case "g", "home":
		d.y = 0
	case "G", "end":
		d.y = max(len(d.drafts)-1, 0)
	case "R", "enter":
		return func() tea.Msg { return reviewAskedMsg{} }, true
	default:
		return nil, false
	}
	return nil, true
}

func (d *draftsTab) view(e env, w, h int) string {
	st := e.st
	if len(d.drafts) == 0 {
		return st.fit("No drafts: every record is reviewed.\n\nDrafts come from ictdash extract FILE --into DIR; open that DIR with --data to review them here.", w, h)
	}
	lines := []string{
		st.title.Render(d.counts.String()),
		st.muted.Render("R or enter reviews them one at a time (ictdash review DIR) · j/k scroll"),
		"",
	}
	for _, dr := range d.drafts[d.y:] {
		conf := "    "
		if dr.Confidence >= 0 {
			conf = fmt.Sprintf("%.2f", dr.Confidence)
		}
		what := dr.ID
		switch {
		case dr.Skip != nil:
			what = fmt.Sprintf("%q", dr.Skip.Text)
		case dr.Kind == review.SourceDraft && dr.Figure != nil:
			what = "→ " + dr.Figure.ID
		}
		lines = append(lines, fmt.Sprintf("%-13s %s  %s  %s  %s", dr.Kind, conf, sanitize(what),
			st.muted.Render(sanitize(dr.Reason)), st.muted.Render(fmt.Sprintf("%s:%d", sanitize(dr.File), dr.Line))))
		if len(lines) >= h {
			break
		}
	}
	return st.fit(strings.Join(lines, "\n"), w, h)
}
