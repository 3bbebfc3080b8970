package review

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// File is one record file as read: its bytes, their hash and the parsed
// top-level mapping, used only to locate records.
type File struct {
	Name string
	Src  []byte
	Hash [32]byte
	root *yaml.Node // the document's mapping
}

// Parse reads src as the record file name.
func Parse(name string, src []byte) (*File, error) {
	f := &File{Name: name, Src: src, Hash: sha256.Sum256(src)}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	switch {
	case doc.Kind == 0: // an empty file
		f.root = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	case len(doc.Content) == 1 && doc.Content[0].Kind == yaml.MappingNode:
		f.root = doc.Content[0]
	default:
		return nil, fmt.Errorf("%s: not a mapping of record lists", name)
	}
	return f, nil
}

// seq is the top-level sequence under key, or nil.
func (f *File) seq(key string) *yaml.Node {
	for i := 0; i+1 < len(f.root.Content); i += 2 {
		if f.root.Content[i].Value == key && f.root.Content[i+1].Kind == yaml.SequenceNode {
			return f.root.Content[i+1]
		}
	}
	return nil
}

// record finds the record with id under key ("figures", "items"), or for
// lists without ids ("skipped", "sources") the one at line.
func (f *File) record(key, id string, line int) (int, *yaml.Node) {
	s := f.seq(key)
	if s == nil {
		return -1, nil
	}
	for i, n := range s.Content {
		if n.Kind != yaml.MappingNode {
			continue
		}
		if id != "" && scalar(n, "id") == id || id == "" && n.Line == line {
			return i, n
		}
	}
	return -1, nil
}

// scalar is the value of key in mapping n, or "".
func scalar(n *yaml.Node, key string) string {
	if v := value(n, key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

// value is the node under key in mapping n, or nil.
func value(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// lines splits src into lines that keep their newline.
func lines(src []byte) [][]byte {
	var out [][]byte
	for len(src) > 0 {
		i := bytes.IndexByte(src, '\n')
		if i < 0 {
			out = append(out, src)
			break
		}
		out = append(out, src[:i+1])
		src = src[i+1:]
	}
	return out
}

// recordLines is the 0-based line range [from, to) of record i of seq s:
// from its dash to the line before the next record, less the blank and
// comment lines at its end, which belong to what follows.
func (f *File) recordLines(s *yaml.Node, i int) (int, int) {
	ls := lines(f.Src)
	from := s.Content[i].Line - 1
	to := len(ls)
	if i+1 < len(s.Content) {
		to = s.Content[i+1].Line - 1
	} else if next := f.keyAfter(s); next != nil {
		to = next.Line - 1
	}
	for to > from+1 && blankOrComment(ls[to-1]) {
		to--
	}
	return from, to
}

// keyAfter is the top-level key that follows the sequence s, or nil.
func (f *File) keyAfter(s *yaml.Node) *yaml.Node {
	for i := 1; i+2 < len(f.root.Content); i += 2 {
		if f.root.Content[i] == s {
			return f.root.Content[i+1]
		}
	}
	return nil
}

func blankOrComment(l []byte) bool {
	t := strings.TrimSpace(string(l))
	return t == "" || strings.HasPrefix(t, "#")
}

// splice replaces lines [from, to) of src with repl.
func splice(src []byte, from, to int, repl []byte) []byte {
	ls := lines(src)
	var b bytes.Buffer
	for _, l := range ls[:from] {
		b.Write(l)
	}
	if from > 0 && len(ls[from-1]) > 0 && ls[from-1][len(ls[from-1])-1] != '\n' {
		b.WriteByte('\n')
	}
	b.Write(repl)
	for _, l := range ls[to:] {
		b.Write(l)
	}
	return b.Bytes()
}
