// Command synth writes a valid synthetic ictdash dataset of any size, so that
// the tool can be measured at the scale of years of reporting:
//
//	go run ./internal/synth -figures 100000 -out DIR
//
// The dataset passes `ictdash check`: every quote is verbatim in its
// article's clean text, every value as written reads back as its value,
// qualifier and unit, and every number in every article is a figure or a
// skipped entry. The same seed always writes the same bytes.
//
// With -small-pairs N it writes N small articles instead, each a few
// sentences with one to three figures and its own record file: the shape
// of many short news items rather than a few hundred long ones.
//
//	go run ./internal/synth -small-pairs 50000 -out DIR
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	figures := flag.Int("figures", 100000, "how many figures to write (derived ones included)")
	out := flag.String("out", "", "the dataset `DIR` to write (created if missing)")
	small := flag.Int("small-pairs", 0, "write `N` small article+record pairs (1–3 figures each) instead of -figures")
	seed := flag.Uint64("seed", 1, "random seed: the same seed writes the same dataset")
	flag.Parse()
	if *out == "" || *figures < 1 || *small < 0 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/synth [-figures N | -small-pairs N] -out DIR [-seed S]")
		os.Exit(2)
	}
	st, err := generate(*out, config{figures: *figures, seed: *seed, smallPairs: *small})
	if err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
	fmt.Printf("synth: %d articles, %d items, %d figures, %d skipped numbers, %.1f MiB in %s\n",
		st.articles, st.items, st.figures, st.skipped, float64(st.bytes)/(1<<20), *out)
}
