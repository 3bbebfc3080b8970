package data

import "fmt"

// coverage accounts for every numeric expression in an article's clean text:
// each is covered by a figure's value as written or by a skip entry, or it is
// listed as uncovered so that no number is lost unseen.
func (v *verifier) coverage(a *Article) Coverage {
	var cov Coverage
	for _, q := range ScanNumbers(a.Clean.Text) {
		cov.Found++
		switch {
		case overlapsAny(q.Start, q.End, v.spans[a.File]):
			cov.Figures++
		case overlapsSkip(q.Start, q.End, a.Skipped):
			cov.Skipped++
		default:
			cov.Uncovered = append(cov.Uncovered, fmt.Sprintf("%q (line %d)", q.Text, a.Clean.RawLine(q.Start)))
		}
	}
	return cov
}

func overlapsAny(start, end int, spans []span) bool {
	for _, s := range spans {
		if start < s.end && s.start < end {
			return true
		}
	}
	return false
}

func overlapsSkip(start, end int, skips []Skip) bool {
	for _, s := range skips {
		if start < s.Offset+len(s.Text) && s.Offset < end {
			return true
		}
	}
	return false
}
