//go:build unix

package tui

import "syscall"

// createNoFollow makes creating a file fail on a symbolic link at its name
// (O_EXCL already does; this says so to every system).
const createNoFollow = syscall.O_NOFOLLOW
