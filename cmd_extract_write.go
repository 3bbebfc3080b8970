package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"ictdash/extract"
)

// How extract --into writes. The directory may be someone else's (shared,
// unpacked from an archive), so a name in it may be planted: a link to a
// file outside, or a file the analyst has reviewed. extract never writes
// through a link and never replaces a file it did not create:
//
//   - DIR is opened with os.Root, so no name can reach outside it;
//   - each file is first written whole under a fresh temporary name,
//     created with O_CREATE|O_EXCL|O_NOFOLLOW (a link or anything at that
//     name makes the create fail);
//   - it is then hard-linked to its final name. link(2) fails when the
//     name exists — as a file or as a link, dangling or not — and never
//     follows it, so the check and the write are one atomic step: nothing
//     can be slipped in between. (A rename would silently replace what is
//     there.) A complete file appears at the final name or none does.
//   - if the second file cannot be placed, the first is removed again, so
//     a failure leaves neither half of a draft behind; the temporary names
//     are always removed.
//
// Where the file system has no hard links (FAT, some network mounts), the
// final name is created directly with O_EXCL|O_NOFOLLOW instead: still
// never over anything or through a link, but a write that fails midway is
// removed rather than never seen.

// newFile is a file to create and its contents.
type newFile struct {
	name string
	body []byte
}

// existsError is a final name that is already taken.
type existsError struct {
	name string
	link bool // it is a symbolic link
}

func (e *existsError) Error() string {
	if e.link {
		return e.name + " exists and is a link; not writing through it"
	}
	return e.name + " exists; not overwriting it"
}

// writeDraft puts the article NAME.txt and its draft NAME.yaml into dir
// (created if missing) as described above, and says what it wrote.
func writeDraft(dir, name string, raw []byte, draft *extract.Draft, stdout, stderr io.Writer) int {
	var rec bytes.Buffer
	if err := draft.WriteYAML(&rec); err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %s\n", safe(err.Error()))
		return 1
	}
	names := draftNames(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %s\n", safe(err.Error()))
		return 1
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %s\n", safe(err.Error()))
		return 1
	}
	defer root.Close()
	err = createAll(root, []newFile{{names[0], draft.Article}, {names[1], rec.Bytes()}})
	var exists *existsError
	if errors.As(err, &exists) {
		return refused(dir, []*existsError{exists}, stderr)
	}
	if err != nil {
		fmt.Fprintf(stderr, "ictdash extract: %s; nothing was written\n", safe(err.Error()))
		return 1
	}
	decoded := ""
	if draft.Decoded != "" {
		decoded = " (" + draft.Decoded + ")"
	}
	fmt.Fprintf(stdout, "wrote %s%s and %s: %d draft figures, %d skipped numbers, all marked for review\nnext: ictdash check --data %s\n",
		safe(filepath.Join(dir, names[0])), safe(decoded), safe(filepath.Join(dir, names[1])), len(draft.Figures), len(draft.Skipped), safe(dir))
	return 0
}

// refuseExisting checks, before anything is drafted, that none of names
// exists in dir (a missing dir holds nothing), and if one does says which
// and returns exit status 1.
func refuseExisting(dir string, names [2]string, stderr io.Writer) int {
	root, err := os.OpenRoot(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "ictdash extract: --into: %s\n", safe(err.Error()))
		return 1
	}
	defer root.Close()
	var taken []*existsError
	for _, name := range names {
		if e, err := taken1(root, name); err != nil {
			fmt.Fprintf(stderr, "ictdash extract: %s\n", safe(err.Error()))
			return 1
		} else if e != nil {
			taken = append(taken, e)
		}
	}
	if len(taken) > 0 {
		return refused(dir, taken, stderr)
	}
	return 0
}

// taken1 is an existsError when name exists in root, nil when it does not.
func taken1(root *os.Root, name string) (*existsError, error) {
	info, err := root.Lstat(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &existsError{name: name, link: info.Mode()&fs.ModeSymlink != 0}, nil
}

func refused(dir string, taken []*existsError, stderr io.Writer) int {
	for _, e := range taken {
		e := *e
		e.name = filepath.Join(dir, e.name)
		fmt.Fprintf(stderr, "ictdash extract: %s\n", safe(e.Error()))
	}
	fmt.Fprintln(stderr, "ictdash extract: nothing was written; move it away or extract into another directory")
	return 1
}

// createAll creates every file in root, all or none, never over or
// through an existing name. An existing final name is an *existsError.
func createAll(root *os.Root, files []newFile) error {
	for _, f := range files {
		e, err := taken1(root, f.name)
		if err != nil {
			return err
		}
		if e != nil {
			return e
		}
	}
	return placeAll(root, files)
}

// placeAll places each file in turn; when one fails (its name was taken
// since the check, the disk is full), those placed before it are removed.
func placeAll(root *os.Root, files []newFile) error {
	var placed []placedFile
	for _, f := range files {
		p, err := place(root, f)
		if err != nil {
			for _, p := range placed {
				p.remove(root)
			}
			return err
		}
		placed = append(placed, p)
	}
	return nil
}

// placedFile is a final name this command created, with the file's
// identity, so that undoing removes it only if it is still ours.
type placedFile struct {
	name string
	info fs.FileInfo
}

func (p placedFile) remove(root *os.Root) {
	if now, err := root.Lstat(p.name); err == nil && os.SameFile(now, p.info) {
		root.Remove(p.name)
	}
}

// place writes f under a temporary name and links it to f.name.
func place(root *os.Root, f newFile) (placedFile, error) {
	tmp, info, err := createTemp(root, f.name, f.body)
	if err != nil {
		return placedFile{}, err
	}
	defer root.Remove(tmp)
	err = root.Link(tmp, f.name)
	switch {
	case err == nil:
		return placedFile{f.name, info}, nil
	case errors.Is(err, fs.ErrExist):
		// Created by someone else since the check.
		e, _ := taken1(root, f.name)
		if e == nil {
			e = &existsError{name: f.name}
		}
		return placedFile{}, e
	}
	// No hard links here: create the final name itself, exclusively.
	info, err = writeNew(root, f.name, f.body)
	if errors.Is(err, fs.ErrExist) {
		return placedFile{}, &existsError{name: f.name}
	}
	return placedFile{f.name, info}, err
}

// createTemp writes body to a fresh name in root and returns the name. The
// name is short (a long final name must not make it too long), hidden, and
// not one the loader reads, should the process be killed before removing
// it.
func createTemp(root *os.Root, final string, body []byte) (string, fs.FileInfo, error) {
	for range 100 {
		tmp := ".ictdash-extract-" + strconv.FormatUint(rand.Uint64(), 36) + ".tmp"
		info, err := writeNew(root, tmp, body)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return tmp, info, err
	}
	return "", nil, fmt.Errorf("no free temporary name for %s", final)
}

// writeNew creates name, which must not exist (nor be a link), writes
// body to it and syncs it. On failure the file is removed.
func writeNew(root *os.Root, name string, body []byte) (fs.FileInfo, error) {
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL|createNoFollow, 0o644)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err == nil {
		_, err = f.Write(body)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		// Remove it unless it was swapped for another file meanwhile.
		if now, lerr := root.Lstat(name); lerr == nil && (info == nil || os.SameFile(now, info)) {
			root.Remove(name)
		}
		return nil, err
	}
	return info, nil
}
