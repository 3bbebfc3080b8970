package data

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
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
	figures  map[string]*Figure // while loading; then byID
	byID     []*Figure          // Figures by id, for Figure
	lazy     lazyIndexes        // see index.go
}

// Article returns the article with the given file name, or nil.
func (s *Set) Article(file string) *Article { return s.articles[file] }

// Item returns the item with the given id, or nil.
func (s *Set) Item(id string) *Item { return s.items[id] }

// Figure returns the figure with the given id, or nil. A loaded Set finds
// it by binary search in a sorted list rather than a map: a map of a
// hundred thousand figures is megabytes, and lookups by id are few.
func (s *Set) Figure(id string) *Figure {
	if s.figures != nil {
		return s.figures[id]
	}
	i, ok := slices.BinarySearchFunc(s.byID, id, func(f *Figure, id string) int { return strings.Compare(f.ID, id) })
	if !ok {
		return nil
	}
	return s.byID[i]
}

// Load reads every *.txt article and *.yaml record file at the root of fsys,
// verifies them, and returns the dataset. On any problem it returns a nil
// Set and a Problems error listing all of them: nothing is half-loaded.
func Load(fsys fs.FS) (*Set, error) { return LoadProgress(fsys, nil) }

// LoadProgress is Load that reports its progress: progress(done, total)
// after each file is read and checked (articles first, then record
// files), from the loading goroutines — it must be safe for concurrent
// use and quick (the dashboard sends a message). nil reports nothing.
func LoadProgress(fsys fs.FS, progress func(done, total int)) (*Set, error) {
	s, _, err := load(fsys, nil, false, progress)
	return s, err
}

// load is LoadProgress that, when keep is set, also returns what it parsed
// (a loadState), and reuses what prev parsed of files that have not
// changed (see reload.go). The state is returned whether or not the
// dataset verifies: the next reload starts from it either way.
func load(fsys fs.FS, prev *loadState, keep bool, progress func(done, total int)) (*Set, *loadState, error) {
	c := &collector{}
	s := &Set{articles: map[string]*Article{}, items: map[string]*Item{}, figures: map[string]*Figure{}}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, nil, Problems{{Msg: fmt.Sprintf("cannot read dataset directory: %v", err)}}
	}
	// Files are read, cleaned and parsed in parallel (each with its own
	// problem list, merged in directory order): loading is most of the
	// dashboard's start-up, and the files do not depend on each other.
	// A pool of one worker per CPU, not a goroutine per file, bounds what
	// is in flight: a YAML file's node tree is several times its size, and
	// a large dataset's trees must not all be alive at once.
	//
	// Articles come first, so that each record can be checked against
	// them as it is read (see verifier) and nothing of it but the record
	// need be kept.
	type result struct {
		article *Article
		text    *textIndex
		records *recordFile
		c       collector
	}
	var names []string
	for _, e := range entries {
		name, ext := e.Name(), path.Ext(e.Name())
		switch {
		case e.IsDir() || (ext != ".txt" && ext != ".yaml" && ext != ".yml"):
		case !e.Type().IsRegular():
			// Checked here and again on the opened file (RegularFS): a
			// link could lead out of the directory, a pipe would block.
			c.add(name, 0, 0, "%v (a link, pipe or device); a dataset holds its own files", ErrNotRegular)
		case SanitizeLine(name) != name:
			c.add(name, 0, 0, "file name has control, bidi or invisible characters; rename the file")
		default:
			names = append(names, name)
		}
	}
	results := make([]result, len(names))
	next := newLoadState(keep, prev)
	var done atomic.Int64
	step := func() {
		if progress != nil {
			progress(int(done.Add(1)), len(names))
		}
	}
	var articles, records []int
	for i, name := range names {
		if path.Ext(name) == ".txt" {
			articles = append(articles, i)
		} else {
			records = append(records, i)
		}
	}
	parallel(len(articles), func(k int) {
		i := articles[k]
		name, r := names[i], &results[i]
		b, err := readLimited(fsys, name)
		switch {
		case err != nil:
			r.c.add(name, 0, 0, "%v", err)
		case !utf8.ValidString(b):
			r.c.add(name, lineOfInvalidUTF8(b), 0, "article is not valid UTF-8 text")
		default:
			base := next.article(name, b)
			r.article = base.newArticle()
			r.text = base.text
		}
		step()
	})
	v := &verifier{set: s, c: c, texts: map[string]*textIndex{}, state: next}
	for _, i := range articles {
		if a := results[i].article; a != nil {
			s.articles[a.File] = a
			v.texts[a.File] = results[i].text
		}
	}
	parallel(len(records), func(k int) {
		defer step()
		i := records[k]
		name, r := names[i], &results[i]
		b, err := readLimited(fsys, name)
		if err != nil {
			r.c.add(name, 0, 0, "%v", err)
			return
		}
		r.records = next.recordFile(name, b, &r.c, v)
	})
	var files []*recordFile
	for _, r := range results {
		if r.records != nil {
			files = append(files, r.records)
		}
	}
	if len(names) == 0 && len(c.list) == 0 {
		c.add("", 0, 0, "no articles (*.txt) or record files (*.yaml) in the dataset directory")
	}
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
		next.done()
		return nil, next, c.list.sorted()
	}
	next.done()
	s.index()
	return s, next, nil
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

// readLimited reads a file as text, refusing ones over MaxFileBytes. The
// buffer is sized from the file's reported size and becomes the string
// without a copy: a large dataset is hundreds of files, and growing a
// buffer by doubling then copying it was a fifth of what loading allocated.
func readLimited(fsys fs.FS, name string) (string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return "", cleanFSError(err)
	}
	defer f.Close()
	var b strings.Builder
	if info, err := f.Stat(); err == nil && info.Size() > 0 {
		b.Grow(int(min(info.Size(), MaxFileBytes)) + 1)
	}
	if _, err := io.Copy(&b, io.LimitReader(f, MaxFileBytes+1)); err != nil {
		return "", cleanFSError(err)
	}
	if b.Len() > MaxFileBytes {
		return "", fmt.Errorf("file is larger than %d MiB; refusing to load it", MaxFileBytes>>20)
	}
	return b.String(), nil
}

// cleanFSError drops the repeated path from *fs.PathError, since problems
// are already prefixed with the file name.
func cleanFSError(err error) error {
	var pe *fs.PathError
	if errors.Is(err, ErrNotRegular) {
		return ErrNotRegular
	}
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot read: %v", pe.Err)
	}
	return err
}

func lineOfInvalidUTF8(b string) int {
	line := 1
	for len(b) > 0 {
		r, size := utf8.DecodeRuneInString(b)
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

// index sorts the public slices once loading has succeeded, and trades the
// figure map for the sorted list Figure searches.
func (s *Set) index() {
	s.byID = slices.Clone(s.Figures)
	slices.SortFunc(s.byID, func(a, b *Figure) int { return strings.Compare(a.ID, b.ID) })
	s.figures = nil
	for _, a := range s.articles {
		s.Articles = append(s.Articles, a)
	}
	sort.Slice(s.Articles, func(i, j int) bool { return s.Articles[i].File < s.Articles[j].File })
	for _, it := range s.items {
		s.Items = append(s.Items, it)
	}
	sort.Slice(s.Items, func(i, j int) bool { return s.Items[i].ID < s.Items[j].ID })
}
