package brief

import (
	"encoding/json"
	"io"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"ictdash/data"
)

// TestErrors: what matches nothing is named in the error.
func TestErrors(t *testing.T) {
	tests := []struct {
		opt  Options
		want []string
	}{
		{Options{Place: "xyz"}, []string{`no place matches "xyz"`, "Đà Nẵng"}},
		{Options{Org: "Nobody Inc"}, []string{`no organisation or person matches "Nobody Inc"`, "try:"}},
		{Options{Topic: "sports"}, []string{`unknown topic "sports"`, "investments"}},
		{Options{Topic: "training", Since: 2030}, []string{"nothing matches", "topic training", "since 2030"}},
		{Options{Filter: "zzz-no-such-text"}, []string{"nothing matches", `filter "zzz-no-such-text"`}},
		{Options{Topic: "events", Place: "india"}, []string{"nothing matches", "place \"india\" (India)"}},
	}
	for _, tt := range tests {
		b, err := Build(seedSet(t), tt.opt)
		if err == nil {
			t.Errorf("Build(%+v) = %d sections, want an error", tt.opt, len(b.Sections))
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("Build(%+v) error %q does not mention %q", tt.opt, err, w)
			}
		}
	}
	if _, err := Build(nil, Options{}); err == nil {
		t.Error("Build(nil) should fail")
	}
}

// TestSelection checks each option against the data package's queries.
func TestSelection(t *testing.T) {
	set := seedSet(t)
	ids := func(b *Brief) []string {
		var out []string
		for _, sec := range b.Sections {
			for _, f := range sec.Figures {
				out = append(out, f.ID)
			}
		}
		for _, f := range b.Derived {
			out = append(out, f.ID)
		}
		slices.Sort(out)
		return out
	}
	want := func(keep func(*data.Figure) bool) []string {
		var out []string
		for _, f := range set.Figures {
			if keep(f) {
				out = append(out, f.ID)
			}
		}
		slices.Sort(out)
		return out
	}
	in := func(fs []*data.Figure) func(*data.Figure) bool {
		return func(f *data.Figure) bool { return slices.Contains(fs, f) }
	}

	// Every figure is selected; the lists show the first ListMax of each.
	listsTopOf(t, set, Options{}, func(*data.Figure) bool { return true })
	// "viet" matches several places: the union of their figures, all named.
	b := build(t, Options{Place: "viet"})
	var union []*data.Figure
	for _, p := range b.Selection.Places {
		union = append(union, set.FiguresAt(p.ID)...)
	}
	if len(b.Selection.Places) < 2 {
		t.Errorf("place viet: matched %v", b.Selection.Places)
	}
	listsTopOf(t, set, Options{Place: "viet"}, in(union))
	listsTopOf(t, set, Options{Org: "NIPA"}, in(set.FiguresBy("nipa")))
	if got := ids(build(t, Options{Org: "NIPA"})); !slices.Equal(got, want(in(set.FiguresBy("nipa")))) {
		t.Errorf("org NIPA (fewer than ListMax a list): %v", got)
	}
	b = build(t, Options{Since: 2024, Filter: "Seoul"})
	for _, id := range ids(b) {
		f := set.Figure(id)
		if _, end := data.PeriodYears(f.Period); end < 2024 || !strings.Contains(set.FigureText(f), "seoul") {
			t.Errorf("since 2024 filter Seoul: %s (period %s) should not be selected", id, f.Period)
		}
	}
	for _, sec := range b.Sections {
		for _, e := range sec.Events {
			if data.Year(e.Date) < 2024 {
				t.Errorf("since 2024: event %s dated %q", e.ID, e.Date)
			}
		}
	}
	// Topic investments keeps only figures of investment, market or
	// initiative items, in one section.
	b = build(t, Options{Topic: "investments"})
	if len(b.Sections) != 1 || b.Sections[0].Topic != "investments" {
		t.Fatalf("topic investments: sections %+v", b.Sections)
	}
	for _, id := range ids(b) {
		f, ok := set.Figure(id), false
		for _, it := range f.Items {
			ok = ok || slices.Contains([]string{"investment", "market", "initiative"}, set.Item(it).Kind)
		}
		if !ok {
			t.Errorf("topic investments: %s describes no investment, market or initiative", id)
		}
	}
}

// listsTopOf checks a brief against the selection keep describes: each
// section lists the first ListMax of its selected figures, ranked, and
// counts the rest; the derived list likewise; events are the latest
// ListMax of the selected ones (see latest) and the rest are counted.
func listsTopOf(t *testing.T, set *data.Set, opt Options, keep func(*data.Figure) bool) {
	t.Helper()
	b := build(t, opt)
	s, err := newSelector(set, opt)
	if err != nil {
		t.Fatal(err)
	}
	selected := map[string][]*data.Figure{}
	var derived []*data.Figure
	for _, f := range set.Figures {
		switch {
		case !keep(f) || f.Review != "":
		case f.Derived:
			derived = append(derived, f)
		default:
			selected[s.sectionOf(f)] = append(selected[s.sectionOf(f)], f)
		}
	}
	check := func(what string, listed []Figure, omitted int, sel []*data.Figure) {
		t.Helper()
		sel = slices.Clone(sel)
		sort.SliceStable(sel, func(i, j int) bool { return less(sel[i], sel[j]) })
		want := sel[:min(ListMax, len(sel))]
		var got, wantIDs []string
		for _, f := range listed {
			got = append(got, f.ID)
		}
		for _, f := range want {
			wantIDs = append(wantIDs, f.ID)
		}
		if !slices.Equal(got, wantIDs) || omitted != len(sel)-len(want) {
			t.Errorf("%+v %s: lists %v and omits %d; want the top %d of %d: %v", opt, what, got, omitted, len(want), len(sel), wantIDs)
		}
	}
	total := 0
	for _, sec := range b.Sections {
		check(sec.Topic, sec.Figures, sec.Omitted.Figures, selected[sec.Topic])
		total += len(sec.Figures) + sec.Omitted.Figures
		if sec.Topic == "events" {
			all := slices.Clone(derived)
			for _, fs := range selected {
				all = append(all, fs...)
			}
			checkLatest(t, opt, sec, s.items("event", all))
		}
	}
	check("derived", b.Derived, b.DerivedOmitted, derived)
	n := len(derived)
	for _, fs := range selected {
		n += len(fs)
	}
	if total+len(b.Derived)+b.DerivedOmitted != n {
		t.Errorf("%+v: %d figures listed or counted, %d selected", opt, total+len(b.Derived)+b.DerivedOmitted, n)
	}
}

// checkLatest: a section lists the latest ListMax of the selected events
// (undated ones count as oldest) and counts the rest.
func checkLatest(t *testing.T, opt Options, sec Section, events []*data.Item) {
	t.Helper()
	if len(sec.Events)+sec.Omitted.Events != len(events) || len(sec.Events) != min(ListMax, len(events)) {
		t.Errorf("%+v: %d events listed, %d omitted, of %d selected", opt, len(sec.Events), sec.Omitted.Events, len(events))
	}
	listed := map[string]bool{}
	oldest := "9999" // the oldest listed date; undated is older than any
	for _, e := range sec.Events {
		listed[e.ID] = true
		if e.Date < oldest {
			oldest = e.Date
		}
	}
	for _, e := range events {
		if !listed[e.ID] && e.Date > oldest {
			t.Errorf("%+v: event %s (%s) left out, but one from %q is listed", opt, e.ID, e.Date, oldest)
		}
	}
}

// TestListsAreCapped: at scale, every list shows ListMax entries and
// counts the rest; on the seeds, the investments list and the events list
// of "all" are over it.
func TestListsAreCapped(t *testing.T) {
	b := build(t, Options{})
	var capped []string
	for _, sec := range b.Sections {
		if sec.Omitted.Figures > 0 {
			capped = append(capped, sec.Topic+" figures")
		}
		if sec.Omitted.Events > 0 {
			capped = append(capped, sec.Topic+" events")
		}
		if len(sec.Figures) > ListMax || len(sec.Events) > ListMax || len(sec.Programmes) > ListMax {
			t.Errorf("%s lists more than %d", sec.Topic, ListMax)
		}
	}
	if !slices.Equal(capped, []string{"investments figures", "events events"}) {
		t.Errorf("capped lists: %v", capped)
	}
	events := b.Sections[2].Events
	for i := 1; i < len(events); i++ {
		if a, c := events[i-1].Date, events[i].Date; a != "" && (c != "" && c < a) {
			t.Errorf("events out of date order: %s then %s", a, c)
		}
	}
}

// TestRanking: money before counts before percentages and durations,
// bigger first within a class.
func TestRanking(t *testing.T) {
	b := build(t, Options{})
	for _, sec := range b.Sections {
		for i := 1; i < len(sec.Figures); i++ {
			a, c := sec.Figures[i-1], sec.Figures[i]
			ca, cc := unitClass(a.Unit), unitClass(c.Unit)
			if ca > cc || (ca == cc && a.Value < c.Value) {
				t.Errorf("%s: %s (%v %s) ranked before %s (%v %s)", sec.Topic, a.ID, a.Value, a.Unit, c.ID, c.Value, c.Unit)
			}
		}
	}
}

// TestChart: the market line when both market figures are selected, the
// per-year count otherwise.
func TestChart(t *testing.T) {
	b := build(t, Options{})
	if c := b.Chart; c == nil || c.Kind != "market" || len(c.Points) != 5 || c.Points[0].Year != 2024 ||
		c.Points[4].Kind != "projection" || c.Points[2].Kind != "interpolated" || c.Points[4].Value != 800 {
		t.Errorf("all: want the market chart 2024..2028, got %+v", b.Chart)
	}
	b = build(t, Options{Org: "NIPA"})
	if c := b.Chart; c == nil || c.Kind != "count" || c.Points[0].Year != 2019 || c.Points[len(c.Points)-1].Year != 2024 {
		t.Errorf("NIPA: want counts 2019..2024, got %+v", b.Chart)
	}
}

// TestJSON: the JSON decodes, carries each figure's id, value, wording,
// qualifier, status, period and sources, and reads back into an equal
// Brief.
func TestJSON(t *testing.T) {
	for _, c := range cases {
		b := build(t, c.opt)
		out := render(t, b, "json", 0)
		var raw struct {
			Sections []struct {
				Figures []map[string]any `json:"figures"`
			} `json:"sections"`
			Derived []map[string]any `json:"derived"`
		}
		if err := json.Unmarshal([]byte(out), &raw); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		n := 0
		for _, sec := range raw.Sections {
			for _, f := range append(sec.Figures, raw.Derived...) {
				n++
				for _, k := range []string{"id", "value", "value_text", "qualifier", "status", "period", "sources", "cites", "phrase"} {
					if _, ok := f[k]; !ok {
						t.Errorf("%s: figure %v has no %q", c.name, f["id"], k)
					}
				}
				if srcs, ok := f["sources"].([]any); !ok || (len(srcs) == 0 && f["derived"] != true) {
					t.Errorf("%s: figure %v: sources %v", c.name, f["id"], f["sources"])
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no figures in JSON", c.name)
		}
		var back Brief
		if err := json.Unmarshal([]byte(out), &back); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(&back, b) {
			t.Errorf("%s: JSON does not read back into the same Brief", c.name)
		}
		if strings.Contains(out, "null") && b.Chart != nil {
			t.Errorf("%s: JSON has a null list", c.name)
		}
	}
}

// BenchmarkBrief builds and writes the full briefing on the seeds.
func BenchmarkBrief(b *testing.B) {
	set := seedSet(b)
	for b.Loop() {
		br, err := Build(set, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := br.WriteText(io.Discard, 80); err != nil {
			b.Fatal(err)
		}
	}
}
