package data

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// MaxFileBytes bounds any one dataset file. News articles are a few KB;
// anything this large is a mistake or an attack, refused before it is read.
const MaxFileBytes = 4 << 20

// Set is a loaded, verified dataset. It is built once by Load and never
// mutated, so views may hold pointers and indexes into it freely.
type Set struct {
	Articles []*Article // by file name
	Items    []*Item    // by id
	Figures  []*Figure  // by file, then order in the file

	articles map[string]*Article
	items    map[string]*Item
	figures  map[string]*Figure
	lazy     lazyIndexes // see index.go
}

// Article returns the article with the given file name, or nil.
func (s *Set) Article(file string) *Article { return s.articles[file] }

// Item returns the item with the given id, or nil.
func (s *Set) Item(id string) *Item { return s.items[id] }

// Figure returns the figure with the given id, or nil.
func (s *Set) Figure(id string) *Figure { return s.figures[id] }

// Load reads every *.txt article and *.yaml record file at the root of fsys,
// verifies them, and returns the dataset. On any problem it returns a nil
// Set and a Problems error listing all of them: nothing is half-loaded.
func Load(fsys fs.FS) (*Set, error) {
	c := &collector{}
	s := &Set{articles: map[string]*Article{}, items: map[string]*Item{}, figures: map[string]*Figure{}}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, Problems{{Msg: fmt.Sprintf("cannot read dataset directory: %v", err)}}
	}
	// Files are read, cleaned and parsed in parallel (each with its own
	// problem list, merged in directory order): loading is most of the
	// dashboard's start-up, and the files do not depend on each other.
	// A pool of one worker per CPU, not a goroutine per file, bounds what
	// is in flight: a YAML file's node tree is several times its size, and
	// a large dataset's trees must not all be alive at once.
	type result struct {
		article *Article
		records *recordFile
		c       collector
	}
	var names []string
	for _, e := range entries {
		ext := path.Ext(e.Name())
		if !e.IsDir() && (ext == ".txt" || ext == ".yaml" || ext == ".yml") {
			names = append(names, e.Name())
		}
	}
	results := make([]result, len(names))
	parallel(len(names), func(i int) {
		name, r := names[i], &results[i]
		b, err := readLimited(fsys, name)
		switch {
		case err != nil:
			r.c.add(name, 0, 0, "%v", err)
		case path.Ext(name) != ".txt":
			r.records = decodeRecordFile(name, b, &r.c)
		case !utf8.Valid(b):
			r.c.add(name, lineOfInvalidUTF8(b), 0, "article is not valid UTF-8 text")
		default:
			raw := string(b)
			r.article = &Article{File: name, Raw: raw, Clean: Clean(raw)}
		}
	})
	var files []*recordFile
	for _, r := range results {
		if r.article != nil {
			s.articles[r.article.File] = r.article
		}
		if r.records != nil {
			files = append(files, r.records)
		}
	}
	if len(names) == 0 {
		c.add("", 0, 0, "no articles (*.txt) or record files (*.yaml) in the dataset directory")
	}
	v := &verifier{set: s, c: c}
	v.verify(files)
	// Each file's fields report into that file's collector, during parsing
	// and during verification alike; gather them all only now.
	for i := range results {
		rc := &results[i].c
		if len(rc.later) > 0 {
			if b, err := readLimited(fsys, names[i]); err == nil {
				rc.locate(b)
			}
		}
		c.list = append(c.list, rc.list...)
	}
	if len(c.list) > 0 {
		return nil, c.list.sorted()
	}
	s.index()
	return s, nil
}

// parallel runs do(0) … do(n-1) on one goroutine per CPU and returns when
// all are done.
func parallel(n int, do func(i int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				do(i)
			}
		}()
	}
	wg.Wait()
}

// readLimited reads a file, refusing ones over MaxFileBytes.
func readLimited(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, cleanFSError(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, cleanFSError(err)
	}
	if len(b) > MaxFileBytes {
		return nil, fmt.Errorf("file is larger than %d MiB; refusing to load it", MaxFileBytes>>20)
	}
	return b, nil
}

// cleanFSError drops the repeated path from *fs.PathError, since problems
// are already prefixed with the file name.
func cleanFSError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot read: %v", pe.Err)
	}
	return err
}

func lineOfInvalidUTF8(b []byte) int {
	line := 1
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		b = b[size:]
	}
	return line
}

// index sorts the public slices once loading has succeeded.
func (s *Set) index() {
	for _, a := range s.articles {
		s.Articles = append(s.Articles, a)
	}
	sort.Slice(s.Articles, func(i, j int) bool { return s.Articles[i].File < s.Articles[j].File })
	for _, it := range s.items {
		s.Items = append(s.Items, it)
	}
	sort.Slice(s.Items, func(i, j int) bool { return s.Items[i].ID < s.Items[j].ID })
}
