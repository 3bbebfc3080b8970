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
type fields struct {
	file string
	node *yaml.Node
	keys map[string]*yaml.Node
	bad  map[string]bool // keys whose value had the wrong type
	c    *collector
}

func newFields(file string, n *yaml.Node, c *collector, allowed ...string) *fields {
	f := &fields{file: file, node: n, keys: map[string]*yaml.Node{}, bad: map[string]bool{}, c: c}
	if n.Kind != yaml.MappingNode {
		c.add(file, n.Line, n.Column, "expected a mapping, found %s", kindName(n))
		return f
	}
	ok := map[string]bool{}
	for _, a := range allowed {
		ok[a] = true
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case !ok[k.Value]:
			c.add(file, k.Line, k.Column, "unknown field %q", k.Value)
		case f.keys[k.Value] != nil:
			c.add(file, k.Line, k.Column, "field %q given twice", k.Value)
		default:
			f.keys[k.Value] = v
		}
	}
	return f
}

// pos returns the position of key's value, or of the mapping when absent.
func (f *fields) pos(key string) (int, int) {
	if v := f.keys[key]; v != nil {
		return v.Line, v.Column
	}
	return f.node.Line, f.node.Column
}

func (f *fields) errorf(key, format string, args ...any) {
	line, col := f.pos(key)
	f.c.add(f.file, line, col, format, args...)
}

func (f *fields) has(key string) bool { return f.keys[key] != nil }

// str reads a scalar as text; required keys that are missing are reported.
func (f *fields) str(key string, required bool) string {
	v := f.keys[key]
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
	v := f.keys[key]
	if v == nil {
		if required {
			f.errorf(key, "missing required field %q", key)
		}
		return 0
	}
	if v.Kind != yaml.ScalarNode || (v.Tag != "!!int" && v.Tag != "!!float") {
		f.errorf(key, "%s: expected a number, found %q", key, v.Value)
		f.bad[key] = true
		return 0
	}
	x, err := strconv.ParseFloat(v.Value, 64)
	if err != nil {
		// YAML ints may be written 1_000 or 0x10; ParseInt with base 0 reads those.
		n, ierr := strconv.ParseInt(v.Value, 0, 64)
		if ierr != nil {
			f.errorf(key, "%s: %q is not a number", key, v.Value)
			f.bad[key] = true
			return 0
		}
		x = float64(n)
	}
	return x
}

func (f *fields) boolean(key string) bool {
	v := f.keys[key]
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
			f.c.add(f.file, n.Line, n.Column, "%s: expected text, found %s", key, kindName(n))
			continue
		}
		out = append(out, Sanitize(n.Value))
	}
	return out
}

// seq returns the elements of a sequence field (nil when absent).
func (f *fields) seq(key string) []*yaml.Node {
	v := f.keys[key]
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
