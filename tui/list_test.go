package tui

import (
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/table"
	tea "charm.land/bubbletea/v2"

	"ictdash/data"
)

// TestFilterMatchesFigureText: a list's filter keeps exactly the rows whose
// data.Set.FigureText (or ItemText) holds the folded query — the rule the
// briefing's filter uses too — however the index splits the text.
func TestFilterMatchesFigureText(t *testing.T) {
	set := seeds(t)
	m := sized(t, 120, 40, Options{})
	for _, q := range []string{"da nang", "NIPA", "samsung", "2024", "000_b77", "actual", "projection", "korea",
		"seoul", "đà", "e", "event", "zzz", "us$382"} {
		lv := *listNamed(t, m, "Investments")
		lv.filter.SetValue(q)
		lv.filtered = ""
		lv.apply()
		var want []int
		folded := data.Fold(q)
		for i, en := range lv.entries {
			text := ""
			if en.fig != nil {
				text = set.FigureText(en.fig)
			} else {
				text = set.ItemText(en.item)
			}
			if strings.Contains(text, folded) {
				want = append(want, i)
			}
		}
		if !slices.Equal(lv.view, want) {
			t.Errorf("filter %q keeps rows %v, FigureText has %v", q, lv.view, want)
		}
	}
}

// TestTypingNarrowsAsFilteringAfresh: typing a query one character at a
// time (each narrowing the rows already shown, in their order) ends where
// filtering for the whole query at once does, sorted or not.
func TestTypingNarrowsAsFilteringAfresh(t *testing.T) {
	for _, sorts := range []string{"", "ss", "sssS"} {
		m := sized(t, 120, 40, Options{})
		m = send(m, press("2")...)
		m = send(m, press(strings.Split(sorts, "")...)...)
		m = send(m, press("/")...)
		for _, r := range "nang" {
			m = send(m, press(string(r))...)
			typed := slices.Clone(listNamed(t, m, "Investments").view)
			afresh := *listNamed(t, m, "Investments")
			afresh.filtered = ""
			afresh.apply()
			if !slices.Equal(typed, afresh.view) {
				t.Errorf("sort %q, after %q: typed %v, afresh %v", sorts, afresh.filter.Value(), typed, afresh.view)
			}
		}
	}
}

// TestSortWithFilter: sorting a filtered list sorts what the filter shows.
func TestSortWithFilter(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = send(m, press("2", "/", "a", "enter", "s", "s")...) // filter, then sort by Value
	checkValueSort(t, *listNamed(t, m, "Investments"), false)
	m = send(m, press("S")...)
	checkValueSort(t, *listNamed(t, m, "Investments"), true)
}

// TestTableDrawsOnlyWhatShows: the list table asks for the cells of the
// rows on screen only, and keeps the cursor on screen as it moves.
func TestTableDrawsOnlyWhatShows(t *testing.T) {
	tbl := newListTable([]table.Column{{Title: "A", Width: 5}}, tableKeys(defaultKeyMap()))
	tbl.SetLayout([]table.Column{{Title: "A", Width: 5}}, 10, 12, newStyles(true, false, true))
	tbl.SetRowCount(100000)
	asked := 0
	row := func(i int) []string { asked++; return []string{" r"} }
	_ = tbl.View(row)
	if h := tbl.Height(); asked != h || h != 10 {
		t.Fatalf("drew %d rows for a table showing %d (want 10 under a two-line header)", asked, h)
	}
	key := func(name string) tea.Msg { return press(name)[0] }
	for range 25 {
		tbl.Update(key("down"))
	}
	if tbl.Cursor() != 25 || tbl.Cursor() < tbl.offset || tbl.Cursor() >= tbl.offset+tbl.Height() {
		t.Errorf("cursor %d, rows %d.. on screen", tbl.Cursor(), tbl.offset)
	}
	tbl.Update(key("pgdown"))
	if tbl.Cursor() != 35 {
		t.Errorf("page down from 25 went to %d, want 35", tbl.Cursor())
	}
	tbl.Update(key("G"))
	if tbl.Cursor() != 99999 || tbl.offset != 99999-9 {
		t.Errorf("bottom: cursor %d, first row shown %d", tbl.Cursor(), tbl.offset)
	}
	tbl.SetRowCount(3)
	if tbl.Cursor() != 2 || tbl.offset != 0 {
		t.Errorf("after the rows shrink to 3: cursor %d, first row shown %d", tbl.Cursor(), tbl.offset)
	}
	tbl.SetRowCount(0)
	asked = 0
	if out := tbl.View(row); asked != 0 || strings.Count(out, "\n")+1 != 12 {
		t.Errorf("an empty table drew %d rows in %d lines, want none in 12 (header and blank rows)", asked, strings.Count(out, "\n")+1)
	}
}
