#!/usr/bin/env bash
# Scale budgets: ictdash must stay instant over years of reporting.
#
# Generates a synthetic dataset of FIGURES figures (default 100000) in a
# temporary directory (go run ./internal/synth), runs the scale benchmarks
# on it, measures peak resident memory of `ictdash check` and of building
# the dashboard, and prints one line per budget: name, measured, budget,
# PASS or FAIL. Exits 1 if any budget fails.
#
# Timings are the median of RUNS runs (default 3) of each benchmark, so that
# one run disturbed by another process on the machine does not decide; a
# frame budget is judged on the slowest frame of a run, not the mean.
#
#   scripts/scale.sh
#   FIGURES=20000 RUNS=1 scripts/scale.sh      # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."

figures=${FIGURES:-100000}
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=$work/corpus

echo "scale: generating $figures figures in $corpus" >&2
go run ./internal/synth -figures "$figures" -out "$corpus" >&2
go build -o "$work/ictdash" .
go build -o "$work/peakrss" ./internal/peakrss
go test -c -o "$work/tui.test" ./tui
export ICTDASH_SCALE_DIR=$corpus
# The verified cache of --data loads goes here, not into the user's: the
# first `check` below writes it (its peak memory includes that), the
# second-start budget reads it.
export XDG_CACHE_HOME=$work/cache

# bench PACKAGE BENCHMARK BENCHTIME: run a benchmark RUNS times, output kept.
bench() {
	echo "scale: $2 ($runs runs)" >&2
	go test "$1" -run '^$' -bench "^$2\$" -benchtime "$3" -count "$runs" | tee -a "$work/bench.txt" | grep "^$2" || {
		echo "scale: $2 did not run" >&2
		return 1
	}
}

# median METRIC: the median of a benchmark's METRIC (the unit after the
# number, e.g. ns/op or max-ms) over the lines on stdin.
median() {
	awk -v unit="$1" '{ for (i = 2; i <= NF; i++) if ($i == unit) print $(i-1) }' | sort -g |
		awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; print v[int((NR + 1) / 2)] }'
}

# peak_kib COMMAND...: the command's peak resident set size in KiB, by GNU
# time where there is one, else by internal/peakrss (the same getrusage).
peak_kib() {
	if /usr/bin/time -v true >/dev/null 2>&1; then
		/usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
			cat "$work/stderr.txt" >&2
			return 1
		}
		cat "$work/time.txt"
	else
		"$work/peakrss" "$@" 2>"$work/stderr.txt" || {
			cat "$work/stderr.txt" >&2
			return 1
		}
	fi | awk -F': ' '/Maximum resident set size/ { print $2 }'
}

load=$(bench ./data BenchmarkScaleLoad 5x | median ns/op)
filter=$(bench ./tui BenchmarkScaleFilterKeystroke 300x)
scroll=$(bench ./tui BenchmarkScaleScroll 500x)
brief=$(bench ./brief BenchmarkScaleBrief 10x | median ns/op)
reload=$(bench ./data BenchmarkScaleReload 10x | median ns/op)
# The dashboard's first frame on a second start (the verified cache
# written by the first), exec to the first frame showing the tab bar, in
# real tmux (../shared/tools/ttff.py); skipped without tmux or python3.
ttff=../shared/tools/ttff.py
second=""
if command -v tmux >/dev/null && command -v python3 >/dev/null && [ -f "$ttff" ]; then
	echo "scale: second start, first frame ($runs runs)" >&2
	"$work/ictdash" check --data "$corpus" >/dev/null
	second=$(python3 "$ttff" -n "$runs" --marker-a Overview --a "env XDG_CACHE_HOME=$work/cache $work/ictdash --data $corpus" |
		awk '/^A median/ { print $3 }')
else
	echo "scale: no tmux or python3 (or $ttff): the second-start budget is not measured" >&2
fi
# Peak memory is the median of RUNS runs too: the collector's timing
# (against the limit memlimit sets) moves one run's peak by ±15 MB.
echo "scale: peak memory ($runs runs)" >&2
median_kib() {
	for _ in $(seq "$runs"); do
		peak_kib "$@"
	done | awk '{ print "x", $1, "kib" }' | median kib
}
check_kib=$(median_kib "$work/ictdash" check --data "$corpus")
model_kib=$(median_kib "$work/tui.test" -test.run '^TestScaleModelMemory$')

results=$work/results.txt
: >"$results"
# row NAME MEASURED UNIT BUDGET [MEAN]: one budget line; PASS when
# measured <= budget.
row() {
	awk -v name="$1" -v m="$2" -v unit="$3" -v b="$4" -v extra="${5:-}" 'BEGIN {
		verdict = (m + 0 <= b + 0) ? "PASS" : "FAIL"
		printf "%-58s %10.1f %-3s %8s %-3s %s%s\n", name, m, unit, "<= " b, unit, verdict, extra
	}' | tee -a "$results"
}
echo
printf "%-58s %14s %12s %s\n" "budget ($figures figures, $(nproc) CPUs)" "measured" "budget" "result"
row "load and verify: data.Load of the corpus" "$(awk -v n="$load" 'BEGIN { print n / 1e6 }')" ms 1000
row "filter keystroke: Update+View at 120x40, Investments" "$(echo "$filter" | median max-ms)" ms 16 \
	"  (slowest frame; mean $(echo "$filter" | median ns/op | awk '{ printf "%.1f", $1 / 1e6 }') ms, $(echo "$filter" | median rows | awk '{ printf "%d", $1 }') rows)"
row "scroll one row: Update+View at 120x40, every figure" "$(echo "$scroll" | median max-ms)" ms 16 \
	"  (slowest frame; mean $(echo "$scroll" | median ns/op | awk '{ printf "%.1f", $1 / 1e6 }') ms, $(echo "$scroll" | median rows | awk '{ printf "%d", $1 }') rows)"
row "peak RSS: ictdash check --data DIR" "$(awk -v k="$check_kib" 'BEGIN { print k * 1024 / 1e6 }')" MB 150
row "peak RSS: load, build the dashboard, first frame" "$(awk -v k="$model_kib" 'BEGIN { print k * 1024 / 1e6 }')" MB 150
row "ictdash brief: Build + WriteText" "$(awk -v n="$brief" 'BEGIN { print n / 1e6 }')" ms 200
row "reload after one record file changes: Dir.Reload" "$(awk -v n="$reload" 'BEGIN { print n / 1e6 }')" ms 200
if [ -n "$second" ]; then
	row "dashboard second start (cache): exec to first frame" "$second" ms 300
fi
if grep -q FAIL "$results"; then
	exit 1
fi
