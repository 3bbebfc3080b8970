package review

import (
	"bytes"
	"slices"

	"go.yaml.in/yaml/v3"
)

// Field orders of docs/records.md: a key a record lacks is inserted where
// that order puts it, so an edited draft reads like a hand-written record.
var fieldOrder = map[string][]string{
	"figures": {"id", "label", "value_text", "value", "value_max", "unit", "noun", "per", "qualifier", "status",
		"period", "period_basis", "period_note", "places", "orgs", "items", "note", "sources", "derived", "formula", "review"},
	"items":   {"id", "kind", "name", "aliases", "date", "date_basis", "date_note", "places", "orgs", "related", "note", "sources", "review"},
	"skipped": {"text", "context", "reason", "review"},
	"sources": {"figure", "article", "quote", "value_text", "value", "value_max", "qualifier", "review"},
}

// SetKey sets (v non-nil) or deletes (v nil) one key of one record and
// changes only that key's lines; a record written as a one-line flow
// mapping is re-rendered whole (it is one line either way).
func (f *File) SetKey(list, id string, line int, key string, v *yaml.Node) ([]byte, error) {
	s := f.seq(list)
	i, n := f.record(list, id, line)
	if n == nil {
		return nil, f.missing(list, id, line)
	}
	if n.Style&yaml.FlowStyle != 0 {
		return f.Replace(list, id, line, func(n *yaml.Node) error { setNode(n, list, key, v); return nil })
	}
	_, end := f.recordLines(s, i)
	k := keyIndex(n, key)
	if k >= 0 {
		from, to := f.keyLines(n, k, end)
		if v == nil {
			return splice(f.Src, from, to, nil), nil
		}
		out, err := renderKey(key, v, n.Content[k].Column, n.Content[k].LineComment+n.Content[k+1].LineComment)
		if err != nil {
			return nil, err
		}
		return splice(f.Src, from, to, out), nil
	}
	if v == nil {
		return bytes.Clone(f.Src), nil
	}
	at := end
	order := fieldOrder[list]
	if p := slices.Index(order, key); p >= 0 {
		for j := 0; j+1 < len(n.Content); j += 2 {
			if q := slices.Index(order, n.Content[j].Value); q > p {
				at, _ = f.keyLines(n, j, end)
				break
			}
		}
	}
	out, err := renderKey(key, v, n.Column, "")
	if err != nil {
		return nil, err
	}
	return splice(f.Src, at, at, out), nil
}

// keyIndex is the index in n.Content of key, or -1.
func keyIndex(n *yaml.Node, key string) int {
	for j := 0; j+1 < len(n.Content); j += 2 {
		if n.Content[j].Value == key {
			return j
		}
	}
	return -1
}

// keyLines is the 0-based line range of the key at n.Content[k] and its
// value, up to the next key or the record's end, less trailing blank and
// comment lines.
func (f *File) keyLines(n *yaml.Node, k, end int) (int, int) {
	ls := lines(f.Src)
	from, to := n.Content[k].Line-1, end
	if k+2 < len(n.Content) {
		to = n.Content[k+2].Line - 1
	}
	for to > from+1 && blankOrComment(ls[to-1]) {
		to--
	}
	return from, to
}

// renderKey writes "key: value" with the key at column col.
func renderKey(key string, v *yaml.Node, col int, comment string) ([]byte, error) {
	k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}
	if comment != "" && (v.Kind == yaml.ScalarNode || v.Style&yaml.FlowStyle != 0) {
		c := *v
		c.LineComment = comment
		v = &c
	}
	return encodeAt(&yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{k, v}}, col)
}

// setNode sets or deletes key in mapping n, in the list's field order.
func setNode(n *yaml.Node, list, key string, v *yaml.Node) {
	k := keyIndex(n, key)
	switch {
	case k >= 0 && v == nil:
		n.Content = append(n.Content[:k:k], n.Content[k+2:]...)
	case k >= 0:
		n.Content[k+1] = v
	case v != nil:
		order := fieldOrder[list]
		at := len(n.Content)
		if p := slices.Index(order, key); p >= 0 {
			for j := 0; j+1 < len(n.Content); j += 2 {
				if slices.Index(order, n.Content[j].Value) > p {
					at = j
					break
				}
			}
		}
		kn := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}
		n.Content = slices.Insert(n.Content, at, kn, v)
	}
}
