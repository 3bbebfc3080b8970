package tui

import (
	tea "charm.land/bubbletea/v2"

	"ictdash/review"
)

// reviewDoneMsg says the curator closed the review opened over the
// dashboard (q in review).
type reviewDoneMsg struct{}

// openReview opens the review of the --data directory over the dashboard.
func (m Model) openReview() (tea.Model, tea.Cmd) {
	if m.live == nil {
		m.flash = "review needs a dataset directory: ictdash --data DIR, or ictdash review DIR"
		return m, nil
	}
	s, err := review.Start(m.live.dir.Path())
	if err != nil {
		m.flash = problemLine(err)
		return m, nil
	}
	rev := NewReview(s, m.opt)
	rev.embedded, rev.w, rev.h, rev.dark, rev.cells = true, m.w, m.h, m.dark, m.cells
	rev.restyle()
	m.rev = &rev
	return m, nil
}

// reviewing hands msg to the open review. done is false for what the
// dashboard still takes itself (reloads, the data it watches); sizes and
// colours go to both.
func (m Model) reviewing(msg tea.Msg) (tea.Model, tea.Cmd, bool) {
	switch msg.(type) {
	case reviewDoneMsg:
		m.rev.s.Close()
		m.rev = nil
		m.flash = "review closed; reloading"
		return m, m.live.reload(m.keys, m.active), true
	case tea.KeyPressMsg, tea.PasteMsg, tea.MouseMsg:
		// The mouse is the review's too: a click must not change the
		// dashboard hidden behind it.
		next, cmd := m.rev.Update(msg)
		*m.rev = next.(ReviewModel)
		return m, cmd, true
	case tea.WindowSizeMsg, tea.BackgroundColorMsg, tea.ModeReportMsg:
		next, _ := m.rev.Update(msg)
		*m.rev = next.(ReviewModel)
	}
	return m, nil, false
}
