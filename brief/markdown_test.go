package brief

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// mdDoc parses markdown as GitHub does.
func mdDoc(src string) ast.Node {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	return md.Parser().Parse(text.NewReader([]byte(src)))
}

// mdShape is what the markdown parser saw.
type mdShape struct {
	headings map[int]int // level → count
	lists    []int       // items per bulleted list, in order
	codes    []string    // fenced code blocks: "info:content"
	sources  int         // items of the ordered list
	emphasis int         // emphasis or link nodes (record text must not make any)
	texts    []string    // the text of each bulleted item
}

// plainText collects the text under n as a reader would see it.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			switch c := c.(type) {
			case *ast.Text:
				b.Write(c.Segment.Value(src))
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte('\n')
				}
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
		case *ast.List:
			if n.IsOrdered() {
				s.sources = n.ChildCount()
				break
			}
			s.lists = append(s.lists, n.ChildCount())
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				s.texts = append(s.texts, plainText(c, []byte(src)))
			}
		case *ast.FencedCodeBlock:
			var b strings.Builder
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				b.Write(seg.Value([]byte(src)))
			}
			s.codes = append(s.codes, string(n.Language([]byte(src)))+":"+b.String())
		case *ast.Emphasis, *ast.Link, *ast.RawHTML, *ast.AutoLink:
			s.emphasis++
		}
		return ast.WalkContinue, nil
	})
	return s
}

// TestMarkdownStructure parses each case with goldmark: one title, a
// heading per part, a bulleted list per list of figures, events and
// disagreements with one item per entry (a caveat inside its figure's
// item), the chart as a fenced "text" block, and the sources as an
// ordered list.
func TestMarkdownStructure(t *testing.T) {
	for _, c := range cases {
		b := build(t, c.opt)
		s := shapeOf(render(t, b, "md", 0))
		var want []int
		for _, p := range shown(b.parts(mdEscape), b.Long) {
			if !p.runIn && len(p.lines) > 0 {
				want = append(want, len(p.lines))
			}
		}
		if !equalInts(s.lists, want) {
			t.Errorf("%s: list items %v, want %v", c.name, s.lists, want)
		}
		if s.headings[1] != 1 || s.headings[2] < len(shown(b.parts(mdEscape), b.Long))+1 {
			t.Errorf("%s: headings %v, want one title and a heading per part and Sources", c.name, s.headings)
		}
		if b.Chart != nil && (len(s.codes) != 1 || s.codes[0] != "text:"+strings.Join(b.Chart.plot(markdownChartWidth), "\n")+"\n") {
			t.Errorf("%s: want the chart as one fenced text block, got %q", c.name, s.codes)
		}
		if s.sources != len(b.Sources) {
			t.Errorf("%s: ordered source list has %d items, want %d", c.name, s.sources, len(b.Sources))
		}
		if s.emphasis > 0 {
			t.Errorf("%s: %d emphasis/link/HTML nodes: record text became markup", c.name, s.emphasis)
		}
		for _, sec := range b.Sections {
			for _, f := range sec.Figures {
				if f.Caveat == "" {
					continue
				}
				found := false
				for _, item := range s.texts {
					found = found || (strings.HasPrefix(item, f.Phrase+" — ") && strings.Contains(item, "\n"+caveatMark+" "+f.Caveat))
				}
				if !found {
					t.Errorf("%s: %s: caveat not in its item", c.name, f.ID)
				}
			}
		}
	}
}

// TestMarkdownEscapes feeds markup-like record text through the writer:
// it must stay text.
func TestMarkdownEscapes(t *testing.T) {
	evil := "a | b *c* _d_ [1](http://x) <b>e</b> `f` # g \\ h"
	b := &Brief{
		Selection: Selection{Topic: "all", Filter: evil},
		Sections: []Section{{Topic: "other", Title: evil, Figures: []Figure{{
			ID: "x", Label: evil, Phrase: "3", PeriodText: evil, Caveat: evil, Cites: []int{1}, Differ: true,
		}}, Events: []Event{{Name: evil, DateText: "undated", Places: []string{evil}, Cites: []int{1}}}}},
		People:       []Actor{{Name: evil, Role: evil, Cites: []int{1}}},
		Unquantified: []Entry{{Name: evil, Cites: []int{1}}},
		Disagree:     []Disagreement{{Label: evil, Sources: []Cite{{N: 1, ValueText: evil}}}},
		Derived: []Figure{{ID: "y", Label: evil, Phrase: "our arithmetic: 4", Derived: true, FormulaText: "a | b",
			Inputs: []Input{{Symbol: "a", Amount: evil, Cites: []int{1}}}}},
		Sources: []Source{{N: 1, Article: "x_y.txt", Title: evil, Outlet: evil, PublishedText: "undated"}},
	}
	s := shapeOf(render(t, b, "md", 0))
	if s.emphasis > 0 {
		t.Errorf("record text became %d markup nodes", s.emphasis)
	}
	if len(s.texts) == 0 || !strings.HasPrefix(unescape(s.texts[0]), "3 — "+evil) { // goldmark keeps escapes in text segments
		t.Errorf("figure item reads %q", s.texts)
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
