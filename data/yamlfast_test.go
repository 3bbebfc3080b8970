package data

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// sameTree compares what the loader reads of two node trees: kind, tag,
// value, style of collections and scalars, position, and children.
func sameTree(a, b *yaml.Node, path string) error {
	if a.Kind != b.Kind || a.Tag != b.Tag || a.Value != b.Value || a.Style != b.Style ||
		a.Line != b.Line || a.Column != b.Column || len(a.Content) != len(b.Content) {
		return fmt.Errorf("%s: compact {kind %v tag %q value %q style %v at %d:%d, %d children}, yaml.v3 {kind %v tag %q value %q style %v at %d:%d, %d children}",
			path, a.Kind, a.Tag, a.Value, a.Style, a.Line, a.Column, len(a.Content),
			b.Kind, b.Tag, b.Value, b.Style, b.Line, b.Column, len(b.Content))
	}
	for i := range a.Content {
		if err := sameTree(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", path, i)); err != nil {
			return err
		}
	}
	return nil
}

// checkCompact: whatever parseCompact accepts, yaml.v3 reads the same way.
func checkCompact(t *testing.T, src string) bool {
	t.Helper()
	got, ok := parseCompact(src)
	if !ok {
		return false
	}
	var want yaml.Node
	if err := yaml.Unmarshal([]byte(src), &want); err != nil {
		t.Fatalf("compact parse accepted what yaml.v3 rejects (%v):\n%s", err, src)
	}
	if err := sameTree(got, &want, ""); err != nil {
		t.Fatalf("%v\nin:\n%s", err, src)
	}
	return true
}

var compactCases = []string{
	"article: {file: a.txt, title: \"Korea, Việt Nam\", published: \"2024-06-12\"}\nitems:\n- {id: x, kind: place, name: Đà Nẵng, aliases: [Da Nang, \"a\\\"b\\\\c\"]}\n",
	"# comment\nfigures:\n- {id: f1, value: 382000000, unit: USD, sources: [{quote: drew US$45 million}]}\n- {id: f2, value: 12.5, value_text: \"12.5%\"}\n\nskipped:\n- {text: \"2023\", context: Hà Nội in 2023, reason: year}\n",
	"figures:\n- {id: f1, value: -3, items: [], note: a  b  }\n",
	"figures:\n- {id: f1, value: 1.0e3}\n", "figures:\n- {value: 0x10}\n", "figures:\n- {value: 010}\n", "figures:\n- {value: 1_000}\n",
	"figures:\n- {value: .5}\n", "figures:\n- {value: +5}\n", "figures:\n- {value: 99999999999999999999}\n",
	"figures:\n- {v: true, w: null, x: ~, y: yes, z: No, o: on}\n", "figures:\n- {v: True, w: NULL, x: FALSE}\n", "figures:\n- {v: .inf, w: .NaN}\n", "figures:\n- {v: <<}\n",
	"figures:\n- {v: 2024-06-12}\n", "figures:\n- {v: 12:30}\n", "figures:\n- {v: a:b}\n", "figures:\n- {v: a #b}\n",
	"figures:\n- {v: 'single'}\n", "figures:\n- {v: \"tab\\tx\"}\n", "figures:\n- {v: \"a.\\n\\nB \\/ c\"}\n", "figures:\n- {v: \"\\x41 \\r\"}\n", "figures:\n- {v: \"é\\u00e9\"}\n",
	"figures:\n  - {id: indented}\n", "figures:\n-  {id: wide}\n", "figures:\n- {id: x}  \n", "figures:\n- {id: x} # c\n",
	"figures:\n\n- {id: gap}\n", "figures:\n# c\n- {id: gap}\n", "figures:\nitems:\n- {id: x}\n",
	"figures:\n- {id: x}\nfigures:\n- {id: y}\n", "figures:\n- {id: x, id: y}\n", "a: {}\nb: []\n", "a: [[x], {k: v}]\n",
	"figures:\n- {id: x,}\n", "figures:\n- {id: x , v: y}\n", "figures:\n- {id:x}\n", "figures:\r\n- {id: x}\r\n",
	"figures:\n- {id: \"multi\nline\"}\n", "figures:\n- {id: x\n  , v: y}\n", "\ufefffigures:\n- {id: x}\n",
	"figures:\n- {id: 😀}\n", "figures:\n- {id: a\u2028b}\n", "figures:\n- {id: a\u0085b}\n", "figures:\n- {id: &a x, v: *a}\n",
	"figures:\n- {id: !!str 5}\n", "figures:\n- {id: x}", "figures: {id: x}\n", "figures: [a, b]\n", "figures: 12\n",
	"figures:\n", "", "# only a comment\n", "figures:\n- {id: x}\n---\nitems:\n- {id: y}\n", "figures:\n- [a, b]\n",
	"figures:\n- {a: {b: {c: {d: [e]}}}}\n", "figures:\n- {k: v-w, l: -, m: -x, n: \"\"}\n", "figures:\n- {k: a\"b}\n",
	"figures:\n- {k: 'a'}\n", "figures:\n- {k: 12 projects, l: 2024-06-12 x, m: -5 a, n: .5 b, o: 0x1F c, p: - x, q: + 5}\n", "figures:\n- {K_1: v}\n", "figures:\n- {True: v}\n", "figures:\n- {k: (Photo: x)}\n",
	"figures:\n- {k: ₩5 billion, l: $45m, m: 12 per cent, n: Korea–Việt Nam}\n", "figures:\n- {k: x}\n  - {k: y}\n",
}

func TestCompactMatchesYAML(t *testing.T) {
	accepted := 0
	for _, src := range compactCases {
		if checkCompact(t, src) {
			accepted++
		}
	}
	if accepted < 8 {
		t.Errorf("parseCompact accepted only %d of the cases: it no longer reads the compact form", accepted)
	}
	// The seeds are block style: all of them go to yaml.v3.
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.yaml"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if checkCompact(t, string(b)) {
			t.Logf("%s parses compactly", f)
		}
	}
}

// TestCompactReadsGeneratedRecords: a record file in the generator's form
// (internal/synth) takes the fast path and reads as yaml.v3 reads it.
func TestCompactReadsGeneratedRecords(t *testing.T) {
	src := `article: {file: "0001_e18a98b6f7a213f3.txt", title: Yeonyeon Systems expands software outsourcing cooperation with Quảng Ninh, outlet: The Korea Times, published: "2019-08-17"}
items:
- {id: a0001-i1, kind: investment, name: Minh Hoàng fintech investment, aliases: [Minh Hoang fintech investment], places: [quang-ninh], orgs: [dong-viet-semiconductor], sources: [{quote: Đông Việt Semiconductor announced the Minh Hoàng fintech investment in Quảng Ninh}]}
figures:
- {id: a0001-f95, label: Companies active in the Khánh Hồng smart factory market, value_text: Almost 12 startups, value: 12, unit: count, qualifier: nearly, status: actual, period: "2019", items: [a0001-i3], sources: [{quote: Almost 12 startups were active in the}, {article: "0002_4afe8d01f77f5f05.txt", quote: Earlier reporting put the figure for the Khánh Hồng smart factory market at almost 12 startups, value_text: almost 12 startups}]}
- {id: a0001-d1, label: Sum of two reported amounts, derived: true, formula: a0001-f3 + a0001-f7, value: 1500000000.5, unit: USD, status: actual, period: "2019-04", items: [a0001-i1]}
skipped:
- {text: "2025", context: US$24.6 billion by 2025, reason: year of a period}
`
	if !checkCompact(t, src) {
		t.Fatal("the generator's record form does not take the fast path")
	}
}

func FuzzCompactYAML(f *testing.F) {
	for _, src := range compactCases {
		f.Add(src)
	}
	f.Add(strings.Repeat("figures:\n- {id: x, v: [a, {b: c}], w: \"q\\\"\"}\n", 3))
	f.Fuzz(func(t *testing.T, src string) {
		checkCompact(t, src)
	})
}

// TestCompactLoadsLikeBlock loads the fixture written both ways: the
// datasets must export identically.
func TestCompactLoadsLikeBlock(t *testing.T) {
	compact := `article: {file: a.txt, title: Korea invests in Da Nang, outlet: Test News, published: "2024-06-12"}
items:
- {id: da-nang, kind: place, name: Đà Nẵng, aliases: [Da Nang]}
- {id: korean-investment, kind: investment, name: Korean investment in Da Nang, places: [da-nang], sources: [{quote: Korean firms put US$5 million into 12 projects}]}
figures:
- {id: investment-value, label: Korean investment in Da Nang, value_text: US$5 million, value: 5000000, unit: USD, status: actual, period: "2024", items: [korean-investment], sources: [{quote: Korean firms put US$5 million into 12 projects}]}
- {id: investment-projects, label: Korean projects, value_text: 12 projects, value: 12, unit: count, status: actual, sources: [{quote: into 12 projects in Da Nang}]}
- {id: new-projects, label: New projects, value_text: nearly 20, value: 20, unit: count, qualifier: nearly, status: actual, sources: [{quote: nearly 20 of them new}]}
- {id: value-per-project, label: Investment per project, derived: true, formula: investment-value / investment-projects, value: 416666.67, unit: USD, status: actual}
`
	if _, ok := parseCompact(compact); !ok {
		t.Fatal("the compact fixture does not take the fast path")
	}
	export := func(records string) string {
		set, err := Load(fixture(records))
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := set.WriteJSON(&b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if a, b := export(fixtureRecords), export(compact); a != b {
		t.Errorf("block and compact records load differently:\n%s\n---\n%s", a, b)
	}
	// A problem found while verifying is located in the compact form too.
	_, err := Load(fixture(strings.Replace(compact, "quote: into 12 projects in Da Nang", "quote: into 13 projects in Da Nang", 1)))
	if err == nil || !strings.Contains(err.Error(), "a.yaml:7:136: quote not found") {
		t.Errorf("want the quote's position, got %v", err)
	}
}
