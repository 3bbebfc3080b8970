package data

import (
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// parseCompact parses the compact form of a record file into the node tree
// yaml.Unmarshal would build, or reports false for anything outside that
// form, which is then left to yaml.v3. The compact form is what a machine
// writes for a large dataset: top-level keys at column 1, each followed by
// a flow collection on its line ("article: {…}") or by a block list of one
// flow collection per line ("- {…}"); comment lines; flow mappings and
// lists on a single line, of plain or double-quoted scalars.
//
// yaml.v3 reads about 20 MB a second, which was most of the time to load a
// dataset of a hundred thousand figures; this reads the same records
// several times faster. It is deliberately narrow: whatever yaml.v3 might
// read differently (tabs, CR, anchors, tags, single quotes, escapes other
// than \" \\ \n \t, plain scalars that could resolve to anything but a
// string or a simple number, characters yaml.v3 refuses) falls back, so the two
// parsers never disagree. TestCompactMatchesYAML and FuzzCompactYAML check
// every field the loader reads (kind, tag, value, line and column).
func parseCompact(src string) (*yaml.Node, bool) {
	return parseCompactIn(src, &compactArena{})
}

// parseCompactIn is parseCompact with its nodes from arena.
func parseCompactIn(src string, arena *compactArena) (*yaml.Node, bool) {
	if !compactChars(src) {
		return nil, false
	}
	p := &compactParser{src: src, arena: arena}
	return p.document()
}

// compactArena holds a parser's nodes and child lists for reuse: a record
// file's nodes are dropped as soon as it is decoded (see reader), so the
// next file can have them rather than allocate its own — hundreds of
// megabytes over a large dataset, which the garbage collector would
// otherwise have to chase while the dataset itself fills the heap.
type compactArena struct {
	nodes [][]yaml.Node
	node  int // next free: nodes[node/arenaChunk][node%arenaChunk]
	ptrs  [][]*yaml.Node
	ptr   int // the chunk of ptrs in use
	ptrAt int // next free in it
	stack []*yaml.Node
}

const arenaChunk = 1024

var arenas = sync.Pool{New: func() any { return &compactArena{} }}

// getArena returns an arena to parse into; release gives it back once no
// node from it is referred to.
func getArena() *compactArena { return arenas.Get().(*compactArena) }

func (a *compactArena) release() {
	a.node, a.ptr, a.ptrAt = 0, 0, 0
	a.stack = a.stack[:0]
	arenas.Put(a)
}

// compactChars: valid UTF-8 of characters yaml.v3 reads as printable and
// not as line breaks, lines ending in "\n" only.
func compactChars(src string) bool {
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c != '\n' && (c < 0x20 || c > 0x7e) {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			return false
		case r >= 0xa0 && r <= 0xd7ff && r != 0x2028 && r != 0x2029:
		case r >= 0xe000 && r <= 0xfffd && r != 0xfeff:
		default:
			return false
		}
		i += n
	}
	return true
}

// compactParser allocates little, as most of a parse was allocation: nodes
// and child lists come from an arena, and a scalar's value is a substring
// of the file (the loader copies what it reads: see recordFile.keep).
type compactParser struct {
	src          string
	pos          int // byte offset in src
	line         int // 1-based line of pos
	colAt, colOf int // a byte offset on the line and its column
	arena        *compactArena
}

// node hands out a node from the arena: a record file has tens of
// thousands.
func (p *compactParser) node(kind yaml.Kind, tag, value string, at int) *yaml.Node {
	a := p.arena
	if a.node/arenaChunk == len(a.nodes) {
		a.nodes = append(a.nodes, make([]yaml.Node, arenaChunk))
	}
	n := &a.nodes[a.node/arenaChunk][a.node%arenaChunk]
	a.node++
	*n = yaml.Node{Kind: kind, Tag: tag, Value: value, Line: p.line, Column: p.column(at)}
	return n
}

// children moves the nodes pushed on the stack since mark into a child
// list of exactly their number, from the arena.
func (p *compactParser) children(mark int) []*yaml.Node {
	a := p.arena
	k := len(a.stack) - mark
	if k == 0 {
		return nil
	}
	for a.ptr < len(a.ptrs) && len(a.ptrs[a.ptr])-a.ptrAt < k {
		a.ptr, a.ptrAt = a.ptr+1, 0
	}
	if a.ptr == len(a.ptrs) {
		a.ptrs = append(a.ptrs, make([]*yaml.Node, max(arenaChunk, k)))
		a.ptrAt = 0
	}
	out := a.ptrs[a.ptr][a.ptrAt : a.ptrAt+k : a.ptrAt+k]
	a.ptrAt += k
	copy(out, a.stack[mark:])
	a.stack = a.stack[:mark]
	return out
}

// column is yaml.v3's: characters, not bytes, from the line's start, from
// 1. Nodes are made left to right, so counting on from the last one keeps
// a long line linear.
func (p *compactParser) column(at int) int {
	p.colOf += utf8.RuneCountInString(p.src[p.colAt:at])
	p.colAt = at
	return p.colOf
}

func (p *compactParser) document() (*yaml.Node, bool) {
	var root, seq *yaml.Node
	var doc *yaml.Node
	src := p.src
	for p.line = 1; p.pos < len(src); p.line++ {
		p.colAt, p.colOf = p.pos, 1
		end := p.pos
		for end < len(src) && src[end] != '\n' {
			end++
		}
		line := src[p.pos:end]
		switch {
		case len(line) == 0 || line[0] == '#':
			// Blank and comment lines carry nothing the loader reads.
		case line[0] == '-':
			if seq == nil || len(line) < 3 || line[1] != ' ' || (line[2] != '{' && line[2] != '[') {
				return nil, false
			}
			p.pos += 2
			v, ok := p.flow(0)
			if !ok || !p.lineEnd(end) {
				return nil, false
			}
			seq.Content = append(seq.Content, v)
		default:
			if seq != nil && len(seq.Content) == 0 {
				return nil, false // "key:" with no list after it is null: yaml.v3's to place
			}
			seq = nil
			k := p.plainKey()
			if k == nil || p.pos >= end || src[p.pos] != ':' {
				return nil, false
			}
			if root == nil {
				root = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: k.Line, Column: k.Column}
				doc = &yaml.Node{Kind: yaml.DocumentNode, Line: k.Line, Column: k.Column, Content: []*yaml.Node{root}}
			}
			p.pos++
			var v *yaml.Node
			if p.pos == end {
				// A block list follows; yaml.v3 places it at its first "-".
				seq = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: p.line + 1, Column: 1}
				v = seq
			} else {
				if src[p.pos] != ' ' {
					return nil, false
				}
				p.skipSpaces()
				if p.pos == end || (src[p.pos] != '{' && src[p.pos] != '[') {
					return nil, false
				}
				var ok bool
				if v, ok = p.flow(0); !ok || !p.lineEnd(end) {
					return nil, false
				}
			}
			root.Content = append(root.Content, k, v)
		}
		p.pos = end + 1
	}
	if root == nil || (seq != nil && len(seq.Content) == 0) {
		return nil, false
	}
	for i := 1; i < len(root.Content); i += 2 {
		// Comment lines before a list's first "-": keep yaml.v3's placing.
		if s := root.Content[i]; s.Kind == yaml.SequenceNode && s.Style == 0 && len(s.Content) > 0 && s.Line != s.Content[0].Line {
			return nil, false
		}
	}
	return doc, true
}

// lineEnd: only spaces may follow a flow collection on its line.
func (p *compactParser) lineEnd(end int) bool {
	p.skipSpaces()
	return p.pos == end
}

func (p *compactParser) skipSpaces() {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
}

// maxCompactDepth bounds nesting; deeper input goes to yaml.v3, which has
// its own limit and message.
const maxCompactDepth = 16

// flow reads a flow mapping or list at p.pos, on one line.
func (p *compactParser) flow(depth int) (*yaml.Node, bool) {
	if depth > maxCompactDepth {
		return nil, false
	}
	src := p.src
	open := p.pos
	isMap := src[open] == '{'
	close := byte(']')
	n := p.node(yaml.SequenceNode, "!!seq", "", open)
	if isMap {
		close = '}'
		n.Kind, n.Tag = yaml.MappingNode, "!!map"
	}
	n.Style = yaml.FlowStyle
	p.pos++
	p.skipSpaces()
	if p.pos < len(src) && src[p.pos] == close {
		p.pos++
		return n, true
	}
	mark := len(p.arena.stack)
	for {
		if isMap {
			k := p.plainKey()
			if k == nil || p.pos+1 >= len(src) || src[p.pos] != ':' || src[p.pos+1] != ' ' {
				return nil, false
			}
			p.pos++
			p.skipSpaces()
			p.arena.stack = append(p.arena.stack, k)
		}
		v, ok := p.value(depth)
		if !ok {
			return nil, false
		}
		p.arena.stack = append(p.arena.stack, v)
		p.skipSpaces()
		if p.pos >= len(src) {
			return nil, false
		}
		switch src[p.pos] {
		case close:
			p.pos++
			n.Content = p.children(mark)
			return n, true
		case ',':
			p.pos++
			if p.pos >= len(src) || src[p.pos] != ' ' {
				return nil, false
			}
			p.skipSpaces()
		default:
			return nil, false
		}
	}
}

// value reads a flow collection or a scalar inside a flow collection.
func (p *compactParser) value(depth int) (*yaml.Node, bool) {
	if p.pos >= len(p.src) {
		return nil, false
	}
	switch p.src[p.pos] {
	case '{', '[':
		return p.flow(depth + 1)
	case '"':
		return p.quoted()
	}
	return p.plain()
}

// plainKey reads a mapping key: a plain word of ASCII letters, digits and
// underscores that yaml.v3 reads as a string.
func (p *compactParser) plainKey() *yaml.Node {
	src, start := p.src, p.pos
	for p.pos < len(src) {
		c := src[p.pos]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || p.pos > start && c >= '0' && c <= '9') {
			break
		}
		p.pos++
	}
	word := src[start:p.pos]
	if word == "" || len(word) > 64 || resolvesSpecially(word) {
		return nil // YAML refuses implicit keys over 1024 characters; none is so long
	}
	return p.node(yaml.ScalarNode, "!!str", word, start)
}

// plain reads a plain scalar inside a flow collection: up to the next ",",
// "]" or "}", without the spaces before it. Anything a plain scalar could
// mean besides its text falls back.
func (p *compactParser) plain() (*yaml.Node, bool) {
	src, start := p.src, p.pos
	end := start
	for p.pos < len(src) {
		c := src[p.pos]
		switch c {
		case ',', ']', '}':
			goto done
		case '\n', '[', '{', '#', ':', '"', '\'', '`', '\\', '|', '>', '*', '&', '!', '%', '@', '?':
			return nil, false
		}
		p.pos++
		if c != ' ' {
			end = p.pos
		}
	}
done:
	s := src[start:end]
	if len(s) == 0 {
		return nil, false
	}
	tag := "!!str"
	switch c := s[0]; {
	case (c == '-' || c == '?') && len(s) > 1 && s[1] == ' ':
		return nil, false // an indicator, not text
	case (c == '-' || c == '+' || c == '.' || c >= '0' && c <= '9') && strings.IndexByte(s, ' ') >= 0:
		// "12 projects": no number, date or time (":" is not read here)
		// has a space, so yaml.v3 reads it as text.
	case c == '-' || c == '+' || c == '.' || c >= '0' && c <= '9':
		if tag = compactNumber(s); tag == "" {
			return nil, false
		}
	case resolvesSpecially(s):
		switch s {
		case "true", "True", "TRUE", "false", "False", "FALSE":
			tag = "!!bool" // "derived: true"
		case "null", "Null", "NULL", "~":
			tag = "!!null"
		default:
			return nil, false
		}
	}
	return p.node(yaml.ScalarNode, tag, s, start), true
}

// compactNumber tags an integer (at most 18 digits: it fits int64) or a
// decimal with a point as yaml.v3 does, or returns "" to fall back.
func compactNumber(s string) string {
	if s[0] == '-' {
		s = s[1:]
	}
	digits, point, after := 0, false, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9' && !point:
			digits++
		case c >= '0' && c <= '9':
			after++
		case c == '.' && !point:
			point = true
		default:
			return ""
		}
	}
	switch {
	case digits == 0 || digits > 18 || (digits > 1 && s[0] == '0'):
		return ""
	case !point:
		return "!!int"
	case after > 0 && after <= 18:
		return "!!float"
	}
	return ""
}

// resolvesSpecially: the plain words yaml.v3 reads as null, a boolean, a
// special float or the merge key rather than as text.
func resolvesSpecially(s string) bool {
	switch s {
	case "", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE",
		".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "<<":
		return true
	}
	return false
}

// quotedEscapes are the escapes quoted reads, and what they stand for:
// those Go's strconv.Quote writes for text whose only control characters
// are newlines and tabs. (yaml.v3 has no "\/".)
var quotedEscapes = map[byte]byte{'"': '"', '\\': '\\', 'n': '\n', 't': '\t'}

// quoted reads a double-quoted scalar on one line whose escapes are among
// quotedEscapes.
func (p *compactParser) quoted() (*yaml.Node, bool) {
	src, start := p.src, p.pos
	var buf []byte
	from := start + 1
	for i := from; i < len(src); i++ {
		switch src[i] {
		case '\n':
			return nil, false
		case '\\':
			if i+1 >= len(src) {
				return nil, false
			}
			c, ok := quotedEscapes[src[i+1]]
			if !ok {
				return nil, false
			}
			buf = append(buf, src[from:i]...)
			buf = append(buf, c)
			i++
			from = i + 1
		case '"':
			var s string
			if buf == nil {
				s = src[from:i]
			} else {
				s = string(append(buf, src[from:i]...))
			}
			n := p.node(yaml.ScalarNode, "!!str", s, start)
			n.Style = yaml.DoubleQuotedStyle
			p.pos = i + 1
			return n, true
		}
	}
	return nil, false
}
