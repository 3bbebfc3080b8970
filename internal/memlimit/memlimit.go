// Package memlimit gives the garbage collector a soft memory limit suited
// to the dataset a command loads.
//
// By default Go lets the heap grow to twice what was live after the last
// collection before collecting again. A loaded dataset is long-lived and
// large — about twice its size on disk — so the default would let ictdash
// use four times the dataset's size: 200 MB for years of reporting where
// 100 MB is live. A soft limit keeps the footprint near what is live; it
// is set well above that so that the collector does not run constantly.
package memlimit

import (
	"os"
	"path/filepath"
	"runtime/debug"
)

// Floor is the least limit set: small datasets never come near it.
const Floor = 128 << 20

// Factor times the dataset's size on disk is the limit for large ones.
const Factor = 2.5

// For returns the limit for a dataset of size bytes on disk.
func For(size int64) int64 { return max(Floor, int64(Factor*float64(size))) }

// ForDataset sets the limit for the dataset in dir ("" for the embedded
// seeds) and returns it, or returns 0 and changes nothing when GOMEMLIMIT
// is set: the environment overrides.
func ForDataset(dir string) int64 {
	if os.Getenv("GOMEMLIMIT") != "" {
		return 0
	}
	limit := For(Size(dir))
	debug.SetMemoryLimit(limit)
	return limit
}

// Size is the total size of the dataset files in dir (the *.txt, *.yaml
// and *.yml files the loader reads), or 0 when it cannot be read.
func Size(dir string) int64 {
	if dir == "" {
		return 0
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	var n int64
	for _, e := range entries {
		switch filepath.Ext(e.Name()) {
		case ".txt", ".yaml", ".yml":
			if info, err := e.Info(); err == nil && info.Mode().IsRegular() {
				n += info.Size()
			}
		}
	}
	return n
}
