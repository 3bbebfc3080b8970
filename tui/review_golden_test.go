package tui

import (
	"fmt"
	"strings"
	"testing"

	"ictdash/internal/drafttest"

	tea "charm.land/bubbletea/v2"
)

// TestGoldenReview pins the review screen — a figure draft with its
// article, the merge choice, the field choice, and the summary — and the
// dashboard's Drafts tab, at the three standard sizes.
func TestGoldenReview(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {120, 40}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(t *testing.T) {
			s, dir := reviewSession(t)
			m := reviewSend(NewReview(s, Options{}), tea.WindowSizeMsg{Width: size.w, Height: size.h})
			shot := func(view string) {
				t.Helper()
				// The temporary directory's path differs run to run: it is
				// written DIR, and the padding it moved is trimmed.
				lines := strings.Split(strings.ReplaceAll(reviewScreen(m), dir, "DIR"), "\n")
				for i, l := range lines {
					lines[i] = strings.TrimRight(l, " ")
				}
				golden(t, fmt.Sprintf("review-%s-%dx%d", view, size.w, size.h), strings.Join(lines, "\n"))
			}
			shot("figure")
			m = reviewSend(m, press("e")...)
			shot("fields")
			m = reviewSend(m, press("esc", "]", "m")...)
			shot("merge")
			m = reviewSend(m, press("esc", "a", "a")...)
			shot("summary")
		})
	}
}

// TestGoldenDraftsTab pins the Drafts tab at the three standard sizes.
func TestGoldenDraftsTab(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {120, 40}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(t *testing.T) {
			t.Setenv("XDG_CACHE_HOME", t.TempDir())
			m := openLive(t, drafttest.Dataset(t, "../seeds", "danang-korean-projects", "danang-korean-investment-value"))
			m = send(m, tea.WindowSizeMsg{Width: size.w, Height: size.h})
			m = send(m, press("8")...)
			golden(t, fmt.Sprintf("drafts-%dx%d", size.w, size.h), screen(m))
		})
	}
}
