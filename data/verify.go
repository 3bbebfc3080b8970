package data

import (
	"fmt"
	"ictdash/data/quantity"
	"math"
	"slices"
	"strings"
)

// verifier checks records against their articles and each other. It runs
// every check even after a failure so that one run reports every problem.
//
// Checks run in two stages. What one record can be checked against —
// its own fields, and the article texts, which are all loaded before any
// record file is read — is checked as the record is read (check.go), so
// that neither YAML nodes nor citations need to be kept for later. What
// needs every record file — article blocks matched to articles, unique
// ids, references, derived formulas, coverage — runs once all are read
// (verify).
type verifier struct {
	set   *Set
	c     *collector
	texts map[string]*textIndex // per article file, for finding quotes
	spans map[string][]span     // per article: clean-text spans of figures' values as written
	// failed holds figures already reported as wrong, so derived figures
	// built on them do not repeat the same problem as a second one.
	failed   map[*Figure]bool
	merged   map[*Figure]bool // figures copied to take merged sources (merge.go)
	figureAt map[*Figure]int  // each figure's place in set.Figures, for those copies
	suggest  suggester        // for references to ids nothing defines
	// state, when a load keeps what it parsed, reuses the coverage of
	// articles whose inputs did not change (reload.go); nil otherwise.
	state *loadState
}

// find returns the first offset of s in a's clean text, or -1.
func (v *verifier) find(a *Article, s string) int { return v.texts[a.File].index(s) }

type span struct{ start, end int }

// articleSpan is a figure's value as written in some article, found while
// reading one record file and merged into verifier.spans afterwards.
type articleSpan struct {
	article string
	span
}

// verify runs the checks that need every record file. The ids and
// article blocks of all files are registered in one pass, in order, so
// that "first defined" is the first in directory order; references are
// then checked file by file in parallel (each file's problems go to its
// own collector; the ids it rewrites are its own), and merged sources are
// added to their figures. Derived figures, which read other files'
// figures, and coverage, which needs every span, come last.
func (v *verifier) verify(files []*recordFile) {
	v.spans = map[string][]span{}
	v.failed = map[*Figure]bool{}
	v.articles(files)
	v.register(files)
	parallel(len(files), func(i int) {
		rf := files[i]
		for _, r := range rf.items {
			f := &r.f
			v.refs(f, "places", r.item.Places)
			v.refs(f, "orgs", r.item.Orgs)
			v.refs(f, "related", r.item.Related)
		}
		for _, r := range rf.figures {
			f := &r.f
			v.refs(f, "places", r.figure.Places)
			v.refs(f, "orgs", r.figure.Orgs)
			v.refs(f, "items", r.figure.Items)
		}
	})
	v.merges(files)
	for _, rf := range files {
		for _, s := range rf.spans {
			v.spans[s.article] = append(v.spans[s.article], s.span)
		}
		for _, f := range rf.failed {
			v.failed[f] = true
		}
	}
	for _, rf := range files {
		for _, r := range rf.figures {
			if r.figure.Derived {
				v.derived(r)
			}
		}
	}
	arts := make([]*Article, 0, len(v.set.articles))
	for _, a := range v.set.articles {
		arts = append(arts, a)
	}
	v.state.cover(v, files, arts)
}

// articles attaches each record file's article block to its text file.
func (v *verifier) articles(files []*recordFile) {
	describedBy := map[string]string{}
	for _, rf := range files {
		if rf.article == nil {
			continue
		}
		meta, f := rf.article.article, &rf.article.f
		a := v.set.articles[meta.File]
		switch {
		case meta.File == "":
			continue // already reported as missing
		case a == nil:
			f.errorf("file", "article file %q is not in the dataset", meta.File)
			continue
		case describedBy[meta.File] != "":
			f.errorf("file", "article %q is already described by %s", meta.File, describedBy[meta.File])
			continue
		}
		describedBy[meta.File] = rf.name
		a.Title, a.TitleNote, a.Outlet, a.Published, a.DateNote, a.URL = meta.Title, meta.TitleNote, meta.Outlet, meta.Published, meta.DateNote, meta.URL
		if meta.LanguageStated {
			a.Language, a.LanguageStated = meta.Language, true
		}
		a.Skipped = rf.skips
		switch {
		case a.Published == "" || validDate(a.Published):
		case validPeriod(a.Published) && a.DateNote != "":
			// A window inferred from what the text mentions: the note says how.
		case validPeriod(a.Published):
			f.errorf("published", "published %q is a window: say in date_note how it was inferred", a.Published)
		default:
			f.errorf("published", "published %q is not an ISO date (2024, 2024-06 or 2024-06-12) or window (2024-08/2024-12)", a.Published)
		}
		rf.article.article = a
	}
	for name := range v.set.articles {
		if describedBy[name] == "" {
			v.c.add(name, 0, 0, "no record file describes this article (add a .yaml file with an article: block; `ictdash extract` drafts one)")
		}
	}
}

// register checks ids and indexes every item and figure by id.
func (v *verifier) register(files []*recordFile) {
	nItems, nFigures := 0, 0
	for _, rf := range files {
		nItems, nFigures = nItems+len(rf.items), nFigures+len(rf.figures)
	}
	v.set.items = make(map[string]*Item, nItems)
	v.set.figures = make(map[string]*Figure, nFigures)
	v.set.Figures = make([]*Figure, 0, nFigures)
	claim := func(f *fields, id string) bool {
		if id == "" {
			return false
		}
		if !validID(id) {
			f.errorf("id", "id %q must be lowercase letters, digits and single hyphens", id)
		}
		if v.set.items[id] != nil || v.set.figures[id] != nil {
			first := firstDefinition(files, id)
			f.errorf("id", "duplicate id %q (first defined at %s:%d)", id, first.rf.name, first.idLine)
			return false
		}
		return true
	}
	for _, rf := range files {
		for i := range rf.items {
			if r := &rf.items[i]; claim(&r.f, r.item.ID) {
				v.set.items[r.item.ID] = r.item
			}
		}
		for i := range rf.figures {
			if r := &rf.figures[i]; claim(&r.f, r.figure.ID) {
				v.set.figures[r.figure.ID] = r.figure
				v.set.Figures = append(v.set.Figures, r.figure)
			}
		}
	}
}

// firstDefinition finds the record that registered id first (in register's
// order), for the rare duplicate: remembering every claimant for it would
// cost a map of every id.
func firstDefinition(files []*recordFile, id string) *fields {
	for _, rf := range files {
		for i := range rf.items {
			if rf.items[i].item.ID == id {
				return &rf.items[i].f
			}
		}
		for i := range rf.figures {
			if rf.figures[i].figure.ID == id {
				return &rf.figures[i].f
			}
		}
	}
	return &fields{rf: &recordFile{}}
}

// validID checks ^[a-z0-9]+(-[a-z0-9]+)*$ by hand: a regexp match per id
// was a tenth of the verification of a large dataset.
func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// RefKinds are the item kinds each reference list may name; a list not
// here (items, related) may name any item.
var RefKinds = map[string][]string{"places": {"place"}, "orgs": {"organisation", "person"}}

// refs checks that each id names an item, of a kind RefKinds allows for key. A
// reference that resolves is replaced by the item's own id string, so
// the dataset holds each id once however often it is referred to.
func (v *verifier) refs(f *fields, key string, ids []string) {
	kinds := RefKinds[key]
	for i, id := range ids {
		it := v.set.items[id]
		switch {
		case it == nil:
			f.errorf(key, "%s", v.undefined(key, id, kinds))
		case len(kinds) > 0 && !slices.Contains(kinds, it.Kind):
			f.errorf(key, "%s: %q is a %s, not a %s", key, id, it.Kind, strings.Join(kinds, " or "))
		case v.state.reusedFile(f.rf):
			// Shared with the Set a reload started from, which may be on
			// screen: never written (the id is equal, only not shared).
		default:
			ids[i] = it.ID
		}
	}
}

// conflict describes how a figure's sources disagree, or returns "".
func conflict(srcs []Source) string {
	if len(srcs) < 2 {
		return ""
	}
	first := srcs[0]
	differs := false
	for _, s := range srcs[1:] {
		if !sameValue(s.Value, first.Value) || s.Qualifier != first.Qualifier {
			differs = true
		}
	}
	if !differs {
		return ""
	}
	parts := make([]string, len(srcs))
	for i, s := range srcs {
		parts[i] = fmt.Sprintf("%s says %q", s.Article, s.ValueText)
	}
	return "sources disagree: " + strings.Join(parts, "; ")
}

func sameValue(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// strongUnit: a unit the value as written states itself (a currency, per
// cent, a duration, an area, "3-fold"), which the record's unit must then
// be. A bare number's unit ("count") is the record's to say.
func strongUnit(u string) bool {
	unit := quantity.Unit(u)
	return unit != quantity.None && unit != quantity.Count
}

func validQualifier(q Qualifier) bool { return slices.Contains(quantity.Qualifiers(), q) }

// qualifierNames lists the qualifiers for messages.
func qualifierNames() string {
	var names []string
	for _, q := range quantity.Qualifiers() {
		names = append(names, string(q))
	}
	return strings.Join(names, ", ")
}
