package quantity

import "fmt"

// Qualifier says how a text hedges a number, and so on which side of the
// value the true figure lies.
type Qualifier string

// The qualifiers. Exact, About, Nearly, Over, MoreThan and UpTo are the
// names the record format has always had; AtLeast and LessThan are new.
const (
	Exact    Qualifier = "exact"
	About    Qualifier = "about"     // about, around, khoảng, 약, 80여명
	Nearly   Qualifier = "nearly"    // nearly, almost, gần, 근: just below
	Over     Qualifier = "over"      // over, above, topped, trên, 넘는
	MoreThan Qualifier = "more_than" // more than, hơn, 초과
	AtLeast  Qualifier = "at_least"  // at least, no less than, ít nhất, 이상
	UpTo     Qualifier = "up_to"     // up to, at most, no more than, tối đa, 이하
	AtMost   Qualifier = UpTo        // another name for UpTo
	LessThan Qualifier = "less_than" // less than, under, below, dưới, 미만
)

// Qualifiers lists every qualifier.
func Qualifiers() []Qualifier {
	return []Qualifier{Exact, About, Nearly, Over, MoreThan, AtLeast, UpTo, LessThan}
}

// ParseQualifier reads a qualifier's name.
func ParseQualifier(s string) (Qualifier, error) {
	for _, q := range Qualifiers() {
		if string(q) == s {
			return q, nil
		}
	}
	return "", fmt.Errorf("quantity: unknown qualifier %q", s)
}

// Direction says where the true figure lies relative to the value written.
type Direction int8

// Directions.
const (
	AtValue Direction = iota // exact
	Around                   // about: either side
	Below                    // nearly, up to, less than
	Above                    // over, more than, at least
)

// Direction returns the side of the value on which the figure lies.
func (q Qualifier) Direction() Direction {
	switch q {
	case About:
		return Around
	case Nearly, UpTo, LessThan:
		return Below
	case Over, MoreThan, AtLeast:
		return Above
	}
	return AtValue
}

// Inclusive reports whether the value itself is allowed: true for exact,
// about, at least and up to; false for over, more than, less than and
// nearly.
func (q Qualifier) Inclusive() bool {
	switch q {
	case Over, MoreThan, LessThan, Nearly:
		return false
	}
	return true
}

// English returns the words Format writes before a number.
func (q Qualifier) English() string {
	switch q {
	case About:
		return "about"
	case Nearly:
		return "nearly"
	case Over:
		return "over"
	case MoreThan:
		return "more than"
	case AtLeast:
		return "at least"
	case UpTo:
		return "up to"
	case LessThan:
		return "less than"
	}
	return ""
}

// prefixHedges come before the number, in every language.
var prefixHedges = newPhrases(map[string]Qualifier{
	"about": About, "around": About, "approximately": About, "approx.": About,
	"roughly": About, "some": About, "an estimated": About, "estimated": About,
	"circa": About, "in the region of": About, "on the order of": About,
	"nearly": Nearly, "almost": Nearly, "close to": Nearly, "just shy of": Nearly,
	"over": Over, "above": Over, "topped": Over, "topping": Over, "tops": Over,
	"upward of": Over, "upwards of": Over, "in excess of": Over, "exceeding": Over,
	"exceeded": Over, "surpassed": Over, "surpassing": Over, "just over": Over,
	"exceed": Over, "exceeds": Over, "surpass": Over, "surpasses": Over, // "could exceed $2 billion"
	"well over": Over, "well above": Over, "north of": Over,
	"slightly over": Over, "slightly above": Over, "a little over": Over, "just above": Over,
	"slightly under": LessThan, "slightly below": LessThan, "a little under": LessThan,
	"just short of": Nearly, "a shade under": LessThan,
	// "Sales fell short of 1 trillion won": the figure stayed below it.
	"fell short of": LessThan, "fall short of": LessThan, "falls short of": LessThan, "falling short of": LessThan,
	"more than": MoreThan, "greater than": MoreThan, "higher than": MoreThan,
	"just more than": MoreThan, "slightly more than": MoreThan, "a little more than": MoreThan,
	"well more than": MoreThan, "much more than": MoreThan,
	"at least": AtLeast, "no less than": AtLeast, "not less than": AtLeast,
	"no fewer than": AtLeast, "not fewer than": AtLeast, "a minimum of": AtLeast,
	"minimum of": AtLeast,
	"up to":      UpTo, "at most": UpTo, "no more than": UpTo, "not more than": UpTo,
	"a maximum of": UpTo, "maximum of": UpTo, "as many as": UpTo, "as much as": UpTo,
	"as high as": UpTo, "no greater than": UpTo, "not exceeding": UpTo, "capped at": UpTo,
	"less than": LessThan, "under": LessThan, "below": LessThan, "fewer than": LessThan,
	"lower than": LessThan, "just under": LessThan, "just below": LessThan,
	"well under": LessThan, "well below": LessThan, "slightly less than": LessThan,
	"a little less than": LessThan,
	// Korean hedges that precede the number ("약 20%", "최대 30%").
	"약": About, "대략": About, "근": Nearly, "거의": Nearly, "최대": UpTo,
	"최고": UpTo, "최소": AtLeast, "적어도": AtLeast,
})

// viPrefixHedges are read in Vietnamese (and unknown-language) text only:
// their words are ordinary syllables elsewhere.
var viPrefixHedges = newPhrases(map[string]Qualifier{
	"khoảng": About, "xấp xỉ": About, "tầm": About, "chừng": About,
	"khoảng chừng": About, "vào khoảng": About, "ước tính": About,
	"ước khoảng": About, "ước": About, "trên dưới": About,
	"gần": Nearly, "gần như": Nearly,
	"hơn": MoreThan, "nhiều hơn": MoreThan, "cao hơn": MoreThan,
	"trên": Over, "vượt": Over, "vượt quá": Over, "vượt mức": Over, "vượt mốc": Over,
	"vượt ngưỡng": Over, "vượt qua": Over, "vượt qua mốc": Over,
	"ít nhất": AtLeast, "tối thiểu": AtLeast, "không dưới": AtLeast, "không ít hơn": AtLeast,
	"tối đa": UpTo, "không quá": UpTo, "lên tới": UpTo, "lên đến": UpTo,
	"nhiều nhất": UpTo, "không vượt quá": UpTo,
	"dưới": LessThan, "ít hơn": LessThan, "thấp hơn": LessThan, "chưa đến": LessThan,
	"chưa tới": LessThan, "chưa đầy": LessThan, "không đến": LessThan,
})

// postfixHedges follow the number and its unit ("50 or more", "10,000명
// 이상", "10.000 người trở lên").
var postfixHedges = newPhrases(map[string]Qualifier{
	"or more": AtLeast, "or above": AtLeast, "and above": AtLeast, "or over": AtLeast,
	"and over": AtLeast, "or higher": AtLeast, "and up": AtLeast,
	"or less": UpTo, "or fewer": UpTo, "or below": UpTo, "and below": UpTo,
	"and under": UpTo, "or lower": UpTo,
	"or so":   About,
	"trở lên": AtLeast, "trở xuống": UpTo, "đổ lại": UpTo,
})

// koPostfix are the Korean hedges after a number, written apart or glued
// to its counter ("10,000명 이상", "80명가량"), each perhaps followed by a
// particle ("이상의").
var koPostfix = []struct {
	word  string
	q     Qualifier
	stem  bool // a verb's stem, whatever ending follows ("웃돌았다", "웃도는")
	apart bool // only written apart from the counter
}{
	{word: "이상", q: AtLeast}, {word: "이하", q: UpTo}, {word: "이내", q: UpTo}, {word: "미만", q: LessThan},
	{word: "초과", q: MoreThan}, {word: "가량", q: About}, {word: "정도", q: About}, {word: "안팎", q: About},
	{word: "내외", q: About}, {word: "쯤", q: About}, {word: "남짓", q: Over}, {word: "넘게", q: Over},
	{word: "넘는", q: Over}, {word: "넘은", q: Over}, {word: "넘어", q: Over}, {word: "넘", q: Over, stem: true},
	{word: "까지", q: UpTo}, {word: "가까이", q: Nearly}, {word: "가까운", q: Nearly}, {word: "육박", q: Nearly},
	// Verbs of comparison after the number and its particle, as
	// "topped" and "fell short of" before it in English: "10%를
	// 웃돌았다" (over 10%), "3%를 밑돌았다" (under 3%), "100억 달러를
	// 돌파했다", "10억 달러에 못 미쳤다".
	{word: "돌파", q: Over}, {word: "상회", q: Over}, {word: "웃돌", q: Over, stem: true},
	{word: "웃도", q: Over, stem: true}, {word: "웃돈", q: Over, stem: true},
	{word: "하회", q: LessThan}, {word: "밑돌", q: LessThan, stem: true}, {word: "밑도", q: LessThan, stem: true},
	{word: "밑돈", q: LessThan, stem: true}, {word: "못 미", q: LessThan, stem: true, apart: true},
	{word: "미달", q: LessThan},
	// A ceiling written after the amount: "1억원 한도로" (up to 100
	// million won), "5천만원 범위 내에서".
	{word: "한도", q: UpTo}, {word: "범위 내", q: UpTo, apart: true}, {word: "범위 안", q: UpTo, apart: true},
}
