package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ErrNotRegular is what opening a dataset file that is a symbolic link,
// a named pipe, a device or a socket gives: a dataset is often someone
// else's folder, and a link to /etc/passwd or a FIFO that blocks for ever
// must be refused, not followed.
var ErrNotRegular = errors.New("not a regular file")

// LoadDir loads the dataset in directory dir. Every file is opened
// relative to the directory (os.Root, so no name can reach outside it),
// without following a link and without blocking on a pipe, and only
// regular files are read.
func LoadDir(dir string) (*Set, error) { return LoadDirProgress(dir, nil) }

// LoadDirProgress is LoadDir reporting progress as LoadProgress does.
func LoadDirProgress(dir string, progress func(done, total int)) (*Set, error) {
	// The directory's name is an argument, as untrusted as a file name:
	// errors that quote it are sanitised.
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("--data: %s", SanitizeLine(err.Error()))
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("--data: %s is not a directory", SanitizeLine(dir))
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("--data: %s", SanitizeLine(err.Error()))
	}
	defer root.Close()
	return LoadProgress(RegularFS(root), progress)
}

// RegularFS is the files of root as an fs.FS that opens regular files
// only: a name that is a link, a pipe or a device gives ErrNotRegular,
// checked on the opened file itself so that nothing can be swapped in
// between a check and the open.
func RegularFS(root *os.Root) fs.FS { return regularFS{root: root, fsys: root.FS()} }

type regularFS struct {
	root *os.Root
	fsys fs.FS
}

func (r regularFS) Open(name string) (fs.File, error) {
	if name == "." {
		return r.fsys.Open(name)
	}
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := r.root.OpenFile(name, os.O_RDONLY|openNoFollow, 0)
	if err != nil {
		// A link is refused by O_NOFOLLOW (ELOOP) or, when it points out
		// of the directory, by os.Root: either way it is not a regular file.
		if info, lerr := r.root.Lstat(name); isLinkError(err) || lerr == nil && !info.Mode().IsRegular() {
			return nil, &fs.PathError{Op: "open", Path: name, Err: ErrNotRegular}
		}
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: ErrNotRegular}
	}
	return f, nil
}

func (r regularFS) ReadDir(name string) ([]fs.DirEntry, error) {
	return fs.ReadDir(r.fsys, name)
}
