package extract

import "strings"

// Firms given as examples of a kind of firm are firms: "các doanh nghiệp
// Hàn Quốc như Naver, Samsung SDS và LG CNS", "Korean companies such as
// Naver, Kakao and Samsung SDS", "chaebols including SK and Hanwha". Each
// capitalised run of the list, separated by commas and "và"/"and", is an
// organisation (a listed place is not).

// exampleHeads are the kinds of firm a list of examples follows.
var exampleHeads = setOf("doanh nghiệp", "công ty", "tập đoàn", "hãng", "companies", "firms", "conglomerates",
	"chaebols", "groups", "corporations", "businesses", "enterprises", "giants", "startups", "start-ups")

// exampleOrgs finds the organisations in lists of examples in ws.
func (x *extractor) exampleOrgs(ws []word) []candidate {
	var out []candidate
	for i := range ws {
		n := exampleOpener(ws, i)
		if n == 0 || !exampleHeadBefore(ws, i) {
			continue
		}
		for k := i + n; k < len(ws); {
			if !capitalised(ws[k].s) {
				break
			}
			j := capRun(x.text, ws, k)
			if placeSpellings(x.text[ws[k].start:ws[j-1].end]) == nil {
				out = append(out, x.cand(ws, k, j, "organisation", "one of the firms a list gives as examples"))
			}
			// the list goes on after ", " or " và "/" and "
			if j >= len(ws) {
				break
			}
			gap := x.text[ws[j-1].end:ws[j].start]
			switch {
			case gap == ", ":
				k = j
			case gap == " " && (strings.EqualFold(ws[j].s, "và") || strings.EqualFold(ws[j].s, "and")) && j+1 < len(ws):
				k = j + 1
			default:
				k = len(ws)
			}
		}
	}
	return out
}

// exampleOpener is the length in words of "như", "such as" or "including"
// at ws[i], or 0.
func exampleOpener(ws []word, i int) int {
	switch w := strings.ToLower(ws[i].s); {
	case w == "như" || w == "including":
		return 1
	case w == "such" && i+1 < len(ws) && strings.ToLower(ws[i+1].s) == "as":
		return 2
	}
	return 0
}

// exampleHeadBefore: a kind of firm stands within the four words before i.
func exampleHeadBefore(ws []word, i int) bool {
	for k := max(0, i-5); k < i; k++ {
		one := strings.ToLower(ws[k].s)
		two := one
		if k+1 < i {
			two = one + " " + strings.ToLower(ws[k+1].s)
		}
		if exampleHeads[one] || exampleHeads[two] {
			return true
		}
	}
	return false
}
