package tui

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ictdash/brief"
	"ictdash/data"
)

// briefView shows the briefing for the tab and filter the person was on,
// scrollable; w writes it as markdown, y copies it.
type briefView struct {
	open    bool
	opt     brief.Options
	b       *brief.Brief
	err     error
	yOffset int
	lines   *[]string // wrapped text for the last width, shared across copies
	width   *int
}

// openBrief builds the briefing for the active tab and its filter.
func (m Model) openBrief() Model {
	opt := m.tabs[m.active].briefing()
	b, err := brief.Build(m.set, opt)
	m.brief = briefView{open: true, opt: opt, b: b, err: err, lines: new([]string), width: new(int)}
	return m
}

func (v briefView) update(msg tea.KeyPressMsg, k keyMap) (briefView, tea.Cmd, string) {
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Brief):
		v.open = false
	case key.Matches(msg, k.Down):
		v.yOffset++
	case key.Matches(msg, k.Up):
		v.yOffset--
	case key.Matches(msg, k.PageDown):
		v.yOffset += 10
	case key.Matches(msg, k.PageUp):
		v.yOffset -= 10
	case key.Matches(msg, k.Top):
		v.yOffset = 0
	case key.Matches(msg, k.Bottom):
		v.yOffset = len(*v.lines)
	case key.Matches(msg, k.Write) && v.b != nil:
		// The path (the working directory's name) and the error are
		// anyone's bytes: sanitised before they reach the screen.
		path, err := v.write()
		if err != nil {
			return v, nil, "Could not write the briefing: " + data.SanitizeLine(err.Error())
		}
		return v, nil, "Wrote the briefing as markdown to " + data.SanitizeLine(path)
	case key.Matches(msg, k.Copy) && v.b != nil:
		var buf bytes.Buffer
		if err := v.b.WriteText(&buf, 80); err != nil {
			return v, nil, "Could not copy: " + err.Error()
		}
		cmd, flash := copyText(buf.String(), "the briefing")
		return v, cmd, flash
	}
	v.yOffset = max(0, min(v.yOffset, len(*v.lines)-1))
	return v, nil, ""
}

// scroll moves the briefing by n lines (the wheel).
func (v *briefView) scroll(n int) {
	if v.lines == nil {
		return
	}
	v.yOffset = max(0, min(v.yOffset+n, len(*v.lines)-1))
}

// briefClock is the time a written briefing is named after.
var briefClock = time.Now

// write saves the briefing as markdown in a new file in the working
// directory (the temporary directory when that is not writable) and
// returns its path.
func (v briefView) write() (string, error) {
	var buf bytes.Buffer
	if err := v.b.WriteMarkdown(&buf); err != nil {
		return "", err
	}
	base := "ictdash-brief-" + briefClock().Format("20060102-150405")
	var errs []error
	for _, dir := range []string{".", os.TempDir()} {
		path, err := createFresh(dir, base, ".md", buf.Bytes())
		if err == nil {
			abs, _ := filepath.Abs(path)
			return abs, nil
		}
		errs = append(errs, err)
	}
	return "", errors.Join(errs...)
}

// freshNames is how many names createFresh tries before giving up.
const freshNames = 100

// createFresh writes body to a new file in dir named base+ext, or base-2+ext,
// base-3+ext … — the first name at which nothing exists. The name is
// predictable, and the directory may be shared, so something may be
// planted there: O_EXCL makes the check and the creation one step (a file
// or a link, dangling or not, at the name makes the create fail and the
// next name is tried), so nothing is written through a link or over a file
// the dashboard did not just create.
func createFresh(dir, base, ext string, body []byte) (string, error) {
	for i := 1; i <= freshNames; i++ {
		name := base + ext
		if i > 1 {
			name = fmt.Sprintf("%s-%d%s", base, i, ext)
		}
		path := filepath.Join(dir, name)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL|createNoFollow, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		_, err = f.Write(body)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path) // ours, half written
			return "", err
		}
		return path, nil
	}
	return "", fmt.Errorf("%s: %s%s and the next %d names are taken", dir, base, ext, freshNames-1)
}

func (v briefView) view(e env, w, h int) string {
	if v.err != nil {
		return e.st.fit(e.st.warn.Render("No briefing: ")+sanitize(v.err.Error())+"\n\n"+e.st.muted.Render("esc closes"), w, h)
	}
	textW := max(40, w-2)
	if *v.width != textW {
		var buf bytes.Buffer
		_ = v.b.WriteText(&buf, textW)
		*v.lines = strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
		*v.width = textW
	}
	lines := *v.lines
	y := min(v.yOffset, max(0, len(lines)-(h-1)))
	end := min(len(lines), y+h-1)
	// Where in the briefing, then what it is and the keys: those that do
	// not fit go whole (the footer and ? have them).
	title := "Briefing" + fmt.Sprintf("  %d/%d  ", min(end, len(lines)), len(lines))
	hint := fitWords(e.st, describeBrief(v.opt)+" · j/k scroll · w write markdown · y copy · esc close", max(0, w-e.st.width(title)))
	head := e.st.title.Render(title) + e.st.muted.Render(hint)
	return e.st.fit(e.st.truncate(head, w)+"\n"+strings.Join(lines[y:end], "\n"), w, h)
}

func describeBrief(o brief.Options) string {
	parts := []string{"topic: " + orAll(o.Topic)}
	if o.Filter != "" {
		parts = append(parts, "filter: "+sanitize(o.Filter))
	}
	return strings.Join(parts, ", ")
}

func orAll(s string) string {
	if s == "" {
		return "all"
	}
	return s
}
