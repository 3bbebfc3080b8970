package brief

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// mdDoc parses markdown as GitHub does (GFM tables).
func mdDoc(src string) ast.Node {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	return md.Parser().Parse(text.NewReader([]byte(src)))
}

// mdShape is what the markdown parser saw.
type mdShape struct {
	headings  map[int]int // level → count
	tableRows []int       // body rows per table, in order
	badCells  int         // rows whose cell count is not 5
	codes     []string    // fenced code blocks: "info:content"
	sources   int         // items of the ordered list
	emphasis  int         // emphasis or link nodes (record text must not make any)
	firstCell []string    // text of the first cell of each body row
}

// plainText collects the text under n as a reader would see it.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			switch c := c.(type) {
			case *ast.Text:
				b.Write(c.Segment.Value(src))
			case *ast.String:
				b.Write(c.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

func shapeOf(src string) mdShape {
	s := mdShape{headings: map[int]int{}}
	ast.Walk(mdDoc(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			s.headings[n.Level]++
		case *extast.Table:
			rows := 0
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if c.Kind() == extast.KindTableRow {
					rows++
					s.firstCell = append(s.firstCell, plainText(c.FirstChild(), []byte(src)))
				}
				if c.ChildCount() != 5 {
					s.badCells++
				}
			}
			s.tableRows = append(s.tableRows, rows)
		case *ast.FencedCodeBlock:
			var b strings.Builder
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				b.Write(seg.Value([]byte(src)))
			}
			s.codes = append(s.codes, string(n.Language([]byte(src)))+":"+b.String())
		case *ast.List:
			if n.IsOrdered() && n.Start == 1 {
				s.sources = n.ChildCount()
			}
		case *ast.Emphasis, *ast.Link, *ast.RawHTML, *ast.AutoLink:
			s.emphasis++
		}
		return ast.WalkContinue, nil
	})
	return s
}

// TestMarkdownStructure parses each case with goldmark: one title, a
// heading per section, a table per figure list with one row per figure, the
// chart as a fenced "text" block, and the sources as an ordered list.
func TestMarkdownStructure(t *testing.T) {
	for _, c := range cases {
		b := build(t, c.opt)
		s := shapeOf(render(t, b, "md", 0))
		var want []int
		for _, sec := range b.Sections {
			if len(sec.Figures) > 0 {
				want = append(want, len(sec.Figures))
			}
		}
		if len(b.Derived) > 0 {
			want = append(want, len(b.Derived))
		}
		if !equalInts(s.tableRows, want) {
			t.Errorf("%s: table rows %v, want %v", c.name, s.tableRows, want)
		}
		if s.badCells > 0 {
			t.Errorf("%s: %d table rows without exactly 5 cells", c.name, s.badCells)
		}
		if s.headings[1] != 1 || s.headings[2] < len(b.Sections)+1 {
			t.Errorf("%s: headings %v, want one title and a heading per section and Sources", c.name, s.headings)
		}
		if b.Chart == nil || len(s.codes) != 1 || !strings.HasPrefix(s.codes[0], "text:") ||
			s.codes[0] != "text:"+strings.Join(b.Chart.plot(markdownChartWidth), "\n")+"\n" {
			t.Errorf("%s: want the chart as one fenced text block, got %q", c.name, s.codes)
		}
		if s.sources != len(b.Sources) {
			t.Errorf("%s: ordered source list has %d items, want %d", c.name, s.sources, len(b.Sources))
		}
		if s.emphasis > 0 {
			t.Errorf("%s: %d emphasis/link/HTML nodes: record text became markup", c.name, s.emphasis)
		}
	}
}

// TestMarkdownEscapes feeds markup-like record text through the writer:
// it must stay text, and pipes must not split table cells.
func TestMarkdownEscapes(t *testing.T) {
	evil := "a | b *c* _d_ [1](http://x) <b>e</b> `f` # g \\ h"
	b := &Brief{
		Selection: Selection{Topic: "all", Filter: evil},
		Sections: []Section{{Topic: "other", Title: evil, Figures: []Figure{{
			ID: "x", Label: evil, Phrase: "3", PeriodText: evil, Cites: []int{1}, Differ: true,
			Sources: []Cite{{N: 1, ValueText: evil}},
		}}, Events: []Event{{Name: evil, DateText: "undated", Places: []string{evil}, Cites: []int{1}}}}},
		Derived: []Figure{{ID: "y", Label: evil, Phrase: "4 (derived)", Derived: true, FormulaText: "a | b",
			Inputs: []Input{{Symbol: "a", Amount: evil, Cites: []int{1}}}}},
		Sources: []Source{{N: 1, Article: "x_y.txt", Title: evil, Outlet: evil, PublishedText: "undated"}},
	}
	s := shapeOf(render(t, b, "md", 0))
	if s.badCells > 0 || !equalInts(s.tableRows, []int{1, 1}) {
		t.Errorf("tables broken by record text: rows %v, %d bad rows", s.tableRows, s.badCells)
	}
	if s.emphasis > 0 {
		t.Errorf("record text became %d markup nodes", s.emphasis)
	}
	for _, cell := range s.firstCell {
		if cell = unescape(cell); cell != evil { // goldmark keeps escapes in text segments
			t.Errorf("label cell reads %q, want %q", cell, evil)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
