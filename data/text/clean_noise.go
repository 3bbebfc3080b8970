package text

import (
	"ictdash/data/quantity"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kinds of removed noise.
const (
	kindDateline = "dateline"
	kindBanner   = "mobile-banner"
	kindImage    = "image"
	kindCaption  = "caption"
	kindByline   = "byline"
	kindAlsoRead = "also-read"
	kindDup      = "duplicate"
)

// reMonth is the month names of data/quantity (the one date grammar),
// longest first so that "June" is not read as "Jun" + "e".
var reMonth = `(?i:` + strings.Join(quantity.MonthWords(), "|") + `)\.?`

var (
	reDay  = `(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?`
	reDate = `(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|` + reMonth + ` \d{1,2},? \d{4}|\d{1,2} ` + reMonth + `,? \d{4})`
	reTime = `\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?(?: ?\(?(?:GMT|UTC|ICT)(?:[+-]\d{1,2})?\)?)?`
	reSep  = ` ?[|,\-–—]? ?`
)

var (
	// A line that is only a date and/or time, optionally followed by a view
	// counter ("12/06/2024 44", "May 30, 2019 | 16:02"): page furniture,
	// not prose. The publication date is read from Removed by the loader.
	datelineRE = LazyRegexp(`^` + reDay + `(?:` + reDate + `(?:` + reSep + reTime + `)?|` +
		reTime + reSep + reDay + reDate + `)(?: \d{1,9})?$`)
	// An image file name left behind by the scraper ("viethan P.Anh.jpg").
	imageRE = LazyRegexp(`(?i)\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|avif)$`)
	// A photo caption: the text under an image, credited at the end
	// ("… (Photo: P. Anh)") or labelled at the start ("Photo: VNA").
	captionRE = LazyRegexp(`(?i)(?:\((?:file )?(?:photos?|images?|illustration|screenshot|ảnh)\b[^()]*\)\.?$|^(?:photos?|images?|ảnh)(?: credit)? ?:)`)
	// Headings of the publisher's related-links block.
	alsoReadRE = LazyRegexp(`(?i)^[▶►•■*]?\s*(?:also read|read also|read more|related(?: news| articles| stories| posts)?|see also|you may also like|more news|tin liên quan|tin cùng chuyên mục|xem thêm|đọc thêm|관련 ?기사|관련 ?뉴스|함께 볼 기사|많이 본 뉴스)\s*:?$`)
	// Credit lines that name the source or author, wherever they are.
	creditRE = LazyRegexp(`(?i)^(?:sources?|nguồn) ?: ?\S|^By \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$`)
	// At the end of an article: an author's name of one to three
	// capitalised words ("Trong Dat") or an agency credit ("VNF ( Channelasia )").
	nameLineRE   = LazyRegexp(`^\p{Lu}[\p{L}.'’/-]*(?: \p{Lu}[\p{L}.'’/-]*){0,2}$`)
	creditLineRE = LazyRegexp(`^\p{Lu}[\p{L}\p{N}&.'’ -]{0,40}\( ?[\p{L}\p{N}&.'’ -]{1,40}\)$`)
)

// banners are whole lines of site chrome, compared case-insensitively.
var banners = []string{"Phiên bản di động", "Mobile version"}

// classifyLines sets each line's kind and returns what was removed, in raw
// order. Noise is decided from the line's own text first; duplicates and
// trailing bylines need context and are decided afterwards.
func classifyLines(lines []rawLine) []Removed {
	inLinks := false    // inside an "Also Read:" list
	blankAfter := false // a blank line has ended its headline items
	for i := range lines {
		l := &lines[i]
		if l.text == "" {
			l.kind = kindBlank
			blankAfter = inLinks
			continue
		}
		t := norm.NFC.String(l.text)
		// The list's items: dashed lines (across blank lines), or — as
		// Vietnamese and Korean sites print them — bare headlines up to
		// the next blank line. Prose ends in a full stop and is kept.
		if inLinks && (isListItem(t) || !blankAfter && headlineLike(t)) {
			l.kind = kindAlsoRead
			continue
		}
		blankAfter = false
		l.kind = lineNoise(t)
		inLinks = l.kind == kindAlsoRead
	}
	markDuplicates(lines)
	markTrailingBylines(lines)
	var removed []Removed
	for i, l := range lines {
		if l.kind != "" && l.kind != kindBlank {
			removed = append(removed, Removed{Kind: l.kind, RawLine: i + 1, Text: l.text})
		}
	}
	return removed
}

// lineNoise returns the noise kind of a line judged on its own, or "".
func lineNoise(t string) string {
	for _, b := range banners {
		if strings.EqualFold(t, b) {
			return kindBanner
		}
	}
	// Each regexp is guarded by a cheap test it implies, so that prose —
	// nearly every line, and long — is never run through them: they were
	// most of the cost of cleaning a large dataset.
	words := fieldsUpTo(t, 9)
	switch {
	case len(t) <= maxDatelineLen && datelineRE().MatchString(t):
		return kindDateline
	case words <= 6 && imageRE().MatchString(t):
		// The word limit keeps a sentence that ends in a file name.
		return kindImage
	case captionShape(t) && captionRE().MatchString(t):
		return kindCaption
	case len(strings.TrimRight(t, " \t\n\f\r:")) <= maxAlsoReadLen && alsoReadRE().MatchString(t):
		return kindAlsoRead
	case words <= 8 && creditRE().MatchString(t):
		return kindByline
	}
	return ""
}

// Longest lines datelineRE and alsoReadRE can match, with room to spare:
// a weekday, a date with the month spelt out, a separator, a time with
// seconds, meridiem and zone, and a nine-digit counter come to under 70
// bytes; the longest related-links heading is 17 letters, each at most
// three bytes however (?i) folds it.
const maxDatelineLen, maxAlsoReadLen = 100, 64

// fieldsUpTo counts the space-separated words of s, stopping at limit:
// len(strings.Fields(s)) capped, without building the slice.
func fieldsUpTo(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in = true
			if n++; n >= limit {
				return n
			}
		}
	}
	return n
}

// captionShape is what every captionRE match has: the line ends in ")" or
// ")." (a credit in brackets), or opens with "photo", "image" or "ảnh" in
// any case.
func captionShape(t string) bool {
	if strings.HasSuffix(t, ")") || strings.HasSuffix(t, ").") {
		return true
	}
	for _, w := range []string{"photo", "image", "ảnh"} {
		if len(t) >= len(w) && strings.EqualFold(t[:len(w)], w) {
			return true
		}
	}
	return false
}

// isListItem reports a "- headline" link under an "Also Read:" heading.
// headlineLike: a line a related-links list holds, a headline of at most
// 30 words that does not end as a sentence does.
func headlineLike(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || fieldsUpTo(t, 31) > 30 {
		return false
	}
	last := t[len(t)-1]
	return last != '.' && last != ':' && last != ';' && last != ','
}

func isListItem(t string) bool {
	for _, m := range []string{"- ", "– ", "• ", "* "} {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

// markDuplicates drops a line that repeats an earlier kept line exactly:
// scrapers pick up the headline twice (page title and article heading).
func markDuplicates(lines []rawLine) {
	seen := make(map[string]bool)
	for i := range lines {
		if lines[i].kind != "" {
			continue
		}
		if seen[lines[i].text] {
			lines[i].kind = kindDup
		}
		seen[lines[i].text] = true
	}
}

// markTrailingBylines walks back from the end over the kept lines and drops
// author and agency credits. Only the tail is examined because a short
// capitalised line in the middle may be a subheading, and the first kept
// line is never dropped because it is the headline.
func markTrailingBylines(lines []rawLine) {
	first := -1
	for i := range lines {
		if lines[i].kind == "" {
			first = i
			break
		}
	}
	for i := len(lines) - 1; i > first && first >= 0; i-- {
		l := &lines[i]
		if l.kind != "" {
			continue
		}
		if !isNameLine(l.text) && !creditLineRE().MatchString(l.text) {
			return
		}
		l.kind = kindByline
	}
}

// isNameLine: one to three capitalised words ending in a letter, so a short
// sentence or a heading with punctuation is not mistaken for a name.
func isNameLine(t string) bool {
	last, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(last) && nameLineRE().MatchString(t)
}
