package data

import (
	"strconv"

	"go.yaml.in/yaml/v3"
)

// fields is what is kept of one YAML mapping once it is read: where it is,
// for problems found while verifying, and which of its fields had values
// of the wrong type. A reader reads the mapping itself.
//
// A record's YAML nodes are dropped as soon as it is read: a large
// dataset's node trees would otherwise all be alive at once, several times
// the size of the data they hold. A problem found later, while verifying,
// is located again by the mapping's position (see collector.locate).
type fields struct {
	rf        *recordFile
	spec      *fieldSpec
	line, col int32  // the mapping node
	idLine    int32  // the line of the id's value, for "first defined at"
	bad       uint32 // bit i: spec.keys[i] had a value of the wrong type
}

func (f *fields) errorf(key, format string, args ...any) {
	f.rf.c.addLater(f.rf.name, f.line, f.col, key, format, args...)
}

func (f *fields) isBad(key string) bool { return f.bad&(1<<f.spec.index[key]) != 0 }

// reader reads one YAML mapping strictly: unknown keys, wrong types and
// missing required keys become problems that carry the node's line and
// column. Reading node by node (rather than yaml.Unmarshal into structs)
// is what lets every later check — a quote not found, a reference that does
// not resolve — point at the exact line of the offending field.
type reader struct {
	fields
	vals []*yaml.Node // each key's value node, by spec index
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
	rootSpec    = newSpec("article", "items", "figures", "skipped", "sources")
	articleSpec = newSpec("file", "title", "title_note", "outlet", "published", "date_note", "language", "url")
	itemSpec    = newSpec("id", "kind", "name", "aliases", "date", "date_basis", "date_note",
		"places", "orgs", "related", "note", "sources", "review")
	figureSpec = newSpec("id", "label", "value_text", "value", "value_max", "unit", "noun", "per", "qualifier", "status",
		"period", "period_basis", "period_note", "places", "orgs", "items", "note", "sources", "derived", "formula", "review")
	skipSpec         = newSpec("text", "context", "reason", "review")
	itemSourceSpec   = newSpec("article", "quote")
	figureSourceSpec = newSpec("article", "quote", "value_text", "value", "value_max", "qualifier")
	// mergeSpec is a top-level sources: entry: a figure source of a figure
	// defined in any record file (see merge.go).
	mergeSpec = newSpec("figure", "article", "quote", "value_text", "value", "value_max", "qualifier", "review")
)

// newReader reads n as a mapping of spec's keys. Readers are reused
// within a file (release): a file has thousands of records.
func newReader(rf *recordFile, n *yaml.Node, spec *fieldSpec) *reader {
	var f *reader
	if k := len(rf.readers); k > 0 {
		f, rf.readers = rf.readers[k-1], rf.readers[:k-1]
	} else {
		f = &reader{}
	}
	vals := f.vals[:0]
	if cap(vals) < len(spec.keys) {
		vals = make([]*yaml.Node, 0, len(figureSpec.keys))
	}
	vals = vals[:len(spec.keys)]
	clear(vals)
	*f = reader{fields: fields{rf: rf, spec: spec, line: int32(n.Line), col: int32(n.Column)}, vals: vals}
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
			if k.Value == "id" {
				f.idLine = int32(v.Line)
			}
		}
	}
	return f
}

// release gives the reader back to its file once its record is read and
// checked.
func (f *reader) release() { f.rf.readers = append(f.rf.readers, f) }

// val returns key's value node, or nil.
func (f *reader) val(key string) *yaml.Node {
	i, ok := f.spec.index[key]
	if !ok {
		return nil
	}
	return f.vals[i]
}

// pos returns the position of key's value, or of the mapping when absent.
func (f *reader) pos(key string) (int, int) {
	if v := f.val(key); v != nil {
		return v.Line, v.Column
	}
	return int(f.line), int(f.col)
}

func (f *reader) errorf(key, format string, args ...any) {
	line, col := f.pos(key)
	f.rf.c.add(f.rf.name, line, col, format, args...)
}

func (f *reader) has(key string) bool { return f.val(key) != nil }

func (f *reader) setBad(key string) { f.bad |= 1 << f.spec.index[key] }

// str reads a scalar as text; required keys that are missing are reported.
func (f *reader) str(key string, required bool) string {
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
	return cleanValue(key, v.Value)
}

// identifierKeys are the fields that hold ids or file names. They are
// kept exactly as written, so that an id with an escape, a control or a
// bidi character fails its pattern (or does not resolve) instead of being
// cleaned into a different, valid id.
var identifierKeys = map[string]bool{"id": true, "places": true, "orgs": true, "related": true,
	"items": true, "article": true, "file": true, "figure": true}

// cleanValue is a field's text as the dataset keeps it. Record files are
// as untrusted as articles: every other text is stripped of control and
// escape sequences before it can reach a terminal or an export.
func cleanValue(key, s string) string {
	if identifierKeys[key] {
		return s
	}
	return Sanitize(s)
}

func (f *reader) float(key string, required bool) float64 {
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

func (f *reader) boolean(key string) bool {
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
func (f *reader) strs(key string) []string {
	var out []string
	for _, n := range f.seq(key) {
		if n.Kind != yaml.ScalarNode {
			f.rf.c.add(f.rf.name, n.Line, n.Column, "%s: expected text, found %s", key, kindName(n))
			continue
		}
		out = append(out, f.rf.keep(cleanValue(key, n.Value)))
	}
	return out
}

// seq returns the elements of a sequence field (nil when absent).
func (f *reader) seq(key string) []*yaml.Node {
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
