package extract

import (
	"fmt"
	"strings"
	"sync"

	"ictdash/data/text"
)

// isSurname reports whether w is a common Vietnamese or Korean family
// name, accented or not: English reporting writes Vietnamese names without
// their marks ("Nguyen Van Thang", "Phan Tam").
func isSurname(w string) bool {
	l := strings.ToLower(w)
	return surnames[l] || unaccentedSurnames()[l]
}

var unaccentedSurnames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for s := range surnames {
		m[strings.ReplaceAll(text.Unaccent(s), "đ", "d")] = true
	}
	return m
})

// skipTitles returns the first word from k that is not a title: a title
// may stack on another ("Deputy Minister Phan Tam", "Vice Chairman Kim").
func skipTitles(ws []word, k int) int {
	for k+1 < len(ws) && titles[strings.ToLower(ws[k].s)] && ws[k+1].joined && capitalised(ws[k+1].s) {
		k++
	}
	return k
}

// orgRoleNouns name what sort of organisation the name after them is, in
// apposition: "market researcher Counterpoint Research", "the chipmaker
// Hana Micron", "research firm TrendForce".
var orgRoleNouns = setOf(
	"researcher", "firm", "company", "maker", "chipmaker", "carmaker", "automaker", "manufacturer",
	"supplier", "provider", "operator", "developer", "startup", "start-up", "conglomerate", "giant",
	"consultancy", "tracker", "insurer", "lender", "retailer", "distributor", "contractor", "investor",
	"subsidiary", "affiliate", "unit", "group", "carrier", "builder", "platform", "agency",
)

// orgOwnedNouns follow an organisation's possessive and not a person's or
// a place's: "Counterpoint's analysts" no, but "VinFast's chief executive",
// "Hana Micron's shares".
var orgOwnedNouns = setOf(
	"ceo", "chief", "chairman", "chairwoman", "founder", "shares", "stock", "subsidiary", "affiliate",
	"unit", "spokesperson", "spokesman", "spokeswoman", "headquarters", "board", "revenue", "subsidiaries",
)

// orgByContext names the organisation cue of the sentence around the run
// ws[a:b] that no word of its own gave: a role noun in apposition before
// it, "according to" before it (a source that is no person, whom the
// surname test has taken already), or a corporate noun after its
// possessive. It returns "" when there is none.
func (x *extractor) orgByContext(ws []word, a, b int) string {
	if b-a == 1 && (viSyllable(ws[a].s) || isSurname(ws[a].s)) {
		return "" // a person's given or family name: "Hung's chief of staff", "according to Thang"
	}
	// Up to three lower-case words before the run: "according to market
	// researcher", "research firm".
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		l := strings.ToLower(ws[k].s)
		if capitalised(ws[k].s) || !ws[k+1].joined {
			break
		}
		if orgRoleNouns[l] && k == a-1 {
			return fmt.Sprintf("named after the role %q", ws[k].s)
		}
		if l == "to" && k > 0 && strings.ToLower(ws[k-1].s) == "according" {
			return `the source after "according to"`
		}
	}
	// "VinFast's chief executive": the "s" after the apostrophe is a
	// word of its own.
	if n := b + 1; n < len(ws) && possessive(x.text, ws[b-1]) && ws[b].s == "s" && ws[n].joined && orgOwnedNouns[strings.ToLower(ws[n].s)] {
		return fmt.Sprintf("its %q", ws[n].s)
	}
	return ""
}

// genericOrgPhrase reports whether a lower-case legal form and the words
// after it (ws[i:k] and ws[k:j]) speak of firms in general rather than
// name one: after a plural or a number ("các công ty", "hai tập đoàn"),
// or before a country alone ("công ty Hàn Quốc" is a Korean company).
func (x *extractor) genericOrgPhrase(ws []word, i, k, j int) bool {
	if capitalised(ws[i].s) {
		return false // "Công ty Hàn Quốc X" opens a sentence or a name
	}
	if i > 0 && ws[i].joined && viPlural[strings.ToLower(ws[i-1].s)] {
		return true
	}
	return listedPlaceEnd(x.text, ws, k, min(j, k+maxPlaceWords)) > 0
}
