package brief

import (
	"encoding/json"
	"io"
	"reflect"
	"slices"
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

	if got := ids(build(t, Options{})); !slices.Equal(got, want(func(*data.Figure) bool { return true })) {
		t.Errorf("all: %d figures, want every one of %d", len(got), len(set.Figures))
	}
	// "viet" matches several places: the union of their figures, all named.
	b := build(t, Options{Place: "viet"})
	var union []*data.Figure
	for _, p := range b.Selection.Places {
		union = append(union, set.FiguresAt(p.ID)...)
	}
	if len(b.Selection.Places) < 2 || !slices.Equal(ids(b), want(in(union))) {
		t.Errorf("place viet: matched %v, figures %v", b.Selection.Places, ids(b))
	}
	if got := ids(build(t, Options{Org: "NIPA"})); !slices.Equal(got, want(in(set.FiguresBy("nipa")))) {
		t.Errorf("org NIPA: %v", got)
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
