package extract

// The head nouns that name an item, in the three languages, with the kind
// of item each names unless the sentence says otherwise (see itemKind).
// English and Korean put the head last ("semiconductor packaging plant",
// "반도체 패키징 공장"); Vietnamese puts it first ("nhà máy sản xuất chip").

// itemCue is one head noun.
type itemCue struct {
	head string // lower case; several words for "memorandum of understanding"
	kind string // investment | training | event | initiative, or "" to decide by the sentence
	// plural heads name several things: they link figures to an item
	// named before, but do not draft one.
	plural bool
}

var enItemCues = []itemCue{
	{"plant", "investment", false}, {"plants", "investment", true}, {"factory", "investment", false},
	{"factories", "investment", true}, {"r&d centre", "investment", false}, {"r&d center", "investment", false},
	{"centre", "", false}, {"center", "", false}, {"centres", "", true}, {"centers", "", true},
	{"programme", "", false}, {"program", "", false}, {"programmes", "", true}, {"programs", "", true},
	{"course", "training", false}, {"courses", "training", true},
	{"forum", "event", false}, {"conference", "event", false}, {"exhibition", "event", false},
	{"expo", "event", false}, {"summit", "event", false}, {"fair", "event", false},
	{"seminar", "event", false}, {"workshop", "event", false}, {"symposium", "event", false},
	{"festival", "event", false}, {"scholarship", "training", false}, {"scholarships", "training", true},
	{"memorandum of understanding", "initiative", false}, {"mou", "initiative", false}, {"mous", "initiative", true},
	{"agreement", "initiative", false}, {"agreements", "initiative", true},
	{"project", "", false}, {"projects", "", true}, {"fund", "investment", false}, {"mission", "event", false},
	{"contract", "initiative", false}, {"contracts", "initiative", true},
	{"joint venture", "investment", false}, {"joint ventures", "investment", true},
	{"strategy", "initiative", false}, {"strategies", "initiative", true}, {"roadmap", "initiative", false},
	{"master plan", "initiative", false},
}

// enCompoundTails follow a head used as a modifier ("smart factory
// solutions", "plant workers"): no item is named there.
var enCompoundTails = setOf("solutions", "solution", "equipment", "workers", "staff", "employees", "operators",
	"managers", "manager", "director", "directors", "construction", "output", "capacity", "site", "sites",
	"sector", "industry", "model", "models", "technology", "technologies", "system", "systems", "software",
	"services", "service", "data", "platform", "operations", "management", "automation", "participants")

var viItemCues = []itemCue{
	{"nhà máy", "investment", false}, {"trung tâm", "", false}, {"chương trình", "", false},
	{"khóa học", "training", false}, {"khoá học", "training", false}, {"khóa đào tạo", "training", false},
	{"khoá đào tạo", "training", false}, {"diễn đàn", "event", false}, {"hội nghị", "event", false},
	{"hội thảo", "event", false}, {"triển lãm", "event", false}, {"biên bản ghi nhớ", "initiative", false},
	{"thỏa thuận", "initiative", false}, {"thoả thuận", "initiative", false}, {"dự án", "", false},
	{"quỹ", "investment", false}, {"học bổng", "training", false}, {"lễ kỷ niệm", "event", false},
	{"lễ ký kết", "event", false}, {"lễ khánh thành", "event", false}, {"lễ khởi công", "event", false},
	{"hội chợ", "event", false}, {"tọa đàm", "event", false}, {"toạ đàm", "event", false}, {"cuộc thi", "event", false},
	{"liên doanh", "investment", false}, {"chiến lược", "initiative", false}, {"quy hoạch", "initiative", false},
	{"đề án", "initiative", false},
}

var koItemCues = []itemCue{
	{"공장", "investment", false}, {"센터", "", false}, {"프로그램", "", false}, {"과정", "training", false},
	{"포럼", "event", false}, {"콘퍼런스", "event", false}, {"컨퍼런스", "event", false}, {"박람회", "event", false},
	{"전시회", "event", false}, {"업무협약", "initiative", false}, {"협약", "initiative", false},
	{"양해각서", "initiative", false}, {"사업", "", false}, {"펀드", "investment", false}, {"프로젝트", "", false},
	{"MOU", "initiative", false}, {"장학금", "training", false}, {"계약", "initiative", false},
	{"합작법인", "investment", false}, {"합작사", "investment", false}, {"전략", "initiative", false},
	{"로드맵", "initiative", false}, {"위원회", "event", false},
}

// Words in the sentence that decide the kind a cue leaves open.
var (
	trainingWords = []string{"train", "training", "trained", "trainees", "students", "course", "courses",
		"scholarship", "scholarships", "education", "skills", "talent", "đào tạo", "học viên", "sinh viên",
		"nhân lực", "교육", "연수", "인재", "양성", "훈련"}
	investWords = []string{"invest", "invested", "investment", "investments", "capital", "worth", "factory",
		"đầu tư", "vốn", "투자"}
)

// enModStops end the words before an English head that name it: they are
// determiners, prepositions, verbs and counters, not modifiers.
var enModStops = setOf(
	"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "new", "first",
	"second", "third", "in", "of", "at", "on", "for", "to", "with", "by", "from", "and", "or", "as", "into",
	"is", "are", "was", "were", "be", "been", "will", "would", "has", "have", "had", "said", "says", "opened",
	"open", "build", "built", "building", "invest", "invested", "signed", "sign", "launch", "launched", "held",
	"hold", "attend", "attended", "join", "joined", "two", "three", "four", "five", "several", "many", "all",
	"each", "other", "such", "which", "who", "where", "also", "own", "largest", "biggest", "under", "via",
	"over", "about", "nearly", "more", "than", "between", "among", "same", "similar", "record", "annual",
	"existing", "current", "planned", "proposed", "another", "further", "additional",
	// the amount before a thing ("a $1 billion semiconductor plant")
	"hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "mln", "bln", "won", "dollar",
	"dollars", "usd", "vnd", "krw", "percent", "per", "cent",
)

// viNameStops end a Vietnamese item's name after its head.
var viNameStops = setOf(
	"tại", "ở", "của", "với", "có", "trị", "tổng", "này", "đã", "sẽ", "được", "là", "cho", "để", "nhằm",
	"do", "vào", "trong", "từ", "đến", "theo", "khi", "nói", "đó", "trên", "gồm", "bao", "sau", "trước",
	"năm", "tháng", "ngày", "thì", "mà", "nhưng", "cũng", "vừa", "đang", "sắp", "hiện", "các", "những",
	"một", "hai", "ba", "bốn", "năm", "với", "cùng", "giữa", "về", "mỗi", "hằng", "mọi",
	"dự", "đi", "thứ", "mới", "chính", "vừa", "đặt", "ra", "lên", "hoàn", "xong", "bắt", "đạt", "khoảng",
	"gần", "hơn", "như",
)

// viAnaphors after a head refer back to an item named before ("nhà máy
// này"); koAnaphors before a head do likewise ("이 공장", "해당 사업").
var (
	viAnaphors = setOf("này", "đó", "trên")
	koAnaphors = setOf("이", "해당", "그", "동", "같은", "이번", "이들", "두", "각")
)
