package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"ictdash/review"
)

// reviewFields are the fields e offers for each kind of draft.
func reviewFields(d *review.Draft) []string {
	switch d.Kind {
	case review.FigureDraft:
		return review.Fields
	case review.SkipDraft:
		return []string{"reason"}
	case review.ItemDraft, review.EntityDraft:
		return []string{"name", "kind", "date"}
	}
	return nil
}

func (m ReviewModel) key(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if k.String() == "ctrl+c" {
		return m, tea.Quit
	}
	switch m.mode {
	case editing, typingReason, naming:
		return m.typed(k)
	case choosingField:
		m.chooseField(k)
		return m, nil
	case choosingReason:
		m.chooseReason(k)
		return m, nil
	case merging:
		m.chooseMerge(k)
		return m, nil
	case choosingKind:
		m.chooseKind(k)
		return m, nil
	}
	if m.help {
		m.help = false
		if k.String() == "q" {
			return m, m.quit()
		}
		return m, nil
	}
	m.notice, m.bad = "", false
	d := m.draft()
	switch k.String() {
	case "q":
		return m, m.quit()
	case "?":
		m.help = true
	case "]", "right":
		m.cur, m.scroll = min(m.cur+1, max(len(m.s.Drafts)-1, 0)), 0
	case "[", "left":
		m.cur, m.scroll = max(m.cur-1, 0), 0
	case "l":
		m.nextLowConfidence()
	case "j", "down":
		m.scroll++
	case "k", "up":
		m.scroll--
	case "u":
		m.undo(true)
	case "U", "ctrl+r":
		m.undo(false)
	case "a":
		if d != nil {
			c, err := m.s.Store.Accept(*d)
			m.commit("accepted", c, err)
		}
	case "e":
		if d != nil {
			m.mode, m.sel = choosingField, 0
		}
	case "x":
		switch {
		case d == nil:
		case d.Kind == review.ItemDraft || d.Kind == review.EntityDraft:
			c, err := m.s.Store.Drop(*d)
			m.commit("dropped", c, err)
		case d.Kind != review.FigureDraft:
			m.say(nil, "x turns a figure into a skipped number, or drops a drafted item or entity; this is a %s (a accepts it)", d.Kind)
		default:
			m.mode, m.sel = choosingReason, 0
		}
	case "m":
		m.startMerge()
	case "n":
		m.mode = choosingKind
	}
	return m, nil
}

// quit ends the review: the program, or the review over the dashboard.
func (m ReviewModel) quit() tea.Cmd {
	if m.embedded {
		return func() tea.Msg { return reviewDoneMsg{} }
	}
	return tea.Quit
}

// nextLowConfidence moves to the next draft below 0.5, wrapping round.
func (m *ReviewModel) nextLowConfidence() {
	n := len(m.s.Drafts)
	for i := 1; i <= n; i++ {
		j := (m.cur + i) % n
		if c := m.s.Drafts[j].Confidence; c >= 0 && c < 0.5 {
			m.cur, m.scroll = j, 0
			return
		}
	}
	m.say(nil, "no draft below confidence 0.50")
}

func (m *ReviewModel) undo(back bool) {
	var what string
	var ok bool
	var err error
	if back {
		what, ok, err = m.s.Undo()
	} else {
		what, ok, err = m.s.Redo()
	}
	switch {
	case !ok && back:
		m.say(nil, "nothing to undo")
	case !ok:
		m.say(nil, "nothing to redo")
	case err != nil:
		m.say(err, "")
	case back:
		if n := len(m.did); n > 0 {
			m.done[m.did[n-1]]--
			m.undone, m.did = append(m.undone, m.did[n-1]), m.did[:n-1]
		}
		m.say(nil, "undid: %s", what)
	default:
		if n := len(m.undone); n > 0 {
			m.done[m.undone[n-1]]++
			m.did, m.undone = append(m.did, m.undone[n-1]), m.undone[:n-1]
		}
		m.say(nil, "redid: %s", what)
	}
	m.clamp()
}

// digit is the 0-based choice a key 1-9 picks, or -1.
func digit(k tea.KeyPressMsg) int {
	if s := k.String(); len(s) == 1 && s[0] >= '1' && s[0] <= '9' {
		return int(s[0] - '1')
	}
	return -1
}

func (m *ReviewModel) chooseField(k tea.KeyPressMsg) {
	d := m.draft()
	if k.String() == "esc" || d == nil {
		m.mode = browsing
		return
	}
	fields := reviewFields(d)
	i := digit(k)
	if i < 0 || i >= len(fields) {
		return
	}
	m.field = fields[i]
	m.mode = editing
	m.input.SetValue(currentValue(d, m.field))
	m.input.CursorEnd()
	_ = m.input.Focus()
}

// currentValue is a field's value as the curator edits it.
func currentValue(d *review.Draft, field string) string {
	if f := d.Figure; f != nil && d.Kind == review.FigureDraft {
		switch field {
		case "label":
			return f.Label
		case "value_text":
			return f.ValueText
		case "status":
			return string(f.Status)
		case "qualifier":
			return string(f.Qualifier)
		case "period":
			return f.Period
		case "places":
			return strings.Join(f.Places, ", ")
		case "orgs":
			return strings.Join(f.Orgs, ", ")
		case "items":
			return strings.Join(f.Items, ", ")
		case "quote":
			_, q := d.Quote()
			return q
		}
	}
	if s := d.Skip; s != nil && field == "reason" {
		return s.Reason
	}
	if it := d.Item; it != nil {
		switch field {
		case "name":
			return it.Name
		case "kind":
			return it.Kind
		case "date":
			return it.Date
		}
	}
	return ""
}

func (m *ReviewModel) chooseReason(k tea.KeyPressMsg) {
	switch s := k.String(); {
	case s == "esc":
		m.mode = browsing
	case s == "t" || s == "6":
		m.mode = typingReason
		m.input.SetValue("")
		_ = m.input.Focus()
	case digit(k) >= 0 && digit(k) < len(skipReasons):
		d := m.draft()
		c, err := m.s.Store.NotAFigure(*d, skipReasons[digit(k)])
		m.commit("not a figure", c, err)
	}
}

func (m *ReviewModel) chooseKind(k tea.KeyPressMsg) {
	kinds := map[string]string{"p": "place", "o": "organisation", "r": "person",
		"v": "investment", "t": "training", "e": "event", "i": "initiative"}
	if k.String() == "esc" {
		m.mode = browsing
		return
	}
	if kind, ok := kinds[k.String()]; ok {
		m.kind, m.mode = kind, naming
		m.input.SetValue("")
		_ = m.input.Focus()
	}
}

func (m *ReviewModel) startMerge() {
	d := m.draft()
	if d == nil || d.Kind != review.FigureDraft {
		m.say(nil, "m merges a figure draft into a figure the dataset has")
		return
	}
	m.cands = review.Candidates(m.s.Set, *d, 9)
	if len(m.cands) == 0 {
		m.say(nil, "no figure in the dataset has this unit and the same value or subject")
		return
	}
	m.mode, m.sel, m.previews = merging, 0, map[int]string{}
	m.previewMerge()
}

// previewMerge loads the dataset as the selected merge would leave it
// (writing nothing) and keeps the conflict it would show.
func (m *ReviewModel) previewMerge() {
	// A preview loads the whole dataset: once per candidate, not per key.
	if p, ok := m.previews[m.sel]; ok {
		m.conflict = p
		return
	}
	defer func() { m.previews[m.sel] = m.conflict }()
	m.conflict = ""
	c, err := m.s.Store.Merge(*m.draft(), m.cands[m.sel].Figure)
	if err == nil {
		p, perr := m.s.Store.Preview(c)
		switch {
		case perr != nil:
			m.conflict = problemLine(perr)
		case p.Figure(m.cands[m.sel].Figure.ID) != nil:
			m.conflict = p.Figure(m.cands[m.sel].Figure.ID).Conflict
		}
	} else {
		m.conflict = err.Error()
	}
}

func (m *ReviewModel) chooseMerge(k tea.KeyPressMsg) {
	switch s := k.String(); {
	case s == "esc":
		m.mode = browsing
	case s == "j" || s == "down":
		m.sel = min(m.sel+1, len(m.cands)-1)
		m.previewMerge()
	case s == "k" || s == "up":
		m.sel = max(m.sel-1, 0)
		m.previewMerge()
	case digit(k) >= 0 && digit(k) < len(m.cands):
		m.sel = digit(k)
		m.previewMerge()
	case s == "enter":
		c, err := m.s.Store.Merge(*m.draft(), m.cands[m.sel].Figure)
		m.commit("merged", c, err)
	}
}

// typed handles a key while a text input is open.
func (m ReviewModel) typed(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch k.String() {
	case "esc":
		m.mode = browsing
		m.input.Blur()
		return m, nil
	case "tab":
		if m.mode == editing {
			m.complete()
		}
		return m, nil
	case "enter":
		m.confirmTyped()
		return m, nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(k)
	return m, cmd
}

// complete replaces the id being typed with the first completion.
func (m *ReviewModel) complete() {
	v := m.input.Value()
	cs := review.Complete(m.s.Set, m.field, v, 1)
	if len(cs) == 0 {
		return
	}
	i := strings.LastIndexAny(v, ", ") + 1
	m.input.SetValue(v[:i] + cs[0] + ", ")
	m.input.CursorEnd()
}

func (m *ReviewModel) confirmTyped() {
	d := m.draft()
	v := strings.TrimSpace(m.input.Value())
	if d == nil {
		m.mode = browsing
		return
	}
	switch m.mode {
	case editing:
		if msg := review.Check(m.s.Set, *d, m.field, v); msg != "" {
			m.say(nil, "%s", msg)
			m.bad = true
			return
		}
		c, err := m.s.Store.SetField(*d, m.field, v)
		m.commit("edited", c, err)
	case typingReason:
		if v == "" {
			return
		}
		c, err := m.s.Store.NotAFigure(*d, v)
		m.commit("not a figure", c, err)
	case naming:
		m.newEntity(d, v)
	}
	if m.mode == browsing {
		m.input.Blur()
	}
}

// newEntity adds the entity named v ("Name" or "Name = id").
func (m *ReviewModel) newEntity(d *review.Draft, v string) {
	name, id, _ := strings.Cut(v, "=")
	name, id = strings.TrimSpace(name), strings.TrimSpace(id)
	if id == "" {
		id = review.EntityID(name)
	}
	switch {
	case name == "":
		return
	case id == "":
		m.say(nil, "give an id too: %s = some-id", name)
		m.bad = true
		return
	case m.s.Set.Item(id) != nil:
		m.say(nil, "%q exists already; tag it with e instead, or give another id: %s = other-id", id, name)
		m.bad = true
		return
	}
	file := d.File
	entity := m.kind == "place" || m.kind == "organisation" || m.kind == "person"
	if entity && m.s.Set.Item(firstEntity(m)) != nil {
		file = m.s.Set.Item(firstEntity(m)).File // shared actors live in entities.yaml
	}
	c, err := m.s.Store.NewEntity(*d, file, id, m.kind, name)
	m.commit("new entity", c, err)
	if !m.bad {
		m.notice = fmt.Sprintf("%s (in %s)", m.notice, file)
	}
}

// firstEntity is the id of an entity from entities.yaml, where new ones
// go, or "".
func firstEntity(m *ReviewModel) string {
	for _, it := range m.s.Set.Items {
		if it.File == "entities.yaml" {
			return it.ID
		}
	}
	return ""
}
