package data

import (
	"reflect"
	"testing"
)

// sameSet fails unless got is want field for field: the check every fast
// path (the cache, a reload) is held to against its slow twin, Load.
func sameSet(t *testing.T, got, want *Set) {
	t.Helper()
	if len(got.Articles) != len(want.Articles) || len(got.Items) != len(want.Items) || len(got.Figures) != len(want.Figures) {
		t.Fatalf("sizes differ: %d/%d/%d articles/items/figures, want %d/%d/%d", len(got.Articles), len(got.Items),
			len(got.Figures), len(want.Articles), len(want.Items), len(want.Figures))
	}
	for i, a := range want.Articles {
		g := got.Articles[i]
		ga, wa := *g, *a
		ga.Clean, wa.Clean = nil, nil
		if !reflect.DeepEqual(ga, wa) {
			t.Fatalf("article %s differs:\n got %+v\nwant %+v", a.File, ga, wa)
		}
		gc, wc := g.Clean, a.Clean
		if gc.Text != wc.Text || !reflect.DeepEqual(gc.Removed, wc.Removed) || !reflect.DeepEqual(gc.Captions, wc.Captions) ||
			!reflect.DeepEqual(gc.Segments(), wc.Segments()) || !reflect.DeepEqual(gc.LineStarts(), wc.LineStarts()) {
			t.Fatalf("article %s: clean text differs", a.File)
		}
		if got.Article(a.File) != g {
			t.Fatalf("Article(%q) does not find it", a.File)
		}
	}
	for i, it := range want.Items {
		if !reflect.DeepEqual(got.Items[i], it) {
			t.Fatalf("item %s differs:\n got %+v\nwant %+v", it.ID, got.Items[i], it)
		}
		if got.Item(it.ID) != got.Items[i] {
			t.Fatalf("Item(%q) does not find it", it.ID)
		}
	}
	for i, f := range want.Figures {
		if !reflect.DeepEqual(got.Figures[i], f) {
			t.Fatalf("figure %s differs:\n got %+v\nwant %+v", f.ID, got.Figures[i], f)
		}
		if got.Figure(f.ID) != got.Figures[i] {
			t.Fatalf("Figure(%q) does not find it", f.ID)
		}
	}
}
