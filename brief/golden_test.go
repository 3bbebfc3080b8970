package brief

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"ictdash/data"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// seeds loads the seed dataset once for all tests.
var seeds = sync.OnceValues(func() (*data.Set, error) { return data.Load(os.DirFS("../seeds")) })

func seedSet(t testing.TB) *data.Set {
	t.Helper()
	set, err := seeds()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// goldenNow is the day the golden briefings look ahead from: shortly after
// the latest seed article, so that the goldens do not change with the
// clock (build uses it when a test gives none).
var goldenNow = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// cases are the selections with golden briefings: the page on everything
// (the default `ictdash brief`), three filtered pages, and the whole
// briefing (--long).
var cases = []struct {
	name string
	opt  Options
}{
	{"all", Options{}},
	{"investments-danang", Options{Topic: "investments", Place: "danang"}},
	{"org-nipa", Options{Org: "NIPA"}},
	{"events-since-2024", Options{Topic: "events", Since: 2024}},
	{"all-long", Options{Long: true}},
}

// render writes a brief in one format ("text" at a width, "md", "json").
func render(t testing.TB, b *Brief, format string, width int) string {
	t.Helper()
	var buf bytes.Buffer
	var err error
	switch format {
	case "text":
		err = b.WriteText(&buf, width)
	case "md":
		err = b.WriteMarkdown(&buf)
	case "json":
		err = b.WriteJSON(&buf)
	}
	if err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// build builds a case's brief or fails the test; the clock is goldenNow
// unless opt says otherwise.
func build(t testing.TB, opt Options) *Brief {
	t.Helper()
	if opt.Now.IsZero() {
		opt.Now = goldenNow
	}
	b, err := Build(seedSet(t), opt)
	if err != nil {
		t.Fatalf("Build(%+v): %v", opt, err)
	}
	return b
}

// TestGolden compares every case in every format with testdata/*.golden;
// go test ./brief -update rewrites them.
func TestGolden(t *testing.T) {
	for _, c := range cases {
		b := build(t, c.opt)
		outputs := map[string]string{
			c.name + ".txt.golden":    render(t, b, "text", 80),
			c.name + ".60.txt.golden": render(t, b, "text", 60),
			c.name + ".md.golden":     render(t, b, "md", 0),
			c.name + ".json.golden":   render(t, b, "json", 0),
		}
		for file, got := range outputs {
			path := filepath.Join("testdata", file)
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./brief -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the golden file; first difference at line %s (go test ./brief -update rewrites it)",
					path, firstDiff(got, string(want)))
			}
		}
	}
}

// TestDeterministic builds each case twice: the output must not depend on
// map order (the clock is fixed by build).
func TestDeterministic(t *testing.T) {
	for _, c := range cases {
		a, b := build(t, c.opt), build(t, c.opt)
		for _, f := range []string{"text", "md", "json"} {
			if render(t, a, f, 80) != render(t, b, f, 80) {
				t.Errorf("%s %s: two builds differ", c.name, f)
			}
		}
	}
}

// firstDiff returns the 1-based line number where a and b first differ.
func firstDiff(a, b string) string {
	la, lb := bytes.Split([]byte(a), []byte("\n")), bytes.Split([]byte(b), []byte("\n"))
	for i := 0; i < len(la) && i < len(lb); i++ {
		if !bytes.Equal(la[i], lb[i]) {
			return strconv.Itoa(i+1) + ": got " + strconv.Quote(string(la[i])) + ", want " + strconv.Quote(string(lb[i]))
		}
	}
	return strconv.Itoa(min(len(la), len(lb)) + 1)
}
