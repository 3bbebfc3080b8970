package data

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// verifier checks records against their articles and each other. It runs
// every check even after a failure so that one run reports every problem.
type verifier struct {
	set   *Set
	c     *collector
	spans map[string][]span // per article: clean-text spans of figures' values as written
	// failed holds figures already reported as wrong, so derived figures
	// built on them do not repeat the same problem as a second one.
	failed map[*Figure]bool
	texts  map[*Article]*textIndex
}

// find returns the first offset of s in a's clean text, or -1.
func (v *verifier) find(a *Article, s string) int { return v.texts[a].index(s) }

type span struct{ start, end int }

// articleSpan is a figure's value as written in some article, found while
// verifying one record file and merged into verifier.spans afterwards.
type articleSpan struct {
	article string
	span
}

// verify runs the checks in phases. The ids and article blocks of all files
// are registered first (one pass, in order, so that "first defined" is the
// first in directory order); then each record file is checked on its own,
// in parallel, as nothing it writes is shared: problems go to its file's
// collector, sources and skips to its own records and article, spans and
// failures to its recordFile until they are merged. Derived figures, which
// read other files' figures, and coverage, which needs every span, come
// last.
func (v *verifier) verify(files []*recordFile) {
	v.spans = map[string][]span{}
	v.failed = map[*Figure]bool{}
	v.articles(files)
	v.register(files)
	arts := make([]*Article, 0, len(v.set.articles))
	for _, a := range v.set.articles {
		arts = append(arts, a)
	}
	texts := make([]*textIndex, len(arts))
	parallel(len(arts), func(i int) { texts[i] = newTextIndex(arts[i].Clean.Text) })
	v.texts = make(map[*Article]*textIndex, len(arts))
	for i, a := range arts {
		v.texts[a] = texts[i]
	}
	parallel(len(files), func(i int) {
		rf := files[i]
		for _, r := range rf.items {
			v.item(rf, r)
		}
		for _, r := range rf.figures {
			v.figure(rf, r)
		}
		for _, r := range rf.skipped {
			v.skip(rf, r)
		}
	})
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
	parallel(len(arts), func(i int) { arts[i].Coverage = v.coverage(arts[i]) })
}

// articles attaches each record file's article block to its text file.
func (v *verifier) articles(files []*recordFile) {
	describedBy := map[string]string{}
	for _, rf := range files {
		if rf.article == nil {
			continue
		}
		meta, f := rf.article.article, rf.article.f
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
		a.Title, a.Outlet, a.Published, a.DateNote = meta.Title, meta.Outlet, meta.Published, meta.DateNote
		if a.Published != "" && !validDate(a.Published) {
			f.errorf("published", "published %q is not an ISO date (2024, 2024-06 or 2024-06-12)", a.Published)
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
	n := 0
	for _, rf := range files {
		n += len(rf.items) + len(rf.figures)
	}
	seen := make(map[string]*fields, n) // id → the record that claimed it first
	claim := func(f *fields, id string) bool {
		if id == "" {
			return false
		}
		if !validID(id) {
			f.errorf("id", "id %q must be lowercase letters, digits and single hyphens", id)
		}
		if prev, dup := seen[id]; dup {
			f.errorf("id", "duplicate id %q (first defined at %s:%d)", id, prev.rf.name, prev.idLine)
			return false
		}
		seen[id] = f
		return true
	}
	for _, rf := range files {
		for _, r := range rf.items {
			if claim(r.f, r.item.ID) {
				v.set.items[r.item.ID] = r.item
			}
		}
		for _, r := range rf.figures {
			if claim(r.f, r.figure.ID) {
				v.set.figures[r.figure.ID] = r.figure
				v.set.Figures = append(v.set.Figures, r.figure)
			}
		}
	}
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

func (v *verifier) item(rf *recordFile, r itemRec) {
	it, f := r.item, r.f
	if it.Kind != "" && !slices.Contains(ItemKinds, it.Kind) {
		f.errorf("kind", "kind %q is not one of %s", it.Kind, strings.Join(ItemKinds, ", "))
	}
	if it.Date != "" && !validPeriod(it.Date) {
		f.errorf("date", "date %q is not an ISO date or interval (2024, 2024-08-02, 2024/2028)", it.Date)
	}
	v.refs(f, "places", it.Places, "place")
	v.refs(f, "orgs", it.Orgs, "organisation", "person")
	v.refs(f, "related", it.Related)
	for _, sr := range r.sources {
		v.quote(rf, sr)
	}
}

func (v *verifier) figure(rf *recordFile, r figureRec) {
	fig, f := r.figure, r.f
	if fig.Unit != "" && !slices.Contains(Units, fig.Unit) {
		f.errorf("unit", "unit %q is not one of %s", fig.Unit, strings.Join(Units, ", "))
	}
	if !validQualifier(fig.Qualifier) {
		f.errorf("qualifier", "qualifier %q is not one of exact, about, over, more_than, nearly, up_to", fig.Qualifier)
	}
	switch fig.Status {
	case Actual, Projection, Target, Estimate, "":
	default:
		f.errorf("status", "status %q is not one of actual, projection, target, estimate", fig.Status)
	}
	if fig.Period != "" && !validPeriod(fig.Period) {
		f.errorf("period", "period %q is not an ISO date or interval (2018, 2024-06, 2024/2028)", fig.Period)
	}
	v.refs(f, "places", fig.Places, "place")
	v.refs(f, "orgs", fig.Orgs, "organisation", "person")
	v.refs(f, "items", fig.Items)
	if fig.Derived {
		if len(r.sources) > 0 {
			f.errorf("sources", "a derived figure has a formula, not sources: derived values are never mixed with reported ones")
		}
		return
	}
	if len(r.sources) == 0 {
		f.errorf("sources", "figure %q has no sources: every reported figure needs a quote", fig.ID)
	}
	if f.isBad("value") {
		rf.failed = append(rf.failed, fig)
		return
	}
	for _, sr := range r.sources {
		if !v.figureSource(rf, f, fig, sr) {
			rf.failed = append(rf.failed, fig)
		}
	}
	fig.Conflict = conflict(fig.Sources)
}

// figureSource verifies one citation of a figure: the quote is in the clean
// text, the value as written is in the quote, and it reads as the value and
// qualifier recorded.
func (v *verifier) figureSource(rf *recordFile, figF *fields, fig *Figure, sr sourceRec) bool {
	s, f := sr.source, sr.f
	if !sr.ownText {
		s.ValueText = fig.ValueText
	}
	if !sr.ownValue {
		s.Value = fig.Value
	}
	if !sr.ownQualifier {
		s.Qualifier = fig.Qualifier
	}
	if !v.quote(rf, sr) || s.ValueText == "" {
		return false
	}
	where := "quote"
	if sr.ownText {
		where = "value_text"
	}
	at := strings.Index(s.Quote, s.ValueText)
	if at < 0 {
		f.errorf(where, "the value as written %q is not in the quote %q", s.ValueText, s.Quote)
		return false
	}
	rf.spans = append(rf.spans, articleSpan{s.Article, span{s.Offset + at, s.Offset + at + len(s.ValueText)}})
	q, err := ParseQuantity(s.ValueText)
	if err != nil {
		f.errorf(where, "the value as written %q cannot be read as a number: %v", s.ValueText, err)
		return false
	}
	ok := true
	if !sameValue(q.Value, s.Value) {
		// Point at whichever value field the source's value came from.
		at := figF
		if sr.ownValue {
			at = f
		}
		at.errorf("value", "value %s does not match %q, which reads as %s", fmtNum(s.Value), s.ValueText, fmtNum(q.Value))
		ok = false
	}
	if q.Qualifier != s.Qualifier {
		f.errorf(where, "qualifier %s does not match %q, which reads as %s", s.Qualifier, s.ValueText, q.Qualifier)
		ok = false
	}
	if strongUnit(q.Unit) && q.Unit != fig.Unit {
		f.errorf(where, "unit %s does not match %q, which reads as %s", fig.Unit, s.ValueText, q.Unit)
		ok = false
	}
	return ok
}

// quote resolves a source's article and finds its quote in the clean text.
func (v *verifier) quote(rf *recordFile, sr sourceRec) bool {
	s, f := sr.source, sr.f
	if s.Article == "" {
		if rf.article == nil || rf.article.article == nil {
			f.errorf("article", "source needs an article: this file describes no article")
			return false
		}
		s.Article = rf.article.article.File
	}
	a := v.set.articles[s.Article]
	if a == nil {
		f.errorf("article", "article %q is not in the dataset", s.Article)
		return false
	}
	if s.Quote == "" {
		return false
	}
	at := v.find(a, s.Quote)
	if at < 0 {
		f.errorf("quote", "%s", quoteMiss(a, s.Quote))
		return false
	}
	// The quote is the article's own text: share it rather than keep the
	// record file's copy of it.
	s.Quote = a.Clean.Text[at : at+len(s.Quote)]
	s.Offset, s.RawOffset = at, a.Clean.RawOffset(at)
	return true
}

// quoteMiss explains why a quote was not found, pointing at where it stops
// matching, which is usually a retyped character or a line break.
func quoteMiss(a *Article, quote string) string {
	if strings.Contains(a.Raw, quote) {
		return fmt.Sprintf("quote is in the raw file %s but not in its clean text (it is in noise the cleaner removes, or spans repaired characters)", a.File)
	}
	best := 0
	for i := range quote {
		if i > best && strings.Contains(a.Clean.Text, quote[:i]) {
			best = i
		}
	}
	if best < 8 {
		return fmt.Sprintf("quote not found in %s", a.File)
	}
	return fmt.Sprintf("quote not found in %s: it matches up to %q, then the article differs", a.File, quote[:best])
}

func (v *verifier) skip(rf *recordFile, r skipRec) {
	sk, f := r.skip, r.f
	if rf.article == nil || rf.article.article == nil {
		f.errorf("text", "skipped numbers belong in an article's record file")
		return
	}
	a := rf.article.article
	if sk.Context == "" || sk.Text == "" {
		return
	}
	at := v.find(a, sk.Context)
	if at < 0 {
		f.errorf("context", "%s", quoteMiss(a, sk.Context))
		return
	}
	in := strings.Index(sk.Context, sk.Text)
	if in < 0 {
		f.errorf("text", "%q is not in the context %q", sk.Text, sk.Context)
		return
	}
	sk.Offset = at + in
	sk.Context = a.Clean.Text[at : at+len(sk.Context)] // shared with the article, as quotes are
	sk.Text = sk.Context[in : in+len(sk.Text)]
	if a.Skipped == nil {
		a.Skipped = make([]Skip, 0, len(rf.skipped))
	}
	a.Skipped = append(a.Skipped, sk)
}

// refs checks that each id names an item, of one of kinds when given. A
// reference that resolves is replaced by the item's own id string, so
// the dataset holds each id once however often it is referred to.
func (v *verifier) refs(f *fields, key string, ids []string, kinds ...string) {
	for i, id := range ids {
		it := v.set.items[id]
		switch {
		case it == nil:
			f.errorf(key, "%s: no item has id %q", key, id)
		case len(kinds) > 0 && !slices.Contains(kinds, it.Kind):
			f.errorf(key, "%s: %q is a %s, not a %s", key, id, it.Kind, strings.Join(kinds, " or "))
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

func strongUnit(u string) bool {
	switch u {
	case "USD", "VND", "KRW", "percent", "years", "months", "days":
		return true
	}
	return false
}

func validQualifier(q Qualifier) bool {
	switch q {
	case Exact, About, Over, MoreThan, Nearly, UpTo:
		return true
	}
	return false
}

func fmtNum(x float64) string { return fmt.Sprintf("%.10g", x) }
