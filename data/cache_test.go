package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// cacheDir copies the seeds into a temporary dataset directory and points
// the user's cache directory at another.
func cacheDir(t *testing.T) string {
	t.Helper()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir()) // where XDG_CACHE_HOME is not read
	dir := t.TempDir()
	for name, f := range seedFS(t) {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// loadDir loads dir through a fresh Dir, as a new start of ictdash does.
func loadDir(t *testing.T, dir string) (*Set, bool, error) {
	t.Helper()
	d, err := OpenDir(dir, DirOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return d.Load(nil)
}

// TestCache: a second start loads the cache, and gives what Load gives;
// any change to the files, the program or the cache file itself, and the
// cache is not used.
func TestCache(t *testing.T) {
	article := "000_b77dc0c3b0768d47.txt"
	cases := []struct {
		name    string
		change  func(t *testing.T, dir, cache string)
		loadErr bool // the changed dataset does not verify
	}{
		{"nothing", func(*testing.T, string, string) {}, false},
		{"touched", func(t *testing.T, dir, _ string) {
			later := time.Now().Add(time.Hour)
			must(t, os.Chtimes(filepath.Join(dir, article), later, later))
		}, false},
		{"same size and time, other bytes", func(t *testing.T, dir, _ string) {
			p := filepath.Join(dir, article)
			info, err := os.Stat(p)
			must(t, err)
			b, err := os.ReadFile(p)
			must(t, err)
			// One digit of a quoted number for another: the length is the
			// same, and the time is put back.
			i := strings.Index(string(b), "279 projects")
			if i < 0 {
				t.Fatal("the seed article no longer says 279 projects")
			}
			b[i+2] = '8'
			must(t, os.WriteFile(p, b, 0o644))
			must(t, os.Chtimes(p, info.ModTime(), info.ModTime()))
		}, true},
		{"file added", func(t *testing.T, dir, _ string) {
			must(t, os.WriteFile(filepath.Join(dir, "new.txt"), []byte("Hà Nội, 2 May.\n"), 0o644))
		}, true},
		{"file removed", func(t *testing.T, dir, _ string) {
			must(t, os.Remove(filepath.Join(dir, article)))
		}, true},
		{"other build", func(t *testing.T, _, _ string) {
			old := buildKey
			buildKey = func() string { return old() + " (another build)" }
			t.Cleanup(func() { buildKey = old })
		}, false},
		{"corrupt", func(t *testing.T, _, cache string) {
			b, err := os.ReadFile(cache)
			must(t, err)
			must(t, os.WriteFile(cache, b[:len(b)*2/3], 0o600))
		}, false},
		{"garbled", func(t *testing.T, _, cache string) {
			b, err := os.ReadFile(cache)
			must(t, err)
			for i := len(b) / 2; i < len(b); i += 97 {
				b[i] ^= 0x5a
			}
			must(t, os.WriteFile(cache, b, 0o600))
		}, false},
		{"cache is a link", func(t *testing.T, _, cache string) {
			must(t, os.Rename(cache, cache+".real"))
			must(t, os.Symlink(cache+".real", cache))
		}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := cacheDir(t)
			if _, cached, err := loadDir(t, dir); err != nil || cached {
				t.Fatalf("first load: cached %v, %v", cached, err)
			}
			cache, err := CachePath(dir)
			must(t, err)
			if info, err := os.Stat(cache); err != nil || info.Mode().Perm() != 0o600 {
				t.Fatalf("cache file %v, %v: want mode 0600", info.Mode(), err)
			}
			if info, err := os.Stat(filepath.Dir(cache)); err != nil || info.Mode().Perm() != 0o700 {
				t.Fatalf("cache directory %v, %v: want mode 0700", info.Mode(), err)
			}
			c.change(t, dir, cache)
			set, cached, err := loadDir(t, dir)
			want, wantErr := LoadDir(dir)
			if c.loadErr != (wantErr != nil) {
				t.Fatalf("the changed dataset: %v, want a problem: %v", wantErr, c.loadErr)
			}
			if (err == nil) != (wantErr == nil) {
				t.Fatalf("Load after the change: %v; LoadDir: %v", err, wantErr)
			}
			if hit := c.name == "nothing"; cached != hit {
				t.Fatalf("loaded from the cache: %v, want %v", cached, hit)
			}
			if err != nil {
				return
			}
			sameSet(t, set, want)
			if _, cached, _ := loadDir(t, dir); !cached {
				t.Fatal("the cache was not rewritten after the full load")
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
