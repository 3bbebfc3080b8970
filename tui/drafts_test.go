package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"ictdash/internal/drafttest"
)

// TestDraftsTabOpensTheReview: a --data dataset with drafts has a Drafts
// tab listing them; R reviews them over the dashboard; q there returns to
// the dashboard, which reloads without the reviewed draft. The seeds have
// no Drafts tab.
func TestDraftsTabOpensTheReview(t *testing.T) {
	if names := tabTitles(New(seeds(t), Options{}).tabs); strings.Contains(strings.Join(names, " "), "Drafts") {
		t.Errorf("the seeds have a Drafts tab: %v", names)
	}
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := drafttest.Dataset(t, "../seeds", "danang-korean-projects")
	m := openLive(t, dir)
	m = send(m, press("8")...)
	scr := screen(m)
	for _, want := range []string{"8 Drafts", "1 draft to review (1 figure)", "danang-korean-projects", "0.50"} {
		if !strings.Contains(scr, want) {
			t.Fatalf("Drafts tab lacks %q:\n%s", want, scr)
		}
	}
	m = run(t, m, press("R")...)
	if m.rev == nil || !strings.Contains(screen(m), "0 of 1 reviewed") {
		t.Fatalf("R did not open the review:\n%s", screen(m))
	}
	// A click on the tab bar hidden behind the review is the review's.
	active := m.active
	m = run(t, m, tea.MouseClickMsg{X: 2, Y: 0, Button: tea.MouseLeft}, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m.rev == nil || m.active != active {
		t.Fatalf("a click behind the review changed the dashboard (tab %d, was %d)", m.active, active)
	}
	m = run(t, m, press("a")...)
	m = run(t, m, press("q")...)
	if m.rev != nil {
		t.Fatalf("q did not close the review:\n%s", screen(m))
	}
	if f := m.set.Figure("danang-korean-projects"); f == nil || f.Review != "" {
		t.Errorf("the dashboard still shows the draft: %+v", f)
	}
	if strings.Contains(screen(m), "Drafts") {
		t.Errorf("the Drafts tab stays after the last draft:\n%s", screen(m))
	}
	if got := m.tabs[m.active].title(); got != "Overview" {
		t.Errorf("after the last draft the dashboard shows %s, want the Overview it came from", got)
	}
}

// run sends msgs and runs the commands they return, as the runtime would,
// for the messages this test follows (not timers).
func run(t *testing.T, m Model, msgs ...tea.Msg) Model {
	t.Helper()
	for _, msg := range msgs {
		next, cmd := m.Update(msg)
		m = next.(Model)
		for cmd != nil {
			out := cmd()
			switch out.(type) {
			case reviewAskedMsg, reviewDoneMsg, reloadedMsg:
				next, cmd = m.Update(out)
				m = next.(Model)
			default:
				cmd = nil
			}
		}
	}
	return m
}
