package data

import (
	"os"
	"strings"
	"sync"
	"testing"
)

// The seed records as an independent analyst read them (issue 14, "The seed
// records"): one test per finding, each on the seed dataset main embeds.

var seedSet = sync.OnceValues(func() (*Set, error) { return Load(os.DirFS(seedsDir)) })

func seeds(t *testing.T) *Set {
	t.Helper()
	set, err := seedSet()
	if err != nil {
		t.Fatalf("seed dataset does not verify:\n%v", err)
	}
	return set
}

func seedFigure(t *testing.T, set *Set, id string) *Figure {
	t.Helper()
	f := set.Figure(id)
	if f == nil {
		t.Fatalf("seed figure %s is missing", id)
	}
	return f
}

func seedItem(t *testing.T, set *Set, id string) *Item {
	t.Helper()
	it := set.Item(id)
	if it == nil {
		t.Fatalf("seed item %s is missing", id)
	}
	return it
}

// Đà Nẵng's ICT revenue: the director's "US$1 billion" and the ministry
// ranking's "more than $1 billion" threshold agree; they are two figures,
// not one figure whose sources disagree.
func TestSeedFindingDaNangRevenueConsistent(t *testing.T) {
	set := seeds(t)
	rev := seedFigure(t, set, "danang-ict-revenue")
	thr := seedFigure(t, set, "danang-ict-revenue-mic-threshold")
	for _, f := range []*Figure{rev, thr} {
		if f.Conflict != "" {
			t.Errorf("%s: flagged as a conflict: %s", f.ID, f.Conflict)
		}
		if len(f.Sources) != 1 {
			t.Errorf("%s: %d sources, want 1 (each statement its own figure)", f.ID, len(f.Sources))
		}
	}
	if rev.Qualifier != Exact || rev.Value != 1e9 {
		t.Errorf("director's figure: %v %s, want exact 1e9", rev.Value, rev.Qualifier)
	}
	if thr.Qualifier != MoreThan || thr.Value != 1e9 || !strings.Contains(thr.Note, "threshold") {
		t.Errorf("ranking threshold: %v %s, note %q; want more_than 1e9 with a note on the threshold", thr.Value, thr.Qualifier, thr.Note)
	}
	if !strings.Contains(rev.Note, "consistent") || !strings.Contains(thr.Note, "onsistent") {
		t.Errorf("both notes should say the two are consistent:\n%q\n%q", rev.Note, thr.Note)
	}
	for _, f := range set.Figures {
		if f.Conflict != "" && strings.Contains(f.ID, "danang-ict") {
			t.Errorf("%s: conflict on Đà Nẵng's ICT revenue: %s", f.ID, f.Conflict)
		}
	}
}

// Periods the text does not state must not look stated: a period from the
// publication date says so (period_basis: publication), and years known
// only from outside the text are marked background.
func TestSeedFindingUnstatedPeriods(t *testing.T) {
	set := seeds(t)
	for _, id := range []string{"danang-ict-revenue", "danang-software-exports", "danang-software-export-growth",
		"danang-ict-revenue-mic-threshold"} {
		f := seedFigure(t, set, id)
		if f.PeriodBasis != BasisPublication || f.Period != "2024-06-12" {
			t.Errorf("%s: period %q basis %q, want the publication date 2024-06-12 with basis publication", id, f.Period, f.PeriodBasis)
		}
		if !strings.Contains(f.PeriodNote, "probably") {
			t.Errorf("%s: period note %q should keep the analyst's reading (probably …)", id, f.PeriodNote)
		}
	}
	m := seedFigure(t, set, "korea-it-outsourcing-market-value")
	a := set.Article(m.Sources[0].Article)
	if m.PeriodBasis != BasisPublication || m.Period != a.Published || m.Status != Estimate {
		t.Errorf("US$600 billion market: period %q basis %q status %s; want the publication window %q, basis publication, an estimate",
			m.Period, m.PeriodBasis, m.Status, a.Published)
	}
	if f := seedFigure(t, set, "vn-korea-relations-years"); f.PeriodBasis != BasisBackground {
		t.Errorf("30 years of relations: period %q basis %q, want background (1992 and 2022 are not in the text)", f.Period, f.PeriodBasis)
	}
	if it := seedItem(t, set, "vn-korea-csp-upgrade"); it.Date != "" && it.DateBasis != BasisBackground {
		t.Errorf("partnership upgrade: date %q basis %q, want background or no date", it.Date, it.DateBasis)
	}
	// No figure in 000 says "2024" while its note says the year is not stated.
	for _, f := range set.Figures {
		if f.PeriodBasis == "" && strings.Contains(f.PeriodNote, "not stated (probably") {
			t.Errorf("%s: period %q looks stated but its note says %q", f.ID, f.Period, f.PeriodNote)
		}
	}
}

// Undated articles carry the publication window their text allows, with a
// note saying how it was inferred.
func TestSeedFindingPublicationWindows(t *testing.T) {
	set := seeds(t)
	for file, want := range map[string]string{
		"002_eb5d8e23d8cc0f47.txt": "2024-11/2024-12", // Digital Week 2024; Trump's return as President
		"003_3949457762a66741.txt": "2024-08/2024-12", // the visit of 004's forum
		"004_2c8182438bac70ce.txt": "2024-08/2024-12", // after the forum of 2 August 2024
	} {
		a := set.Article(file)
		if a == nil {
			t.Fatalf("%s missing", file)
		}
		if a.Published != want {
			t.Errorf("%s: published %q, want the window %q", file, a.Published, want)
		}
		if !strings.HasPrefix(a.DateNote, "Inferred") {
			t.Errorf("%s: date_note %q should say the window is inferred", file, a.DateNote)
		}
	}
	for _, a := range set.Articles {
		if a.Published == "" {
			t.Errorf("%s: still undated", a.File)
		}
	}
}

// A title the article does not carry is the curator's description: it has
// a title_note; a title the text opens with has none.
func TestSeedFindingDescriptiveTitles(t *testing.T) {
	set := seeds(t)
	for _, a := range set.Articles {
		first, _, _ := strings.Cut(strings.TrimPrefix(a.Raw, "\ufeff"), "\n")
		headline := strings.TrimSpace(first) == a.Title
		if headline && a.TitleNote != "" {
			t.Errorf("%s: the text opens with its title %q, yet title_note says %q", a.File, a.Title, a.TitleNote)
		}
		if !headline && a.TitleNote == "" {
			t.Errorf("%s: title %q is not the article's headline but has no title_note", a.File, a.Title)
		}
	}
	for _, f := range []string{"002_eb5d8e23d8cc0f47.txt", "003_3949457762a66741.txt", "004_2c8182438bac70ce.txt"} {
		if a := set.Article(f); a == nil || a.TitleNote == "" {
			t.Errorf("%s: want a title_note (descriptive title)", f)
		}
	}
}

// The smaller findings: a forum dated by its report, planned key areas, an
// ambiguous attribution, two items, and ranks treated alike.
func TestSeedFindingSmaller(t *testing.T) {
	set := seeds(t)
	if it := seedItem(t, set, "vn-korea-extended-investment-forum"); it.Date != "2024-06" || !strings.Contains(it.DateNote, "reported by 12 Jun 2024") {
		t.Errorf("Extended Investment forum: date %q, note %q; want 2024-06, reported by 12 Jun 2024", it.Date, it.DateNote)
	}
	if f := seedFigure(t, set, "nipa-centres-key-areas"); f.Status == Actual || !strings.Contains(f.PeriodNote, "will conduct") {
		t.Errorf("six key areas: status %s, period note %q; the centres \"will conduct\" them: a plan, not an actual", f.Status, f.PeriodNote)
	}
	f := seedFigure(t, set, "make-in-vietnam-committed-investment")
	if !strings.Contains(f.Label, "Make in Vietnam or Make in India") || !strings.Contains(f.Note, "Make in India") {
		t.Errorf("US$230 billion: label %q pins the sum on one campaign", f.Label)
	}
	for _, want := range []struct{ id, kind, org string }{
		{"vkist-establishment", "event", "vkist"},
		{"kcci-survey", "event", "kcci"},
	} {
		it := seedItem(t, set, want.id)
		if it.Kind != want.kind || !strings.Contains(" "+strings.Join(it.Orgs, " ")+" ", " "+want.org+" ") || len(it.Sources) == 0 {
			t.Errorf("%s: kind %s orgs %v sources %d; want a cited %s of %s", it.ID, it.Kind, it.Orgs, len(it.Sources), want.kind, want.org)
		}
	}
	// "top 10 provinces" and "top five-investor": both ranks, both skipped.
	a := set.Article("000_b77dc0c3b0768d47.txt")
	for _, rank := range []struct{ text, context string }{{"10", "top 10 provinces"}, {"five", "top five-investor"}} {
		found := false
		for _, s := range a.Skipped {
			if s.Text == rank.text && strings.Contains(s.Context, rank.context) {
				found = true
				if !strings.HasPrefix(s.Reason, "a rank, not a quantity") {
					t.Errorf("%q: skipped with reason %q, want a rank reason", rank.context, s.Reason)
				}
			}
		}
		if !found {
			t.Errorf("%q: not a skipped rank", rank.context)
		}
		for _, f := range set.Figures {
			for _, s := range f.Sources {
				if s.Article == a.File && strings.Contains(s.Quote, rank.context) && strings.HasPrefix(f.ValueText, rank.text) {
					t.Errorf("%s: %q counted as a figure", f.ID, rank.context)
				}
			}
		}
	}
}

// The photo caption is part of the article: kept apart from the body,
// quotable, and the count it alone gives is recorded with that provenance.
func TestSeedFindingCaptionQuoted(t *testing.T) {
	set, err := Load(os.DirFS("../seeds"))
	if err != nil {
		t.Fatal(err)
	}
	f := set.Figure("forum-merit-certificate-firms")
	if f == nil || f.Value != 3 || len(f.Sources) != 1 || !f.Sources[0].InCaption {
		t.Fatalf("caption figure: %+v", f)
	}
	a := set.Article(f.Sources[0].Article)
	if strings.Contains(a.Clean.Body(), "certificates of merit to three") {
		t.Error("the caption is mixed into the body")
	}
	for _, other := range set.Figures {
		for _, s := range other.Sources {
			if s.InCaption && other != f {
				t.Errorf("%s cites a caption", other.ID)
			}
		}
	}
}
