package data

import (
	"testing"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Đà Nẵng": "da nang", "Việt Nam": "viet nam", "Thừa Thiên Huế": "thua thien hue", "NIPA": "nipa",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSearchIgnoresCaseAndDiacritics(t *testing.T) {
	set := loadSeeds(t)
	figs, items := set.Search("da nang")
	if len(figs) == 0 || len(items) == 0 {
		t.Fatalf(`"da nang" found %d figures, %d items`, len(figs), len(items))
	}
	accented, _ := set.Search("ĐÀ NẴNG")
	if len(accented) != len(figs) {
		t.Errorf("accented query found %d figures, unaccented %d", len(accented), len(figs))
	}
	if none, _ := set.Search("zzzz-no-such-thing"); len(none) != 0 {
		t.Errorf("nonsense query matched %d figures", len(none))
	}
}

func TestMatchItemsByAlias(t *testing.T) {
	set := loadSeeds(t)
	for _, q := range []string{"NIPA", "nipa", "Korea Information Technology Industry Promotion Agency"} {
		got := set.MatchItems(q, "organisation")
		if len(got) != 1 || got[0].ID != "nipa" {
			t.Errorf("MatchItems(%q) = %v", q, ids(got))
		}
	}
	for _, q := range []string{"danang", "Da Nang", "đà nẵng"} {
		got := set.MatchItems(q, "place")
		if len(got) != 1 || got[0].ID != "da-nang" {
			t.Errorf("MatchItems(%q) = %v", q, ids(got))
		}
	}
}

func TestQueries(t *testing.T) {
	set := loadSeeds(t)
	ev := set.Events()
	for i := 1; i < len(ev); i++ {
		if ev[i].Date != "" && ev[i-1].Date > ev[i].Date {
			t.Errorf("events out of order: %s (%s) before %s (%s)", ev[i-1].ID, ev[i-1].Date, ev[i].ID, ev[i].Date)
		}
	}
	if len(set.FiguresAt("da-nang")) == 0 || len(set.FiguresBy("nipa")) == 0 {
		t.Error("no figures for Đà Nẵng or NIPA")
	}
	for _, f := range set.FiguresIn(2018) {
		if from, to := PeriodYears(f.Period); from > 2018 || to < 2018 {
			t.Errorf("%s period %s returned for 2018", f.ID, f.Period)
		}
	}
	if len(set.FiguresIn(2018)) < 5 {
		t.Errorf("2018 has %d figures; the turnover breakdown alone has five", len(set.FiguresIn(2018)))
	}
	pts := Series([]*Figure{set.Figure("korea-it-outsourcing-market-2028"), set.Figure("korea-it-outsourcing-market-value")})
	if pts[0].Period > pts[1].Period {
		t.Errorf("series not in period order: %v", pts)
	}
	if len(set.FiguresOfKind("training")) == 0 {
		t.Error("no figures describe training items")
	}
}

// TestSeedFacts pins facts an analyst checked by hand, so an edit that
// breaks one shows up as a failure rather than a silent change.
func TestSeedFacts(t *testing.T) {
	set := loadSeeds(t)
	sum := set.Figure("vn-it-2018-segments-sum")
	total := set.Figure("vn-it-2018-turnover")
	if sum == nil || total == nil || !sum.Derived || total.Derived {
		t.Fatal("2018 turnover total or derived sum missing")
	}
	if d := total.Value - sum.Value; d < 0.099e9 || d > 0.101e9 {
		t.Errorf("2018 parts sum to %v, %v short of the total; want US$0.1 billion", sum.Value, d)
	}
	forum := set.Figure("forum-vn-firms")
	if forum == nil || len(forum.Sources) != 2 || forum.Conflict == "" {
		t.Fatalf("the forum's Vietnamese firms should be one figure with two disagreeing sources: %+v", forum)
	}
	if a := set.Article("000_b77dc0c3b0768d47.txt"); a.Published != "2024-06-12" {
		t.Errorf("000 published %q; the dateline 12/06/2024 is day/month", a.Published)
	}
	if f := set.Figure("korea-it-outsourcing-market-2028"); f.Status != Projection {
		t.Errorf("2028 market status %s, want projection", f.Status)
	}
}

func ids(items []*Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.ID
	}
	return out
}
