package data

import (
	"os"
	"slices"
	"testing"
)

// TestIndexedQueriesMatchScans checks every indexed query against the plain
// pass over the dataset it replaces, for every id in the seeds.
func TestIndexedQueriesMatchScans(t *testing.T) {
	set, err := Load(os.DirFS(seedsDir))
	if err != nil {
		t.Fatal(err)
	}
	scan := func(keep func(*Figure) bool) []*Figure {
		var out []*Figure
		for _, f := range set.Figures {
			if keep(f) {
				out = append(out, f)
			}
		}
		return out
	}
	refers := func(f *Figure, id string, via func(*Item) []string) bool {
		if slices.Contains(f.Places, id) || slices.Contains(f.Orgs, id) || slices.Contains(f.Items, id) {
			return true
		}
		for _, iid := range f.Items {
			if it := set.Item(iid); it != nil && slices.Contains(via(it), id) {
				return true
			}
		}
		return false
	}
	for _, it := range set.Items {
		id := it.ID
		if got, want := set.FiguresOf(id), scan(func(f *Figure) bool { return slices.Contains(f.Items, id) }); !slices.Equal(got, want) {
			t.Errorf("FiguresOf(%s) = %d figures, scan %d", id, len(got), len(want))
		}
		if got, want := set.FiguresAt(id), scan(func(f *Figure) bool { return refers(f, id, func(it *Item) []string { return it.Places }) }); !slices.Equal(got, want) {
			t.Errorf("FiguresAt(%s) = %d figures, scan %d", id, len(got), len(want))
		}
		if got, want := set.FiguresBy(id), scan(func(f *Figure) bool { return refers(f, id, func(it *Item) []string { return it.Orgs }) }); !slices.Equal(got, want) {
			t.Errorf("FiguresBy(%s) = %d figures, scan %d", id, len(got), len(want))
		}
		figs, items := set.Linked(id)
		wantFigs := scan(func(f *Figure) bool {
			return slices.Contains(f.Items, id) || slices.Contains(f.Places, id) || slices.Contains(f.Orgs, id)
		})
		var wantItems []*Item
		for _, other := range set.Items {
			if slices.Contains(other.Places, id) || slices.Contains(other.Orgs, id) || slices.Contains(other.Related, id) {
				wantItems = append(wantItems, other)
			}
		}
		if !slices.Equal(figs, wantFigs) || !slices.Equal(items, wantItems) {
			t.Errorf("Linked(%s) = %d figures, %d items; scan %d, %d", id, len(figs), len(items), len(wantFigs), len(wantItems))
		}
	}
	// An answer is the caller's: appending to it leaves the index alone.
	if figs := set.FiguresOf("danang-korean-investment"); len(figs) > 0 {
		_ = append(figs, nil)
		if again := set.FiguresOf("danang-korean-investment"); len(again) != len(figs) {
			t.Error("appending to an answer changed the index")
		}
	}
	for _, f := range set.Figures {
		if set.Figure(f.ID) != f {
			t.Errorf("Figure(%q) does not find it", f.ID)
		}
	}
	if set.Figure("no-such-figure") != nil || set.Figure("") != nil {
		t.Error("Figure finds an id no figure has")
	}
}

func TestAppendFoldIsFold(t *testing.T) {
	for _, s := range []string{"", "Đà Nẵng", "ĐÀ NẴNG City", "Tân Phú, Bắc Ninh", "ABC xyz 12%", "\xff bad", "ﬁ Ǆ İ ẞ K"} {
		if got := string(AppendFold([]byte("x"), s)); got != "x"+Fold(s) {
			t.Errorf("AppendFold(%q) = %q, want %q", s, got, "x"+Fold(s))
		}
	}
}
