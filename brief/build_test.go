package brief

import (
	"encoding/json"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

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

// TestSelection checks each option against the data package's queries:
// a long briefing lists each section's top ListMax, ranked, and counts the
// rest; the page's one list is the top of the whole selection.
func TestSelection(t *testing.T) {
	set := seedSet(t)
	ids := func(b *Brief) []string {
		var out []string
		for _, sec := range b.Sections {
			for _, f := range sec.Figures {
				out = append(out, f.ID)
			}
		}
		for _, a := range b.Ahead {
			if a.Figure != nil {
				out = append(out, a.Figure.ID)
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
	if got := ids(build(t, Options{Org: "NIPA", Long: true})); !slices.Equal(got, want(in(set.FiguresBy("nipa")))) {
		t.Errorf("org NIPA: %v", got)
	}
	b := build(t, Options{Place: "viet", Long: true})
	var union []*data.Figure
	for _, p := range b.Selection.Places {
		union = append(union, set.FiguresAt(p.ID)...)
	}
	if len(b.Selection.Places) < 2 {
		t.Errorf("place viet: matched %v", b.Selection.Places)
	}
	if got := ids(b); !slices.Equal(got, want(in(union))) {
		t.Errorf("place viet: %v", got)
	}
	b = build(t, Options{Since: 2024, Filter: "Seoul", Long: true})
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
	b = build(t, Options{Topic: "investments", Long: true})
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
	// The page's key figures are the first of the ranking of all that
	// is selected and not ahead.
	page := build(t, Options{})
	r := set.Ranker()
	ahead := map[string]bool{}
	for _, a := range page.Ahead {
		if a.Figure != nil {
			ahead[a.Figure.ID] = true
		}
	}
	var keys []*data.Figure
	for _, f := range set.Figures {
		if !f.Derived && !ahead[f.ID] {
			keys = append(keys, f)
		}
	}
	ranked := r.Rank(keys)
	for i, f := range page.Sections[0].Figures {
		if ranked[i].ID != f.ID {
			t.Errorf("page key figure %d is %s, the ranking's is %s", i, f.ID, ranked[i].ID)
		}
	}
	if got, want := page.Sections[0].Omitted.Figures, len(keys)-len(page.Sections[0].Figures); got != want {
		t.Errorf("page: %d key figures counted as left out, want %d", got, want)
	}
}

// TestForwardLook: what is ahead depends on the clock, and only there.
func TestForwardLook(t *testing.T) {
	at := func(y int) *Brief { return build(t, Options{Now: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)}) }
	ahead := func(b *Brief) []string {
		var out []string
		for _, a := range b.Ahead {
			if a.Figure != nil {
				out = append(out, a.Figure.ID)
			} else {
				out = append(out, a.Item.ID)
			}
		}
		return out
	}
	if got := ahead(at(2025)); !slices.Contains(got, "korea-it-outsourcing-market-2028") || !slices.Contains(got, "danang-semiconductor-training") {
		t.Errorf("from 2025: ahead %v", got)
	}
	if got := ahead(at(2029)); slices.Contains(got, "korea-it-outsourcing-market-2028") || !slices.Contains(got, "korea-it-workforce-need") {
		t.Errorf("from 2029: ahead %v", got)
	}
	if got := ahead(at(2031)); len(got) != 0 {
		t.Errorf("from 2031: ahead %v, want nothing", got)
	}
	b := at(2025)
	for i := 1; i < len(b.Ahead); i++ {
		if compareEnds(periodEndOf(b.Ahead[i-1].Date), periodEndOf(b.Ahead[i].Date)) > 0 {
			t.Errorf("ahead out of order: %s then %s", b.Ahead[i-1].Date, b.Ahead[i].Date)
		}
	}
	// A past forecast is a key figure again.
	late := build(t, Options{Long: true, Now: time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)})
	if late.figure("korea-it-outsourcing-market-2028") == nil {
		t.Error("from 2031: the 2028 forecast is not listed")
	}
}

// TestChart: a chart only with two reported points or a projection; never
// a flat line of one year.
func TestChart(t *testing.T) {
	b := build(t, Options{Long: true})
	if c := b.Chart; c == nil || c.Kind != "series" || len(c.Points) != 2 || c.Points[0].Label != "2024" ||
		c.Points[1].Kind != "projection" || c.Points[1].Value != 800e9 {
		t.Errorf("all: want the market series 2024, 2028, got %+v", b.Chart)
	}
	b = build(t, Options{Org: "NIPA"})
	if c := b.Chart; c == nil || c.Kind != "count" || c.Points[0].Year != 2019 || c.Points[len(c.Points)-1].Year != 2024 {
		t.Errorf("NIPA: want counts 2019..2024, got %+v", b.Chart)
	}
	for _, opt := range []Options{{Topic: "events", Since: 2024}, {Since: 2024, Filter: "Seoul"}} {
		if c := build(t, opt).Chart; c != nil {
			t.Errorf("%+v: a one-year selection has a chart: %+v", opt, c)
		}
	}
	// The 2018 parts, when the selection has the total and not the
	// market: the total stands for them.
	b = build(t, Options{Filter: "2018", Long: true})
	if c := b.Chart; c == nil || c.Kind != "parts" || len(c.Points) != 4 || c.Points[0].Label != "electronics" {
		t.Errorf("2018: want the four segments, got %+v", b.Chart)
	}
}

// TestLongIsToday: --long keeps the whole briefing by topic, each list
// capped at ListMax.
func TestLongIsToday(t *testing.T) {
	b := build(t, Options{Long: true})
	var topics []string
	for _, sec := range b.Sections {
		topics = append(topics, sec.Topic)
		if len(sec.Figures) > ListMax || len(sec.Events) > ListMax || len(sec.Programmes) > ListMax {
			t.Errorf("%s lists more than %d", sec.Topic, ListMax)
		}
	}
	if !slices.Equal(topics, []string{"investments", "training", "events", "other"}) {
		t.Errorf("long sections: %v", topics)
	}
	events := b.Sections[2].Events
	for i := 1; i < len(events); i++ {
		if a, c := events[i-1].Date, events[i].Date; a != "" && c != "" && c < a {
			t.Errorf("events out of date order: %s then %s", a, c)
		}
	}
	if b.Sections[2].Omitted.Events != 0 || len(events) != len(seedSet(t).Events()) {
		t.Errorf("events: %d listed, %d omitted", len(events), b.Sections[2].Omitted.Events)
	}
}

// TestJSON: the JSON decodes, carries each figure's id, value, wording,
// caveat, qualifier, status, period and sources, and reads back into an
// equal Brief.
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
				for _, k := range []string{"id", "value", "value_text", "qualifier", "status", "period", "sources", "cites", "phrase", "caveat", "topic"} {
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
		for _, key := range []string{`"sections": null`, `"ahead": null`, `"people": null`, `"unquantified": null`,
			`"disagree": null`, `"derived": null`, `"cites": null`, `"numbers": null`, `"notes": null`} {
			if strings.Contains(out, key) {
				t.Errorf("%s: JSON has %s", c.name, key)
			}
		}
	}
}

// BenchmarkBrief builds and writes the page on the seeds.
func BenchmarkBrief(b *testing.B) {
	set := seedSet(b)
	for b.Loop() {
		br, err := Build(set, Options{Now: goldenNow})
		if err != nil {
			b.Fatal(err)
		}
		if err := br.WriteText(io.Discard, 80); err != nil {
			b.Fatal(err)
		}
	}
}
