package data

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"
)

// The verified cache of a --data directory: the Set a successful load
// gave, in the user's cache directory (os.UserCacheDir()/ictdash/, one
// file per dataset, named by a hash of the dataset's absolute path),
// with each dataset file's name, size, modification time and SHA-256.
// A start whose files all match every one of those loads the cache and
// skips parsing and verifying; any difference (a file edited, touched,
// added or removed) and the cache is not used. SHA-256 because hashing
// the 45 MB corpus takes 24 ms on these machines (the CPUs hash in
// hardware): a cryptographic hash costs no more than a checksum would
// save, and no collision can pass a changed file as unchanged.
//
// A new build of ictdash never trusts an old cache (buildKey): the rules
// that verified it may have changed.

// cacheMagic starts a cache file; its last digits are the format version.
const cacheMagic = "ictdash-cache-1\n"

// maxCacheBytes bounds a cache file read: far above any real dataset's.
const maxCacheBytes = 1 << 30

// buildKey names the program that writes and reads a cache. A release
// build (clean VCS checkout) is its commit; any other build (a modified
// tree, go run, a test binary) is the hash of its own executable, so
// that two builds of different code never share a cache. It is "" when
// neither can be known: then there is no cache.
var buildKey = sync.OnceValue(func() string {
	key := cacheMagic[:len(cacheMagic)-1] + " " + runtime.Version() + " " + runtime.GOARCH
	if bi, ok := debug.ReadBuildInfo(); ok {
		rev, modified := "", ""
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value
			}
		}
		if rev != "" && modified == "false" {
			return key + " vcs " + rev
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return key + " exe " + hex.EncodeToString(h.Sum(nil))
})

// fileStamp is one dataset file as the cache knows it.
type fileStamp struct {
	name  string
	size  int64
	mtime int64 // Unix nanoseconds
	sum   [32]byte
}

// CachePath is where the cache of dataset directory dir is kept.
func CachePath(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(base, "ictdash", hex.EncodeToString(sum[:16])+".cache"), nil
}

// encodeCache is a cache file, in parts to be written one after another:
// magic, the header (build key, dataset path, stamps) and the Set.
func encodeCache(key, abs string, stamps []fileStamp, s *Set) [][]byte {
	h := &encoder{index: map[string]uint64{}}
	h.fields(key, abs)
	h.uint(uint64(len(stamps)))
	for _, st := range stamps {
		h.str(st.name)
		h.int(int(st.size))
		h.int(int(st.mtime))
		h.body = append(h.body, st.sum[:]...)
	}
	head := h.bytes()
	out := append([]byte(cacheMagic), fmt.Sprintf("%d\n", len(head))...)
	e := setEncoder(s)
	e.index = nil // the largest part of the encoder, not needed to write
	return [][]byte{append(out, head...), e.tableBytes(), e.body}
}

// decodeCacheHeader reads a cache file's header and returns the rest.
func decodeCacheHeader(src string) (key, abs string, stamps []fileStamp, rest string, err error) {
	src, ok := strings.CutPrefix(src, cacheMagic)
	if !ok {
		return "", "", nil, "", errCodec
	}
	n := 0
	if _, err := fmt.Sscanf(src, "%d\n", &n); err != nil || n < 0 {
		return "", "", nil, "", errCodec
	}
	_, src, _ = strings.Cut(src, "\n")
	if n > len(src) {
		return "", "", nil, "", errCodec
	}
	d := newDecoder(src[:n])
	key, abs = d.str(), d.str()
	stamps = make([]fileStamp, d.count())
	for i := range stamps {
		st := &stamps[i]
		st.name, st.size, st.mtime = d.str(), int64(d.int()), int64(d.int())
		if len(d.src) < 32 {
			return "", "", nil, "", errCodec
		}
		copy(st.sum[:], d.src[:32])
		d.src = d.src[32:]
	}
	if d.err != nil || len(d.src) != 0 {
		return "", "", nil, "", errCodec
	}
	return key, abs, stamps, src[n:], nil
}

// errUntrusted is a cache file that is a link, not a regular file, or
// not the user's own: never read.
var errUntrusted = errors.New("cache file is a link, not a regular file, or not yours")

// readCache reads the cache file at path, refusing one that is not the
// user's own regular file, or in a directory that is not theirs.
func readCache(path string) (string, error) {
	if err := ownDir(filepath.Dir(path)); err != nil {
		return "", err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNoFollow, 0)
	if err != nil {
		if isLinkError(err) {
			return "", errUntrusted
		}
		return "", err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return "", err
	}
	if !info.Mode().IsRegular() || !ownedByUser(info) || info.Size() > maxCacheBytes {
		return "", errUntrusted
	}
	b := make([]byte, info.Size())
	if _, err := io.ReadFull(f, b); err != nil {
		return "", err
	}
	return string(b), nil
}

// ownDir checks that dir is a directory (not a link to one) of the user.
func ownDir(dir string) error {
	info, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	if !info.IsDir() || !ownedByUser(info) {
		return fmt.Errorf("cache directory %s is a link or not yours", dir)
	}
	return nil
}

// writeCache writes b to path through a temporary file in the same
// directory and a rename, so that a reader sees the old file or the new,
// never part of one; the directory is made the user's alone (0700) and
// the file readable by them alone (0600).
func writeCache(path string, parts [][]byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	if err := ownDir(dir); err != nil {
		return err
	}
	removeStaleTemps(dir)
	f, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	for _, b := range parts {
		if err == nil {
			_, err = f.Write(b)
		}
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o600)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// removeStaleTemps deletes temporary files an interrupted write left (a
// dashboard killed while saving), once they are old enough that no
// writer can still be at work on them.
func removeStaleTemps(dir string) {
	temps, _ := filepath.Glob(filepath.Join(dir, "*.cache.tmp-*"))
	for _, t := range temps {
		if info, err := os.Lstat(t); err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) > 10*time.Minute {
			os.Remove(t)
		}
	}
}
