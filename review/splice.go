package review

import (
	"bytes"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Replace re-renders one record after edit has changed its node; every
// other line of the file is kept as it was. id names records with ids;
// line (1-based, the record's first line) names the others.
func (f *File) Replace(key, id string, line int, edit func(n *yaml.Node) error) ([]byte, error) {
	s := f.seq(key)
	i, n := f.record(key, id, line)
	if n == nil {
		return nil, f.missing(key, id, line)
	}
	if err := edit(n); err != nil {
		return nil, err
	}
	from, to := f.recordLines(s, i)
	out, err := render(n, n.Column)
	if err != nil {
		return nil, err
	}
	return splice(f.Src, from, to, out), nil
}

// Delete removes one record and nothing else.
func (f *File) Delete(key, id string, line int) ([]byte, error) {
	s := f.seq(key)
	i, n := f.record(key, id, line)
	if n == nil {
		return nil, f.missing(key, id, line)
	}
	from, to := f.recordLines(s, i)
	if len(s.Content) == 1 {
		// The list's last record: leave the key with an empty list, so
		// that the file still reads as the same kind of document.
		return splice(f.Src, f.keyOf(s).Line-1, to, fmt.Appendf(nil, "%s: []\n", key)), nil
	}
	return splice(f.Src, from, to, nil), nil
}

// keyOf is the top-level key node of the sequence s.
func (f *File) keyOf(s *yaml.Node) *yaml.Node {
	for i := 1; i < len(f.root.Content); i += 2 {
		if f.root.Content[i] == s {
			return f.root.Content[i-1]
		}
	}
	return s
}

// Append adds n as the last record of the list under key, creating the
// list at the end of the file when there is none.
func (f *File) Append(key string, n *yaml.Node) ([]byte, error) {
	s := f.seq(key)
	switch {
	case s != nil && len(s.Content) > 0:
		last := s.Content[len(s.Content)-1]
		_, to := f.recordLines(s, len(s.Content)-1)
		out, err := render(n, last.Column)
		if err != nil {
			return nil, err
		}
		return splice(f.Src, to, to, out), nil
	case s != nil: // "key: []"
		k := f.keyOf(s).Line - 1
		out, err := render(n, 5)
		if err != nil {
			return nil, err
		}
		return splice(f.Src, k, k+1, append([]byte(key+":\n"), out...)), nil
	}
	out, err := render(n, 5)
	if err != nil {
		return nil, err
	}
	src := bytes.Clone(f.Src)
	if len(src) > 0 && src[len(src)-1] != '\n' {
		src = append(src, '\n')
	}
	return append(append(src, key+":\n"...), out...), nil
}

func (f *File) missing(key, id string, line int) error {
	if id != "" {
		return fmt.Errorf("%s: no %s record %q (was the file changed?)", f.Name, key, id)
	}
	return fmt.Errorf("%s:%d: no %s record there (was the file changed?)", f.Name, line, key)
}

// render writes n as one list entry whose keys start at column col
// (1-based), so that it lines up with the records around it. The comments
// above and below the record stay in the file outside the replaced lines,
// so they are left out here.
func render(n *yaml.Node, col int) ([]byte, error) {
	c := *n
	c.HeadComment, c.FootComment = "", ""
	clearTrailingFoot(&c)
	return encodeAt(&yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{&c}}, col-2)
}

// encodeAt encodes n as YAML (two-space indent) with every non-blank
// line moved right so that its first column is col (1-based).
func encodeAt(n *yaml.Node, col int) ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	pad := strings.Repeat(" ", max(col-1, 0))
	var out bytes.Buffer
	for _, l := range lines(b.Bytes()) {
		if len(bytes.TrimSpace(l)) > 0 {
			out.WriteString(pad)
		}
		out.Write(l)
	}
	return out.Bytes(), nil
}

// clearTrailingFoot drops the foot comment of a mapping's last value
// (copying the nodes it changes): yaml.v3 hangs the comment lines after a
// record there, and those lines stay in the file.
func clearTrailingFoot(n *yaml.Node) {
	if len(n.Content) == 0 {
		return
	}
	content := append([]*yaml.Node(nil), n.Content...)
	last := *content[len(content)-1]
	last.FootComment = ""
	clearTrailingFoot(&last)
	content[len(content)-1] = &last
	n.Content = content
}
