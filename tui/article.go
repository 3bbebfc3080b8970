package tui

import (
	"sort"
	"strings"

	"charm.land/lipgloss/v2"

	"ictdash/data"
)

// highlightArticle wraps an article to width with every quoted passage
// underlined, the current quote reversed, and the query's matches marked
// (the current one reversed); it returns the lines and the lines where the
// current quote and the current match start.
func highlightArticle(e env, a *data.Article, current span, matches []span, match, width int) ([]string, int, int) {
	text := a.Clean.Text
	var quotes []span
	for _, f := range e.set.Figures {
		quotes = appendQuotes(quotes, f.Sources, a.File)
	}
	for _, it := range e.set.Items {
		quotes = appendQuotes(quotes, it.Sources, a.File)
	}
	quotes = mergeSpans(quotes)
	var cur span = span{-1, -1}
	if match >= 0 && match < len(matches) {
		cur = matches[match]
	}
	// Every place a style may change, then one style per segment between
	// two of them: quotes and matches overlap freely.
	cuts := []int{0, len(text)}
	for _, s := range quotes {
		cuts = append(cuts, s.start, s.end)
	}
	for _, s := range matches {
		cuts = append(cuts, s.start, s.end)
	}
	sort.Ints(cuts)
	var b strings.Builder
	qi, mi := 0, 0
	for i := 0; i+1 < len(cuts); i++ {
		from, to := max(0, cuts[i]), min(len(text), cuts[i+1])
		if from >= to {
			continue
		}
		for qi < len(quotes) && quotes[qi].end <= from {
			qi++
		}
		for mi < len(matches) && matches[mi].end <= from {
			mi++
		}
		inQuote := qi < len(quotes) && quotes[qi].start <= from
		inMatch := mi < len(matches) && matches[mi].start <= from
		var style *lipgloss.Style
		switch {
		case inMatch && matches[mi] == cur:
			style = &e.st.highlightCurrent
		case inMatch:
			style = &e.st.match
		case inQuote && current.start >= quotes[qi].start && current.start < quotes[qi].end:
			style = &e.st.highlightCurrent
		case inQuote:
			style = &e.st.highlight
		}
		if style == nil {
			b.WriteString(text[from:to])
		} else {
			b.WriteString(style.Render(text[from:to]))
		}
	}
	lines := strings.Split(e.st.wrap(b.String(), width), "\n")
	lineOf := func(offset int) int {
		if offset < 0 || offset > len(text) {
			return 0
		}
		return strings.Count(e.st.wrap(text[:offset], width), "\n")
	}
	return lines, lineOf(current.start), lineOf(cur.start)
}

func appendQuotes(spans []span, srcs []data.Source, file string) []span {
	for _, s := range srcs {
		if s.Article == file {
			spans = append(spans, span{s.Offset, s.Offset + len(s.Quote)})
		}
	}
	return spans
}

// mergeSpans sorts spans and joins overlapping ones, so each character is
// styled once.
func mergeSpans(spans []span) []span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var out []span
	for _, s := range spans {
		if n := len(out); n > 0 && s.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}
