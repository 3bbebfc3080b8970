package data

import (
	"errors"
	"ictdash/data/text"
	"testing"
	"testing/fstest"
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
				if text.Sanitize(fig.Label) != fig.Label || text.Sanitize(fig.Note) != fig.Note {
					t.Fatalf("unsafe text loaded: %q", fig.Label)
				}
			}
		}
	})
}
