package data

import "slices"

// cover counts every article's coverage, reusing the last load's count of
// an article whose text, language, record files with values in it and
// describing file (its skipped numbers) are all as they were: counting
// scans every number of every article, and one changed file touches few.
func (st *loadState) cover(v *verifier, files []*recordFile, arts []*Article) {
	if st == nil {
		parallel(len(arts), func(i int) { arts[i].Coverage = v.coverage(arts[i]) })
		return
	}
	contrib := map[string][]*recordFile{}
	describer := map[*Article]*recordFile{}
	for _, rf := range files {
		for _, s := range rf.spans {
			if l := contrib[s.article]; len(l) == 0 || l[len(l)-1] != rf {
				contrib[s.article] = append(l, rf)
			}
		}
		if rf.article != nil && rf.article.article != nil {
			describer[rf.article.article] = rf
		}
	}
	keys := make([]coverState, len(arts))
	parallel(len(arts), func(i int) {
		a := arts[i]
		k := coverState{base: st.articles[a.File], lang: a.Language, describer: describer[a], files: contrib[a.File]}
		if old, ok := st.prev.coverOf(a.File); ok && old.base == k.base && old.lang == k.lang &&
			old.describer == k.describer && slices.Equal(old.files, k.files) {
			k.coverage = old.coverage
		} else {
			k.coverage = v.coverage(a)
		}
		a.Coverage = k.coverage
		keys[i] = k
	})
	for i, a := range arts {
		st.covers[a.File] = keys[i]
	}
}

func (st *loadState) coverOf(file string) (coverState, bool) {
	if st == nil {
		return coverState{}, false
	}
	c, ok := st.covers[file]
	return c, ok
}
