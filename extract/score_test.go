package extract

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"ictdash/data"
	"ictdash/data/quantity"
	"ictdash/data/text"
)

// floors are the scores TestScore requires per language, each a share in
// 0..1 (see langScore for what each measures). They hold what the code
// reached when they were last set, rounded down to 0.05 (others' work was
// landing meanwhile); raise them as the drafts improve, never lower them to
// let a change pass. Measured 2026-12-01 15:15 (first measured 12:07:
// en .98 .98 .84 .75 .33 .95 .29 .79 1.00; vi 1.00 .85 .76 .84 .53 .90
// .40 1.00 .83; ko .98 .83 .79 .75 .44 .68 .36 .15 0):
//
//	     recall precision status period label skips items entities merges
//	en   1.00   1.00      0.98   0.88   0.67  0.96  0.57  1.00     1.00
//	vi   1.00   0.98      0.98   0.93   0.69  1.00  0.60  1.00     0.83
//	ko   1.00   1.00      0.96   0.90   0.87  0.95  0.64  1.00     1.00
var floors = map[string]langScore{
	"en": {recall: 0.95, precision: 0.95, status: 0.95, period: 0.85, label: 0.65, skips: 0.95, items: 0.55, entities: 0.95, merges: 1},
	"vi": {recall: 1, precision: 0.95, status: 0.95, period: 0.90, label: 0.65, skips: 1, items: 0.60, entities: 1, merges: 0.80},
	"ko": {recall: 1, precision: 0.95, status: 0.95, period: 0.90, label: 0.85, skips: 0.90, items: 0.60, entities: 0.95, merges: 1},
}

// langScore is one language's result over its fixtures.
//   - recall: expected figures matched by a drafted figure (or a drafted
//     merge); precision: drafted figures and merges that match one.
//     A draft matches an expected figure when its value, upper bound and
//     unit are the same and its value as written overlaps the expected
//     value as written in the article text (by position; by folded
//     containment when a position is unknown).
//   - status, period, label: among matched figures that are not merges
//     (a merge keeps the known figure's), the share with the expected
//     status ("plan" counts as "target"), the exact expected period (see
//     scorePeriod), an acceptable label (see labelAccepted).
//   - skips: expected skips not drafted as figures, where a drafted skip
//     overlaps the expected text and its reason contains the expected part
//     (folded), or where the quantity engine sees no number (see scoreSkips).
//   - items, entities, merges: recall of the expected items (kind and an
//     acceptable name), new entities (kind and name, see scoreEntity) and
//     known figure ids drafted as merges.
//   - tags: expected place and organisation ids found on matched figures
//     (reported, not floored: aliases in VI and KO are the curator's job).
//   - also: for a figure stated more than once, its statements among the
//     matched draft's quotes (see scoreAlso).
//   - meta: language, published, url and title right (reported).
type langScore struct {
	recall, precision, status, period, label, skips, items, entities, merges float64
}

// scoreTally counts one language's hits and totals; ratios come from it.
type scoreTally struct {
	fixtures                           int
	want, drafted, matched, own        int
	status, period, label              int
	skipWant, skipOK                   int
	itemWant, itemOK, entWant, entOK   int
	mergeWant, mergeOK, tagWant, tagOK int
	alsoWant, alsoOK, metaWant, metaOK int
	misses                             []string // per-fixture mismatches, for -v
}

func (c *scoreTally) score() langScore {
	return langScore{
		recall: ratio(c.matched, c.want), precision: ratio(c.matched, c.drafted),
		status: ratio(c.status, c.own), period: ratio(c.period, c.own), label: ratio(c.label, c.own),
		skips: ratio(c.skipOK, c.skipWant), items: ratio(c.itemOK, c.itemWant),
		entities: ratio(c.entOK, c.entWant), merges: ratio(c.mergeOK, c.mergeWant),
	}
}

// langFixtures loads testdata/lang: each article (.txt or saved .html)
// with its NAME.expect.yaml.
func langFixtures(t *testing.T) []fixture {
	t.Helper()
	files, _ := filepath.Glob("testdata/lang/*")
	var out []fixture
	for _, f := range files {
		if ext := filepath.Ext(f); ext != ".txt" && ext != ".html" && ext != ".htm" && ext != ".md" {
			continue
		}
		fx := fixture{name: filepath.Base(f), raw: readFile(t, f)}
		exp := strings.TrimSuffix(f, filepath.Ext(f)) + ".expect.yaml"
		dec := yaml.NewDecoder(bytes.NewReader(readFile(t, exp)))
		dec.KnownFields(true)
		if err := dec.Decode(&fx.want); err != nil {
			t.Fatalf("%s: %v", exp, err)
		}
		out = append(out, fx)
	}
	if len(out) < 12 {
		t.Fatalf("want at least 12 fixtures in testdata/lang, found %d", len(out))
	}
	return out
}

// TestScore drafts every testdata/lang fixture against the seeds and scores
// the drafts per language against the hand-made expectations. `go test
// ./extract -run Score -v` prints the table and each fixture's mismatches.
func TestScore(t *testing.T) {
	var fxs []fixture
	for _, fx := range langFixtures(t) {
		if !heldout[fx.name] {
			fxs = append(fxs, fx)
		}
	}
	scoreReport(t, scoreLangs(t, fxs), true)
}

// heldout are fixtures written to measure the drafts on articles the code
// was not developed against (2026-12-01). TestScoreHeldout scores them on
// their own, without floors; TestScore's floors were set without them.
var heldout = map[string]bool{
	"en_vnexpress_chip_talent.txt": true, "en_koreaherald_it_outsourcing.txt": true,
	"vi_vnexpress_koica_ai.txt": true, "vi_baodautu_seojin_bandan.txt": true,
	"ko_yonhap_chip_talent.txt": true, "ko_etnews_naver_datacenter.txt": true,
}

// TestScoreHeldout prints the table of the held-out fixtures alone.
func TestScoreHeldout(t *testing.T) {
	var fxs []fixture
	for _, fx := range langFixtures(t) {
		if heldout[fx.name] {
			fxs = append(fxs, fx)
		}
	}
	scoreReport(t, scoreLangs(t, fxs), false)
}

// scoreLangs drafts and scores fxs, per language.
func scoreLangs(t *testing.T, fxs []fixture) map[string]*scoreTally {
	byLang := map[string]*scoreTally{}
	for _, fx := range fxs {
		c := byLang[fx.want.Language]
		if c == nil {
			c = &scoreTally{}
			byLang[fx.want.Language] = c
		}
		d, err := Extract(fx.name, fx.raw, Options{Published: fx.want.PublishedOption, Known: seeds(t)})
		if err != nil {
			c.fixtures++
			c.want += len(fx.want.Figures)
			c.misses = append(c.misses, fx.name+": "+err.Error())
			continue
		}
		scoreFixture(t, c, fx, d)
	}
	return byLang
}

// scoreReport logs the table (and, with -v, the misses) and, when floored,
// fails each measure below its language's floor.
func scoreReport(t *testing.T, byLang map[string]*scoreTally, floored bool) {
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	t.Log("lang files figs(want/drafted/matched) recall precision status period label skips items entities merges tags also meta")
	for _, l := range langs {
		c := byLang[l]
		s := c.score()
		t.Logf("%-4s %5d %4d/%d/%d %6.2f %9.2f %6.2f %6.2f %5.2f %5.2f %5.2f %8.2f %6.2f %4.2f %4.2f %4.2f", l, c.fixtures,
			c.want, c.drafted, c.matched, s.recall, s.precision, s.status, s.period, s.label, s.skips,
			s.items, s.entities, s.merges, ratio(c.tagOK, c.tagWant), ratio(c.alsoOK, c.alsoWant), ratio(c.metaOK, c.metaWant))
		t.Logf("     counts: status %d/%d period %d/%d label %d/%d skips %d/%d items %d/%d entities %d/%d merges %d/%d tags %d/%d also %d/%d meta %d/%d",
			c.status, c.own, c.period, c.own, c.label, c.own, c.skipOK, c.skipWant, c.itemOK, c.itemWant,
			c.entOK, c.entWant, c.mergeOK, c.mergeWant, c.tagOK, c.tagWant, c.alsoOK, c.alsoWant, c.metaOK, c.metaWant)
		if testing.Verbose() {
			for _, m := range c.misses {
				t.Log("    " + m)
			}
		}
		if f, ok := floors[l]; ok && floored {
			scoreFloors(t, l, s, f)
		}
	}
	if !floored {
		return
	}
	for l := range floors {
		if byLang[l] == nil {
			t.Errorf("no fixtures in %s", l)
		}
	}
}

// scoreFloors fails for each measure below its floor.
func scoreFloors(t *testing.T, lang string, s, f langScore) {
	t.Helper()
	for _, m := range []struct {
		name      string
		got, want float64
	}{
		{"recall", s.recall, f.recall}, {"precision", s.precision, f.precision},
		{"status", s.status, f.status}, {"period", s.period, f.period}, {"label", s.label, f.label},
		{"skips", s.skips, f.skips}, {"items", s.items, f.items},
		{"entities", s.entities, f.entities}, {"merges", s.merges, f.merges},
	} {
		if m.got+1e-9 < m.want {
			t.Errorf("%s %s %.2f, below its floor %.2f", lang, m.name, m.got, m.want)
		}
	}
}

// miss records one mismatch of a fixture.
func (c *scoreTally) miss(fx fixture, format string, args ...any) {
	c.misses = append(c.misses, fx.name+": "+fmt.Sprintf(format, args...))
}

// scoreDraft is a drafted figure or merge placed in the article text.
type scoreDraft struct {
	at         [][2]int // its value as written in its quote and in each further quote; -1 when not found
	vt         string
	value, max float64
	unit       string
	fig        *Figure // nil for a merge
	used       bool
}

// scorePlace finds vt inside quote inside clean: its byte span, or the
// quote's when vt is not in it (a restatement may word the value
// differently), or -1, -1.
func scorePlace(clean, quote, vt string) [2]int {
	q := strings.Index(clean, quote)
	if quote == "" || q < 0 {
		return [2]int{-1, -1}
	}
	if v := strings.Index(quote, vt); v >= 0 {
		return [2]int{q + v, q + v + len(vt)}
	}
	return [2]int{q, q + len(quote)}
}

// scoreLocate finds each expected text in clean in order (inside its
// context when one is given): from the previous one's position, else from
// the start; -1, -1 when it is not there.
func scoreLocate(clean string, texts, contexts []string) [][2]int {
	out := make([][2]int, len(texts))
	at := 0
	for i, s := range texts {
		ctx := s
		if contexts != nil && contexts[i] != "" {
			ctx = contexts[i]
		}
		j := strings.Index(clean[at:], ctx)
		if j >= 0 {
			j += at
		} else {
			j = strings.Index(clean, ctx)
		}
		k := strings.Index(ctx, s)
		if j < 0 || s == "" || k < 0 {
			out[i] = [2]int{-1, -1}
			continue
		}
		out[i] = [2]int{j + k, j + k + len(s)}
		at = j + 1
	}
	return out
}

// scoreOverlap says whether two placed passages share a byte, or, when
// either is unplaced, whether one folded text contains the other.
func scoreOverlap(a, b [2]int, t1, t2 string) bool {
	if a[0] < 0 || b[0] < 0 {
		f1, f2 := text.Fold(t1), text.Fold(t2)
		return f1 != "" && f2 != "" && (strings.Contains(f1, f2) || strings.Contains(f2, f1))
	}
	return a[0] < b[1] && b[0] < a[1]
}

// scoreCands lists d's figures and merges with their places in clean.
func scoreCands(d *Draft, clean string, known *data.Set) []*scoreDraft {
	var out []*scoreDraft
	for i := range d.Figures {
		f := &d.Figures[i]
		g := &scoreDraft{vt: f.ValueText, value: f.Value, max: f.ValueMax, unit: f.Unit, fig: f}
		for i, q := range append([]string{f.Quote}, f.Also...) {
			vt := f.ValueText
			if r := restated(i, f.AlsoText); r != "" {
				vt = r // a restatement in its own wording
			}
			g.at = append(g.at, scorePlace(clean, q, vt))
		}
		out = append(out, g)
	}
	for _, m := range d.Merges {
		unit := ""
		if k := known.Figure(m.Figure); k != nil {
			unit = k.Unit
		}
		out = append(out, &scoreDraft{at: [][2]int{scorePlace(clean, m.Quote, m.ValueText)},
			vt: m.ValueText, value: m.Value, max: m.ValueMax, unit: unit})
	}
	return out
}

// matches says whether g is e: same value, upper bound and unit, and its
// value as written (in any of its quotes) overlaps e's or one of e's
// restatements (placed at also).
func (g *scoreDraft) matches(e expectedFigure, at [2]int, also [][2]int) bool {
	if g.used || !sameValue(g.value, e.Value) || !sameValue(g.max, e.ValueMax) || !sameUnit(g.unit, e.Unit) {
		return false
	}
	for _, p := range g.at {
		if scoreOverlap(p, at, g.vt, e.ValueText) {
			return true
		}
		for k, a := range also {
			if a[0] >= 0 && scoreOverlap(p, a, g.vt, e.Also[k]) {
				return true
			}
		}
	}
	return false
}

// scoreFixture adds one fixture's draft to c.
func scoreFixture(t *testing.T, c *scoreTally, fx fixture, d *Draft) {
	c.fixtures++
	w := fx.want
	clean := data.Clean(string(d.Article)).Text
	scoreMeta(c, fx, d)
	cands := scoreCands(d, clean, seeds(t))
	c.want += len(w.Figures)
	c.drafted += len(cands)
	texts, contexts := make([]string, len(w.Figures)), make([]string, len(w.Figures))
	for i, e := range w.Figures {
		texts[i], contexts[i] = e.ValueText, e.Context
	}
	for i, at := range scoreLocate(clean, texts, contexts) {
		e := w.Figures[i]
		alsoAt := make([][2]int, len(e.Also))
		for k, a := range e.Also {
			alsoAt[k] = scoreLocate(clean, []string{a}, nil)[0]
		}
		if filepath.Ext(fx.name) == ".txt" && (at[0] < 0 || slices.ContainsFunc(alsoAt, func(a [2]int) bool { return a[0] < 0 })) {
			t.Errorf("%s: expected value as written %q (or a restatement) is not in the article text", fx.name, e.ValueText)
		}
		var got *scoreDraft
		for _, g := range cands {
			if g.matches(e, at, alsoAt) {
				got = g
				break
			}
		}
		if got == nil {
			c.miss(fx, "figure %q (%v %s) not drafted", e.ValueText, e.Value, e.Unit)
			continue
		}
		got.used = true
		c.matched++
		if got.fig != nil {
			scoreOwn(c, fx, e, got.fig, w.Language)
			scoreAlso(c, fx, e, got, at, alsoAt)
		}
	}
	for _, g := range cands {
		if !g.used {
			c.miss(fx, "unexpected figure %q (%v %s)", g.vt, g.value, g.unit)
		}
	}
	scoreSkips(t, c, fx, d, clean, cands)
	scoreRecords(c, fx, d)
}

// scoreOwn scores a matched drafted figure's status, period, label, tags
// and restatement against e.
func scoreOwn(c *scoreTally, fx fixture, e expectedFigure, f *Figure, lang string) {
	c.own++
	st := f.Status
	if st == "plan" {
		st = data.Target // the issue allows plan-like figures as target or plan
	}
	if st == e.Status {
		c.status++
	} else {
		c.miss(fx, "%q status %s, want %s", e.ValueText, f.Status, e.Status)
	}
	if scorePeriod(e, f, fx.want.Published) {
		c.period++
	} else {
		c.miss(fx, "%q period %q (%s), want %q %s", e.ValueText, f.Period, f.PeriodBasis, e.Period, e.PeriodBasis)
	}
	if labelAccepted(f.Label, e.Label, e.Head, lang) {
		c.label++
	} else {
		c.miss(fx, "%q label %q, want %q (head %q)", e.ValueText, f.Label, e.Label, e.Head)
	}
	for _, id := range append(append([]string{}, e.Places...), e.Orgs...) {
		c.tagWant++
		if scoreHas(f.Places, id) || scoreHas(f.Orgs, id) {
			c.tagOK++
		} else {
			c.miss(fx, "%q not tagged %s", e.ValueText, id)
		}
	}
}

// scoreAlso checks that a figure stated more than once (headline, lead,
// body) is one draft quoting each statement: g's quotes cover at and each
// of also.
func scoreAlso(c *scoreTally, fx fixture, e expectedFigure, g *scoreDraft, at [2]int, also [][2]int) {
	if len(also) == 0 {
		return
	}
	for k, want := range append([][2]int{at}, also...) {
		c.alsoWant++
		found := false
		for _, p := range g.at {
			found = found || (p[0] >= 0 && want[0] >= 0 && p[0] < want[1] && want[0] < p[1])
		}
		if found {
			c.alsoOK++
		} else if k == 0 {
			c.miss(fx, "%q: its first statement is not among the draft's quotes", e.ValueText)
		} else {
			c.miss(fx, "%q: restatement %q not among the draft's quotes", e.ValueText, e.Also[k-1])
		}
	}
}

// scorePeriod: the drafted period is the expected one, stated by the text
// (PeriodBasis ""). When the expected basis is "publication" (the text
// gives no period), a draft is exact when it dates the figure as of
// publication and says so, or gives the publication date itself; and when
// the text's period is the publication date ("said Wednesday"), an as-of
// publication draft is exact too.
func scorePeriod(e expectedFigure, f *Figure, published string) bool {
	if e.PeriodBasis == "publication" {
		return f.PeriodBasis == "publication" || (f.Period != "" && f.Period == published)
	}
	return f.Period == e.Period && (f.PeriodBasis == "" || f.Period == published)
}

func scoreHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// scoreSkips checks each expected skip. It is right when no drafted figure
// overlaps its text and either a drafted skip does with a reason holding
// the expected part, or the quantity engine does not see a number there at
// all (nothing for the loader to ask about, so nothing to review). It is
// wrong when drafted as a figure, skipped for another reason, or seen by
// the engine but neither drafted nor skipped.
func scoreSkips(t *testing.T, c *scoreTally, fx fixture, d *Draft, clean string, cands []*scoreDraft) {
	texts := make([]string, len(fx.want.Skipped))
	for i, s := range fx.want.Skipped {
		texts[i] = s.Text
	}
	lang, _ := quantity.ParseLang(fx.want.Language)
	scanned := quantity.Scan(clean, lang)
	for i, at := range scoreLocate(clean, texts, nil) {
		e := fx.want.Skipped[i]
		if at[0] < 0 && filepath.Ext(fx.name) == ".txt" {
			t.Errorf("%s: expected skip %q is not in the article text", fx.name, e.Text)
		}
		c.skipWant++
		if g := overlapping(cands, at, e.Text); g != nil {
			c.miss(fx, "skip %q (%s) drafted as figure %q", e.Text, e.Reason, g.vt)
			continue
		}
		var reasons []string
		ok := false
		for _, s := range d.Skipped {
			if scoreOverlap(scorePlace(clean, s.Context, s.Text), at, s.Text, e.Text) {
				reasons = append(reasons, s.Reason)
				ok = ok || scoreAnyPart(s.Reason, e.Reason)
			}
		}
		seen := false
		for _, q := range scanned {
			seen = seen || scoreOverlap([2]int{q.Start, q.End}, at, q.Text, e.Text)
		}
		switch {
		case ok || (len(reasons) == 0 && !seen):
			c.skipOK++
		case len(reasons) == 0:
			c.miss(fx, "skip %q (%s) missing", e.Text, e.Reason)
		default:
			c.miss(fx, "skip %q: reason %q, want one with %q", e.Text, strings.Join(reasons, "; "), e.Reason)
		}
	}
}

// overlapping returns the drafted figure or merge at the expected skip.
func overlapping(cands []*scoreDraft, at [2]int, s string) *scoreDraft {
	for _, g := range cands {
		for _, p := range g.at {
			if scoreOverlap(p, at, g.vt, s) {
				return g
			}
		}
	}
	return nil
}

// scoreAnyPart says whether the folded s contains one of the "|"-separated
// folded parts.
func scoreAnyPart(s, parts string) bool {
	for _, p := range strings.Split(parts, "|") {
		if strings.Contains(text.Fold(s), text.Fold(strings.TrimSpace(p))) {
			return true
		}
	}
	return false
}

// scoreRecords scores the drafted items, entities and merges.
func scoreRecords(c *scoreTally, fx fixture, d *Draft) {
	w := fx.want
	for _, e := range w.Items {
		c.itemWant++
		ok := false
		for _, it := range d.Items {
			ok = ok || (scoreHas(strings.Split(e.Kind, "|"), it.Kind) && labelAccepted(it.Name, e.Name, e.Head, w.Language))
		}
		if ok {
			c.itemOK++
		} else {
			c.miss(fx, "item %s %q not drafted", e.Kind, e.Name)
		}
	}
	for _, e := range w.Entities {
		c.entWant++
		if scoreEntity(d.Entities, e.Kind, e.Name) {
			c.entOK++
		} else {
			c.miss(fx, "new %s %q not drafted", e.Kind, e.Name)
		}
	}
	for _, id := range w.Merges {
		c.mergeWant++
		ok := false
		for _, m := range d.Merges {
			ok = ok || m.Figure == id
		}
		if ok {
			c.mergeOK++
		} else {
			c.miss(fx, "merge into %s not drafted", id)
		}
	}
}

// scoreEntity: a scoreDraft entity of the kind whose folded name or an alias
// equals the expected name, or scoreHas it, or is contained in it ("LG
// Innotek" for "LG Innotek Co.").
func scoreEntity(es []Entity, kind, name string) bool {
	n := text.Fold(name)
	for _, e := range es {
		if e.Kind != kind {
			continue
		}
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			if f := text.Fold(s); f != "" && (strings.Contains(f, n) || strings.Contains(n, f)) {
				return true
			}
		}
	}
	return false
}

// scoreMeta checks language, publication date, url and title.
func scoreMeta(c *scoreTally, fx fixture, d *Draft) {
	w := fx.want
	check := func(what, got, want string, ok bool) {
		c.metaWant++
		if ok {
			c.metaOK++
		} else {
			c.miss(fx, "%s %q, want %q", what, got, want)
		}
	}
	check("language", d.Language, w.Language, d.Language == w.Language)
	check("published", d.Published, w.Published, d.Published == w.Published)
	if w.URL != "" {
		check("url", d.URL, w.URL, d.URL == w.URL)
	}
	if w.Title != "" {
		check("title", d.Title, w.Title, strings.Contains(text.Fold(d.Title), text.Fold(w.Title)))
	}
}

// TestScoreFixturesComplete holds the expectations to their claim of
// listing every number: each number the quantity engine finds in a text
// fixture is an expected figure (or one of its restatements), an expected
// skip, or inside a passage the expectation calls noise.
func TestScoreFixturesComplete(t *testing.T) {
	for _, fx := range langFixtures(t) {
		if filepath.Ext(fx.name) != ".txt" {
			continue // a page's numbers outside its article text are the readability step's to drop
		}
		w := fx.want
		clean := data.Clean(string(fx.raw)).Text
		var texts, contexts, alsos, skips []string
		for _, e := range w.Figures {
			texts, contexts = append(texts, e.ValueText), append(contexts, e.Context)
			alsos = append(alsos, e.Also...)
		}
		for _, s := range w.Skipped {
			skips = append(skips, s.Text)
		}
		// Each list is placed in text order, as scoring places it.
		covered := scoreLocate(clean, texts, contexts)
		for _, l := range [][]string{alsos, skips, w.Noise} {
			covered = append(covered, scoreLocate(clean, l, nil)...)
		}
		lang, _ := quantity.ParseLang(w.Language)
		for _, q := range quantity.Scan(clean, lang) {
			if !slices.ContainsFunc(covered, func(c [2]int) bool { return c[0] < q.End && q.Start < c[1] }) {
				t.Errorf("%s: %q (at byte %d) is in no expected figure, skip or noise", fx.name, q.Text, q.Start)
			}
		}
	}
}
