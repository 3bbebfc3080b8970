//go:build !unix

package tui

// createNoFollow is empty where the system has no O_NOFOLLOW; O_EXCL still
// refuses a link at the name.
const createNoFollow = 0
