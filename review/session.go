package review

import "ictdash/data"

// Session is a curator's pass over a dataset's drafts: the loaded set,
// the drafts left, and the decisions that undo and redo walk.
type Session struct {
	Store  *Store
	Set    *data.Set
	Drafts []Draft
	Total  int // drafts when the session began, for "12 of 31 reviewed"
	undo   []Change
	redo   []Change
}

// Start opens dir and lists its drafts.
func Start(dir string) (*Session, error) {
	st, err := Open(dir)
	if err != nil {
		return nil, err
	}
	set, err := st.Load()
	if err != nil {
		st.Close()
		return nil, err
	}
	s := &Session{Store: st}
	s.use(set)
	s.Total = len(s.Drafts)
	return s, nil
}

// Reviewed is how many of the session's drafts are done.
func (s *Session) Reviewed() int { return max(s.Total-len(s.Drafts), 0) }

// Do commits c (verified by loading the dataset with it) and makes it
// undoable. On error nothing was written.
func (s *Session) Do(c Change, err error) error {
	if err != nil {
		return err
	}
	if err := s.commit(c.After); err != nil {
		return err
	}
	s.undo = append(s.undo, c)
	s.redo = nil
	return nil
}

// Undo writes back what the last decision changed.
func (s *Session) Undo() (string, bool, error) { return s.step(&s.undo, &s.redo, true) }

// Redo writes again what the last undo took back.
func (s *Session) Redo() (string, bool, error) { return s.step(&s.redo, &s.undo, false) }

func (s *Session) step(from, to *[]Change, back bool) (string, bool, error) {
	if len(*from) == 0 {
		return "", false, nil
	}
	c := (*from)[len(*from)-1]
	files := c.After
	if back {
		files = c.Before
	}
	if err := s.commit(files); err != nil {
		return c.What, true, err
	}
	*from = (*from)[:len(*from)-1]
	*to = append(*to, c)
	return c.What, true, nil
}

func (s *Session) commit(files map[string][]byte) error {
	set, err := s.Store.Commit(files)
	if err != nil {
		return err
	}
	s.use(set)
	return nil
}

// use makes set the session's dataset, with its drafts.
func (s *Session) use(set *data.Set) { s.Set, s.Drafts = set, Drafts(set) }

// Close releases the dataset directory.
func (s *Session) Close() error { return s.Store.Close() }

// Reload reads the dataset again (after a file changed behind the
// curator's back).
func (s *Session) Reload() error {
	set, err := s.Store.Load()
	if err != nil {
		return err
	}
	s.use(set)
	return nil
}
