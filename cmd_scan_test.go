package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestScanCommand(t *testing.T) {
	file := filepath.Join(t.TempDir(), "vi.txt")
	os.WriteFile(file, []byte("Hàn Quốc đầu tư 2,5 tỷ USD vào 10.000 dự án, khoảng 20% trong năm 2024."), 0o644)
	var out, errb bytes.Buffer
	if code := run([]string{"scan", "--format", "json", file}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got []map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not one JSON array: %v\n%s", err, out.String())
	}
	want := []struct {
		text  string
		value float64
		unit  string
		skip  bool
	}{{"2,5 tỷ USD", 2.5e9, "USD", false}, {"10.000", 10000, "count", false}, {"khoảng 20%", 20, "percent", false}, {"2024", 2024, "", true}}
	if len(got) != len(want) {
		t.Fatalf("%d readings, want %d:\n%s", len(got), len(want), out.String())
	}
	for i, w := range want {
		g := got[i]
		if g["text"] != w.text || g["value"] != w.value || (!w.skip && g["unit"] != w.unit) || (g["skipped"] != nil) != w.skip {
			t.Errorf("reading %d: %v, want %+v", i, g, w)
		}
		start, end := int(g["start"].(float64)), int(g["end"].(float64))
		raw, _ := os.ReadFile(file)
		if string(raw[start:end]) != w.text {
			t.Errorf("offsets %d-%d give %q, not %q", start, end, raw[start:end], w.text)
		}
	}
	// --lang en reads the Vietnamese thousands point as a decimal point.
	out.Reset()
	run([]string{"scan", "--lang", "en", "--format", "json", file}, &out, &errb)
	if !strings.Contains(out.String(), `"value": 10,`) {
		t.Errorf("--lang en did not change the reading:\n%s", out.String())
	}
	// Ranges keep both bounds; stdin works; text output names the language.
	out.Reset()
	r, w, _ := os.Pipe()
	w.WriteString("Prices rose 20-30% this year.")
	w.Close()
	old := os.Stdin
	os.Stdin = r
	defer func() { os.Stdin = old }()
	if code := run([]string{"scan", "-"}, &out, &errb); code != 0 || !strings.Contains(out.String(), "language: en") || !strings.Contains(out.String(), "20–30 percent") {
		t.Errorf("exit %d:\n%s", code, out.String())
	}
	if code := run([]string{"scan", "--lang", "fr", file}, &out, &errb); code != 2 {
		t.Errorf("--lang fr: exit %d, want 2", code)
	}
}
