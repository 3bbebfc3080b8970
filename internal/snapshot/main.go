// Command snapshot writes seeds/seeds.gob, the verified snapshot of the seed
// dataset that the dashboard starts from. Run it through `go generate` from
// the repository root after editing anything in seeds/; a test fails while
// the snapshot is stale.
package main

import (
	"fmt"
	"os"

	"ictdash/data"
)

func main() {
	set, err := data.Load(os.DirFS("seeds"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "%v\nsnapshot: the seeds do not verify; nothing written\n", err)
		os.Exit(1)
	}
	b, err := set.Snapshot()
	if err == nil {
		err = os.WriteFile("seeds/seeds.gob", b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "snapshot:", err)
		os.Exit(1)
	}
}
