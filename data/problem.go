package data

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with a dataset, located as precisely as known.
type Problem struct {
	File      string
	Line, Col int // 0 when unknown
	Msg       string
}

func (p Problem) String() string {
	switch {
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	case p.File != "":
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return p.Msg
}

// Problems is every problem Load found; it is the error Load returns, so a
// curator sees all of them at once rather than fixing one per run.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// sorted orders problems by file, line and column so output is stable.
func (ps Problems) sorted() Problems {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return ps
}

// collector gathers problems while loading.
type collector struct{ list Problems }

func (c *collector) add(file string, line, col int, format string, args ...any) {
	c.list = append(c.list, Problem{File: file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}
