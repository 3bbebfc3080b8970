//go:build !unix

package data

// openNoFollow is empty where the system has no O_NOFOLLOW; os.Root still
// keeps every name inside the directory, and the file's own mode is checked
// after opening.
const openNoFollow = 0

func isLinkError(error) bool { return false }
