package data

import (
	"math/rand/v2"
	"os"
	"slices"
	"sync"
	"testing"
)

var rankSeeds = sync.OnceValues(func() (*Set, error) { return Load(os.DirFS("../seeds")) })

func rankSet(t testing.TB) *Set {
	t.Helper()
	set, err := rankSeeds()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func figIDs(figs []*Figure) []string {
	out := make([]string, len(figs))
	for i, f := range figs {
		out[i] = f.ID
	}
	return out
}

// TestRankSeeds: on the seeds (ids appear only in the test; the ranking
// reads records), the figures a diplomat quotes come before a domestic
// market's size and before the 2018 segments, which come last of the
// reported figures; the 2018 total is ranked where it is, for them.
func TestRankSeeds(t *testing.T) {
	set := rankSet(t)
	var reported []*Figure
	for _, f := range set.Figures {
		if !f.Derived {
			reported = append(reported, f)
		}
	}
	ranked := figIDs(set.Rank(reported))
	at := func(id string) int {
		i := slices.Index(ranked, id)
		if i < 0 {
			t.Fatalf("%s not ranked", id)
		}
		return i
	}
	quoted := []string{"danang-korean-projects", "korean-ict-projects-vietnam", "korean-businesses-central-vietnam-count",
		"danang-korea-ai-deals", "vn-digital-firms-exploring-korea", "vn-firms-offices-korea",
		"danang-software-export-growth", "vn-it-2018-growth"}
	for _, id := range quoted {
		if i := at(id); i >= 12 {
			t.Errorf("%s ranks %d, after the first 12: %v", id, i+1, ranked[:12])
		}
		if at(id) > at("korea-it-outsourcing-market-value") {
			t.Errorf("%s ranks after the Korean domestic market's size", id)
		}
	}
	segments := []string{"vn-it-2018-electronics", "vn-it-2018-software", "vn-it-2018-services", "vn-it-2018-content"}
	for _, id := range segments {
		if at(id) < len(ranked)-len(segments) {
			t.Errorf("segment %s ranks %d of %d, not last", id, at(id)+1, len(ranked))
		}
	}
	if at("vn-it-2018-turnover") > len(ranked)-len(segments) {
		t.Error("the 2018 total ranks among its parts")
	}
	// Figures of one item stay together: 279 projects next to their
	// US$382 million.
	if d := at("danang-korean-projects") - at("danang-korean-investment-value"); d != 1 && d != -1 {
		t.Errorf("279 projects and US$382 million are %d apart", d)
	}
	// Derived figures rank after every reported one.
	all := figIDs(set.Rank(set.Figures))
	for i, id := range all {
		if set.Figure(id).Derived && i < len(reported)-len(segments) {
			t.Errorf("derived %s ranks %d, among reported figures", id, i+1)
		}
	}
}

// TestRankDeterministic: the input's order does not matter.
func TestRankDeterministic(t *testing.T) {
	set := rankSet(t)
	want := figIDs(set.Rank(set.Figures))
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		figs := slices.Clone(set.Figures)
		rng.Shuffle(len(figs), func(i, j int) { figs[i], figs[j] = figs[j], figs[i] })
		if got := figIDs(set.Rank(figs)); !slices.Equal(got, want) {
			t.Fatalf("shuffled input ranks differently:\n%v\n%v", got, want)
		}
	}
}

// slowRank is Rank's twin: sort everything, then pull each figure's
// cluster (same group, same first item) up behind its first member.
func slowRank(r *Ranker, figs []*Figure) []*Figure {
	sorted := slices.Clone(figs)
	slices.SortStableFunc(sorted, func(a, b *Figure) int { return r.key(a).compare(r.key(b)) })
	done := map[*Figure]bool{}
	var out []*Figure
	for _, f := range sorted {
		if done[f] {
			continue
		}
		k := r.key(f)
		for _, g := range sorted {
			if kg := r.key(g); !done[g] && (g == f || k.item != "" && kg.item == k.item && kg.group == k.group) {
				done[g] = true
				out = append(out, g)
			}
		}
	}
	return out
}

// TestTopIsRank: Top (the fast path) gives the first n of its slow twin,
// for every n and for random selections.
func TestTopIsRank(t *testing.T) {
	set := rankSet(t)
	r := set.Ranker()
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 50 {
		var figs []*Figure
		for _, f := range set.Figures {
			if trial == 0 || rng.IntN(2) == 0 {
				figs = append(figs, f)
			}
		}
		want := figIDs(slowRank(r, figs))
		for n := 0; n <= len(figs)+1; n++ {
			if got := figIDs(r.Top(figs, n)); !slices.Equal(got, want[:min(n, len(want))]) {
				t.Fatalf("Top(%d of %d) = %v, want %v", n, len(figs), got, want[:min(n, len(want))])
			}
		}
	}
	if got := r.Top(nil, 5); got == nil || len(got) != 0 {
		t.Errorf("Top(nil) = %v, want an empty list", got)
	}
}

// TestTies: how records tie the two countries, from places, organisations,
// items and words.
func TestTies(t *testing.T) {
	set := rankSet(t)
	r := set.Ranker()
	tests := map[string]Tie{
		"danang-korean-projects":        TieDirect,   // Đà Nẵng and South Korea among its places
		"vn-firms-offices-korea":        TieDirect,   // Vietnamese firms placed in South Korea
		"it-school-job-rate":            TieIndirect, // Việt Nam, through NIPA of Korea
		"samsung-smart-factory-firms":   TieIndirect, // Đà Nẵng, through Samsung
		"danang-software-export-growth": TieOneSide,
		"korea-it-workforce-need":       TieOneSide,
	}
	for id, want := range tests {
		if got := r.Tie(set.Figure(id)); got != want {
			t.Errorf("Tie(%s) = %d, want %d", id, got, want)
		}
	}
	if s := r.Sides("da-nang"); s != SideVietnam {
		t.Errorf("Đà Nẵng is on sides %b (through Central Việt Nam)", s)
	}
	if s := r.Sides("seoul"); s != SideKorea {
		t.Errorf("Seoul is on sides %b", s)
	}
	if r.ItemTie(set.Item("danang-seoul-startup-centre")) != TieDirect || r.ItemTie(set.Item("make-in-india")) != TieNone {
		t.Error("item ties")
	}
	for s, want := range map[string]Side{
		"South Korean investment": SideKorea, "Việt Nam ICT Mission": SideVietnam, "VIETNAMESE firms": SideVietnam,
		"Hàn Quốc": SideKorea, "베트남 한국": bothSides, "Singapore": 0, "Koreatown": SideKorea, "Viet Nam–Korea": bothSides,
	} {
		if got := wordSides(s); got != want {
			t.Errorf("wordSides(%q) = %b, want %b", s, got, want)
		}
	}
}

// TestParts: a segment continues its total's label; a derived sum's terms
// are parts too.
func TestParts(t *testing.T) {
	set := rankSet(t)
	r := set.Ranker()
	segments := []string{"vn-it-2018-electronics", "vn-it-2018-software", "vn-it-2018-services", "vn-it-2018-content"}
	for _, id := range segments {
		if !r.Part(set.Figure(id)) {
			t.Errorf("%s is not a part", id)
		}
	}
	for _, id := range []string{"vn-it-2018-turnover", "vn-it-2018-growth", "danang-korean-projects"} {
		if r.Part(set.Figure(id)) {
			t.Errorf("%s is taken for a part", id)
		}
	}
	if got := figIDs(r.PartsOf(set.Figure("vn-it-2018-turnover"))); !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(segments))) {
		t.Errorf("parts of the 2018 total: %v", got)
	}
	if got := figIDs(r.PartsOf(set.Figure("vn-it-2018-segments-sum"))); len(got) != 4 {
		t.Errorf("terms of the derived sum: %v", got)
	}
	if !isSum("a + b") || isSum("a - b") || isSum("a * (1 + b / 100)") || isSum("a + 100") || isSum("a") {
		t.Error("isSum")
	}
	if lastSeparator("Turnover – software") != len("Turnover") || lastSeparator("Growth: 2018 – x – y") != len("Growth: 2018 – x") || lastSeparator("Korea–Việt Nam forum") != -1 {
		t.Error("lastSeparator")
	}
}

// TestRankItems: what has no number is listed closest tie first.
func TestRankItems(t *testing.T) {
	set := rankSet(t)
	r := set.Ranker()
	var items []*Item
	for _, it := range set.Items {
		if it.Kind == "investment" || it.Kind == "initiative" {
			items = append(items, it)
		}
	}
	ranked := r.RankItems(items)
	pos := func(id string) int { return slices.IndexFunc(ranked, func(it *Item) bool { return it.ID == id }) }
	for _, id := range []string{"lg-danang-rd-centre", "friendship-it-college-oda", "vkai-hub", "danang-seoul-startup-centre"} {
		if pos(id) > pos("danang-smart-city") || pos(id) > pos("make-in-india") {
			t.Errorf("%s ranks after items of one country or none", id)
		}
	}
	if !slices.Equal(r.RankItems(slices.Clone(items)), r.RankItems(reverse(items))) {
		t.Error("RankItems depends on the input's order")
	}
}

func reverse(items []*Item) []*Item {
	out := slices.Clone(items)
	slices.Reverse(out)
	return out
}

// BenchmarkScaleRank ranks the scale corpus (see scripts/scale.sh) for a
// page of key figures.
func BenchmarkScaleRank(b *testing.B) {
	dir := os.Getenv("ICTDASH_SCALE_DIR")
	if dir == "" {
		b.Skip("set ICTDASH_SCALE_DIR to a corpus from `go run ./internal/synth -figures 100000 -out DIR`")
	}
	set, err := Load(os.DirFS(dir))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		set.Ranker().Top(set.Figures, 20)
	}
}
