package extract

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// reviewLine is the review marker on a drafted item: its confidence and why.
func (it *Item) reviewLine() string {
	return fmt.Sprintf("draft, confidence %.2f: %s", it.Confidence, it.Reason)
}

// reviewLine is the review marker on a drafted entity: why it was listed.
func (e *Entity) reviewLine() string { return "draft: " + e.Reason }

// reviewLine is the review marker on a second source: the confidence, the
// figure it is taken to be, and any conflict with that figure's sources.
func (m *Merge) reviewLine() string {
	s := fmt.Sprintf("draft, confidence %.2f: %s", m.Confidence, m.Reason)
	if m.Conflict != "" {
		s += "; conflict: " + m.Conflict
	}
	return s
}

func (it *Item) node() *yaml.Node {
	n := mapping()
	add(n, "id", str(it.ID))
	add(n, "kind", str(it.Kind))
	add(n, "name", str(it.Name))
	addIDs(n, "aliases", it.Aliases)
	addOpt(n, "date", it.Date)
	addOpt(n, "date_basis", it.DateBasis)
	addOpt(n, "date_note", it.DateNote)
	addIDs(n, "places", it.Places)
	addIDs(n, "orgs", it.Orgs)
	add(n, "review", quotedStr(it.reviewLine()))
	if it.Quote != "" {
		add(n, "sources", quotes(it.Quote, nil, nil, nil))
	}
	return n
}

func (e *Entity) node() *yaml.Node {
	n := mapping()
	add(n, "id", str(e.ID))
	add(n, "kind", str(e.Kind))
	add(n, "name", str(e.Name))
	addIDs(n, "aliases", e.Aliases)
	add(n, "review", quotedStr(e.reviewLine()))
	if e.Quote != "" {
		add(n, "sources", quotes(e.Quote, nil, nil, nil))
	}
	return n
}

// nodes are the top-level `sources:` entries of a second source: one per
// quote, each naming the known figure (the article defaults to this
// file's).
func (m *Merge) nodes() []*yaml.Node {
	var out []*yaml.Node
	for i, q := range append([]string{m.Quote}, m.Also...) {
		n := mapping()
		add(n, "figure", str(m.Figure))
		add(n, "quote", str(q))
		vt := m.ValueText
		if r := restated(i, m.AlsoText); r != "" {
			vt = r
		}
		add(n, "value_text", str(vt))
		add(n, "value", number(m.Value))
		if m.ValueMax != 0 {
			add(n, "value_max", number(m.ValueMax))
		}
		ql := m.Qualifier
		if r := restatedQual(i, m.AlsoQual); r != "" {
			ql = r
		}
		add(n, "qualifier", str(string(ql)))
		add(n, "review", quotedStr(m.reviewLine()))
		out = append(out, n)
	}
	return out
}
