//go:build !unix

package data

import "io/fs"

// ownedByUser cannot be told here; the cache directory is the user's own
// profile, which other users cannot write.
func ownedByUser(fs.FileInfo) bool { return true }
