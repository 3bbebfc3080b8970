// Command peakrss runs a command and prints its peak resident set size the
// way GNU time -v does ("Maximum resident set size (kbytes): N"), for
// scripts/scale.sh on machines without /usr/bin/time. The command's output
// goes to this program's stderr; its exit status is passed on.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: peakrss COMMAND [ARG...]")
		os.Exit(2)
	}
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		fmt.Fprintln(os.Stderr, "peakrss:", err)
		os.Exit(2)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		fmt.Printf("Maximum resident set size (kbytes): %d\n", ru.Maxrss)
	}
	os.Exit(cmd.ProcessState.ExitCode())
}
