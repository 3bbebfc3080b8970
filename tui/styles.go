package tui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/table"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ictdash/data/text"
)

// styles holds every style the dashboard draws with, built in one place by
// newStyles and rebuilt when the terminal reports its background colour.
type styles struct {
	gen   int  // changes whenever styles are rebuilt, so caches know
	ascii bool // only ASCII glyphs: borders, bars, chart lines, markers
	color bool // false under NO_COLOR: meaning must not rest on colour alone
	// cells is how text is measured: as the renderer and the terminal do
	// (see text.go). The zero value, ansi.WcWidth, is the renderer's own
	// until the terminal reports grapheme clustering.
	cells ansi.Method

	// The styles themselves are behind a pointer: a styles is passed and
	// copied on every call that draws (inside every env), and the Lip
	// Gloss styles are twenty kilobytes.
	*palette

	// glyphs differ between Unicode and --ascii
	barRune, barProjectedRune, barEmptyRune string
	bullet, sep, arrow, ellipsis            string
	caveat                                  string // a figure whose note qualifies its reliability
	marker, bar                             string // the selected target of a pane: its first line, the others
}

// palette is the Lip Gloss styles of a styles.
type palette struct {
	tabActive, tabInactive, tabGap lipgloss.Style
	title, muted, label, value     lipgloss.Style
	projection, derived, conflict  lipgloss.Style // status markers
	box, pane                      lipgloss.Style
	boxBorder                      lipgloss.Border // drawn by card, not by Lip Gloss
	highlight, highlightCurrent    lipgloss.Style  // quotes in the source view
	match                          lipgloss.Style  // a search's matches in an article
	filterPrompt, count, warn      lipgloss.Style
	barFill, barProjected          lipgloss.Style
	table                          table.Styles
	help                           help.Styles
}

// styleGen numbers style builds; caches keyed on it redraw after a restyle.
var styleGen int

func newStyles(isDark, ascii, useColor bool) styles {
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) color.Color {
		if !useColor {
			return lipgloss.NoColor{}
		}
		return ld(lipgloss.Color(light), lipgloss.Color(dark))
	}
	accent := c("#5A3FC0", "#A48CFF")
	subtle := c("#6B6B6B", "#9A9A9A")
	border := lipgloss.RoundedBorder()
	if ascii {
		border = lipgloss.ASCIIBorder()
	}
	styleGen++
	s := styles{gen: styleGen, ascii: ascii, color: useColor, palette: &palette{}}
	s.tabActive = lipgloss.NewStyle().Bold(true).Foreground(accent).Padding(0, 1)
	s.tabInactive = lipgloss.NewStyle().Foreground(subtle).Padding(0, 1)
	s.tabGap = lipgloss.NewStyle().Foreground(subtle)
	if !useColor {
		s.tabActive = s.tabActive.Reverse(true)
	}
	s.title = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.muted = lipgloss.NewStyle().Foreground(subtle)
	s.label = lipgloss.NewStyle().Foreground(subtle)
	s.value = lipgloss.NewStyle().Bold(true)
	s.projection = lipgloss.NewStyle().Foreground(c("#9A6700", "#E3B341")).Italic(true)
	s.derived = lipgloss.NewStyle().Foreground(c("#0969DA", "#58A6FF")).Italic(true)
	s.conflict = lipgloss.NewStyle().Foreground(c("#CF222E", "#FF7B72")).Bold(true)
	s.warn = s.conflict
	s.box = lipgloss.NewStyle().Foreground(subtle) // a card's border
	s.boxBorder = border
	s.pane = lipgloss.NewStyle().Border(border).BorderForeground(subtle).Padding(0, 1)
	s.highlight = lipgloss.NewStyle().Underline(true).Foreground(c("#1A7F37", "#7EE787"))
	s.highlightCurrent = lipgloss.NewStyle().Reverse(true).Bold(true)
	s.match = lipgloss.NewStyle().Bold(true).Underline(true).Foreground(c("#9A6700", "#E3B341"))
	s.filterPrompt = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.count = lipgloss.NewStyle().Foreground(subtle)
	s.barFill = lipgloss.NewStyle().Foreground(accent)
	s.barProjected = lipgloss.NewStyle().Foreground(c("#9A6700", "#E3B341"))

	// No cell padding: margins are part of the cell text (padCells), which
	// halves the styled renders per row on every cursor move.
	s.table = table.Styles{Cell: lipgloss.NewStyle(), Header: lipgloss.NewStyle().Bold(true)}
	s.table.Header = s.table.Header.BorderStyle(lipgloss.NormalBorder()).BorderForeground(subtle).
		BorderBottom(true).Bold(true)
	if ascii {
		s.table.Header = s.table.Header.BorderStyle(lipgloss.ASCIIBorder())
	}
	s.table.Selected = lipgloss.NewStyle().Bold(true)
	if useColor {
		s.table.Selected = s.table.Selected.Foreground(c("#FFFFFF", "#FFFFFF")).Background(accent)
	} else {
		s.table.Selected = s.table.Selected.Reverse(true)
	}
	s.help = help.DefaultStyles(isDark)

	s.barRune, s.barProjectedRune, s.barEmptyRune = "█", "▒", " "
	s.bullet, s.sep, s.arrow, s.ellipsis, s.marker, s.bar = "•", "·", "→", "…", "▸", "│"
	s.caveat = "⚠"
	if ascii {
		s.caveat = "!"
		s.barRune, s.barProjectedRune = "#", "="
		s.bullet, s.sep, s.arrow, s.ellipsis, s.marker, s.bar = "*", "|", "->", "...", ">", "|"
	}
	return s
}

// asciiGlyphs maps the box-drawing characters that asciigraph and lipgloss
// draw to plain ASCII, for --ascii on fonts without box drawing.
var asciiGlyphs = strings.NewReplacer(
	"┼", "+", "┤", "|", "├", "|", "┬", "+", "┴", "+", "└", "+", "┘", "+", "┌", "+", "┐", "+",
	"─", "-", "│", "|", "╭", "+", "╮", "+", "╰", "+", "╯", "+", "╴", "-", "╶", "-",
	"█", "#", "▒", "=", "░", ".", "•", "*", "·", "|", "→", "->", "…", "...", "▲", "^", "▼", "v",
	"◆", "*", "◇", "o", "●", "*", "○", "o", "▸", ">", "◂", "<", "↑", "up", "↓", "down", "←", "left",
	"━", "=", "┊", ":", "┆", ":", "═", "=", "⚠", "!",
)

// toASCII rewrites drawn output to ASCII when --ascii is on: the
// dashboard's own glyphs spelled in ASCII (asciiGlyphs), then everything
// else by text.ASCII (Đà Nẵng → Da Nang, “ ” → ", anything left → ?).
// Every measure and cut of the styles (text.go) reads text through it, so
// that under --ascii a line is measured, cut and padded as it is drawn:
// nothing grows after it was fitted.
func (s *styles) toASCII(t string) string {
	if !s.ascii || !hasNonASCII(t) {
		return t
	}
	return text.ASCII(asciiGlyphs.Replace(t))
}

// hasNonASCII reports whether s has a byte outside ASCII.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}
