package data

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"ictdash/data/text"
	"slices"
	"strings"
)

// A snapshot is a verified Set in binary form. The dashboard starts from a
// snapshot of the embedded seeds, made by `go generate` and checked by a
// test against a fresh Load of the same files, so its first frame does not
// wait for YAML parsing and verification it has already passed. Datasets
// given with --data are always loaded and verified.

type snapSet struct {
	Articles []snapArticle
	Items    []*Item
	Figures  []*Figure
}

type snapArticle struct {
	File, Title, Outlet, Published, DateNote, Raw string
	TitleNote, Language, URL                      string
	LanguageStated                                bool
	Skipped                                       []Skip
	Coverage                                      Coverage
	CleanText                                     string
	Removed                                       []Removed
	Captions                                      []text.Span
	Segs                                          []text.Segment
	LineStarts                                    []int
}

// Snapshot encodes the set. The encoding is deterministic: the same set
// gives the same bytes, which is how the test tells a stale snapshot.
func (s *Set) Snapshot() ([]byte, error) {
	snap := snapSet{Items: s.Items, Figures: s.Figures}
	for _, a := range s.Articles {
		sa := snapArticle{File: a.File, Title: a.Title, Outlet: a.Outlet, Published: a.Published,
			TitleNote: a.TitleNote, Language: a.Language, URL: a.URL, LanguageStated: a.LanguageStated,
			DateNote: a.DateNote, Raw: a.Raw, Skipped: a.Skipped, Coverage: a.Coverage,
			CleanText: a.Clean.Text, Removed: a.Clean.Removed, LineStarts: a.Clean.LineStarts(),
			Segs: a.Clean.Segments(), Captions: a.Clean.Captions}
		snap.Articles = append(snap.Articles, sa)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(snap); err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	return buf.Bytes(), nil
}

// FromSnapshot rebuilds a Set from Snapshot's bytes.
func FromSnapshot(b []byte) (*Set, error) {
	var snap snapSet
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&snap); err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	s := &Set{Items: snap.Items, Figures: snap.Figures, articles: map[string]*Article{},
		items: map[string]*Item{}}
	for _, sa := range snap.Articles {
		c := text.Restore(sa.CleanText, sa.Raw, sa.Removed, sa.Captions, sa.Segs, sa.LineStarts)
		a := &Article{File: sa.File, Title: sa.Title, Outlet: sa.Outlet, Published: sa.Published,
			TitleNote: sa.TitleNote, Language: sa.Language, URL: sa.URL, LanguageStated: sa.LanguageStated,
			DateNote: sa.DateNote, Raw: sa.Raw, Clean: c, Skipped: sa.Skipped, Coverage: sa.Coverage}
		s.Articles = append(s.Articles, a)
		s.articles[a.File] = a
	}
	for _, it := range s.Items {
		s.items[it.ID] = it
	}
	s.byID = slices.Clone(s.Figures)
	slices.SortFunc(s.byID, func(a, b *Figure) int { return strings.Compare(a.ID, b.ID) })
	return s, nil
}
