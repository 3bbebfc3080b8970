package extract

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles expr on first use, keeping the cost out of the start
// of every ictdash command (the dashboard links this package too).
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
