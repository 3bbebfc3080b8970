package data

import (
	"errors"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// FuzzLoad feeds arbitrary record files (beside a fixed article) to the
// loader: it must never panic, and it must either load or return Problems,
// never both and never neither.
func FuzzLoad(f *testing.F) {
	f.Add(fixtureRecords)
	f.Add("article:\n  file: a.txt\n  title: [\n")
	f.Add("figures:\n  - id: x\n    value: .inf\n    sources: [{quote: \"\x1b]52;c;eA==\x07\"}]\n")
	f.Add("items: &a [*a]\n")
	f.Fuzz(func(t *testing.T, records string) {
		set, err := Load(fstest.MapFS{
			"a.txt":  {Data: []byte(fixtureArticle)},
			"a.yaml": {Data: []byte(records)},
		})
		if (set == nil) == (err == nil) {
			t.Fatalf("set=%v err=%v", set != nil, err)
		}
		var ps Problems
		if err != nil && (!errors.As(err, &ps) || len(ps) == 0) {
			t.Fatalf("error is not a non-empty Problems: %v", err)
		}
		if set != nil {
			for _, fig := range set.Figures {
				if !isSafe(fig.Label) || !isSafe(fig.Note) {
					t.Fatalf("unsafe text loaded: %q", fig.Label)
				}
			}
		}
	})
}

// FuzzSanitize: the output is always safe to draw, valid UTF-8, and
// sanitising again changes nothing.
func FuzzSanitize(f *testing.F) {
	f.Add("plain")
	f.Add("a\x1b[31mred\x1b]52;c;eA==\x07\u202e\u200b\xff")
	f.Add("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\")
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		if !isSafe(out) || !utf8.ValidString(out) {
			t.Fatalf("Sanitize(%q) = %q is not safe", s, out)
		}
		if again := Sanitize(out); again != out {
			t.Fatalf("not idempotent: %q then %q", out, again)
		}
	})
}
