package data

import (
	"crypto/sha256"
	"slices"
	"sync"
	"unsafe"
)

// A reload re-reads every file of the dataset, but parses and checks only
// those that changed: a loadState is what one load parsed, kept for the
// next. An article whose bytes are the same keeps its clean text; a
// record file whose bytes are the same, and whose articles (the one it
// describes and every one it cites) are the same, keeps its records and
// the problems found while reading them. Everything that needs every file
// — ids, references, article blocks, derived figures — runs again over
// all of them, so a change in one file is judged against the whole set;
// coverage, the costly part of that, is recounted only for articles whose
// text, figures' values or skipped numbers may have changed.
//
// The Set is immutable, and the next one shares the records of unchanged
// files with it: the checks that run again on them write nothing (see
// verifier.refs and derived), so the Set on screen is never touched.

// loadState is what one load parsed. Its maps are written by the loading
// workers under mu, and only read once that stage is over.
type loadState struct {
	mu       sync.Mutex
	prev     *loadState // while loading: what the last load kept
	articles map[string]*articleBase
	records  map[string]*recordState
	reused   map[*recordFile]bool
	covers   map[string]coverState
}

// articleBase is what an article file gives before any record is read.
type articleBase struct {
	sum   [32]byte
	raw   string
	file  string
	lang  string // detected
	clean *Cleaned
	text  *textIndex
}

// recordState is one record file as read, before the whole-set checks
// changed anything: the problems found while reading it, and the article
// each of its records was checked against (nil for one not there).
type recordState struct {
	sum      [32]byte
	rf       *recordFile
	meta     *Article // the file's article block as read
	problems Problems
	later    []later
	deps     map[string]*articleBase
}

// coverState is an article's coverage and what it was counted from.
type coverState struct {
	base      *articleBase
	lang      string
	describer *recordFile
	files     []*recordFile // those with figures whose values are in the article
	coverage  Coverage
}

func newLoadState(keep bool, prev *loadState) *loadState {
	if !keep {
		return nil
	}
	return &loadState{prev: prev, articles: map[string]*articleBase{}, records: map[string]*recordState{},
		reused: map[*recordFile]bool{}, covers: map[string]coverState{}}
}

// done drops the link to the previous state, which would otherwise keep
// every earlier load alive.
func (st *loadState) done() {
	if st != nil {
		st.prev = nil
	}
}

func sumString(s string) [32]byte {
	return sha256.Sum256(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// article cleans an article file, or takes the last load's cleaning of
// the same bytes.
func (st *loadState) article(name, raw string) *articleBase {
	var sum [32]byte
	if st != nil {
		sum = sumString(raw)
		if old := st.prev.articleNamed(name); old != nil && old.sum == sum {
			st.keepArticle(name, old)
			return old
		}
	}
	clean := Clean(raw)
	b := &articleBase{sum: sum, raw: raw, file: name, lang: detectLang(clean.Text), clean: clean, text: newTextIndex(clean.Text)}
	st.keepArticle(name, b)
	return b
}

func (st *loadState) articleNamed(name string) *articleBase {
	if st == nil {
		return nil
	}
	return st.articles[name]
}

func (st *loadState) keepArticle(name string, b *articleBase) {
	if st == nil {
		return
	}
	st.mu.Lock()
	st.articles[name] = b
	st.mu.Unlock()
}

// newArticle is a fresh Article over the base: the whole-set checks write
// its metadata and coverage, so no two Sets share one.
func (b *articleBase) newArticle() *Article {
	return &Article{File: b.file, Raw: b.raw, Clean: b.clean, Language: b.lang}
}

// recordFile reads a record file, or takes the last load's reading of it
// when neither its bytes nor its articles changed. Its problems go to c.
func (st *loadState) recordFile(name, src string, c *collector, v *verifier) *recordFile {
	if st == nil {
		return decodeRecordFile(name, src, c, v)
	}
	sum := sumString(src)
	if old := st.prev.recordsNamed(name); old != nil && old.sum == sum && st.sameDeps(old.deps) {
		*c = collector{list: slices.Clone(old.problems), later: slices.Clone(old.later)}
		rf := old.rf
		rf.c = c
		if rf.article != nil {
			rf.article.article = old.meta // verifier.articles replaced it
		}
		st.mu.Lock()
		st.records[name], st.reused[rf] = old, true
		st.mu.Unlock()
		return rf
	}
	rf := decodeRecordFile(name, src, c, v)
	rs := &recordState{sum: sum, rf: rf, problems: slices.Clone(c.list), later: slices.Clone(c.later), deps: map[string]*articleBase{}}
	if rf.article != nil {
		rs.meta = rf.article.article
		rs.deps[rs.meta.File] = st.articles[rs.meta.File]
	}
	for _, r := range rf.items {
		st.sourceDeps(rs, r.item.Sources)
	}
	for _, r := range rf.figures {
		st.sourceDeps(rs, r.figure.Sources)
	}
	st.mu.Lock()
	st.records[name] = rs
	st.mu.Unlock()
	return rf
}

// sourceDeps notes the articles sources were checked against. The
// articles map is complete (and no longer written) once records are read.
func (st *loadState) sourceDeps(rs *recordState, srcs []Source) {
	for _, s := range srcs {
		if _, ok := rs.deps[s.Article]; !ok {
			rs.deps[s.Article] = st.articles[s.Article]
		}
	}
}

func (st *loadState) sameDeps(deps map[string]*articleBase) bool {
	for name, b := range deps {
		if st.articles[name] != b {
			return false
		}
	}
	return true
}

func (st *loadState) recordsNamed(name string) *recordState {
	if st == nil {
		return nil
	}
	return st.records[name]
}

// reusedFile reports whether rf is a record file taken from the last load.
func (st *loadState) reusedFile(rf *recordFile) bool { return st != nil && st.reused[rf] }
