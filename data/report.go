package data

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Uncovered returns how many numbers in all articles are neither figures
// nor skipped; `ictdash check` fails when it is not zero.
func (s *Set) Uncovered() int {
	n := 0
	for _, a := range s.Articles {
		n += len(a.Coverage.Uncovered)
	}
	return n
}

// WriteReport writes the check summary: counts per kind and per article,
// coverage, conflicts between sources, and every uncovered number.
func (s *Set) WriteReport(w io.Writer) {
	derived, sources := 0, 0
	for _, f := range s.Figures {
		if f.Derived {
			derived++
		}
		sources += len(f.Sources)
	}
	fmt.Fprintf(w, "%d articles, %d items, %d figures (%d reported, %d derived), %d figure citations\n",
		len(s.Articles), len(s.Items), len(s.Figures), len(s.Figures)-derived, derived, sources)
	fmt.Fprintf(w, "items by kind: %s\n", s.kindCounts())
	fmt.Fprintln(w, "\nper article:")
	var found, figs, skipped, uncovered int
	for _, a := range s.Articles {
		c := a.Coverage
		found, figs, skipped, uncovered = found+c.Found, figs+c.Figures, skipped+c.Skipped, uncovered+len(c.Uncovered)
		date := a.Published
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(w, "  %s  %s, %s: %d figures cited; numbers %d = %d in figures + %d skipped + %d uncovered\n",
			a.File, a.Outlet, date, s.citations(a.File), c.Found, c.Figures, c.Skipped, len(c.Uncovered))
	}
	fmt.Fprintf(w, "\ncoverage: %d numbers in the articles: %d in figures, %d skipped with a reason, %d uncovered\n",
		found, figs, skipped, uncovered)
	// Each uncovered number as file:line:col, where an editor jumps to it.
	for _, p := range s.GapFixes() {
		fmt.Fprintln(w, p)
	}
	for _, f := range s.Figures {
		if f.Conflict != "" {
			fmt.Fprintf(w, "conflict: %s: %s\n", f.ID, f.Conflict)
		}
	}
	for _, u := range s.Unreviewed() {
		fmt.Fprintf(w, "warning: %s\n", u)
	}
}

// citations counts the figures that cite an article.
func (s *Set) citations(file string) int { return s.refIndex().cites[file] }

func (s *Set) kindCounts() string {
	counts := map[string]int{}
	for _, it := range s.Items {
		counts[it.Kind]++
	}
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%s %d", k, counts[k])
	}
	return strings.Join(parts, ", ")
}
