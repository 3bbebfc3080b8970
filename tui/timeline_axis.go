package tui

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// axisDate writes an instant of the axis as precisely as the view needs:
// a year when it shows years, a month when it shows months.
func axisDate(y, span float64) string {
	tm := timeAt(y + 1e-9)
	if span >= 4 {
		return strconv.Itoa(int(math.Round(y)))
	}
	return tm.Format("Jan 2006")
}

// axisSteps are the tick intervals tried, in months: months, quarters,
// half years, years, and multiples of years.
var axisSteps = []int{1, 3, 6, 12, 24, 60, 120, 240, 600, 1200}

// axisLines are the labels and the tick line above the rows: a tick for
// every year (or month, or decade, as the zoom allows), so years with
// nothing in them are still on the axis.
func (t timelineTab) axisLines(st styles, g tlGlyphs, today float64, l tlLayout) (string, string) {
	pad := strings.Repeat(" ", l.trackX)
	if l.trackW <= 0 {
		return pad, pad
	}
	minor, major := axisStepsFor(float64(l.trackW) / (t.span() * 12))
	marks := t.axisTicks(minor, l.trackW)
	ticks := make([]string, l.trackW)
	for i := range ticks {
		ticks[i] = g.axis
	}
	for _, mk := range marks {
		ticks[mk.c] = g.tick
	}
	if c := t.col(today, l.trackW); c >= 0 && c < l.trackW {
		ticks[c] = g.today
	}
	labels := []rune(strings.Repeat(" ", l.trackW))
	free, firstMajor := 0, l.trackW // the first label cell not yet written; where labels start
	for _, mk := range marks {
		label := axisName(mk.m)
		if mk.m%major == 0 && mk.c >= free && mk.c+len(label) <= l.trackW {
			copy(labels[mk.c:], []rune(label))
			free = mk.c + len(label) + 1
			firstMajor = min(firstMajor, mk.c)
		}
	}
	// The first year in view is named too when it fits before the first
	// label, so the axis says where it starts.
	for _, mk := range marks {
		if mk.m%12 == 0 {
			if label := axisName(mk.m); mk.m%major != 0 && mk.c+len(label)+1 <= firstMajor {
				copy(labels[mk.c:], []rune(label))
			}
			break
		}
	}
	return pad + st.muted.Render(string(labels)), pad + st.muted.Render(strings.Join(ticks, ""))
}

// axisStepsFor picks the tick and label intervals (in months) for a track
// of perMonth cells a month: labels at least six cells apart, ticks at
// least two, and a tick under every label.
func axisStepsFor(perMonth float64) (minor, major int) {
	major = axisSteps[len(axisSteps)-1]
	for i := len(axisSteps) - 1; i >= 0; i-- {
		if float64(axisSteps[i])*perMonth >= 6 {
			major = axisSteps[i]
		}
	}
	minor = major
	for i := len(axisSteps) - 1; i >= 0; i-- {
		if s := axisSteps[i]; s < minor && major%s == 0 && float64(s)*perMonth >= 2 {
			minor = s
		}
	}
	return minor, major
}

// axisTick is a tick in track cell c at month m (months since year 0).
type axisTick struct{ c, m int }

// axisTicks are the ticks every step months that fall in view.
func (t timelineTab) axisTicks(step, w int) []axisTick {
	first := timeAt(t.start)
	m0 := first.Year()*12 + int(first.Month()) - 1
	var out []axisTick
	for m := m0 - m0%step; ; m += step {
		x := yearsOf(time.Date(m/12, time.Month(m%12+1), 1, 0, 0, 0, 0, time.UTC))
		if x > t.start+t.span() {
			return out
		}
		if c := t.col(x, w); c >= 0 && c < w {
			out = append(out, axisTick{c, m})
		}
	}
}

// axisName is a tick's label: the year at January, else the month.
func axisName(m int) string {
	if m%12 == 0 {
		return strconv.Itoa(m / 12)
	}
	return time.Month(m%12 + 1).String()[:3]
}

// col is the track cell an instant falls in (outside 0…w-1 when out of
// view).
func (t timelineTab) col(x float64, w int) int {
	return int(math.Floor((x - t.start) / t.span() * float64(w)))
}
