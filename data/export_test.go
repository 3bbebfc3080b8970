package data

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strconv"
	"testing"
)

func loadSeeds(t testing.TB) *Set {
	t.Helper()
	set, err := Load(os.DirFS(seedsDir))
	if err != nil {
		t.Fatalf("seeds: %v", err)
	}
	return set
}

// TestExportJSONRoundTrip decodes the export with encoding/json into a
// generic structure and checks the contract's required fields and types.
func TestExportJSONRoundTrip(t *testing.T) {
	set := loadSeeds(t)
	var buf bytes.Buffer
	if err := set.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var doc map[string][]map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	if len(doc["sources"]) != len(set.Articles) || len(doc["items"]) != len(set.Items) || len(doc["figures"]) != len(set.Figures) {
		t.Fatalf("counts differ: %d/%d/%d", len(doc["sources"]), len(doc["items"]), len(doc["figures"]))
	}
	for _, f := range doc["figures"] {
		for _, key := range []string{"id", "value", "value_text", "unit", "qualifier", "status", "period",
			"places", "orgs", "items", "sources", "derived"} {
			if _, ok := f[key]; !ok {
				t.Fatalf("figure %v lacks %q", f["id"], key)
			}
		}
		if _, ok := f["value"].(float64); !ok {
			t.Errorf("figure %v: value is %T, not a number", f["id"], f["value"])
		}
		for _, s := range f["sources"].([]any) {
			src := s.(map[string]any)
			if src["article"] == "" || src["quote"] == "" {
				t.Errorf("figure %v: source lacks article or quote", f["id"])
			}
		}
	}
	for _, it := range doc["items"] {
		for _, key := range []string{"id", "kind", "name", "date", "places", "orgs", "sources"} {
			if _, ok := it[key]; !ok {
				t.Fatalf("item %v lacks %q", it["id"], key)
			}
		}
	}
	// Typed round trip: decoding into the contract's own types loses nothing.
	var typed ExportDoc
	if err := json.Unmarshal(buf.Bytes(), &typed); err != nil {
		t.Fatal(err)
	}
	again, _ := json.Marshal(typed)
	want, _ := json.Marshal(set.Export())
	if !bytes.Equal(again, want) {
		t.Error("JSON export does not round-trip through ExportDoc")
	}
}

func TestExportCSVRoundTrip(t *testing.T) {
	set := loadSeeds(t)
	var buf bytes.Buffer
	if err := set.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("export is not RFC 4180 CSV: %v", err)
	}
	want := 1
	for _, f := range set.Figures {
		want += max(1, len(f.Sources))
	}
	if len(rows) != want {
		t.Fatalf("got %d rows, want %d (header + one per figure and source)", len(rows), want)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, r := range rows[1:] {
		f := set.Figure(r[col["id"]])
		if f == nil {
			t.Fatalf("row for unknown figure %q", r[col["id"]])
		}
		v, err := strconv.ParseFloat(r[col["value"]], 64)
		if err != nil || v != f.Value {
			t.Errorf("%s: value %q does not round-trip to %v", f.ID, r[col["value"]], f.Value)
		}
		if !f.Derived && r[col["source_quote"]] == "" {
			t.Errorf("%s: reported figure row without a quote", f.ID)
		}
	}
}
