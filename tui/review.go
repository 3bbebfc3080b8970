package tui

import (
	"errors"
	"fmt"
	"io"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"ictdash/data"
	"ictdash/review"
)

// ReviewModel is `ictdash review DIR`: the dataset's unreviewed drafts one
// at a time, the record on the left and its article on the right with the
// quote highlighted, and a key for each thing a curator decides. Nothing
// is written until a decision is confirmed, and every write is verified by
// loading the whole dataset first (review.Store.Commit).
type ReviewModel struct {
	s   *review.Session
	opt Options
	st  styles
	terminal
	cur      int // index into s.Drafts
	mode     reviewMode
	input    textinput.Model
	field    string             // the field being edited (mode editing)
	cands    []review.Candidate // merge candidates (mode merging)
	conflict string             // what the selected merge would show
	previews map[int]string     // conflict by candidate, loaded once each (mode merging)
	sel      int
	kind     string // the new entity's kind (mode naming)
	notice   string
	bad      bool           // notice is an error
	done     map[string]int // decisions by kind, for the summary
	did      []string       // the kinds of the decisions undo can take back
	undone   []string       // and of those redo can make again
	help     bool
	scroll   int  // article lines scrolled past the quote's
	embedded bool // opened over the dashboard: q closes it, not the program
}

type reviewMode int

const (
	browsing reviewMode = iota
	choosingField
	editing
	choosingReason
	typingReason
	merging
	choosingKind
	naming
)

// skipReasons are the common reasons a number is not a figure, offered by x.
var skipReasons = []string{
	"a year or date, not a quantity",
	"part of a name (a model, a plan, a law)",
	"an ordinal or a rank",
	"repeats another figure of this article",
	"not about Vietnam–Korea ICT cooperation",
}

// NewReview is the review model over session s.
func NewReview(s *review.Session, opt Options) ReviewModel {
	in := textinput.New()
	in.CharLimit = 400
	m := ReviewModel{s: s, opt: opt, terminal: terminal{dark: true}, input: in, done: map[string]int{}}
	m.st = newStyles(m.dark, opt.ASCII, !opt.NoColor)
	return m
}

// RunReview runs the review of dir on the terminal until the curator quits.
func RunReview(s *review.Session, opt Options, in io.Reader, out io.Writer) error {
	if in != nil {
		in = newInputGuard(in)
	}
	_, err := tea.NewProgram(NewReview(s, opt), tea.WithInput(in), tea.WithOutput(out)).Run()
	return err
}

// Init asks for the terminal's background, as the dashboard does.
func (m ReviewModel) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update handles sizes, colours and keys; pastes go to an open text input.
func (m ReviewModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if restyle := m.observe(msg); restyle {
		m.restyle()
	}
	switch msg := msg.(type) {
	case tea.PasteMsg:
		if m.typing() {
			m.input.SetValue(m.input.Value() + pasteLine(msg.Content, m.input.CharLimit)) // as filters take a paste
		}
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.MouseWheelMsg:
		// The wheel scrolls the article a line a notch, as j and k do.
		if ev, ok := mouseEventOf(msg); ok && ev.wheel < 0 {
			m.scroll--
		} else if ok {
			m.scroll++
		}
	}
	return m, nil
}

func (m *ReviewModel) restyle() {
	m.st = newStyles(m.dark, m.opt.ASCII, !m.opt.NoColor)
	m.st.cells = m.cells
}

func (m ReviewModel) typing() bool {
	return m.mode == editing || m.mode == typingReason || m.mode == naming
}

// draft is the draft on screen, or nil when none is left.
func (m ReviewModel) draft() *review.Draft {
	if m.cur < 0 || m.cur >= len(m.s.Drafts) {
		return nil
	}
	return &m.s.Drafts[m.cur]
}

// say sets the notice line.
func (m *ReviewModel) say(err error, format string, args ...any) {
	m.bad = err != nil
	if err != nil {
		m.notice = problemLine(err)
		return
	}
	m.notice = fmt.Sprintf(format, args...)
}

// problemLine is an error as one sanitised line: a loader's problems
// show the first and say how many more.
func problemLine(err error) string {
	var changed *review.ChangedError
	if errors.As(err, &changed) {
		return data.SanitizeLine(err.Error())
	}
	ps := problemLines(err) // as the dashboard's reload panel lists them
	more := ""
	if len(ps) > 1 {
		more = fmt.Sprintf(" (and %d more problems)", len(ps)-1)
	}
	return "not written: " + ps[0] + more
}

// commit runs a decision through the session; on success the counter of
// its kind goes up and the next draft slides into place.
func (m *ReviewModel) commit(what string, c review.Change, err error) {
	if err == nil {
		err = m.s.Do(c, nil)
	}
	var changed *review.ChangedError
	if errors.As(err, &changed) {
		_ = m.s.Reload()
	}
	if err != nil {
		m.say(err, "")
		m.clamp()
		return
	}
	m.done[what]++
	m.did, m.undone = append(m.did, what), nil
	m.mode, m.scroll = browsing, 0
	m.say(nil, "%s", c.What)
	m.clamp()
}

func (m *ReviewModel) clamp() {
	m.cur = min(max(m.cur, 0), max(len(m.s.Drafts)-1, 0))
}
