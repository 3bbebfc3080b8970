package review

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"time"

	"ictdash/data"
)

// Store reads and writes the record files of one dataset directory, and
// nothing outside it (an os.Root).
type Store struct {
	Dir  string
	root *os.Root
	read map[string][32]byte // each file's hash when it was last read or written
	// loads verifies the dataset, reading again only what changed.
	loads data.Incremental
	// beforeRename, when set (tests), runs after the temporary files are
	// written and synced and before any is renamed into place.
	beforeRename func(tmp []string)
}

// ChangedError says a file changed on disk since it was read: the curator
// is told and the file is read again; nothing was written.
type ChangedError struct{ Name string }

func (e *ChangedError) Error() string {
	return fmt.Sprintf("%s changed on disk since it was read; nothing was written, and it has been read again", data.SanitizeLine(e.Name))
}

// tmpMark is in every temporary file's name: the loader reads only *.txt
// and *.yaml, and Open removes what a killed writer left behind.
const tmpMark = ".review-tmp-"

// Open opens the dataset directory dir and removes temporary files a
// killed writer left in it.
func Open(dir string) (*Store, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	s := &Store{Dir: dir, root: root, read: map[string][32]byte{}}
	if entries, err := fs.ReadDir(root.FS(), "."); err == nil {
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") && strings.Contains(e.Name(), tmpMark) && e.Type().IsRegular() {
				_ = root.Remove(e.Name())
			}
		}
	}
	return s, nil
}

// Close releases the directory.
func (s *Store) Close() error { return s.root.Close() }

// Load loads the whole dataset as the loader does for --data.
func (s *Store) Load() (*data.Set, error) { return s.loads.Load(data.RegularFS(s.root)) }

// Read reads the record file name and remembers its hash.
func (s *Store) Read(name string) (*File, error) {
	src, err := s.readFile(name)
	if err != nil {
		return nil, err
	}
	f, err := Parse(name, src)
	if err != nil {
		return nil, err
	}
	s.read[name] = f.Hash
	return f, nil
}

func (s *Store) readFile(name string) ([]byte, error) {
	f, err := data.RegularFS(s.root).Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var b bytes.Buffer
	_, err = b.ReadFrom(f)
	return b.Bytes(), err
}

// Commit writes changes (file name → new bytes) if and only if the
// dataset loads with them in place, and no file changed on disk since it
// was read. It returns the loaded dataset. Each file is written to a
// temporary file in the directory, synced, and renamed over the original:
// a crash leaves the old or the new file, never a mix.
func (s *Store) Commit(changes map[string][]byte) (*data.Set, error) {
	names := make([]string, 0, len(changes))
	for n := range changes {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if err := s.unchanged(n); err != nil {
			return nil, err
		}
	}
	set, err := s.loads.Load(overlay{base: data.RegularFS(s.root), files: changes})
	if err != nil {
		return nil, err
	}
	tmps := make([]string, len(names))
	for i, n := range names {
		if tmps[i], err = s.writeTemp(n, changes[n]); err != nil {
			s.removeAll(tmps[:i])
			return nil, err
		}
	}
	if s.beforeRename != nil {
		s.beforeRename(tmps)
	}
	for i, n := range names {
		if err := s.root.Rename(tmps[i], n); err != nil {
			s.removeAll(tmps[i:])
			return nil, fmt.Errorf("writing %s: %w", data.SanitizeLine(n), err)
		}
		s.read[n] = sha256.Sum256(changes[n])
	}
	s.syncDir()
	return set, nil
}

// Preview loads the dataset as it would be after c, writing nothing: the
// loader's verdict on an edit as it is typed, and the conflict a merge
// would show.
func (s *Store) Preview(c Change) (*data.Set, error) {
	return s.loads.Load(overlay{base: data.RegularFS(s.root), files: c.After})
}

// unchanged checks that name still holds what was read (a file never
// read must not exist: Commit creates it).
func (s *Store) unchanged(name string) error {
	want, seen := s.read[name]
	src, err := s.readFile(name)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !seen:
		return nil
	case err != nil:
		return err
	case !seen || sha256.Sum256(src) != want:
		if seen {
			if f, err := Parse(name, src); err == nil {
				s.read[name] = f.Hash
			}
		}
		return &ChangedError{Name: name}
	}
	return nil
}

func (s *Store) writeTemp(name string, b []byte) (string, error) {
	var r [6]byte
	_, _ = rand.Read(r[:])
	tmp := "." + name + tmpMark + hex.EncodeToString(r[:])
	mode := fs.FileMode(0o644)
	if info, err := s.root.Lstat(name); err == nil {
		mode = info.Mode().Perm()
	}
	f, err := s.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return "", err
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = s.root.Remove(tmp)
		return "", err
	}
	return tmp, nil
}

func (s *Store) removeAll(tmps []string) {
	for _, t := range tmps {
		if t != "" {
			_ = s.root.Remove(t)
		}
	}
}

// syncDir makes the renames durable.
func (s *Store) syncDir() {
	if d, err := s.root.Open("."); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// overlay is base with some files replaced or added, for loading a
// dataset as it would be after a write, before writing.
type overlay struct {
	base  fs.FS
	files map[string][]byte
}

func (o overlay) Open(name string) (fs.File, error) {
	if b, ok := o.files[name]; ok {
		return &memFile{name: name, r: bytes.NewReader(b), size: int64(len(b))}, nil
	}
	return o.base.Open(name)
}

func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(o.base, name)
	if err != nil || name != "." {
		return entries, err
	}
	for n, b := range o.files {
		if !slices.ContainsFunc(entries, func(e fs.DirEntry) bool { return e.Name() == n }) {
			entries = append(entries, fs.FileInfoToDirEntry(memInfo{name: n, size: int64(len(b))}))
		}
	}
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries, nil
}

type memFile struct {
	name string
	r    *bytes.Reader
	size int64
}

func (f *memFile) Stat() (fs.FileInfo, error) {
	return memInfo{name: path.Base(f.name), size: f.size}, nil
}
func (f *memFile) Read(b []byte) (int, error) { return f.r.Read(b) }
func (f *memFile) Close() error               { return nil }

type memInfo struct {
	name string
	size int64
}

func (i memInfo) Name() string       { return i.name }
func (i memInfo) Size() int64        { return i.size }
func (i memInfo) Mode() fs.FileMode  { return 0o644 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }
