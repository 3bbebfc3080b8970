package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/table"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// listTable is the table of a list tab, drawn as the bubbles table draws
// it — a bordered header, cells cut to their column with "…", the cursor's
// row in the selected style — but holding no rows: it is told how many
// there are, and asks for the cells of the ones it shows when it draws.
// The bubbles table keeps every row, renders two screens of them on each
// move and allocates a slice the length of the list while doing it, which
// at a hundred thousand rows was most of a frame and of its garbage.
type listTable struct {
	cols   []table.Column
	st     styles // the table's styles and the cells method
	keys   table.KeyMap
	width  int
	height int // as bubbles' SetHeight: the header's lines included
	n      int // rows in all
	cursor int
	offset int // first row shown
	headH  int // lines of the header, as laid out
	head   string
	// lines are rows already drawn (unselected), by row: moving the cursor
	// redraws two rows, not a screen of them. Cleared whenever the rows,
	// the layout or the marked query change, and when it grows past a few
	// screens.
	lines  map[int]string
	linesQ string
}

func newListTable(cols []table.Column, keys table.KeyMap) *listTable {
	return &listTable{cols: cols, keys: keys}
}

// shown is how many rows fit under the header.
func (t *listTable) shown() int { return max(0, t.height-t.headH) }

// Height is the number of rows shown, as the bubbles table reports it.
func (t *listTable) Height() int { return t.shown() }

func (t *listTable) Cursor() int { return t.cursor }

// SetRowCount says how many rows there are, keeping the cursor on one.
func (t *listTable) SetRowCount(n int) {
	t.n = n
	t.lines = nil
	t.SetCursor(t.cursor)
}

// SetCursor moves the cursor to row i (clamped) and scrolls it into view.
func (t *listTable) SetCursor(i int) {
	t.cursor = max(0, min(i, t.n-1))
	t.scroll()
}

// scroll keeps the cursor's row on screen, moving the view as little as
// possible, and never leaves blank rows below the last one.
func (t *listTable) scroll() {
	h := max(t.shown(), 1)
	if t.cursor < t.offset {
		t.offset = t.cursor
	}
	if t.cursor >= t.offset+h {
		t.offset = t.cursor - h + 1
	}
	t.offset = max(0, min(t.offset, t.n-h))
}

// SetLayout applies column widths, width, height and styles.
func (t *listTable) SetLayout(cols []table.Column, width, height int, st styles) {
	t.cols, t.width, t.height, t.st = cols, width, height, st
	t.head = t.header()
	t.headH = lipgloss.Height(t.head)
	t.lines = nil
	t.scroll()
}

// Update moves the cursor on the table's keys.
func (t *listTable) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch h := max(t.shown(), 1); {
	case key.Matches(k, t.keys.LineUp):
		t.SetCursor(t.cursor - 1)
	case key.Matches(k, t.keys.LineDown):
		t.SetCursor(t.cursor + 1)
	case key.Matches(k, t.keys.PageUp):
		t.SetCursor(t.cursor - h)
	case key.Matches(k, t.keys.PageDown):
		t.SetCursor(t.cursor + h)
	case key.Matches(k, t.keys.HalfPageUp):
		t.SetCursor(t.cursor - h/2)
	case key.Matches(k, t.keys.HalfPageDown):
		t.SetCursor(t.cursor + h/2)
	case key.Matches(k, t.keys.GotoTop):
		t.SetCursor(0)
	case key.Matches(k, t.keys.GotoBottom):
		t.SetCursor(t.n - 1)
	}
	return nil
}

// View draws the header and the rows on screen; row gives the cells of a
// row by its index.
func (t *listTable) View(row func(i int) []string) string { return t.ViewQ(row, "") }

// ViewQ is View for rows whose cells mark the matches of query q: rows
// drawn for another query are drawn again.
func (t *listTable) ViewQ(row func(i int) []string, q string) string {
	h := t.shown()
	if t.lines == nil || t.linesQ != q || len(t.lines) > 4*h+16 {
		t.lines, t.linesQ = make(map[int]string, h), q
	}
	var b strings.Builder
	b.WriteString(t.head)
	for i := t.offset; i < t.offset+h; i++ {
		b.WriteByte('\n')
		if i >= t.n {
			continue
		}
		line, ok := t.lines[i]
		if !ok {
			line = t.line(row(i))
			t.lines[i] = line
		}
		if i == t.cursor {
			line = t.st.table.Selected.Render(line)
		}
		b.WriteString(line)
	}
	return b.String()
}

func (t *listTable) header() string {
	s := make([]string, 0, len(t.cols))
	for _, col := range t.cols {
		if col.Width <= 0 {
			continue
		}
		s = append(s, t.st.table.Header.Render(t.cell(col.Title, col.Width)))
	}
	// The titles are the dashboard's own ASCII, as wide by any measure, so
	// Lip Gloss may draw the rule under them.
	return lipgloss.JoinHorizontal(lipgloss.Top, s...)
}

// cell is a value cut and padded to exactly width cells on one line, as the
// terminal counts cells. (The cell style is empty: margins are in the text,
// see padCells.)
func (t *listTable) cell(value string, width int) string {
	if strings.ContainsAny(value, "\n\r\t") {
		value = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(value)
	}
	return t.st.pad(t.st.truncate(value, width), width)
}

func (t *listTable) renderRow(r int, cells []string) string {
	if r == t.cursor {
		return t.st.table.Selected.Render(t.line(cells))
	}
	return t.line(cells)
}

// line is a row's cells, each cut and padded to its column.
func (t *listTable) line(cells []string) string {
	var line strings.Builder
	for i, value := range cells {
		if i >= len(t.cols) || t.cols[i].Width <= 0 {
			continue
		}
		line.WriteString(t.cell(value, t.cols[i].Width))
	}
	return line.String()
}
