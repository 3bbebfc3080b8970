package data

import "io/fs"

// Incremental loads one dataset again and again, re-verifying only the
// files whose bytes changed since its last load (and the record files of
// changed articles), as Dir.Reload does for a watched directory: the
// review's writes are checked against the whole dataset this way, so a
// decision on a large dataset costs the files it touches, not a full load.
// It is not safe for concurrent use.
type Incremental struct{ st *loadState }

// Load loads fsys, reusing what the last Load read where the bytes are
// the same. The result is what Load(fsys) gives (TestReloadIsLoad).
func (in *Incremental) Load(fsys fs.FS) (*Set, error) {
	set, st, err := load(fsys, in.st, true, nil)
	in.st = st
	return set, err
}
