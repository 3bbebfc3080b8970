//go:build !unix

package main

// createNoFollow is empty where the system has no O_NOFOLLOW; O_EXCL still
// refuses a link at the name, and os.Root keeps every name inside DIR.
const createNoFollow = 0
