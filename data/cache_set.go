package data

import (
	"slices"
	"strings"

	"ictdash/data/text"
)

// encodeSet writes every field of a verified Set but the articles' raw
// bytes (see cache_codec.go). A test fills every field of every record
// type and round-trips it, so a field added to a record and not here
// fails it.
func encodeSet(s *Set) []byte { return setEncoder(s).bytes() }

// setEncoder is encodeSet's encoder, for a writer to take its table and
// body apart.
func setEncoder(s *Set) *encoder {
	e := &encoder{index: map[string]uint64{}}
	clean := map[string]string{}
	e.uint(uint64(len(s.Articles)))
	for _, a := range s.Articles {
		clean[a.File] = a.Clean.Text
		e.article(a)
	}
	e.uint(uint64(len(s.Items)))
	for _, it := range s.Items {
		e.fields(it.ID, it.Kind, it.Name, it.Date, it.DateBasis, it.DateNote, it.Note, it.File, it.Review)
		e.int(it.Line)
		e.list(it.Aliases)
		e.list(it.Places)
		e.list(it.Orgs)
		e.list(it.Related)
		e.sources(it.Sources, clean)
	}
	e.uint(uint64(len(s.Figures)))
	for _, f := range s.Figures {
		e.fields(f.ID, f.Label, f.ValueText, f.Unit, f.Noun, f.Per, string(f.Qualifier), string(f.Status),
			f.Period, f.PeriodBasis, f.PeriodNote, f.Note, f.Formula, f.Conflict, f.Review, f.File)
		e.float(f.Value)
		e.float(f.ValueMax)
		e.bool(f.Derived)
		e.int(f.Line)
		e.list(f.Places)
		e.list(f.Orgs)
		e.list(f.Items)
		e.list(f.Inputs)
		e.sources(f.Sources, clean)
	}
	return e
}

func (e *encoder) article(a *Article) {
	e.fields(a.File, a.Title, a.TitleNote, a.Outlet, a.Published, a.DateNote, a.Language, a.URL, a.Clean.Text)
	e.bool(a.LanguageStated)
	c := a.Clean
	e.uint(nilLen(len(c.Removed), c.Removed == nil))
	for _, r := range c.Removed {
		e.fields(r.Kind, r.Text)
		e.int(r.RawLine)
	}
	e.spans(c.Captions)
	segs := c.Segments()
	e.uint(uint64(len(segs)))
	for _, sg := range segs {
		e.int(sg.Clean)
		e.int(sg.Raw)
		e.int(sg.N)
		e.int(sg.RawN)
		e.bool(sg.Copied)
	}
	e.ints(c.LineStarts())
	e.uint(nilLen(len(a.Skipped), a.Skipped == nil))
	for _, sk := range a.Skipped {
		in := strings.Index(sk.Context, sk.Text)
		e.int(sk.Offset)
		e.int(in)
		e.in(c.Text, sk.Offset-in, sk.Context)
		e.in(c.Text, sk.Offset, sk.Text)
		e.fields(sk.Reason, sk.Review, sk.File)
		e.int(sk.Line)
	}
	e.int(a.Coverage.Found)
	e.int(a.Coverage.Figures)
	e.int(a.Coverage.Skipped)
	e.list(a.Coverage.Uncovered)
	e.uint(nilLen(len(a.Coverage.Gaps), a.Coverage.Gaps == nil))
	for _, g := range a.Coverage.Gaps {
		e.fields(g.Text, g.Unit, g.Skip)
		e.int(g.Line)
		e.int(g.Col)
		e.float(g.Value)
		e.float(g.Max)
		e.int(g.Offset)
	}
}

func (e *encoder) sources(list []Source, clean map[string]string) {
	e.uint(nilLen(len(list), list == nil))
	for _, s := range list {
		e.str(s.Article)
		e.int(s.Offset)
		c, ok := clean[s.Article]
		if !ok {
			c = ""
		}
		e.in(c, s.Offset, s.Quote)
		e.fields(s.ValueText, string(s.Qualifier))
		e.float(s.Value)
		e.float(s.ValueMax)
		e.bool(s.InCaption)
		e.int(s.RawOffset)
		e.bool(s.Merged != nil)
		if m := s.Merged; m != nil {
			e.fields(m.File, m.Review)
			e.int(m.Line)
		}
	}
}

// nilLen encodes a slice's length so that nil and empty stay apart (a
// verified Set is compared field by field with a fresh load).
func nilLen(n int, isNil bool) uint64 {
	if isNil {
		return 0
	}
	return uint64(n) + 1
}

// list is strs that keeps nil and empty apart.
func (e *encoder) list(l []string) {
	e.uint(nilLen(len(l), l == nil))
	for _, s := range l {
		e.str(s)
	}
}

func (d *decoder) list() []string {
	n := d.nilCount()
	if n < 0 {
		return nil
	}
	l := make([]string, n)
	for i := range l {
		l[i] = d.str()
	}
	return l
}

// nilCount reads what nilLen wrote: -1 for nil.
func (d *decoder) nilCount() int {
	n := d.uint()
	if n == 0 {
		return -1
	}
	if n-1 > uint64(len(d.src)) {
		d.fail()
		return -1
	}
	return int(n - 1)
}

// decodeSet rebuilds the Set encodeSet wrote; raw holds each article
// file's bytes by name.
func decodeSet(src string, raw map[string]string) (*Set, error) {
	d := newDecoder(src)
	s := &Set{articles: map[string]*Article{}, items: map[string]*Item{}}
	clean := map[string]string{}
	s.Articles = make([]*Article, d.count())
	for i := range s.Articles {
		a := d.article(raw)
		if d.err != nil {
			return nil, d.err
		}
		s.Articles[i], s.articles[a.File], clean[a.File] = a, a, a.Clean.Text
	}
	s.Items = make([]*Item, d.count())
	for i := range s.Items {
		it := &Item{}
		var str [9]string
		d.fields(str[:])
		it.ID, it.Kind, it.Name, it.Date, it.DateBasis, it.DateNote, it.Note, it.File, it.Review = str[0], str[1], str[2], str[3], str[4], str[5], str[6], str[7], str[8]
		it.Line = d.int()
		it.Aliases, it.Places, it.Orgs, it.Related = d.list(), d.list(), d.list(), d.list()
		it.Sources = d.sources(clean)
		s.Items[i], s.items[it.ID] = it, it
	}
	n := d.count()
	s.Figures = make([]*Figure, n)
	slab := make([]Figure, n)
	for i := range s.Figures {
		f := &slab[i]
		var str [16]string
		if d.fields(str[:]); d.err != nil {
			return nil, d.err
		}
		f.ID, f.Label, f.ValueText, f.Unit, f.Noun, f.Per = str[0], str[1], str[2], str[3], str[4], str[5]
		f.Qualifier, f.Status, f.Period, f.PeriodBasis = Qualifier(str[6]), Status(str[7]), str[8], str[9]
		f.PeriodNote, f.Note, f.Formula, f.Conflict, f.Review, f.File = str[10], str[11], str[12], str[13], str[14], str[15]
		f.Value, f.ValueMax, f.Derived, f.Line = d.float(), d.float(), d.bool(), d.int()
		f.Places, f.Orgs, f.Items, f.Inputs = d.list(), d.list(), d.list(), d.list()
		f.Sources = d.sources(clean)
		s.Figures[i] = f
	}
	if d.err != nil || len(d.src) != 0 {
		return nil, errCodec
	}
	s.byID = slices.Clone(s.Figures)
	slices.SortFunc(s.byID, func(a, b *Figure) int { return strings.Compare(a.ID, b.ID) })
	return s, nil
}

func (d *decoder) article(raw map[string]string) *Article {
	var str [9]string
	d.fields(str[:])
	a := &Article{File: str[0], Title: str[1], TitleNote: str[2], Outlet: str[3], Published: str[4],
		DateNote: str[5], Language: str[6], URL: str[7], LanguageStated: d.bool()}
	r, ok := raw[a.File]
	if !ok {
		d.fail()
		return nil
	}
	a.Raw = r
	cleanText := str[8]
	var removed []text.Removed
	if n := d.nilCount(); n >= 0 {
		removed = make([]text.Removed, n)
		for i := range removed {
			var rs [2]string
			d.fields(rs[:])
			removed[i] = text.Removed{Kind: rs[0], Text: rs[1], RawLine: d.int()}
		}
	}
	captions := d.spans()
	segs := make([]text.Segment, d.count())
	for i := range segs {
		segs[i] = text.Segment{Clean: d.int(), Raw: d.int(), N: d.int(), RawN: d.int(), Copied: d.bool()}
	}
	lineStarts := d.ints()
	if d.err != nil {
		return nil
	}
	a.Clean = text.Restore(cleanText, r, removed, captions, segs, lineStarts)
	if n := d.nilCount(); n >= 0 {
		a.Skipped = make([]Skip, n)
		for i := range a.Skipped {
			sk := &a.Skipped[i]
			sk.Offset = d.int()
			in := d.int()
			sk.Context = d.in(cleanText, sk.Offset-in)
			sk.Text = d.in(cleanText, sk.Offset)
			var rs [3]string
			d.fields(rs[:])
			sk.Reason, sk.Review, sk.File, sk.Line = rs[0], rs[1], rs[2], d.int()
		}
	}
	a.Coverage = Coverage{Found: d.int(), Figures: d.int(), Skipped: d.int(), Uncovered: d.list()}
	if n := d.nilCount(); n >= 0 {
		a.Coverage.Gaps = make([]Gap, n)
		for i := range a.Coverage.Gaps {
			g := &a.Coverage.Gaps[i]
			var rs [3]string
			d.fields(rs[:])
			g.Text, g.Unit, g.Skip = rs[0], rs[1], rs[2]
			g.Line, g.Col, g.Value, g.Max, g.Offset = d.int(), d.int(), d.float(), d.float(), d.int()
		}
	}
	return a
}

func (d *decoder) sources(clean map[string]string) []Source {
	n := d.nilCount()
	if n < 0 {
		return nil
	}
	list := make([]Source, n)
	for i := range list {
		s := &list[i]
		s.Article = d.str()
		s.Offset = d.int()
		s.Quote = d.in(clean[s.Article], s.Offset)
		var rs [2]string
		d.fields(rs[:])
		s.ValueText, s.Qualifier = rs[0], Qualifier(rs[1])
		s.Value, s.ValueMax, s.InCaption, s.RawOffset = d.float(), d.float(), d.bool(), d.int()
		if d.bool() {
			var ms [2]string
			d.fields(ms[:])
			s.Merged = &Merge{File: ms[0], Review: ms[1], Line: d.int()}
		}
	}
	return list
}
