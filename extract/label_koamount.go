package extract

import (
	"strings"

	"ictdash/data/quantity"
)

// koAmount labels Korean money and percentages: the noun phrase before
// the amount, a change rate ("증가율"), a share ("비중"), or the verbal noun
// of the verb the amount is the object of, with the holder.
// koAmt is what koAmount reads off the sentence before choosing a form.
type koAmt struct {
	np, holder string
	s, hEnd    int  // the noun phrase's start, the holder's end
	after      int  // the first token after the amount and its particle
	genitive   bool // the noun phrase ends in 의 ("베트남 전체 수출의 20%")
}

func (c lctx) koAmountParts(role byte) koAmt {
	k := c.k
	j := c.koSkipBack(k)
	if j > 0 && c.ts[j-1].w == "대비" {
		// "전년 (동기) 대비 12%": the comparison, not the measure.
		for j--; j > 0 && c.ts[j-1].isWord() && (koTime[c.ts[j-1].w] || c.ts[j-1].w == "동기" || c.ts[j-1].w == "같은" || c.ts[j-1].w == "기간"); j-- {
		}
	}
	a := koAmt{s: c.koNPBefore(j), after: k + 1}
	a.np = c.koWords(a.s, j)
	a.genitive = a.s < j && strings.HasSuffix(c.ts[j-1].w, "의")
	a.holder, a.hEnd = c.koHolder(a.s)
	if _, r := koSplit(c.ts[max(j-1, 0)].w); role == 'o' && a.s < j && (r == 's' || r == 't') {
		// "삼성전자가 2억2000만달러를 투자한": the subject before an object
		// amount is its holder, not its measure.
		a.holder, a.hEnd, a.np = a.np, j, ""
	}
	if a.holder == a.np {
		a.holder = ""
	}
	if a.after < len(c.ts) && c.ts[a.after].w == "(" {
		for a.after < len(c.ts) && c.ts[a.after].w != ")" {
			a.after++ // over "(약 2800억원)"
		}
		a.after++
	}
	if role != 0 {
		a.after++
	}
	return a
}

func koAmount(c lctx, role byte) string {
	a := c.koAmountParts(role)
	if a.after < len(c.ts) && (c.ts[a.after].w == "규모의" || c.ts[a.after].w == "상당의" || c.ts[a.after].w == "어치의") {
		// "약 3억 달러 규모의 공동 프로젝트" → "… 공동 프로젝트 규모"
		if goal, _, _ := c.koNPAfter(a.after + 1); goal != "" {
			return joinNonEmpty(koOf(a.holder), goal, "규모")
		}
	}
	p, args := c.koPredicateAfter(a.after)
	stem, _ := c.koStem(p)
	if c.q.Unit == quantity.Percent || c.q.Unit == quantity.PercentPoint {
		if l := c.koPercent(a, role, stem); l != "" {
			return l
		}
	}
	if role == 'g' && a.after < len(c.ts) && c.ts[a.after].isWord() {
		// "215억 달러의 투자를 유치": the noun after 의 is the measure.
		n, _ := koSplit(c.ts[a.after].w)
		return joinNonEmpty(koOf(a.holder), n)
	}
	if a.after < len(c.ts) && role == 'o' && koSpendVerb(c.ts[a.after].w) {
		// "약 1조8천억원을 들여 반도체 부품 공장을 짓는다": the money is spent
		// on what the next verb makes.
		if goal, r, _ := c.koNPAfter(a.after + 1); goal != "" && r == 'o' {
			return joinNonEmpty(koOf(a.holder), goal, "투자액")
		}
	}
	switch {
	case a.np != "":
		return joinNonEmpty(koOf(a.holder), a.np)
	case p >= 0 && (role == 'o' || role == 0) && stem != "" && !koLink[c.ts[p].w] && !koLinkStem[stem]:
		loc := joinNonEmpty(stems(c.koArgs(a.hEnd, a.s)), stems(args))
		if loc == "" {
			loc = c.koPurpose(a.hEnd, a.s) // "인재 양성을 돕기 위해 … 투입한다": what the money is for
		}
		if koAdnominal(c.ts[p].w) {
			// "2억2000만달러를 투자한 베트남 하노이 R&D센터": the noun the
			// verb modifies is where the money went.
			if goal, _, _ := c.koNPAfter(p + 1); goal != "" {
				loc = joinNonEmpty(loc, goal)
			}
		}
		return joinNonEmpty(koOf(a.holder), loc, koMoneyNoun(stem))
	}
	return a.holder // "시장 규모는 2025년 200억 달러로 성장할 전망이다"
}

// koPercent labels a percentage: the level an object is brought to, a
// change rate, or a share.
func (c lctx) koPercent(a koAmt, role byte, stem string) string {
	if role == 'p' {
		// "디지털경제 비중을 국내총생산(GDP)의 30%로 높인다": the level the
		// object is brought to.
		if obj := c.koObjectBefore(c.k); obj != "" {
			if a.genitive {
				return a.np + " 대비 " + obj
			}
			return obj
		}
	}
	for i := a.after; i < len(c.ts) && i <= a.after+1; i++ {
		if rate := koChange(c.ts[i].w); rate != "" && c.ts[i].isWord() {
			if c.q.Unit == quantity.PercentPoint {
				rate = strings.TrimSuffix(rate, "율") + "폭"
			}
			np := a.np
			if np == "" {
				// "현지 엔지니어 채용을 올해 30~40% 늘릴": what is raised
				// is the object before the rate, over a time word.
				np = c.koObjectBefore(c.k)
			}
			return joinNonEmpty(a.holder, np, rate) // "수출 증가율", "비중 증가폭"
		}
	}
	if a.genitive && stem != "차지" {
		// "전체 외국인 IT 취업자의 약 28% 수준": a share of the whole.
		return joinNonEmpty(a.np, "중", a.holder, "비중")
	}
	if stem == "차지" {
		// "베트남 전체 수출의 약 20%를 차지했다" → "베트남 전체 수출 중 …
		// 비중"; "한국 기업의 투자는 약 16%를 차지해" → "… 투자 비중".
		if a.genitive || a.np == "" {
			return joinNonEmpty(a.np, "중", a.holder, "비중")
		}
		return joinNonEmpty(koOf(a.holder), a.np, "비중")
	}
	return ""
}

// koPurpose is the object of a purpose clause between from and to ("베트남의
// 반도체 인재 양성을 돕기 위해" → "베트남 반도체 인재 양성"), or "".
func (c lctx) koPurpose(from, to int) string {
	for i := from + 1; i+1 < to; i++ {
		if !strings.HasSuffix(c.ts[i].w, "기") || c.ts[i+1].w != "위해" && c.ts[i+1].w != "위하여" {
			continue
		}
		o := i - 1
		if o < from {
			return ""
		}
		if _, role := koSplit(c.ts[o].w); role != 'o' {
			return ""
		}
		s := c.koNPBefore(o) // the nouns before the object word, which ends in 을/를
		var ws []string
		for k := max(s, from); k <= o; k++ {
			if c.ts[k].isWord() {
				ws = append(ws, c.ts[k].w)
			}
		}
		return stems(ws)
	}
	return ""
}

// koSpendVerb: "들여", "들인", "투입해": the amount is spent on what follows.
func koSpendVerb(w string) bool {
	for _, v := range []string{"들여", "들인", "들이는", "투입해", "투입하여", "쏟아"} {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

// koLinkStem are verbal nouns that record an amount rather than name it.
var koLinkStem = setOf("기록", "달성", "돌파", "집계", "예상", "전망", "추산", "추정", "성장", "증가", "감소", "차지")

// koOf writes a holder as a modifier ("삼성전자의"), or "".
func koOf(h string) string {
	if h == "" {
		return ""
	}
	return h + "의"
}
