package data

import (
	"fmt"
	"ictdash/data/text"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Problem is one thing wrong with a dataset, located as precisely as known.
type Problem struct {
	File      string
	Line, Col int // 0 when unknown
	Msg       string
}

// String is the problem as one line, file:line:col: message. The file
// name and the message are sanitised here, where every problem passes on
// its way to a terminal or a log: a dataset's file names are as untrusted
// as its text, and a name may carry escape sequences.
func (p Problem) String() string {
	file, msg := SanitizeLine(p.File), SanitizeLine(p.Msg)
	switch {
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", file, p.Line, p.Col, msg)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", file, p.Line, msg)
	case p.File != "":
		return fmt.Sprintf("%s: %s", file, msg)
	}
	return msg
}

// maxMessage bounds one problem's message: values in it are cut to
// excerpts (see add), and this catches what an error from a library says.
const maxMessage = 400

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
type collector struct {
	list  Problems
	later []later
}

// later marks a problem found after its record's YAML nodes were dropped
// (see fields): list[i] holds the record mapping's position until
// locate finds the value of key in it.
type later struct {
	i   int
	key string
}

func (c *collector) add(file string, line, col int, format string, args ...any) {
	// A value quoted in a message is cut to an excerpt; a whole message
	// passed through ("%s") is only bounded as a message.
	if format != "%s" && format != "%v" {
		for i, a := range args {
			if s, ok := a.(string); ok && len(s) > text.MaxExcerpt {
				args[i] = Excerpt(s)
			}
		}
	}
	msg := fmt.Sprintf(format, args...)
	msg = text.ExcerptN(msg, maxMessage)
	c.list = append(c.list, Problem{File: file, Line: line, Col: col, Msg: msg})
}

func (c *collector) addLater(file string, line, col int32, key, format string, args ...any) {
	c.add(file, int(line), int(col), format, args...)
	c.later = append(c.later, later{len(c.list) - 1, key})
}

// locate gives the problems added later the position of the field they are
// about, parsing the record file src again: only a dataset with problems
// pays for this, and only for its files with problems.
func (c *collector) locate(src string) {
	if len(c.later) == 0 {
		return
	}
	doc, arena, err := parseYAML(src)
	if err != nil {
		return // changed since it was read: keep the records' positions
	}
	if arena != nil {
		defer arena.release()
	}
	maps := map[[2]int]*yaml.Node{}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Kind == yaml.MappingNode {
			if _, seen := maps[[2]int{n.Line, n.Column}]; !seen {
				maps[[2]int{n.Line, n.Column}] = n
			}
		}
		for _, k := range n.Content {
			walk(k)
		}
	}
	walk(doc)
	for _, l := range c.later {
		p := &c.list[l.i]
		n := maps[[2]int{p.Line, p.Col}]
		if n == nil {
			continue
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == l.key {
				p.Line, p.Col = n.Content[i+1].Line, n.Content[i+1].Column
				break
			}
		}
	}
	c.later = nil
}
