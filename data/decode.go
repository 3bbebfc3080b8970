package data

import (
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// recordFile is one YAML file as read, before cross-file verification. Each
// record keeps its fields so later checks can report the exact line.
type recordFile struct {
	name    string
	article *articleRec
	items   []itemRec
	figures []figureRec
	skipped []skipRec
}

type articleRec struct {
	f       *fields
	article *Article
}

type itemRec struct {
	f       *fields
	item    *Item
	sources []sourceRec
}

type figureRec struct {
	f       *fields
	figure  *Figure
	sources []sourceRec
}

type sourceRec struct {
	f      *fields
	source *Source
	// own says which of value_text/value/qualifier the source sets itself.
	ownText, ownValue, ownQualifier bool
}

type skipRec struct {
	f    *fields
	skip Skip
}

// decodeRecordFile parses one record file; syntax errors and schema errors
// are added to c, and whatever could be read is returned.
func decodeRecordFile(name string, src []byte, c *collector) *recordFile {
	rf := &recordFile{name: name}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		line, msg := yamlErrorLine(err)
		c.add(name, line, 0, "%s", msg)
		return rf
	}
	if len(doc.Content) == 0 {
		c.add(name, 0, 0, "empty record file")
		return rf
	}
	root := newFields(name, doc.Content[0], c, "article", "items", "figures", "skipped")
	if root.has("article") {
		rf.article = decodeArticle(name, root.keys["article"], c)
	}
	for _, n := range root.seq("items") {
		rf.items = append(rf.items, decodeItem(name, n, c))
	}
	for _, n := range root.seq("figures") {
		rf.figures = append(rf.figures, decodeFigure(name, n, c))
	}
	for _, n := range root.seq("skipped") {
		f := newFields(name, n, c, "text", "context", "reason", "review")
		rf.skipped = append(rf.skipped, skipRec{f: f, skip: Skip{
			Text: f.str("text", true), Context: f.str("context", true), Reason: f.str("reason", true),
			Review: f.str("review", false), File: name, Line: n.Line,
		}})
	}
	return rf
}

func decodeArticle(name string, n *yaml.Node, c *collector) *articleRec {
	f := newFields(name, n, c, "file", "title", "outlet", "published", "date_note")
	return &articleRec{f: f, article: &Article{
		File:      f.str("file", true),
		Title:     f.str("title", true),
		Outlet:    f.str("outlet", true),
		Published: f.str("published", false),
		DateNote:  f.str("date_note", false),
	}}
}

func decodeItem(name string, n *yaml.Node, c *collector) itemRec {
	f := newFields(name, n, c, "id", "kind", "name", "aliases", "date", "date_note",
		"places", "orgs", "related", "note", "sources")
	it := &Item{
		ID: f.str("id", true), Kind: f.str("kind", true), Name: f.str("name", true),
		Aliases: f.strs("aliases"), Date: f.str("date", false), DateNote: f.str("date_note", false),
		Places: f.strs("places"), Orgs: f.strs("orgs"), Related: f.strs("related"),
		Note: f.str("note", false), File: name, Line: n.Line,
	}
	rec := itemRec{f: f, item: it}
	for _, sn := range f.seq("sources") {
		rec.sources = append(rec.sources, decodeSource(name, sn, c, false))
	}
	return rec
}

func decodeFigure(name string, n *yaml.Node, c *collector) figureRec {
	f := newFields(name, n, c, "id", "label", "value_text", "value", "unit", "qualifier", "status",
		"period", "period_note", "places", "orgs", "items", "note", "sources", "derived", "formula", "review")
	derived := f.boolean("derived")
	fig := &Figure{
		ID: f.str("id", true), Label: f.str("label", true),
		ValueText: f.str("value_text", !derived), Value: f.float("value", true),
		Unit: f.str("unit", true), Qualifier: Qualifier(f.str("qualifier", false)),
		Status: Status(f.str("status", true)), Period: f.str("period", false),
		PeriodNote: f.str("period_note", false), Places: f.strs("places"), Orgs: f.strs("orgs"),
		Items: f.strs("items"), Note: f.str("note", false), Derived: derived,
		Formula: f.str("formula", derived), Review: f.str("review", false), File: name, Line: n.Line,
	}
	if fig.Qualifier == "" {
		fig.Qualifier = Exact
	}
	rec := figureRec{f: f, figure: fig}
	for _, sn := range f.seq("sources") {
		rec.sources = append(rec.sources, decodeSource(name, sn, c, true))
	}
	return rec
}

func decodeSource(name string, n *yaml.Node, c *collector, figure bool) sourceRec {
	allowed := []string{"article", "quote"}
	if figure {
		allowed = append(allowed, "value_text", "value", "qualifier")
	}
	f := newFields(name, n, c, allowed...)
	s := &Source{
		Article: f.str("article", false), Quote: f.str("quote", true),
		ValueText: f.str("value_text", false), Value: f.float("value", false),
		Qualifier: Qualifier(f.str("qualifier", false)),
	}
	return sourceRec{f: f, source: s, ownText: f.has("value_text"), ownValue: f.has("value"),
		ownQualifier: f.has("qualifier")}
}

// yamlErrorRE matches yaml.v3 errors ("yaml: line 12: did not find expected
// key") so syntax errors are located like every other problem.
var yamlErrorRE = regexp.MustCompile(`(?s)^yaml: (?:unmarshal errors:\s*)?line (\d+): (.*)$`)

func yamlErrorLine(err error) (int, string) {
	m := yamlErrorRE.FindStringSubmatch(err.Error())
	if m == nil {
		return 0, err.Error()
	}
	line, _ := strconv.Atoi(m[1])
	return line, "YAML syntax: " + m[2]
}
