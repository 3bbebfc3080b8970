package tui

import (
	"slices"
	"strconv"

	"charm.land/bubbles/v2/table"
)

// padCells gives each cell a one-space left margin. The table's own cell
// padding costs a second styled render per cell on every cursor move;
// margins baked into the text cost nothing (see newStyles).
func padCells(cells []string) table.Row {
	row := make(table.Row, len(cells))
	for i, c := range cells {
		row[i] = " " + c
	}
	return row
}

// sortKeys are one column's sort keys for every entry, computed when the
// column is chosen: sorting compares them n log n times.
type sortKeys struct {
	col   int
	text  []string
	num   []float64
	group []int // the rows' groups, when the list has them
}

func (lv *listView) keys(c int) *sortKeys {
	if k := lv.sortKeys; k != nil && k.col == c {
		return k
	}
	k := &sortKeys{col: c}
	if g := lv.spec.sortGroup; g != nil {
		k.group = make([]int, len(lv.entries))
		for i := range lv.entries {
			k.group[i] = g(&lv.entries[i], c)
		}
	}
	if lv.cols[c].numeric {
		k.num = make([]float64, len(lv.entries))
		for i := range lv.entries {
			k.num[i] = num(lv.spec.sortKey(&lv.entries[i], c))
		}
	} else {
		k.text = make([]string, len(lv.entries))
		for i := range lv.entries {
			k.text[i] = lv.spec.sortKey(&lv.entries[i], c)
		}
	}
	lv.sortKeys = k
	return k
}

// sort orders view by the sort column, stably, or leaves dataset order.
func (lv *listView) sort() {
	c := lv.sortCol
	if c < 0 || c >= len(lv.cols) {
		return
	}
	k := lv.keys(c)
	cmp := func(a, b int) int {
		if k.group != nil && k.group[a] != k.group[b] {
			return k.group[a] - k.group[b]
		}
		if k.num != nil {
			switch x, y := k.num[a], k.num[b]; {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
		switch x, y := k.text[a], k.text[b]; {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	if lv.sortDesc {
		slices.SortStableFunc(lv.view, func(a, b int) int { return cmp(b, a) })
	} else {
		slices.SortStableFunc(lv.view, cmp)
	}
}

func num(s string) float64 {
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return -1e308 // blanks sort first ascending
	}
	return x
}
