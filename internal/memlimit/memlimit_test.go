package memlimit

import (
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestFor(t *testing.T) {
	if got := For(0); got != Floor {
		t.Errorf("For(0) = %d, want the floor %d", got, Floor)
	}
	if got := For(400 << 20); got != 1000<<20 {
		t.Errorf("For(400 MiB) = %d MiB, want 1000", got>>20)
	}
}

func TestSize(t *testing.T) {
	dir := t.TempDir()
	for name, size := range map[string]int{"a.txt": 10, "a.yaml": 20, "b.yml": 5, "notes.md": 100} {
		if err := os.WriteFile(filepath.Join(dir, name), make([]byte, size), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got := Size(dir); got != 35 {
		t.Errorf("Size = %d, want 35 (the .txt, .yaml and .yml files)", got)
	}
	if got := Size(filepath.Join(dir, "missing")); got != 0 {
		t.Errorf("Size of a missing directory = %d", got)
	}
}

const mib = 1 << 20

// cheap is a sample whose collector has cost 5% of the CPU time.
func cheap(live, nonHeap uint64, cpu float64) Sample {
	return Sample{Live: live, NonHeap: nonHeap, GOGC: 100, GCCPU: 0.05 * cpu, WorkCPU: cpu}
}

// TestLimitFloor: a live heap well under the floor leaves the floor.
func TestLimitFloor(t *testing.T) {
	p := policy{floor: 128 * mib}
	for _, live := range []uint64{0, 1 * mib, 60 * mib, 110 * mib} {
		if got := p.limit(cheap(live, 8*mib, 1)); got != 128*mib {
			t.Errorf("live %d MiB: limit %d MiB, want the floor 128", live/mib, got/mib)
		}
	}
}

// TestLimitGrowsWithLive: once the live heap comes within Headroom of the
// floor, the limit rises with it and always leaves that room.
func TestLimitGrowsWithLive(t *testing.T) {
	p := policy{floor: 128 * mib}
	prev := int64(0)
	for live := uint64(100 * mib); live <= 1000*mib; live += 50 * mib {
		s := cheap(live, 10*mib, 1)
		got := p.limit(s)
		if room := int64(Headroom*float64(live)) + 10*mib; got < room {
			t.Errorf("live %d MiB: limit %d MiB, closer to live than Headroom (%d MiB)", live/mib, got/mib, room/mib)
		}
		if got < prev {
			t.Errorf("live %d MiB: limit %d MiB fell from %d MiB as live grew", live/mib, got/mib, prev/mib)
		}
		prev = got
	}
	if want := int64(Headroom*1000*mib) + 10*mib; prev != want {
		t.Errorf("live 1000 MiB: limit %d MiB, want %d", prev/mib, want/mib)
	}
	if p.yielded {
		t.Error("yielded to GOGC although the collector was cheap")
	}
}

// TestLimitNeverBelowFloor: when the live heap shrinks again, the limit
// follows it down to the floor and no further.
func TestLimitNeverBelowFloor(t *testing.T) {
	for _, yielded := range []bool{false, true} {
		p := policy{floor: 200 * mib, yielded: yielded}
		if got := p.limit(cheap(400*mib, 10*mib, 1)); got <= 400*mib {
			t.Errorf("yielded %v, live 400 MiB: limit %d MiB", yielded, got/mib)
		}
		for _, live := range []uint64{150 * mib, 50 * mib, 0} {
			if got := p.limit(cheap(live, 10*mib, 2)); got < 200*mib {
				t.Errorf("yielded %v, live %d MiB: limit %d MiB, below the floor", yielded, live/mib, got/mib)
			}
		}
		if got := p.limit(cheap(0, 0, 3)); got != 200*mib {
			t.Errorf("yielded %v, nothing live: limit %d MiB, want the floor", yielded, got/mib)
		}
	}
}

// TestLimitYields: when the limit paces the collector and the collector
// has cost more than MaxGCShare of the CPU since the limit was set, the
// limit gives the heap GOGC's room from then on.
func TestLimitYields(t *testing.T) {
	p := policy{floor: 200 * mib, start: Sample{GCCPU: 1, WorkCPU: 10}}
	// 160 MiB live: the floor leaves 1.2x, the limit paces (GOGC would
	// allow 2x). The collector has cost 0.1 of 1 s worked since the start.
	s := Sample{Live: 160 * mib, NonHeap: 10 * mib, GOGC: 100, GCCPU: 1.1, WorkCPU: 11}
	if got := p.limit(s); got != 200*mib || p.yielded {
		t.Fatalf("GC share 0.1: limit %d MiB (yielded %v), want the floor", got/mib, p.yielded)
	}
	// Then 0.35 of 2 s.
	s.GCCPU, s.WorkCPU = 1.7, 12
	if got, want := p.limit(s), int64(2*160*mib+10*mib); got != want || !p.yielded {
		t.Fatalf("GC share 0.35: limit %d MiB (yielded %v), want twice live plus non-heap, %d MiB", got/mib, p.yielded, want/mib)
	}
	// It stays yielded when the collector is cheap again, following the
	// live heap, with GOGC's room (here GOGC=50).
	s = Sample{Live: 300 * mib, NonHeap: 10 * mib, GOGC: 50, GCCPU: 1.7, WorkCPU: 100}
	if got, want := p.limit(s), int64(1.5*300*mib+10*mib); got != want {
		t.Errorf("yielded, GOGC=50, live 300 MiB: limit %d MiB, want %d", got/mib, want/mib)
	}
}

// TestLimitDoesNotYieldWhenGOGCPaces: a costly collector is not the
// limit's doing while GOGC's goal is below the limit (a small heap).
func TestLimitDoesNotYieldWhenGOGCPaces(t *testing.T) {
	p := policy{floor: 200 * mib}
	s := Sample{Live: 20 * mib, NonHeap: 5 * mib, GOGC: 100, GCCPU: 0.5, WorkCPU: 1}
	if got := p.limit(s); got != 200*mib || p.yielded {
		t.Errorf("GOGC pacing, GC share 0.5: limit %d MiB (yielded %v), want the floor", got/mib, p.yielded)
	}
	// With GOGC=off the limit always paces: it yields (and never lifts
	// the bound altogether, which would leave nothing to collect by).
	s.GOGC = -1
	if got := p.limit(s); !p.yielded || got != 200*mib {
		t.Errorf("GOGC off, GC share 0.5: limit %d MiB (yielded %v), want the floor and yielded", got/mib, p.yielded)
	}
	if got := p.limit(Sample{Live: 150 * mib, GOGC: -1}); got != 300*mib {
		t.Errorf("GOGC off, yielded, live 150 MiB: limit %d MiB, want 300", got/mib)
	}
}

// TestLimitSaturates: absurd samples do not overflow into a negative
// limit (which would mean "no limit" to nobody's benefit, or a panic).
func TestLimitSaturates(t *testing.T) {
	p := policy{floor: Floor}
	if got := p.limit(Sample{Live: math.MaxUint64, NonHeap: math.MaxUint64, GOGC: 100}); got <= Floor {
		t.Errorf("huge live heap: limit %d", got)
	}
}

// TestGOMEMLIMITOverrides: with GOMEMLIMIT set, ForDataset changes nothing.
func TestGOMEMLIMITOverrides(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "1GiB")
	before := debug.SetMemoryLimit(-1)
	if got := ForDataset(t.TempDir()); got != 0 {
		t.Errorf("ForDataset = %d with GOMEMLIMIT set, want 0", got)
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("the limit changed from %d to %d with GOMEMLIMIT set", before, after)
	}
}

// TestForDatasetSetsFloor: without GOMEMLIMIT, the floor is set at once.
func TestForDatasetSetsFloor(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	dir := t.TempDir()
	name := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(name, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(name, 100<<20); err != nil { // sparse: 100 MiB by size
		t.Fatal(err)
	}
	if got := ForDataset(dir); got != 250<<20 {
		t.Errorf("ForDataset = %d MiB, want 2.5 x 100", got/mib)
	}
	if got := debug.SetMemoryLimit(-1); got < 250<<20 {
		t.Errorf("limit %d MiB after ForDataset, want at least the floor 250", got/mib)
	}
}

// TestTunerFollowsCollections: the tuner hears of real collections and
// raises the limit when the live heap passes floor/Headroom, then brings
// it back to the floor when that heap is freed. The limit is recorded, not
// set, so the test process is not constrained.
func TestTunerFollowsCollections(t *testing.T) {
	const floor = 16 * mib
	limits := make(chan int64, 1000)
	tu := &tuner{set: func(int64) int64 { return 0 }, read: read,
		after: func(l int64, _ Sample) { limits <- l }}
	tu.reset(floor)
	tu.arm()
	defer tu.stop()

	// wait collects until the tuner reports a limit that ok accepts.
	wait := func(what string, ok func(int64) bool) int64 {
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			runtime.GC()
			for {
				select {
				case l := <-limits:
					if ok(l) {
						return l
					}
					continue
				case <-time.After(10 * time.Millisecond):
				}
				break
			}
		}
		t.Fatalf("no collection set a limit %s", what)
		return 0
	}

	ballast := make([][]byte, 64)
	for i := range ballast {
		ballast[i] = make([]byte, mib)
	}
	l := wait("above 64 MiB live x Headroom", func(l int64) bool { return l >= int64(Headroom*float64(len(ballast)*mib)) })
	t.Logf("with 64 MiB live: limit %d MiB", l/mib)
	runtime.KeepAlive(ballast)
	ballast = nil
	l = wait("back at the floor", func(l int64) bool { return l < 32*mib })
	if l < floor {
		t.Errorf("limit %d MiB, below the floor", l/mib)
	}
}
