package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkScaleReload is the reload budget: one record file of the
// corpus changed (a label edited, saved by rename as editors do), then
// Dir.Reload, from the change to the new Set ready. The corpus is linked
// into a temporary directory, so that the edit leaves it as it was.
func BenchmarkScaleReload(b *testing.B) {
	src := scaleDir(b)
	dir := b.TempDir()
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	entries, err := os.ReadDir(src)
	if err != nil {
		b.Fatal(err)
	}
	var record string
	for _, e := range entries {
		from, to := filepath.Join(src, e.Name()), filepath.Join(dir, e.Name())
		if err := os.Link(from, to); err != nil {
			data, err := os.ReadFile(from)
			if err != nil || os.WriteFile(to, data, 0o644) != nil {
				b.Fatal(err)
			}
		}
		if record == "" && strings.HasSuffix(e.Name(), ".yaml") {
			record = e.Name()
		}
	}
	orig, err := os.ReadFile(filepath.Join(dir, record))
	if err != nil {
		b.Fatal(err)
	}
	at := strings.Index(string(orig), "label: ")
	if at < 0 {
		b.Fatal("no label in " + record)
	}
	d, err := OpenDir(dir, DirOptions{NoCache: true, Reload: true})
	if err != nil {
		b.Fatal(err)
	}
	if _, _, err := d.Load(nil); err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		n++
		edited := []byte(string(orig[:at+7]) + strings.Repeat("x", n%2+1) + string(orig[at+7:]))
		tmp := filepath.Join(dir, ".edit")
		if err := os.WriteFile(tmp, edited, 0o644); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(tmp, filepath.Join(dir, record)); err != nil {
			b.Fatal(err)
		}
		set, changed, err := d.Reload()
		if err != nil || !changed || set == nil {
			b.Fatalf("reload: changed %v, %v", changed, err)
		}
	}
}
