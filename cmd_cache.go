package main

import "ictdash/data"

// noCacheFlag defines --no-cache on a command that loads --data DIR.
func (c *command) noCacheFlag() {
	c.noCache = c.flags.Bool("no-cache", false, "read and verify every file of --data DIR, neither using nor writing the verified cache")
}

// load is main's load for this command: a --data directory goes through
// data.Dir, from the verified cache unless --no-cache says otherwise.
func (c *command) load(dir string) (*data.Set, error) {
	if dir == "" {
		return load(dir)
	}
	d, err := c.openDir(dir, false)
	if err != nil {
		return nil, err
	}
	set, _, err := d.Load(nil)
	return set, err
}

// openDir opens --data DIR with the command's cache choice; live (the
// dashboard) keeps what loads parse for reloads, and writes the cache in
// the background (waited for when it closes).
func (c *command) openDir(dir string, live bool) (*data.Dir, error) {
	noCache := c.noCache != nil && *c.noCache
	return data.OpenDir(dir, data.DirOptions{NoCache: noCache, Background: live, Reload: live})
}
