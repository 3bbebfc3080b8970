package review

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Drop deletes a drafted item or entity the article does not support (a
// fragment taken for a name, the same plant drafted twice) and takes its
// id out of every record of the same file that names it; records of
// other files cannot name a draft the curator has not accepted, and if
// one does the loader refuses the write.
func (s *Store) Drop(d Draft) (Change, error) {
	e := s.newEdit("dropped " + d.describe())
	if d.Item == nil {
		return e.change, fmt.Errorf("only a drafted item or entity can be dropped (x makes a figure a skipped number)")
	}
	err := e.apply(d.File, func(f *File) ([]byte, error) { return f.Delete("items", d.ID, d.Line) })
	for _, list := range []string{"figures", "items"} {
		if err != nil {
			break
		}
		err = e.unlink(d.File, list, d.ID)
	}
	return e.change, err
}

// unlink removes id from the places, orgs, items and related lists of
// every record under list in file.
func (e *edit) unlink(file, list, id string) error {
	for {
		f, err := e.file(file)
		if err != nil {
			return err
		}
		rec, key := findRef(f, list, id)
		if rec == nil {
			return nil
		}
		var rest []string
		for _, n := range value(rec, key).Content {
			if n.Value != id {
				rest = append(rest, n.Value)
			}
		}
		var v *yaml.Node
		if len(rest) > 0 {
			v = idList(strings.Join(rest, " "))
		}
		recID, line := scalar(rec, "id"), 0
		if recID == "" {
			line = rec.Line
		}
		if err := e.apply(file, func(f *File) ([]byte, error) { return f.SetKey(list, recID, line, key, v) }); err != nil {
			return err
		}
	}
}

// findRef is the first record under list naming id in a reference list.
func findRef(f *File, list, id string) (*yaml.Node, string) {
	s := f.seq(list)
	if s == nil {
		return nil, ""
	}
	for _, rec := range s.Content {
		for _, key := range []string{"places", "orgs", "items", "related"} {
			if v := value(rec, key); v != nil && v.Kind == yaml.SequenceNode &&
				slices.ContainsFunc(v.Content, func(n *yaml.Node) bool { return n.Value == id }) {
				return rec, key
			}
		}
	}
	return nil, ""
}
