package data

import (
	"encoding/binary"
	"errors"
	"math"

	"ictdash/data/text"
)

// The cache's encoding of a verified Set. gob (the seed snapshot's
// encoding) took 150 ms to decode the 100k-figure corpus and wrote each
// quote again beside its article; this one is a string table and varints,
// decodes in a fraction of that, and stores a quote or skipped number as
// its place in the article's clean text, so that after decoding it is a
// substring of that text, as after Load. Article files are not stored:
// their bytes are read (and hashed) to check the cache, and become Raw.

var errCodec = errors.New("cache: malformed encoding")

// encoder appends a Set's fields to body, each string as an index into
// the table it builds.
type encoder struct {
	body  []byte
	table []string
	index map[string]uint64
}

func (e *encoder) uint(v uint64) { e.body = binary.AppendUvarint(e.body, v) }
func (e *encoder) int(v int)     { e.body = binary.AppendVarint(e.body, int64(v)) }
func (e *encoder) float(v float64) {
	e.body = binary.LittleEndian.AppendUint64(e.body, math.Float64bits(v))
}

func (e *encoder) bool(v bool) {
	if v {
		e.uint(1)
	} else {
		e.uint(0)
	}
}

func (e *encoder) str(s string) {
	i, ok := e.index[s]
	if !ok {
		i = uint64(len(e.table))
		e.table = append(e.table, s)
		e.index[s] = i
	}
	e.uint(i)
}

// fields writes a fixed group of strings, without a count.
func (e *encoder) fields(list ...string) {
	for _, s := range list {
		e.str(s)
	}
}

func (d *decoder) fields(dst []string) {
	for i := range dst {
		dst[i] = d.str()
	}
}

// in writes s, a passage of clean at offset at, as its length alone when
// it is that passage (as every verified quote is), else in full.
func (e *encoder) in(clean string, at int, s string) {
	if at >= 0 && at+len(s) <= len(clean) && clean[at:at+len(s)] == s {
		e.uint(uint64(len(s)) << 1)
		return
	}
	e.uint(1)
	e.str(s)
}

// bytes is the encoding: the table's strings, then the body.
func (e *encoder) bytes() []byte {
	return append(e.tableBytes(), e.body...)
}

// tableBytes is the table as the encoding starts with it; the body
// follows. A cache is written as the two, not copied into one.
func (e *encoder) tableBytes() []byte {
	n := binary.MaxVarintLen64
	for _, s := range e.table {
		n += len(s) + binary.MaxVarintLen64
	}
	out := make([]byte, 0, n)
	out = binary.AppendUvarint(out, uint64(len(e.table)))
	for _, s := range e.table {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	return out
}

// decoder reads what encoder wrote. The strings of its table are
// substrings of the one string it decodes, not copies. The first error
// sticks: a truncated or garbled cache reads as zeros, then fails.
type decoder struct {
	src   string
	table []string
	err   error
}

func newDecoder(src string) *decoder {
	d := &decoder{src: src}
	n := d.uint()
	if n > uint64(len(src)) {
		d.fail()
		return d
	}
	d.table = make([]string, n)
	for i := range d.table {
		l := d.uint()
		if l > uint64(len(d.src)) {
			d.fail()
			return d
		}
		d.table[i], d.src = d.src[:l], d.src[l:]
	}
	return d
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errCodec
	}
	d.src = ""
}

// uint reads a uvarint from the string itself (binary.Uvarint wants a
// slice, and converting would copy).
func (d *decoder) uint() uint64 {
	var v uint64
	for i, shift := 0, uint(0); i < len(d.src) && i < binary.MaxVarintLen64; i, shift = i+1, shift+7 {
		b := d.src[i]
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			d.src = d.src[i+1:]
			return v
		}
	}
	d.fail()
	return 0
}

// int reads a zig-zag varint, as binary.AppendVarint writes it.
func (d *decoder) int() int {
	u := d.uint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return int(v)
}

func (d *decoder) float() float64 {
	if len(d.src) < 8 {
		d.fail()
		return 0
	}
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(d.src[i])
	}
	d.src = d.src[8:]
	return math.Float64frombits(v)
}

func (d *decoder) bool() bool { return d.uint() == 1 }

func (d *decoder) str() string {
	i := d.uint()
	if i >= uint64(len(d.table)) {
		d.fail()
		return ""
	}
	return d.table[i]
}

// count reads a length, bounded by what is left to read, so that a
// garbled one cannot make a huge allocation.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.src)) {
		d.fail()
		return 0
	}
	return int(n)
}

// in reads what encoder.in wrote: the passage of clean at offset at.
func (d *decoder) in(clean string, at int) string {
	v := d.uint()
	if v&1 == 1 {
		return d.str()
	}
	n := int(v >> 1)
	if at < 0 || at+n > len(clean) || n < 0 {
		d.fail()
		return ""
	}
	return clean[at : at+n]
}

// spans and the other small lists of a Cleaned.

func (e *encoder) spans(list []text.Span) {
	e.uint(uint64(len(list)))
	for _, s := range list {
		e.int(s.Start)
		e.int(s.End)
	}
}

func (d *decoder) spans() []text.Span {
	n := d.count()
	if n == 0 {
		return nil
	}
	list := make([]text.Span, n)
	for i := range list {
		list[i] = text.Span{Start: d.int(), End: d.int()}
	}
	return list
}

func (e *encoder) ints(list []int) {
	e.uint(uint64(len(list)))
	for _, v := range list {
		e.int(v)
	}
}

func (d *decoder) ints() []int {
	n := d.count()
	if n == 0 {
		return nil
	}
	list := make([]int, n)
	for i := range list {
		list[i] = d.int()
	}
	return list
}
