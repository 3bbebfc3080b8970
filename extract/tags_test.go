package extract

import (
	"slices"
	"testing"
)

// TestTagsKeepVietnameseMarks: folding lets an unaccented text find an
// accented name, but an accented word is not a different name that folds
// to the same letters ("khánh thành", inaugurated, is not the person
// Thanh), and a proper name is not a lowercase word.
func TestTagsKeepVietnameseMarks(t *testing.T) {
	tg := newTagger(seeds(t))
	for _, c := range []struct {
		text   string
		tagged []string
		not    []string
	}{
		{"Trung tâm R&D tại Hà Nội khánh thành tháng 12/2022 với vốn đầu tư 220 triệu USD.", []string{"hanoi"}, []string{"tran-quang-thanh"}},
		{"Thanh said the city had 279 projects.", []string{"tran-quang-thanh"}, nil},
		{"Ông Thanh cho biết thành phố có 279 dự án.", []string{"tran-quang-thanh"}, nil},
		{"Investors in Da Nang and Đà Nẵng alike.", []string{"da-nang"}, nil},
		{"Đầu tư vào Đà Nẵng tăng mạnh.", []string{"da-nang"}, nil},
	} {
		places, orgs := tg.tag(c.text)
		got := append(places, orgs...)
		for _, id := range c.tagged {
			if !slices.Contains(got, id) {
				t.Errorf("%q: %v lacks %s", c.text, got, id)
			}
		}
		for _, id := range c.not {
			if slices.Contains(got, id) {
				t.Errorf("%q: tagged %s: %v", c.text, id, got)
			}
		}
	}
}
