// Package memlimit gives the garbage collector a soft memory limit suited
// to the dataset a command loads, without ever letting that limit make the
// collector thrash.
//
// By default Go lets the heap grow to twice what was live after the last
// collection before collecting again (GOGC=100). A loaded dataset is
// long-lived and large, so that default lets ictdash hold twice what the
// dataset needs: the 100,000-figure corpus would peak near 200 MB where
// 100 MB is live. A soft limit keeps the footprint near what is live. But a
// limit guessed from the dataset's size on disk is wrong for some shapes:
// 50,000 small article+record pairs hold far more live memory per byte on
// disk while they load, and a fixed limit below the live heap had the
// collector running back to back, three times as slow as without a limit.
//
// The policy, reapplied after every collection (a cleanup on a sentinel
// object is the runtime's notice that one has finished):
//
//   - The floor: the limit is never below [For] of the dataset's size on
//     disk (Factor times it, at least Floor). Small datasets never reach
//     it; it is what keeps the 100,000-figure corpus within its budget,
//     the collector running more often near the end of loading.
//   - Headroom: the limit is never closer to the live heap than Headroom
//     times it (plus what the runtime holds outside the heap), so the heap
//     always has room to grow before the next collection and the limit
//     rises with the live heap. The room is small on purpose: loading the
//     100,000-figure corpus and building the dashboard over it leaves
//     about 0.9 of the floor live, and a wider margin there would lift the
//     limit past the memory budget. Thrashing is what the next rule is for.
//   - Yielding: if, while the limit rather than GOGC paces the collector,
//     the collector has taken more than MaxGCShare of the CPU time the
//     program has worked since the limit was set, the floor was the wrong
//     guess for this dataset. From then on the limit only follows the live
//     heap with the room GOGC gives it (twice live by default) — up and
//     down, never below the floor — so the collector costs about what it
//     would without a limit. Under the default pacing the collector takes about a
//     tenth of the time while a dataset loads, so a fifth means the limit
//     is making it run again and again.
//
// GOGC still applies below the limit: a small heap is collected at twice
// its live size as usual. GOMEMLIMIT in the environment overrides all of
// this: the limit is then left as the runtime set it, and never adjusted.
package memlimit

import (
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Floor is the least limit set: small datasets never come near it.
const Floor = 128 << 20

// Factor times the dataset's size on disk is the floor for large ones.
const Factor = 2.5

// Headroom is the least room the limit leaves above the live heap: the
// limit is at least Headroom times what the last collection found live,
// plus the runtime's memory outside the heap.
const Headroom = 1.05

// MaxGCShare is the collector's share of the program's CPU time, since the
// limit was set, beyond which the limit yields to GOGC's pacing.
const MaxGCShare = 0.2

// For returns the floor of the limit for a dataset of size bytes on disk.
func For(size int64) int64 { return max(Floor, int64(Factor*float64(size))) }

// Sample is the runtime's state after a collection, what the limit is
// computed from.
type Sample struct {
	// Live is the heap the last collection found live
	// (/gc/heap/live:bytes).
	Live uint64
	// NonHeap is the memory the runtime holds that counts against the
	// limit and is neither heap objects nor free heap pages: stacks,
	// metadata, fragmentation inside spans. The runtime subtracts the same
	// from the limit to get its heap goal.
	NonHeap uint64
	// GOGC is the collector's percentage (/gc/gogc:percent); negative
	// when off.
	GOGC int
	// GCCPU is the CPU time the collector has cost the program so far
	// (mark assists, dedicated and fractional marking, pauses; not marking
	// on otherwise idle processors), and WorkCPU that plus the program's
	// own: cumulative seconds, as /cpu/classes reports them.
	GCCPU, WorkCPU float64
}

// policy is the limit's state for one dataset.
type policy struct {
	floor   int64
	start   Sample // the CPU counters when the limit was set
	yielded bool
}

// limit returns the limit for the state s after a collection.
func (p *policy) limit(s Sample) int64 {
	gogc := 100.0
	if s.GOGC > 0 {
		gogc = float64(s.GOGC)
	}
	// The heap goal that GOGC alone would set, as a limit.
	paced := satAdd(mul(s.Live, 1+gogc/100), s.NonHeap)
	if p.yielded {
		return max(p.floor, paced)
	}
	limit := max(p.floor, satAdd(mul(s.Live, Headroom), s.NonHeap))
	if (s.GOGC < 0 || limit < paced) && p.gcShare(s) > MaxGCShare {
		p.yielded = true
		return max(p.floor, paced)
	}
	return limit
}

// gcShare is the collector's share of the CPU time worked since the start.
func (p *policy) gcShare(s Sample) float64 {
	work := s.WorkCPU - p.start.WorkCPU
	if work <= 0 {
		return 0
	}
	return (s.GCCPU - p.start.GCCPU) / work
}

func mul(n uint64, f float64) int64 {
	return int64(min(float64(n)*f, math.MaxInt64/2))
}

func satAdd(a int64, b uint64) int64 {
	const top = math.MaxInt64 / 2
	if b >= uint64(top-a) {
		return top
	}
	return a + int64(b)
}

// ForDataset sets the limit for the dataset in dir ("" for the embedded
// seeds) and returns it, or returns 0 and changes nothing when GOMEMLIMIT
// is set: the environment overrides. The limit returned is the floor, set
// at once; from then on it is reset after every collection by the policy
// above. Call it before loading; calling it again (another dataset in the
// same process) starts the policy afresh with that dataset's floor.
func ForDataset(dir string) int64 {
	if os.Getenv("GOMEMLIMIT") != "" {
		return 0
	}
	floor := For(Size(dir))
	global.reset(floor)
	globalOnce.Do(global.arm)
	return floor
}

var (
	global     = &tuner{set: debug.SetMemoryLimit, read: read}
	globalOnce sync.Once
)

// tuner applies the policy after every collection.
type tuner struct {
	set  func(int64) int64 // debug.SetMemoryLimit
	read func() Sample

	mu      sync.Mutex
	p       policy
	stopped bool
	after   func(int64, Sample) // called with each limit set (tests)
}

// reset starts the policy for a new floor and sets the limit now, not
// after the next collection: a limit left higher by an earlier dataset
// would let this one grow past its floor.
func (t *tuner) reset(floor int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.read()
	t.p = policy{floor: floor, start: s}
	t.set(t.p.limit(s))
}

// sentinel is allocated to be collected: its cleanup tells the tuner that
// a collection has finished. It holds a pointer so that it is not batched
// with other tiny objects, which could keep it alive.
type sentinel struct{ _ *sentinel }

// arm asks for a notice at the end of the next collection.
func (t *tuner) arm() {
	runtime.AddCleanup(new(sentinel), (*tuner).collected, t)
}

// collected runs (on a cleanup goroutine) after each collection that
// found the last sentinel unreachable: it sets the limit for the heap now
// live and asks for the next notice.
func (t *tuner) collected() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return
	}
	s := t.read()
	limit := t.p.limit(s)
	t.set(limit)
	if t.after != nil {
		t.after(limit, s)
	}
	t.arm()
}

// stop ends the notices: nothing is set after the next collection.
func (t *tuner) stop() {
	t.mu.Lock()
	t.stopped = true
	t.mu.Unlock()
}

var metricNames = [...]string{
	"/gc/heap/live:bytes",
	"/memory/classes/total:bytes",
	"/memory/classes/heap/released:bytes",
	"/memory/classes/heap/free:bytes",
	"/memory/classes/heap/objects:bytes",
	"/gc/gogc:percent",
	"/cpu/classes/user:cpu-seconds",
	"/cpu/classes/gc/mark/assist:cpu-seconds",
	"/cpu/classes/gc/mark/dedicated:cpu-seconds",
	"/cpu/classes/gc/pause:cpu-seconds",
}

// read samples the runtime's state. The CPU figures are those of the last
// collection's end (the runtime updates them then).
func read() Sample {
	var ms [len(metricNames)]metrics.Sample
	for i, n := range metricNames {
		ms[i].Name = n
	}
	metrics.Read(ms[:])
	u := func(i int) uint64 {
		if ms[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return ms[i].Value.Uint64()
	}
	f := func(i int) float64 {
		if ms[i].Value.Kind() != metrics.KindFloat64 {
			return 0
		}
		return ms[i].Value.Float64()
	}
	s := Sample{Live: u(0), GOGC: int(int64(u(5)))}
	// The runtime's mapped-ready memory, less free heap pages and heap
	// objects: its "non-heap memory" (memoryLimitHeapGoal in the pacer).
	if used := u(2) + u(3) + u(4); u(1) > used {
		s.NonHeap = u(1) - used
	}
	s.GCCPU = f(7) + f(8) + f(9)
	s.WorkCPU = f(6) + s.GCCPU
	return s
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
