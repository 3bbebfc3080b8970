package data

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sync"
)

// Dir is a dataset directory that is loaded once and then reloaded as its
// files change (the dashboard's --data): each reload re-verifies only
// what changed (see reload.go), and each good load is written to the
// verified cache (cache_file.go) that the next start loads instead of
// parsing. Its methods may be called from any goroutine, one at a time.
type Dir struct {
	path  string // as given, for messages
	abs   string
	cache string // the cache file; "" when caching is off
	async bool   // cache writes in the background (Wait waits for them)
	keep  bool   // keep the load state for Reload

	mu     sync.Mutex
	state  *loadState // what the last load parsed; nil after a cache hit
	set    *Set       // the last good Set
	sums   map[string][32]byte
	saving sync.WaitGroup
}

// DirOptions are how a Dir loads.
type DirOptions struct {
	NoCache bool // neither read nor write the cache (--no-cache)
	// Background writes the cache after a load on its own goroutine
	// instead of before Load returns; Wait waits for it.
	Background bool
	// Reload keeps what a load parsed, for Reload to re-verify only what
	// changed. A command that loads once (check, brief, export) does
	// without: the cache is then written with nothing else held.
	Reload bool
}

// OpenDir prepares to load the dataset in directory dir. Nothing is read
// until Load.
func OpenDir(dir string, opt DirOptions) (*Dir, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("--data: %s", SanitizeLine(err.Error()))
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("--data: %s is not a directory", SanitizeLine(dir))
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("--data: %s", SanitizeLine(err.Error()))
	}
	d := &Dir{path: dir, abs: abs, async: opt.Background, keep: opt.Reload}
	if !opt.NoCache && buildKey() != "" {
		d.cache, _ = CachePath(abs) // no cache directory: no cache
	}
	return d, nil
}

// Path is the directory as given to OpenDir.
func (d *Dir) Path() string { return d.path }

// Load loads the dataset: from the cache when every file is as it was
// when the cache was written (fromCache is then true), else by reading
// and verifying every file, as LoadDirProgress does.
func (d *Dir) Load(progress func(done, total int)) (set *Set, fromCache bool, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	root, err := os.OpenRoot(d.path)
	if err != nil {
		return nil, false, fmt.Errorf("--data: %s", SanitizeLine(err.Error()))
	}
	defer root.Close()
	fsys := RegularFS(root)
	if set := d.fromCache(fsys); set != nil {
		d.set = set
		return set, true, nil
	}
	set, _, err = d.load(fsys, progress)
	return set, false, err
}

// Reload loads the dataset again, re-verifying only the files that
// changed since the last load. changed is false when every file is as at
// the last good load: set is then that load's Set. On problems set is nil
// and the last good Set stays the one to show.
func (d *Dir) Reload() (set *Set, changed bool, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	root, err := os.OpenRoot(d.path)
	if err != nil {
		return nil, true, fmt.Errorf("--data: %s", SanitizeLine(err.Error()))
	}
	defer root.Close()
	return d.load(RegularFS(root), nil)
}

// load runs a (re)load from the last state; d.mu is held.
func (d *Dir) load(fsys fs.FS, progress func(done, total int)) (*Set, bool, error) {
	set, next, err := load(fsys, d.state, true, progress)
	d.state = next
	if err != nil {
		return nil, true, err
	}
	sums := next.sums()
	if !d.keep {
		d.state = nil // the next Reload loads in full
	}
	if d.set != nil && sumsEqual(sums, d.sums) {
		return d.set, false, nil
	}
	d.set, d.sums = set, sums
	d.save(fsys, set, sums)
	return set, true, nil
}

// Wait waits for a cache write in progress.
func (d *Dir) Wait() { d.saving.Wait() }

// fromCache returns the cached Set when the cache is trusted for fsys as
// it is now, or nil.
func (d *Dir) fromCache(fsys fs.FS) *Set {
	if d.cache == "" {
		return nil
	}
	// The cache is read while the dataset's files are hashed: both are
	// disk and the hashing has the cores, and a start from the cache is
	// what the first frame waits for.
	type stamped struct {
		have []fileStamp
		raw  map[string]string
		ok   bool
	}
	files := make(chan stamped, 1)
	go func() {
		have, raw, ok := stampFiles(fsys)
		files <- stamped{have, raw, ok}
	}()
	src, err := readCache(d.cache)
	st := <-files
	if err != nil {
		return nil
	}
	key, abs, want, rest, err := decodeCacheHeader(src)
	if err != nil || key != buildKey() || abs != d.abs {
		return nil
	}
	have, raw := st.have, st.raw
	if !st.ok || !slices.Equal(have, want) {
		return nil
	}
	set, err := decodeSet(rest, raw)
	if err != nil {
		return nil // corrupt: ignored, and rewritten by the full load
	}
	sums := map[string][32]byte{}
	for _, st := range have {
		sums[st.name] = st.sum
	}
	d.sums = sums
	return set
}

// save writes set to the cache, stamped with the files' sums as loaded.
func (d *Dir) save(fsys fs.FS, set *Set, sums map[string][32]byte) {
	if d.cache == "" {
		return
	}
	stamps, ok := listStamps(fsys)
	if !ok {
		return
	}
	for i := range stamps {
		sum, ok := sums[stamps[i].name]
		if !ok {
			return // a file came or went after the load: the cache would not match
		}
		stamps[i].sum = sum
	}
	write := func() {
		_ = writeCache(d.cache, encodeCache(buildKey(), d.abs, stamps, set))
	}
	if !d.async {
		write()
		return
	}
	d.saving.Add(1)
	go func() {
		defer d.saving.Done()
		write()
	}()
}

// sums are the hashes of every file a load read.
func (st *loadState) sums() map[string][32]byte {
	out := make(map[string][32]byte, len(st.articles)+len(st.records))
	for name, a := range st.articles {
		out[name] = a.sum
	}
	for name, r := range st.records {
		out[name] = r.sum
	}
	return out
}

func sumsEqual(a, b map[string][32]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// datasetFile reports whether Load reads a directory entry of this name.
func datasetFile(name string) bool {
	switch path.Ext(name) {
	case ".txt", ".yaml", ".yml":
		return true
	}
	return false
}

// listStamps is every dataset file's name, size and modification time,
// in name order; ok is false when one is not a regular file (Load would
// refuse the dataset).
func listStamps(fsys fs.FS) ([]fileStamp, bool) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, false
	}
	var out []fileStamp
	for _, e := range entries {
		if e.IsDir() || !datasetFile(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() {
			return nil, false
		}
		out = append(out, fileStamp{name: e.Name(), size: info.Size(), mtime: info.ModTime().UnixNano()})
	}
	return out, true
}

// stampFiles is listStamps with each file's SHA-256, read in parallel,
// and the articles' bytes, which a cached Set takes as its raw texts.
func stampFiles(fsys fs.FS) ([]fileStamp, map[string]string, bool) {
	stamps, ok := listStamps(fsys)
	if !ok {
		return nil, nil, false
	}
	texts := make([]string, len(stamps))
	failed := false
	var mu sync.Mutex
	parallel(len(stamps), func(i int) {
		b, err := readLimited(fsys, stamps[i].name)
		if err != nil || int64(len(b)) != stamps[i].size {
			mu.Lock()
			failed = true
			mu.Unlock()
			return
		}
		stamps[i].sum = sumString(b)
		if path.Ext(stamps[i].name) == ".txt" {
			texts[i] = b
		}
	})
	if failed {
		return nil, nil, false
	}
	raw := map[string]string{}
	for i, st := range stamps {
		if texts[i] != "" || path.Ext(st.name) == ".txt" {
			raw[st.name] = texts[i]
		}
	}
	return stamps, raw, true
}
