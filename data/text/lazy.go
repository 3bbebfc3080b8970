package text

import (
	"regexp"
	"sync"
)

// LazyRegexp compiles expr the first time it is used. Unicode-class
// patterns cost milliseconds to compile, and package-level MustCompile would
// spend them at every start, before the dashboard's first frame, even when
// nothing is cleaned (the dashboard starts from a snapshot).
func LazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
