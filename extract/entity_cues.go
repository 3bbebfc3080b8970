package extract

// The cue words that say what sort of name a run of capitalised words is.
// They are general words of company, government and place naming in the
// three languages, not names of particular entities.

// companyWords end (or continue) a company's name: "Hana Micron Vina Co.",
// "LG Innotek", "Trung Nam Group". Lower-cased.
var companyWords = setOf(
	"corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "inc", "inc.", "group", "holdings",
	"jsc", "plc", "electronics", "display", "innotek", "telecom", "telecommunications", "motors", "securities",
	"semiconductor", "semiconductors", "industries", "engineering", "construction", "chemical", "solutions",
	"technologies", "systems", "airlines", "vina", "capital", "ventures", "networks", "logistics",
)

// institutionWords make a run an organisation wherever they stand in it:
// "Ministry of Science and ICT", "Duy Tân University".
var institutionWords = setOf(
	"ministry", "department", "agency", "association", "university", "institute", "college", "committee",
	"council", "authority", "federation", "chamber", "embassy", "consulate", "administration", "commission",
	"foundation", "academy", "bank", "bureau", "government", "union", "society", "school", "hospital",
)

// placeSuffixes end a place's name: "Bắc Ninh Province", "Yên Phong II
// Industrial Park" (the last word, or the last two).
var placeSuffixes = setOf("province", "city", "district", "prefecture", "county",
	"industrial park", "industrial zone", "economic zone", "export processing zone")

// parkOrgSuffixes end the name of a hi-tech park, which is an organisation
// as well as a site: its management board licenses projects and sets
// targets, and reporting speaks of the park as the actor ("Hoa Lac
// Hi-tech Park aims to attract …"). Vietnamese writes it "Khu công nghệ
// cao X", which viOrgPrefixes makes an organisation too.
var parkOrgSuffixes = setOf("hi-tech park", "high-tech park", "hitech park", "technology park", "science park")

// itemHeads end the name of an item rather than an entity: the run is a
// forum or a programme, which draftItems drafts.
var itemHeads = setOf(
	"forum", "conference", "programme", "program", "centre", "center", "fund", "project", "plant", "factory",
	"exhibition", "expo", "summit", "festival", "strategy", "plan", "law", "decree", "initiative", "campus", "hub",
	"award", "awards", "mou", "agreement", "course", "week", "fair", "show", "seminar", "workshop", "contest",
)

// titles precede a person's name.
var titles = setOf(
	"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "president", "minister", "chairman",
	"chairwoman", "ceo", "director", "ambassador", "governor", "mayor", "vice", "deputy", "secretary",
	"ông", "bà", "chủ tịch", "bộ trưởng", "thứ trưởng", "giám đốc", "tổng giám đốc", "đại sứ", "phó chủ tịch",
)

// surnames are the commonest Vietnamese and Korean family names: a run of
// two to four capitalised words beginning with one is a person's name
// ("Nguyễn Mạnh Hùng", "Kang Boosung", "Lee Jae-yong").
var surnames = setOf(
	"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
	"dương", "lý", "đinh", "trương", "lâm", "mai", "đào", "tạ", "cao", "lương", "vương",
	"kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo",
	"shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "moon", "yang", "bae", "baek", "heo", "noh",
	"chung", "chang", "koo", "min", "ryu",
)

// connectors join the words of one name: "Ministry of Science and ICT".
// "and" joins only inside a name that already has "of" or an institution
// word, so that "Trung Nam Group and Tan Long Paper" stays two names.
var connectors = setOf("of", "and", "for", "&", "de", "và")

// calendarWords are capitalised without being part of a name.
var calendarWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// leadWords begin a sentence or phrase without being part of a name.
var leadWords = setOf(
	"the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "by", "with", "from", "to",
	"according", "its", "their", "his", "her", "our", "meanwhile", "however", "last", "next", "both", "some",
	"nearly", "about", "more", "over", "under", "since", "after", "before", "as", "if", "while", "when", "also",
	"korean", "vietnamese", "south", "north", "new", "each", "every", "all", "many", "most", "other", "such",
	"theo", "tại", "trong", "ngày", "năm", "tháng", "các", "những", "này", "đây", "khi", "sau", "trước",
)

// actorVerbs follow the name of an organisation that acts in a sentence:
// "Hana Micron will invest", "Hyosung has opened".
var actorVerbs = setOf(
	"will", "has", "had", "plans", "planned", "opened", "opens", "invested", "invests", "signed", "signs",
	"announced", "announces", "said", "says", "employs", "produces", "builds", "built", "launched", "launches",
	"pledged", "pledges", "operates", "operated", "aims", "expects", "is", "was",
	"sẽ", "đã", "đang", "vừa", "cho", "dự", "khẳng", "công",
)

// viOrgPrefixes begin a Vietnamese organisation's name; the bool says
// whether the prefix is generic (a company's legal form) rather than part
// of its name, so that "Tập đoàn Samsung" is found as Samsung.
var viOrgPrefixes = map[string]bool{
	"tập đoàn": true, "công ty": true, "tổng công ty": true, "công ty tnhh": true, "công ty cổ phần": true,
	"hãng": true, "hãng xe": true, "nhà mạng": true, "hãng công nghệ": true, "tập đoàn công nghệ": true,
	"bộ": false, "sở": false, "cục": false, "ủy ban": false, "uỷ ban": false, "viện": false, "trường": false,
	"đại học": false, "trường đại học": false, "học viện": false, "ngân hàng": false, "hiệp hội": false,
	"liên đoàn": false, "đại sứ quán": false, "tổng lãnh sự quán": false, "ubnd": false, "ban quản lý": false,
	"tổ hợp": false, "khu công nghệ cao": false,
}

// viPlacePrefixes precede a Vietnamese place's name and are not part of it.
var viPlacePrefixes = setOf("tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "khu công nghiệp", "kcn")

// viStops end a Vietnamese name that runs on over lower-case syllables.
var viStops = setOf(
	"của", "cho", "tại", "ở", "với", "là", "đã", "sẽ", "đang", "vừa", "được", "có", "này", "khi", "trong",
	"từ", "đến", "về", "theo", "cùng", "để", "nhằm", "nhưng", "và", "các", "những", "một", "thì", "mà", "do",
)

// koOrgSuffixes end a Korean organisation's name: 삼성전자, 산업통상자원부,
// 정보통신산업진흥원, 한국무역협회.
var koOrgSuffixes = []string{
	"전자", "그룹", "부", "청", "공사", "협회", "대학교", "진흥원", "연구원", "재단", "은행", "위원회", "공단",
	"상공회의소", "증권", "통신", "디스플레이", "이노텍", "전기", "화학", "중공업", "대사관", "총영사관", "인민위원회", "정보통신부",
}

// koNotOrgs end in an organisation suffix without being one.
var koNotOrgs = setOf("일부", "전부", "내부", "외부", "대부분", "정부", "본부", "간부", "세부", "부부", "여부", "일부분", "전기", "상공", "통신", "가부",
	"사업부", "동남부", "서남부", "동북부", "서북부", "중남부", "중북부", "남동부", "북동부", "남서부", "북서부")
