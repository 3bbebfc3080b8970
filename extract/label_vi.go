package extract

import (
	"strings"

	"ictdash/data/quantity"
)

// Vietnamese labels: the counted noun after a count ("279 dự án FDI của
// Hàn Quốc tại Đà Nẵng"), "số <noun> được <verb>" when the count is a
// verb's object ("dự kiến tuyển 10.000 lao động" → "số lao động dự kiến
// được tuyển"); for amounts the measure noun before them ("tổng vốn đăng
// ký 382 triệu USD"), the noun of their verb with its subject and goal
// ("Samsung đầu tư 2,5 tỷ USD vào nhà máy" → "vốn đầu tư của Samsung vào
// nhà máy"), or the change a percentage is ("tăng 12%" → "mức tăng của …").

// viWithHolder writes the holder after the measure, before its place:
// "vốn đầu tư tại Hải Phòng" + "LG Innotek" → "vốn đầu tư của LG Innotek
// tại Hải Phòng".
func viWithHolder(np, h string) string {
	best := -1
	for _, p := range []string{" tại ", " vào ", " ở ", " trong ", " cho "} {
		if i := strings.Index(np, p); i > 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return np + " của " + h
	}
	return np[:best] + " của " + h + np[best:]
}

// viArea labels an area: "trên diện tích 7 ha" of a plant, "dành 100 ha
// đất tại …".
func viArea(c lctx) string {
	if np := viNP(c.ts, c.k+1); np != "" {
		return "diện tích " + np
	}
	l := viMeasureBefore(c)
	if i := strings.Index(l, " trên diện tích"); i > 0 {
		obj := l[:i]
		for _, v := range []string{"xây dựng", "mở rộng", "đặt"} {
			if strings.EqualFold(strings.TrimSpace(obj), v) {
				return "diện tích " + v // "xây dựng trên diện tích 25 ha": the area built on
			}
			obj = strings.TrimPrefix(strings.TrimPrefix(obj, sentenceCase(v)+" "), v+" ")
		}
		return "diện tích " + obj
	}
	return l
}

func labelVI(c lctx) string {
	if c.q.Kind == quantity.KindArea {
		return viArea(c)
	}
	if c.countLike() {
		if l := viCount(c); l != "" {
			return l
		}
	}
	for _, rule := range []func(lctx) string{viChange, viPercentOf, viMoneyVerbRule, viMeasureBefore, viCount} {
		if l := rule(c); l != "" {
			return l
		}
	}
	return ""
}

// viCore returns the end of the noun phrase starting at i.
func viCore(ts []tok, i int) int {
	j := i
	for j < len(ts) && ts[j].isWord() {
		if viAt(ts, j, viPreps) > 0 || (viAt(ts, j, viStop) > 0 && !(ts[j].lw() == "có" && j+1 < len(ts) && ts[j+1].lw() == "vốn")) {
			if ts[j].lw() == "đang" && j > i {
				j++ // "doanh nghiệp đang hoạt động tại …": a describing clause
				continue
			}
			break
		}
		j++
	}
	return j
}

// viPost returns the end of the modifiers after i: phrases opened by a
// preposition ("của Hàn Quốc", "tại Đà Nẵng"), not dating ones.
func viPost(ts []tok, i int) int {
	for n := 0; n < 3 && i < len(ts); n++ {
		p := viAt(ts, i, viPreps)
		if p == 0 {
			break
		}
		o := i + p
		if o < len(ts) && (viAt(ts, o, viTime) > 0 || ts[o].num >= 0) {
			break
		}
		e := viCore(ts, o)
		if e == o {
			break
		}
		i = e
	}
	return i
}

// viNP returns the noun phrase at i with its modifiers, as written.
func viNP(ts []tok, i int) string {
	e := viPost(ts, viCore(ts, i))
	if e == i {
		return ""
	}
	return viPhrase(ts, i, e)
}

func viPhrase(ts []tok, s, e int) string {
	if s >= e {
		return ""
	}
	full := joinToks(ts, s, e)
	return lowerFirst(ts, s) + full[len(ts[s].w):]
}

// viSubject returns the subject of the verb starting at v: the syllables
// before it (over modal words) back to punctuation or a reporting verb.
func viSubject(ts []tok, v int) string {
	j := v
	for j > 0 {
		if n := viBefore(ts, j, viModal); n > 0 {
			j -= n
			continue
		}
		// "Đà Nẵng phấn đấu đến năm 2030 có …": a time phrase.
		if ts[j-1].num >= 0 {
			j--
			for j > 0 && viBefore(ts, j, setOf("năm", "đến năm", "vào năm", "trong năm", "đến", "tháng", "từ")) > 0 {
				j -= viBefore(ts, j, setOf("năm", "đến năm", "vào năm", "trong năm", "đến", "tháng", "từ"))
			}
			continue
		}
		break
	}
	s := j
	for s > 0 && ts[s-1].isWord() && viBefore(ts, s, viStop) == 0 && viBefore(ts, s, setOf("biết", "cho biết", "khẳng định", "nhấn mạnh", "thông tin", "rằng", "theo")) == 0 {
		s--
	}
	for s < j && viAt(ts, s, setOf("riêng", "ngoài ra", "trong khi đó")) > 0 {
		s += viAt(ts, s, setOf("riêng", "ngoài ra", "trong khi đó"))
	}
	if s == j || j-s > 12 {
		return ""
	}
	return viPhrase(ts, s, j)
}

// viCount labels a count by its counted noun.
func viCount(c lctx) string {
	ts, k := c.ts, c.k
	core := viCore(ts, k+1)
	if core == k+1 {
		return ""
	}
	post := viPost(ts, core)
	np := viPhrase(ts, k+1, post)
	// The verb whose object the count is, over "thêm", "khoảng", "hơn".
	j := k
	for n := viBefore(ts, j, viHedge); n > 0; n = viBefore(ts, j, viHedge) {
		j -= n
	}
	if n := viBefore(ts, j, viNeedSet); n > 0 {
		what := viNeedVerb[lowerJoin(ts[j-n:j])]
		if h := viSubject(ts, j-n); h != "" && what != "còn thiếu" {
			return joinNonEmpty("số", np, h, what)
		}
		return joinNonEmpty("số", np, what)
	}
	if n := viBefore(ts, j, viCountVerb); n > 0 {
		// "Samsung tuyển 1.000 kỹ sư" → "số kỹ sư được Samsung tuyển".
		verb := lowerJoin(ts[j-n : j])
		modal := ""
		if m := viBefore(ts, j-n, setOf("dự kiến", "sẽ", "có thể", "dự định")); m > 0 {
			modal = lowerJoin(ts[j-n-m:j-n]) + " "
		}
		return joinNonEmpty("số", np, modal+"được", viSubject(ts, j-n), verb)
	}
	if j > 1 && (ts[j-1].lw() == "có" || ts[j-1].lw() == "với") && !strings.Contains(np, " của ") {
		h := viSubject(ts, j-1)
		if ts[j-1].lw() == "với" {
			h = viClauseSubject(ts, j-1)
		}
		if h != "" {
			// "Hàn Quốc có 279 dự án FDI tại Đà Nẵng" → "dự án FDI của
			// Hàn Quốc tại Đà Nẵng": the holder right after the head.
			return joinNonEmpty(viPhrase(ts, k+1, core), "của", h, joinToks(ts, core, post))
		}
	}
	return np
}

// viMoneyVerbRule: "Samsung đầu tư thêm 2,5 tỷ USD vào nhà máy tại Bắc
// Ninh" → "vốn đầu tư của Samsung vào nhà máy tại Bắc Ninh".
func viMoneyVerbRule(c lctx) string {
	if !c.q.IsMoney() { // money a year too: "dành khoảng 5 tỷ won mỗi năm"
		return ""
	}
	ts, k := c.ts, c.k
	j := k
	for n := viBefore(ts, j, viAmountHedge); n > 0; n = viBefore(ts, j, viAmountHedge) {
		j -= n
	}
	n := viBefore(ts, j, viMoneyVerbSet)
	if n == 0 {
		return ""
	}
	v := j - n
	if v > 0 && ts[v-1].isWord() && viMeasureStart[ts[v-1].lw()] {
		return "" // "tổng vốn đầu tư 2,5 tỷ USD": a noun phrase, not a verb
	}
	noun := viMoneyVerb[lowerJoin(ts[v:j])]
	h := viSubject(ts, v)
	if k+1 < len(ts) && ts[k+1].isWord() && viMeasureStart[ts[k+1].lw()] && h != "" {
		// "thu hút 1,2 tỷ USD vốn FDI" → "vốn FDI do Bắc Ninh thu hút"
		return joinNonEmpty(viNP(ts, k+1), "do", h, lowerJoin(ts[v:j]))
	}
	post := ""
	after := skipBracket(ts, k+1, len(ts)) // over a conversion: "1,8 tỷ USD (khoảng …) vào nhà máy"
	if e := viPost(ts, after); e > after {
		post = joinToks(ts, after, e)
	}
	if h != "" {
		return joinNonEmpty(noun, "của", h, post)
	}
	return joinNonEmpty(noun, post)
}

var viNeedSet = func() map[string]bool {
	m := map[string]bool{}
	for k := range viNeedVerb {
		m[k] = true
	}
	return m
}()

// viClauseSubject is the sentence's first noun phrase, after a "Theo …,"
// attribution: "Hàn Quốc hiện là nhà đầu tư … với 279 dự án".
func viClauseSubject(ts []tok, before int) string {
	s := 0
	if len(ts) > 0 && ts[0].lw() == "theo" {
		for s < before && ts[s].w != "," {
			s++
		}
		s++
	}
	for i := s; i < before && i < s+8; i++ {
		if w := ts[i].w; w == "-" || w == "–" || w == "—" {
			s = i + 1 // "Đà Nẵng (Vietnam+) - Hàn Quốc …": after the dateline
		}
	}
	for s < before && !ts[s].isWord() {
		s++
	}
	e := s
	for e < before && ts[e].isWord() && viAt(ts, e, viStop) == 0 && viAt(ts, e, viModal) == 0 && viAt(ts, e, viPreps) == 0 {
		e++
	}
	if e == s || e-s > 6 {
		return ""
	}
	return viPhrase(ts, s, e)
}

var viMoneyVerbSet = func() map[string]bool {
	m := map[string]bool{}
	for k := range viMoneyVerb {
		m[k] = true
	}
	return m
}()
