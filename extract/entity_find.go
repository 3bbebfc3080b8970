package extract

import (
	"fmt"
	"strings"
	"unicode"

	"ictdash/data/text"
)

// candidate is a name of a place, organisation or person found in the
// text by its cues, before it is looked up in the known dataset.
type candidate struct {
	name       string // verbatim slice of the clean text
	start, end int
	kind       string // place | organisation | person
	// core is the name without a generic legal form ("Samsung" in "Tập
	// đoàn Samsung"), tried in the known dataset before the full name.
	core    string
	aliases []string
	cue     string // why the name is of that kind
}

// candidates finds the names in every sentence of the text.
func (x *extractor) candidates() []candidate {
	var out []candidate
	for _, s := range x.sents {
		ws := words(x.text, s)
		out = append(out, x.latinNames(ws)...)
		out = append(out, x.exampleOrgs(ws)...)
		out = append(out, x.koNames(ws)...)
	}
	return out
}

// latinNames finds names in English and Vietnamese words.
func (x *extractor) latinNames(ws []word) []candidate {
	var out []candidate
	for i := 0; i < len(ws); {
		if hangul(ws[i].s) {
			i++
			continue
		}
		if c, next, ok := x.prefixedName(ws, i); ok {
			if c.name != "" {
				out = append(out, c)
			}
			i = next
			continue
		}
		if !capitalised(ws[i].s) {
			i++
			continue
		}
		j := capRun(x.text, ws, i)
		a := i
		for a < j && leadWords[strings.ToLower(ws[a].s)] {
			a++
		}
		if a > i && a < j {
			// "Theo Hiệp hội Bán dẫn Hàn Quốc, …": after the lead word, a
			// prefixed name is read as one ("according to the association").
			if c, next, ok := x.prefixedName(ws, a); ok && c.name != "" {
				out = append(out, c)
				i = next
				continue
			}
		}
		if a < j {
			if c, ok := x.classifyRun(ws, a, j, i); ok {
				out = append(out, c)
			}
			out = append(out, x.listedPlaces(ws, a, j)...)
		}
		i = j
	}
	return out
}

// capRun returns the end of the run of capitalised words from i, joined by
// single spaces and by connectors between capitalised words ("Ministry of
// Science and ICT"); a possessive ("Korea's") or a weekday ends the run.
func capRun(t string, ws []word, i int) int {
	j, inName := i+1, institutionWords[strings.ToLower(ws[i].s)]
	for j < len(ws) && ws[j].joined && !possessive(t, ws[j-1]) && !hangul(ws[j].s) {
		w := strings.ToLower(ws[j].s)
		switch {
		case calendarWords[w]:
			return j
		case capitalised(ws[j].s):
			inName = inName || institutionWords[w]
			j++
		case connectors[w] && (inName || w == "of" || w == "for") && j+1 < len(ws) && ws[j+1].joined && capitalised(ws[j+1].s):
			inName = true
			j += 2
		default:
			return j
		}
	}
	return j
}

// prefixedName reads a name after a Vietnamese organisation or place
// prefix ("Tập đoàn Samsung", "Bộ Thông tin và Truyền thông", "tỉnh Bắc
// Ninh") or after a person's title ("Mr Kang Boosung", "ông Nguyễn Văn A").
// A legal form that names no firm ("các công ty Hàn Quốc") gives ok with
// an empty candidate and the word to read on from.
func (x *extractor) prefixedName(ws []word, i int) (candidate, int, bool) {
	for n := 4; n >= 1; n-- {
		if i+n >= len(ws) || !ws[i+n].joined || !capitalised(ws[i+n].s) {
			continue
		}
		p := strings.ToLower(x.text[ws[i].start:ws[i+n-1].end])
		if generic, ok := viOrgPrefixes[p]; ok && (generic || capitalised(ws[i].s)) {
			j := viRun(x.text, ws, i+n)
			if generic && x.genericOrgPhrase(ws, i, i+n, j) {
				return candidate{}, i + n, true // "các công ty Hàn Quốc": Korean companies, no name; read on from Hàn Quốc
			}
			c := x.cand(ws, i, j, "organisation", fmt.Sprintf("named after %q", x.text[ws[i].start:ws[i+n-1].end]))
			if generic {
				c.core = x.text[ws[i+n].start:ws[j-1].end]
			}
			return c, j, true
		}
		if viPlacePrefixes[p] {
			j := min(capRun(x.text, ws, i+n), i+n+maxPlaceWords)
			// A listed place ends the name where it ends: in "UBND tỉnh
			// Bắc Ninh Vương Quốc Tuấn" the words after Bắc Ninh are the
			// chairman's name.
			if k := listedPlaceEnd(x.text, ws, i+n, j); k > 0 {
				j = k
			}
			return x.cand(ws, i+n, j, "place", fmt.Sprintf("named after %q", p)), j, true
		}
		if k := skipTitles(ws, i+n); titles[p] && !startsOrg(x.text, ws, k) && isPersonRun(ws, k, capRun(x.text, ws, k)) {
			j := capRun(x.text, ws, k)
			return x.cand(ws, k, j, "person", fmt.Sprintf("named after the title %q", x.text[ws[i].start:ws[k-1].end])), j, true
		}
	}
	return candidate{}, i, false
}

// viRun is capRun for a Vietnamese name, which capitalises only the first
// syllable of each part ("Bộ Thông tin và Truyền thông"): a lower-case
// Vietnamese syllable continues it right after a capitalised one.
func viRun(t string, ws []word, i int) int {
	j := i + 1
	for j < len(ws) && ws[j].joined && !hangul(ws[j].s) {
		w := strings.ToLower(ws[j].s)
		switch {
		case personAfterName(t, ws, i, j):
			return j // "Bộ Thông tin và Truyền thông Phạm Đức Long": the minister
		case capitalised(ws[j].s):
			// A listed place followed by a lower-case word ends the name:
			// "Ban Quản lý Khu kinh tế Hải Phòng trao …" (but "LG Display
			// Việt Nam Hải Phòng" goes on past Việt Nam).
			if k := listedPlaceEnd(t, ws, j, min(j+maxPlaceWords, len(ws))); k > 0 && (k == len(ws) || !ws[k].joined || !capitalised(ws[k].s)) {
				return k
			}
			j++
		case !capitalised(ws[j-1].s) && viSyllable(w) && !viStops[w] && j+1 < len(ws) && ws[j+1].joined && capitalised(ws[j+1].s):
			j++ // "Khu kinh tế Hải Phòng": a lower-case compound before a proper name
		case w == "và" && j+1 < len(ws) && startsOrgPrefix(t, ws, j+1):
			return j // "Bộ A và Bộ B" are two ministries
		case viStops[w] && !(w == "và" && j+1 < len(ws) && capitalised(ws[j+1].s)):
			return j
		case w == "và":
			j++
		case capitalised(ws[j-1].s) && viSyllable(ws[j-1].s) && viSyllable(w):
			j++
		default:
			return j
		}
	}
	return j
}

// isPersonRun reports whether ws[a:b] reads as a person's name: two to
// four capitalised words with no company or institution word.
func isPersonRun(ws []word, a, b int) bool {
	if b-a < 1 || b-a > 4 {
		return false
	}
	for _, w := range ws[a:b] {
		l := strings.ToLower(w.s)
		if !capitalised(w.s) || companyWords[l] || institutionWords[l] || itemHeads[l] {
			return false
		}
	}
	return true
}

// cand builds a candidate for ws[a:b].
func (x *extractor) cand(ws []word, a, b int, kind, cue string) candidate {
	s, e := ws[a].start, ws[b-1].end
	c := candidate{name: x.text[s:e], start: s, end: e, kind: kind, cue: cue}
	if abbr := bracketAbbrev(x.text, e); abbr != "" {
		c.aliases = append(c.aliases, abbr)
	}
	return c
}

// bracketAbbrev returns the abbreviation in brackets right after a name
// ("Korea Trade-Investment Promotion Agency (KOTRA)"), or "".
func bracketAbbrev(t string, i int) string {
	in, ok := bracketed(t, i, " (", 2, 12)
	if !ok {
		return ""
	}
	for _, r := range in {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '&' && r != '-' && !unicode.IsLower(r) {
			return ""
		}
	}
	if !unicode.IsUpper(firstRune(in)) {
		return ""
	}
	return in
}

// bracketed returns the text in the brackets opened by open at t[i:], when
// it is lo to hi bytes long.
func bracketed(t string, i int, open string, lo, hi int) (string, bool) {
	rest, ok := strings.CutPrefix(t[i:], open)
	if !ok {
		return "", false
	}
	k := strings.IndexByte(rest, ')')
	if k < lo || k > hi {
		return "", false
	}
	return rest[:k], true
}

// viSyllable reports whether w can be one Vietnamese syllable: a single
// vowel group between an optional initial and final consonant, which a
// foreign name ("Samsung", "Micron") is not.
func viSyllable(w string) bool {
	groups, inVowel, n := 0, false, 0
	for _, r := range strings.ToLower(text.Unaccent(w)) {
		n++
		v := strings.ContainsRune("aeiouy", r)
		if v && !inVowel {
			groups++
		}
		inVowel = v
	}
	return groups == 1 && n <= 7
}

// startsOrg reports whether the words from k begin an organisation rather
// than a person's name: an organisation prefix ("Tổ hợp Samsung Việt Nam"
// after "Tổng giám đốc", "UBND tỉnh …" after "Chủ tịch") or an acronym.
func startsOrg(t string, ws []word, k int) bool {
	if w := ws[k].s; len([]rune(w)) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
		return true // UBND, KOTRA, NIPA
	}
	return startsOrgPrefix(t, ws, k)
}

// startsOrgPrefix reports whether the words from k begin with a Vietnamese
// organisation prefix ("Bộ", "Tập đoàn", "Tổ hợp").
func startsOrgPrefix(t string, ws []word, k int) bool {
	for n := 1; n <= 3 && k+n <= len(ws); n++ {
		if _, ok := viOrgPrefixes[strings.ToLower(t[ws[k].start:ws[k+n-1].end])]; ok {
			return true
		}
	}
	return false
}

// listedPlaceEnd is the end of the longest gazetteer place that the words
// ws[a:b] begin with, or 0.
func listedPlaceEnd(t string, ws []word, a, b int) int {
	for k := b; k > a; k-- {
		if placeSpellings(t[ws[a].start:ws[k-1].end]) != nil {
			return k
		}
	}
	return 0
}

// personAfterName reports whether a person's name starts at ws[j] inside
// the name that began at ws[i]: a family name and a capitalised word after
// a lower-case syllable or a listed place ("… Hàn Quốc Park Yun-kyu").
func personAfterName(t string, ws []word, i, j int) bool {
	if j+1 >= len(ws) || !surnames[strings.ToLower(ws[j].s)] || !capitalised(ws[j+1].s) || !ws[j+1].joined {
		return false
	}
	if !capitalised(ws[j-1].s) {
		return true
	}
	for k := max(i, j-3); k < j; k++ {
		if placeSpellings(t[ws[k].start:ws[j-1].end]) != nil {
			return true
		}
	}
	return false
}
