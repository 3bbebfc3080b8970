#!/usr/bin/env bash
# Memory-limit policy: load time and peak RSS of `ictdash check` on two
# shapes of dataset, under three limits.
#
#   - the 100,000-figure corpus (go run ./internal/synth -figures 100000):
#     about 580 long articles;
#   - 50,000 small article+record pairs (-small-pairs 50000), 1-3 figures
#     each: more live memory per byte on disk while loading;
#
# each with the default policy (internal/memlimit), with a fixed limit at
# the policy's floor (GOMEMLIMIT=2.5x the size on disk, at least 128 MiB:
# the policy before it adapted to the live heap) and with no limit
# (GOMEMLIMIT=off). Prints the median wall time and median peak RSS of RUNS
# runs (default 5) of each, measured by GNU time where there is one, else
# by internal/peakrss (peak RSS only). Informational: no budget, no verdict.
#
#   scripts/memlimit.sh
#   RUNS=3 PAIRS=20000 scripts/memlimit.sh
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
figures=${FIGURES:-100000}
pairs=${PAIRS:-50000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "memlimit: generating $figures figures and $pairs small pairs in $work" >&2
go run ./internal/synth -figures "$figures" -out "$work/figures" >&2
go run ./internal/synth -small-pairs "$pairs" -out "$work/pairs" >&2
go build -o "$work/ictdash" .
go build -o "$work/peakrss" ./internal/peakrss
gnutime=false
if /usr/bin/time -v true >/dev/null 2>&1; then
	gnutime=true
fi

# floor DIR: the policy's floor for DIR, in bytes.
floor() {
	find "$1" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.yaml' -o -name '*.yml' \) -printf '%s\n' |
		awk '{ n += $1 } END { f = 2.5 * n; m = 128 * 1048576; printf "%d\n", (f > m ? f : m) }'
}

# one LIMIT DIR: "seconds kib" of one run of ictdash check (LIMIT "" is the
# default policy).
one() {
	local env=(env -u GOMEMLIMIT)
	if [ -n "$1" ]; then
		env=(env GOMEMLIMIT="$1")
	fi
	if $gnutime; then
		"${env[@]}" /usr/bin/time -v -o "$work/time.txt" "$work/ictdash" check --data "$2" >/dev/null
		awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
			/Maximum resident set size/ { k = $2 } END { print s, k }' "$work/time.txt"
	else
		"${env[@]}" "$work/peakrss" "$work/ictdash" check --data "$2" 2>/dev/null |
			awk -F': ' '/Maximum resident set size/ { print "-", $2 }'
	fi
}

# median: the median of the numbers on stdin.
median() {
	sort -g | awk '{ v[NR] = $1 } END { if (NR == 0 || v[1] == "-") { print "-"; exit } print v[int((NR + 1) / 2)] }'
}

printf "%-34s %-28s %10s %12s\n" "dataset" "limit" "wall s" "peak RSS MB"
for shape in figures pairs; do
	dir=$work/$shape
	name="$figures figures"
	[ "$shape" = pairs ] && name="$pairs small pairs"
	for limit in "" "$(floor "$dir")" off; do
		label="default policy"
		[ "$limit" = off ] && label="none (GOMEMLIMIT=off)"
		[ -n "$limit" ] && [ "$limit" != off ] && label="fixed at floor ($((limit >> 20)) MiB)"
		: >"$work/runs.txt"
		one "$limit" "$dir" >/dev/null # warm-up
		for _ in $(seq "$runs"); do
			one "$limit" "$dir" >>"$work/runs.txt"
		done
		wall=$(awk '{ print $1 }' "$work/runs.txt" | median)
		kib=$(awk '{ print $2 }' "$work/runs.txt" | median)
		printf "%-34s %-28s %10s %12.1f\n" "$name" "$label" "$wall" "$(awk -v k="$kib" 'BEGIN { print k * 1024 / 1e6 }')"
	done
done
