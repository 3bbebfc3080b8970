package data

import (
	"fmt"
	"reflect"
	"testing"
)

// fill sets every field of the struct v points to, recursively, to a
// value that is not its zero, so that a field the codec forgets shows.
func fill(v reflect.Value, tag string) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("v-" + tag)
	case reflect.Int:
		v.SetInt(int64(len(tag)) + 7)
	case reflect.Float64:
		v.SetFloat(float64(len(tag)) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), fmt.Sprint(tag, i))
		}
		v.Set(s)
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				fill(f, tag+"."+v.Type().Field(i).Name)
			}
		}
	case reflect.Pointer:
		// Article.Clean: set below from real text.
	default:
		panic("fill: no rule for " + v.Kind().String())
	}
}

// TestCodecEveryField round-trips records with every field set: quotes
// and skipped numbers both where they are in the text (stored as places)
// and not (stored whole).
func TestCodecEveryField(t *testing.T) {
	raw := "Hà Nội, 2 May (Yonhap) — Samsung will invest 1,5 tỷ USD in 2025.\n\nPhoto: the plant in Bắc Ninh.\n"
	a := &Article{}
	fill(reflect.ValueOf(a).Elem(), "article")
	a.File, a.Raw, a.Clean = "a.txt", raw, Clean(raw)
	text := a.Clean.Text
	a.Skipped[0].Offset, a.Skipped[0].Context, a.Skipped[0].Text = 0, text[:10], text[:3]
	it, f := &Item{}, &Figure{}
	fill(reflect.ValueOf(it).Elem(), "item")
	fill(reflect.ValueOf(f).Elem(), "figure")
	f.Sources[0].Article, f.Sources[0].Offset, f.Sources[0].Quote = "a.txt", 5, text[5:20]
	set := &Set{Articles: []*Article{a}, Items: []*Item{it}, Figures: []*Figure{f}}
	got, err := decodeSet(string(encodeSet(set)), map[string]string{"a.txt": raw})
	if err != nil {
		t.Fatal(err)
	}
	sameSet(t, got, set)
	if q := got.Figures[0].Sources[0].Quote; q != text[5:20] {
		t.Errorf("quote %q, want %q", q, text[5:20])
	}
}

// TestCodecTruncated: every prefix of an encoding fails to decode rather
// than panicking or giving a partial Set.
func TestCodecTruncated(t *testing.T) {
	set, err := Load(seedFS(t))
	if err != nil {
		t.Fatal(err)
	}
	raw := map[string]string{}
	for _, a := range set.Articles {
		raw[a.File] = a.Raw
	}
	b := string(encodeSet(set))
	for n := 0; n < len(b); n += 1 + n/50 {
		if s, err := decodeSet(b[:n], raw); err == nil || s != nil {
			t.Fatalf("a cache cut to %d of %d bytes decoded", n, len(b))
		}
	}
}
