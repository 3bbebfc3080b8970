package extract

import (
	"ictdash/data/text"
	"strings"
	"unicode"
	"unicode/utf8"

	"ictdash/data"
)

// wordBefore returns the word just before i, across spaces only: "" when
// punctuation intervenes ("“+1”" has none).
func wordBefore(t string, i int) string {
	j := i
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:k])
		if !isLetter(r) {
			break
		}
		k -= n
	}
	return t[k:j]
}

// wordAfter returns the word just after i, across spaces only.
func wordAfter(t string, i int) string {
	j := i
	for j < len(t) && t[j] == ' ' {
		j++
	}
	k := j
	for k < len(t) {
		r, n := utf8.DecodeRuneInString(t[k:])
		if !isLetter(r) {
			break
		}
		k += n
	}
	return t[j:k]
}

// wordEnd extends i over a hyphenated word glued to it ("five-investor").
func wordEnd(t string, i int) int {
	if i < len(t) && t[i] == '-' {
		i++
		for i < len(t) {
			r, n := utf8.DecodeRuneInString(t[i:])
			if !isLetter(r) {
				break
			}
			i += n
		}
	}
	return i
}

func isLetter(r rune) bool        { return unicode.IsLetter(r) }
func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func startsUpper(w string) bool { return unicode.IsUpper(firstRune(w)) }

const maxTitle = 150

// title is the first line of the clean text that is not a header line
// ("Date: 2019-07-12", "URL: …"; the cleaner has dropped image names,
// captions and datelines before it). Scraped texts without a headline
// start with a paragraph; then the first sentence is used, cut at a word
// if it is still long.
func title(text string, header []lineSpan) string {
	line, off := "", 0
	for _, l := range strings.SplitAfter(text, "\n") {
		if strings.TrimSpace(l) != "" && !inSpans(off, header) {
			line = l
			break
		}
		off += len(l)
	}
	line = strings.TrimSpace(line)
	// A markdown heading's marks are not part of the headline.
	if h := strings.TrimLeft(line, "#"); h != line && strings.HasPrefix(h, " ") {
		line = strings.TrimSpace(h)
	}
	if utf8.RuneCountInString(line) <= maxTitle {
		if line == "" {
			return "untitled article"
		}
		return line
	}
	if ss := splitSentences(line); len(ss) > 0 {
		line = line[ss[0].start:ss[0].end]
	}
	if utf8.RuneCountInString(line) <= maxTitle {
		return line
	}
	cut, n, hard := 0, 0, len(line)
	for i, r := range line {
		if n == maxTitle {
			hard = i
			break
		}
		if r == ' ' {
			cut = i
		}
		n++
	}
	if cut == 0 {
		cut = hard
	}
	return strings.TrimRight(line[:cut], " ,;:") + "…"
}

// inSpans reports whether offset at is on one of the lines.
func inSpans(at int, spans []lineSpan) bool {
	for _, s := range spans {
		if at >= s.start && at < s.end {
			return true
		}
	}
	return false
}

var (
	sourceLineRE = text.LazyRegexp(`(?i)^\s*(?:source|nguồn|theo)\s*:\s*(.+?)\s*$`)
	creditRE     = text.LazyRegexp(`^[\p{Lu}\p{N} .&-]{1,20}\(\s*([^()]+?)\s*\)\s*$`)
	// agencyRE is a wire dateline: "SEOUL, Nov. 5 (Yonhap) -- …".
	agencyRE = text.LazyRegexp(`^\p{Lu}[\p{Lu} .'-]*, [A-Z][a-z]{2,8}\.? \d{1,2} \(([^()]{2,30})\) (?:--|—|–)`)
)

// outlet reads the outlet from a credit line, which the cleaner removes as
// a byline ("Source: Vietnam News", "VNF ( Channelasia )"), or from the
// last lines of the text; "unknown" when there is none.
func outlet(c *data.Cleaned) string {
	var lines []string
	for _, r := range c.Removed {
		if r.Kind == "byline" {
			lines = append(lines, r.Text)
		}
	}
	all := strings.Split(c.Text, "\n")
	for _, l := range all[:min(len(all), 4)] {
		if m := agencyRE().FindStringSubmatch(l); m != nil {
			return m[1]
		}
	}
	lines = append(lines, all[max(0, len(all)-2):]...)
	for _, l := range lines {
		if m := sourceLineRE().FindStringSubmatch(l); m != nil && len(m[1]) < 60 {
			return m[1]
		}
		if m := creditRE().FindStringSubmatch(l); m != nil {
			return m[1]
		}
	}
	return "unknown"
}
