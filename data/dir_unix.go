//go:build unix

package data

import (
	"errors"
	"syscall"
)

// openNoFollow makes an open fail on a symbolic link (ELOOP) and return at
// once on a named pipe instead of waiting for a writer.
const openNoFollow = syscall.O_NOFOLLOW | syscall.O_NONBLOCK

func isLinkError(err error) bool { return errors.Is(err, syscall.ELOOP) }
