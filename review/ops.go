package review

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"ictdash/data"
	"ictdash/data/quantity"
	"ictdash/data/text"
)

// Change is one curator decision as file contents before and after it:
// what Commit writes, and what undo writes back.
type Change struct {
	What   string // "accepted figure x", for the status line
	Before map[string][]byte
	After  map[string][]byte
}

// edit collects the new bytes of the files one decision touches.
type edit struct {
	st     *Store
	files  map[string]*File
	change Change
}

func (s *Store) newEdit(what string) *edit {
	return &edit{st: s, files: map[string]*File{}, change: Change{What: what, Before: map[string][]byte{}, After: map[string][]byte{}}}
}

// file is name as this edit last left it.
func (e *edit) file(name string) (*File, error) {
	if f, ok := e.files[name]; ok {
		return f, nil
	}
	f, err := e.st.Read(name)
	if err != nil {
		return nil, err
	}
	e.change.Before[name] = f.Src
	e.files[name] = f
	return f, nil
}

// set records new bytes for name and re-parses them for the next step.
func (e *edit) set(name string, src []byte) error {
	f, err := Parse(name, src)
	if err != nil {
		return err
	}
	e.files[name] = f
	e.change.After[name] = src
	return nil
}

// apply runs one file operation on the draft's file.
func (e *edit) apply(name string, op func(f *File) ([]byte, error)) error {
	f, err := e.file(name)
	if err != nil {
		return err
	}
	out, err := op(f)
	if err != nil {
		return err
	}
	return e.set(name, out)
}

// Accept drops the draft's review line: the curator checked it as is.
func (s *Store) Accept(d Draft) (Change, error) {
	e := s.newEdit("accepted " + d.describe())
	err := e.apply(d.File, func(f *File) ([]byte, error) { return f.SetKey(d.list(), d.ID, d.Line, "review", nil) })
	return e.change, err
}

// Fields a curator edits on a figure draft, in the order `e` offers them.
var Fields = []string{"label", "value_text", "status", "qualifier", "period", "places", "orgs", "items", "quote"}

// SetField sets one field of a figure draft to value as typed. value_text
// also sets value, value_max, unit and qualifier as the loader reads it;
// lists are comma-separated ids; quote trims the first source's quote.
func (s *Store) SetField(d Draft, field, value string) (Change, error) {
	e := s.newEdit(fmt.Sprintf("set %s of %s", field, d.describe()))
	value = strings.TrimSpace(value)
	list, id, line := d.list(), d.ID, d.Line
	set := func(key string, v *yaml.Node) error {
		return e.apply(d.File, func(f *File) ([]byte, error) { return f.SetKey(list, id, line, key, v) })
	}
	var err error
	switch field {
	case "label", "status", "qualifier", "period", "name", "kind", "date", "reason":
		err = set(field, str(value))
	case "places", "orgs", "items", "related":
		if value == "" {
			err = set(field, nil) // no ids: the key goes
		} else {
			err = set(field, idList(value))
		}
	case "value_text":
		q, perr := quantity.Parse(value, d.Lang) // as the loader reads it

		if perr != nil {
			return e.change, fmt.Errorf("value as written %q: %v", value, perr)
		}
		err = set("value_text", str(value))
		for _, kv := range []struct {
			key string
			v   *yaml.Node
		}{{"value", num(q.Value)}, {"value_max", rangeMax(q)}, {"unit", str(string(q.Unit))}, {"qualifier", str(string(q.Qualifier))}} {
			if err == nil && (kv.v != nil || kv.key == "value_max") {
				err = set(kv.key, kv.v)
			}
		}
	case "quote":
		err = e.apply(d.File, func(f *File) ([]byte, error) {
			return f.Replace(list, id, line, func(n *yaml.Node) error { return setFirstQuote(n, value) })
		})
	default:
		return e.change, fmt.Errorf("no field %q", field)
	}
	return e.change, err
}

// NotAFigure turns a figure draft into a skipped entry with reason.
func (s *Store) NotAFigure(d Draft, reason string) (Change, error) {
	e := s.newEdit("not a figure: " + d.describe())
	if d.Figure == nil {
		return e.change, fmt.Errorf("only a figure can be marked not a figure")
	}
	_, quote := d.Quote()
	err := e.apply(d.File, func(f *File) ([]byte, error) { return f.Delete("figures", d.ID, d.Line) })
	if err == nil {
		err = e.apply(d.File, func(f *File) ([]byte, error) {
			return f.Append("skipped", mapNode("text", str(d.Figure.ValueText), "context", str(quote), "reason", str(reason)))
		})
	}
	return e.change, err
}

// Merge makes a figure draft a second source of the figure into.
func (s *Store) Merge(d Draft, into *data.Figure) (Change, error) {
	e := s.newEdit(fmt.Sprintf("merged %s into %s", d.describe(), into.ID))
	f := d.Figure
	if f == nil || len(f.Sources) == 0 {
		return e.change, fmt.Errorf("only a figure with a quote can be merged")
	}
	if f.Unit != into.Unit {
		return e.change, fmt.Errorf("%s is in %s and %s in %s: not the same fact", f.ID, f.Unit, into.ID, into.Unit)
	}
	src := f.Sources[0]
	err := e.apply(d.File, func(file *File) ([]byte, error) { return file.Delete("figures", d.ID, d.Line) })
	if err == nil {
		err = e.apply(d.File, func(file *File) ([]byte, error) {
			n := mapNode("figure", str(into.ID), "quote", str(src.Quote), "value_text", str(f.ValueText), "value", num(f.Value))
			if f.ValueMax != 0 {
				n.Content = append(n.Content, str("value_max"), num(f.ValueMax))
			}
			n.Content = append(n.Content, str("qualifier"), str(string(f.Qualifier)))
			return file.Append("sources", n)
		})
	}
	return e.change, err
}

// NewEntity adds a place, organisation or person to file (entities.yaml
// when the dataset has one), or an item of another kind (investment,
// training, event, initiative, market: the article's record file), and,
// when d is a figure, tags or links it with the new record: one decision,
// one undo.
func (s *Store) NewEntity(d Draft, file, id, kind, name string) (Change, error) {
	e := s.newEdit(fmt.Sprintf("new %s %s", kind, id))
	n := mapNode("id", str(id), "kind", str(kind), "name", str(name))
	if a := text.Unaccent(name); a != name {
		n.Content = append(n.Content, str("aliases"), &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle, Content: []*yaml.Node{str(a)}})
	}
	if kind != "place" && kind != "organisation" && kind != "person" {
		// An item is cited: by the passage the figure is quoted from.
		if _, q := d.Quote(); q != "" {
			src := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{mapNode("quote", str(q))}}
			n.Content = append(n.Content, str("sources"), src)
		}
	}
	err := e.apply(file, func(f *File) ([]byte, error) { return f.Append("items", n) })
	if err != nil || d.Figure == nil {
		return e.change, err
	}
	field, ids := "orgs", d.Figure.Orgs
	switch kind {
	case "place":
		field, ids = "places", d.Figure.Places
	case "organisation", "person":
	default: // an item the figure is about: an investment, a programme, an event
		field, ids = "items", d.Figure.Items
	}
	err = e.apply(d.File, func(f *File) ([]byte, error) {
		return f.SetKey("figures", d.ID, d.Line, field, idList(strings.Join(append(append([]string(nil), ids...), id), " ")))
	})
	return e.change, err
}

// EntityID is a new entity's id from its name: lowercase ASCII kebab-case.
func EntityID(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(text.ASCII(text.Unaccent(name))) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func (d Draft) describe() string {
	if d.ID != "" {
		return string(d.Kind) + " " + d.ID
	}
	return fmt.Sprintf("%s at %s:%d", d.Kind, d.File, d.Line)
}

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func num(v float64) *yaml.Node {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	tag := "!!float"
	if !strings.Contains(s, ".") {
		tag = "!!int"
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: s}
}

func rangeMax(q quantity.Quantity) *yaml.Node {
	if q.IsRange() {
		return num(q.Max)
	}
	return nil
}

// idList reads "a, b c" as the flow list [a, b, c].
func idList(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
	for _, id := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		n.Content = append(n.Content, str(id))
	}
	return n
}

func mapNode(kv ...any) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	for i := 0; i+1 < len(kv); i += 2 {
		n.Content = append(n.Content, str(kv[i].(string)), kv[i+1].(*yaml.Node))
	}
	return n
}

// setFirstQuote sets the quote of a figure's first source.
func setFirstQuote(n *yaml.Node, quote string) error {
	srcs := value(n, "sources")
	if srcs == nil || srcs.Kind != yaml.SequenceNode || len(srcs.Content) == 0 {
		return fmt.Errorf("the record has no source to trim")
	}
	first := srcs.Content[0]
	setNode(first, "sources", "quote", str(quote))
	return nil
}
