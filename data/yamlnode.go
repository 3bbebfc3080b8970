package data

import (
	"strconv"

	"go.yaml.in/yaml/v3"
)

// fields reads one YAML mapping strictly: unknown keys, wrong types and
// missing required keys become problems that carry the node's line and
// column. Reading node by node (rather than yaml.Unmarshal into structs)
// is what lets every later check — a quote not found, a reference that does
// not resolve — point at the exact line of the offending field.
//
// A record's YAML nodes are dropped as soon as it is decoded (done): a
// large dataset's node trees would otherwise all be alive at once, several
// times the size of the data they hold. A problem found later, while
// verifying, is located again by the mapping's position (see collector).
type fields struct {
	rf        *recordFile
	spec      *fieldSpec
	line, col int32  // the mapping node
	idLine    int32  // the line of the id's value, for "first defined at"
	bad       uint32 // bit i: spec.keys[i] had a value of the wrong type
	vals      []*yaml.Node
}

// fieldSpec is the keys one kind of mapping allows, built once.
type fieldSpec struct {
	keys  []string
	index map[string]int
}

func newSpec(keys ...string) *fieldSpec {
	s := &fieldSpec{keys: keys, index: map[string]int{}}
	for i, k := range keys {
		s.index[k] = i
	}
	return s
}

var (
	rootSpec    = newSpec("article", "items", "figures", "skipped")
	articleSpec = newSpec("file", "title", "outlet", "published", "date_note")
	itemSpec    = newSpec("id", "kind", "name", "aliases", "date", "date_note",
		"places", "orgs", "related", "note", "sources")
	figureSpec = newSpec("id", "label", "value_text", "value", "unit", "qualifier", "status",
		"period", "period_note", "places", "orgs", "items", "note", "sources", "derived", "formula", "review")
	skipSpec         = newSpec("text", "context", "reason", "review")
	itemSourceSpec   = newSpec("article", "quote")
	figureSourceSpec = newSpec("article", "quote", "value_text", "value", "qualifier")
)

func newFields(rf *recordFile, n *yaml.Node, spec *fieldSpec) *fields {
	f := &fields{rf: rf, spec: spec, line: int32(n.Line), col: int32(n.Column), vals: make([]*yaml.Node, len(spec.keys))}
	if n.Kind != yaml.MappingNode {
		rf.c.add(rf.name, n.Line, n.Column, "expected a mapping, found %s", kindName(n))
		return f
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		at, ok := spec.index[k.Value]
		switch {
		case !ok:
			rf.c.add(rf.name, k.Line, k.Column, "unknown field %q", k.Value)
		case f.vals[at] != nil:
			rf.c.add(rf.name, k.Line, k.Column, "field %q given twice", k.Value)
		default:
			f.vals[at] = v
		}
	}
	return f
}

// val returns key's value node while decoding, or nil.
func (f *fields) val(key string) *yaml.Node {
	i, ok := f.spec.index[key]
	if f.vals == nil || !ok {
		return nil
	}
	return f.vals[i]
}

// done drops the YAML nodes once the record is read; the id's line is
// kept for duplicate-id messages.
func (f *fields) done() {
	if v := f.val("id"); v != nil {
		f.idLine = int32(v.Line)
	}
	f.vals = nil
}

// pos returns the position of key's value, or of the mapping when absent.
// Once the record is done it is the mapping's, which errorf refines.
func (f *fields) pos(key string) (int, int) {
	if v := f.val(key); v != nil {
		return v.Line, v.Column
	}
	return int(f.line), int(f.col)
}

func (f *fields) errorf(key, format string, args ...any) {
	if f.vals == nil {
		f.rf.c.addLater(f.rf.name, f.line, f.col, key, format, args...)
		return
	}
	line, col := f.pos(key)
	f.rf.c.add(f.rf.name, line, col, format, args...)
}

func (f *fields) has(key string) bool { return f.val(key) != nil }

func (f *fields) isBad(key string) bool { return f.bad&(1<<f.spec.index[key]) != 0 }

func (f *fields) setBad(key string) { f.bad |= 1 << f.spec.index[key] }

// str reads a scalar as text; required keys that are missing are reported.
func (f *fields) str(key string, required bool) string {
	v := f.val(key)
	if v == nil {
		if required {
			f.errorf(key, "missing required field %q", key)
		}
		return ""
	}
	if v.Kind != yaml.ScalarNode {
		f.errorf(key, "%s: expected text, found %s", key, kindName(v))
		return ""
	}
	if v.Tag == "!!null" {
		if required {
			f.errorf(key, "missing required field %q", key)
		}
		return ""
	}
	// Record files are as untrusted as articles: neutralise control and
	// escape sequences before any text reaches a terminal or an export.
	return Sanitize(v.Value)
}

func (f *fields) float(key string, required bool) float64 {
	v := f.val(key)
	if v == nil {
		if required {
			f.errorf(key, "missing required field %q", key)
		}
		return 0
	}
	if v.Kind != yaml.ScalarNode || (v.Tag != "!!int" && v.Tag != "!!float") {
		f.errorf(key, "%s: expected a number, found %q", key, v.Value)
		f.setBad(key)
		return 0
	}
	x, err := strconv.ParseFloat(v.Value, 64)
	if err != nil {
		// YAML ints may be written 1_000 or 0x10; ParseInt with base 0 reads those.
		n, ierr := strconv.ParseInt(v.Value, 0, 64)
		if ierr != nil {
			f.errorf(key, "%s: %q is not a number", key, v.Value)
			f.setBad(key)
			return 0
		}
		x = float64(n)
	}
	return x
}

func (f *fields) boolean(key string) bool {
	v := f.val(key)
	if v == nil {
		return false
	}
	b, err := strconv.ParseBool(v.Value)
	if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" || err != nil {
		f.errorf(key, "%s: expected true or false, found %q", key, v.Value)
	}
	return b
}

// strs reads a sequence of scalars, remembering each element's position.
func (f *fields) strs(key string) []string {
	var out []string
	for _, n := range f.seq(key) {
		if n.Kind != yaml.ScalarNode {
			f.rf.c.add(f.rf.name, n.Line, n.Column, "%s: expected text, found %s", key, kindName(n))
			continue
		}
		out = append(out, f.rf.keep(Sanitize(n.Value)))
	}
	return out
}

// seq returns the elements of a sequence field (nil when absent).
func (f *fields) seq(key string) []*yaml.Node {
	v := f.val(key)
	if v == nil || v.Tag == "!!null" {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		f.errorf(key, "%s: expected a list, found %s", key, kindName(v))
		return nil
	}
	return v.Content
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return strconv.Quote(n.Value)
	}
	return "a document"
}
