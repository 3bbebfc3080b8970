package tui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ictdash/brief"
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

// briefTopics maps tabs to briefing topics; tabs without a topic brief all.
var briefTopics = map[int]string{tabInvestments: "investments", tabTraining: "training", tabEvents: "events"}

// openBrief builds the briefing for the active tab and its filter.
func (m Model) openBrief() Model {
	opt := brief.Options{Topic: briefTopics[m.active]}
	if lv := m.activeList(); lv != nil && m.active != tabSources {
		opt.Filter = strings.TrimSpace(lv.filter.Value())
	}
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
		path, err := v.write()
		if err != nil {
			return v, nil, "Could not write the briefing: " + err.Error()
		}
		return v, nil, "Wrote the briefing as markdown to " + path
	case key.Matches(msg, k.Copy) && v.b != nil:
		var buf bytes.Buffer
		if err := v.b.WriteText(&buf, 80); err != nil {
			return v, nil, "Could not copy: " + err.Error()
		}
		return v, tea.SetClipboard(buf.String()), "Copied the briefing (OSC 52)"
	}
	v.yOffset = max(0, min(v.yOffset, len(*v.lines)-1))
	return v, nil, ""
}

// write saves the briefing as markdown in the working directory (the
// temporary directory when that is not writable) and returns the path.
func (v briefView) write() (string, error) {
	var buf bytes.Buffer
	if err := v.b.WriteMarkdown(&buf); err != nil {
		return "", err
	}
	name := fmt.Sprintf("ictdash-brief-%s.md", time.Now().Format("20060102-150405"))
	for _, dir := range []string{".", os.TempDir()} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err == nil {
			abs, _ := filepath.Abs(path)
			return abs, nil
		}
	}
	return "", fmt.Errorf("neither the working directory nor %s is writable", os.TempDir())
}

func (v briefView) view(e env, w, h int) string {
	if v.err != nil {
		return fit(e.st.warn.Render("No briefing: ")+sanitize(v.err.Error())+"\n\n"+e.st.muted.Render("esc closes"), w, h)
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
	head := e.st.title.Render("Briefing") + e.st.muted.Render(fmt.Sprintf("  %s · j/k scroll · w write markdown · y copy · esc close  %d/%d",
		describeBrief(v.opt), min(end, len(lines)), len(lines)))
	return fit(truncate(head, w)+"\n"+strings.Join(lines[y:end], "\n"), w, h)
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
