package main

// Word lists. Nothing here may read as a number to data.ScanNumbers: no
// digits, no cardinal words, and no hedge, relative or month word that a
// number could follow ("some", "over", "next", "May"). The generator checks
// every article against the scanner, so a slip here fails loudly.

// vnPlaces are Vietnamese provinces and cities, with diacritics; the
// unaccented spelling becomes an alias.
var vnPlaces = []string{
	"Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Bắc Ninh", "Bắc Giang",
	"Thái Nguyên", "Quảng Ninh", "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Dương", "Đồng Nai",
	"Vĩnh Phúc", "Hưng Yên", "Hải Dương", "Nghệ An", "Thanh Hóa", "Khánh Hòa", "Lâm Đồng",
	"Bà Rịa–Vũng Tàu", "Long An", "Bình Định", "Phú Yên", "Đắk Lắk", "Gia Lai", "Kiên Giang",
	"An Giang", "Hà Nam", "Nam Định", "Ninh Bình", "Thái Bình", "Lào Cai", "Yên Bái", "Tây Ninh",
	"Bến Tre", "Cà Mau", "Sóc Trăng", "Quảng Bình", "Quảng Trị", "Hà Tĩnh", "Phú Thọ", "Hòa Bình",
	"Sơn La", "Điện Biên", "Lạng Sơn", "Cao Bằng", "Tuyên Quang", "Bình Phước", "Bình Thuận",
	"Ninh Thuận", "Kon Tum", "Đắk Nông", "Vĩnh Long", "Trà Vinh", "Hậu Giang", "Bạc Liêu",
	"Đồng Tháp", "Tiền Giang",
}

// krPlaces are South Korean cities and provinces.
var krPlaces = []string{
	"Seoul", "Busan", "Incheon", "Daegu", "Daejeon", "Gwangju", "Ulsan", "Sejong", "Suwon", "Pangyo",
	"Changwon", "Pohang", "Gyeonggi Province", "Jeju", "Cheongju", "Jeonju",
}

// Organisations that figure in Vietnam–Korea ICT reporting, with a short
// alias where the press uses one.
var knownOrgs = []struct{ name, alias, home string }{
	{"Samsung Electronics", "Samsung", "South Korea"}, {"LG Electronics", "LG", "South Korea"},
	{"SK Telecom", "SKT", "South Korea"}, {"KT Corporation", "KT", "South Korea"},
	{"Naver Corporation", "Naver", "South Korea"}, {"Kakao Corporation", "Kakao", "South Korea"},
	{"Hanwha Systems", "", "South Korea"}, {"POSCO DX", "", "South Korea"}, {"LG CNS", "", "South Korea"},
	{"Samsung SDS", "", "South Korea"}, {"Hyundai AutoEver", "", "South Korea"},
	{"Korea Trade-Investment Promotion Agency", "KOTRA", "South Korea"},
	{"National IT Industry Promotion Agency", "NIPA", "South Korea"},
	{"Korea International Cooperation Agency", "KOICA", "South Korea"},
	{"National Information Society Agency", "NIA", "South Korea"},
	{"Electronics and Telecommunications Research Institute", "ETRI", "South Korea"},
	{"Korea Advanced Institute of Science and Technology", "KAIST", "South Korea"},
	{"Ministry of Science and ICT", "MSIT", "South Korea"}, {"Korea Software Industry Association", "KOSA", "South Korea"},
	{"Viettel Group", "Viettel", "Việt Nam"}, {"VNPT Group", "VNPT", "Việt Nam"},
	{"FPT Software", "FPT", "Việt Nam"}, {"CMC Corporation", "CMC", "Việt Nam"},
	{"MobiFone Corporation", "MobiFone", "Việt Nam"}, {"VNG Corporation", "VNG", "Việt Nam"},
	{"Bkav Corporation", "Bkav", "Việt Nam"}, {"MISA Joint Stock Company", "MISA", "Việt Nam"},
	{"Ministry of Information and Communications", "MIC", "Việt Nam"},
	{"Ministry of Planning and Investment", "MPI", "Việt Nam"},
	{"Việt Nam National University, Hà Nội", "VNU", "Hà Nội"},
	{"Hà Nội University of Science and Technology", "HUST", "Hà Nội"},
	{"Đà Nẵng University of Science and Technology", "", "Đà Nẵng"},
	{"Việt Nam–Korea Institute of Science and Technology", "VKIST", "Hà Nội"},
	{"Vietnam Software and IT Services Association", "VINASA", "Việt Nam"},
	{"Đà Nẵng Department of Information and Communications", "", "Đà Nẵng"},
	{"Hồ Chí Minh City Computer Association", "HCA", "Thành phố Hồ Chí Minh"},
	{"Saigon Hi-Tech Park", "SHTP", "Thành phố Hồ Chí Minh"},
	{"Hòa Lạc Hi-Tech Park", "", "Hà Nội"}, {"Đà Nẵng Hi-Tech Park", "", "Đà Nẵng"},
}

// Syllables for codenames and synthetic company names. Vietnamese ones
// carry their diacritics so that accent-insensitive search is exercised.
var vnSyllables = []string{
	"An", "Bình", "Châu", "Đức", "Hòa", "Khánh", "Lạc", "Minh", "Ngọc", "Phúc", "Quang", "Sơn",
	"Tâm", "Thành", "Việt", "Xuân", "Hưng", "Long", "Phát", "Tín", "Hải", "Trung", "Nhật", "Kim",
	"Hồng", "Lam", "Thịnh", "Vinh", "Gia", "Bảo", "Hoàng", "Đông", "Tây", "Nam", "Bắc", "Tiến",
	"Thiên", "Mỹ", "Lộc", "Khang", "Vĩnh", "Đạt", "Sao", "Nguyên", "Thái", "Quý", "Hiền", "Trí",
}

var krSyllables = []string{
	"Han", "Dae", "Seon", "Jin", "Min", "Bit", "Sol", "Yeon", "Hae", "Woo", "Joon", "Ga", "Nuri",
	"Bora", "Haneul", "Daon", "Sejin", "Hyeon", "Mirae", "Saebit",
}

var companySuffixes = []string{
	"Technology JSC", "Software", "Digital", "Telecom", "Solutions", "Semiconductor", "Data Centre",
	"AI Lab", "Electronics", "Systems", "Networks", "Cloud", "Fintech", "Robotics", "Tech",
}

var vnFamily = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"}
var vnMiddle = []string{"Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Đức"}
var vnGiven = []string{"Hùng", "Mai", "Dũng", "Lan", "Tuấn", "Hương", "Thắng", "Hà", "Nam", "Linh", "Phương", "Quân", "Thảo", "Sơn", "Trang"}
var krFamily = []string{"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"}
var krGiven = []string{"Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-yun", "Ji-woo", "Hyun-woo", "Soo-ah", "Jae-won", "Eun-ji"}

var outlets = []string{
	"Vietnam News", "VnExpress International", "Tuổi Trẻ News", "The Korea Herald", "Yonhap News Agency",
	"Korea JoongAng Daily", "Hanoi Times", "The Saigon Times", "VietnamPlus", "Việt Nam Investment Review",
	"The Korea Times", "Nhân Dân Online",
}

// sectors name what an investment, market or initiative is about.
var sectors = []string{
	"semiconductor", "cloud computing", "data centre", "software outsourcing", "artificial intelligence",
	"fintech", "e-commerce", "cybersecurity", "smart factory", "telecoms", "electronics", "digital content",
	"IT services", "game development", "robotics", "big data", "internet of things", "smart city",
}

// fields name what a training programme teaches.
var fields = []string{
	"software engineering", "IT talent", "chip design", "data science", "cybersecurity", "Korean-language IT",
	"cloud engineering", "artificial intelligence", "embedded systems", "digital skills",
}

// topics name what an event is about.
var topics = []string{"ICT investment", "digital transformation", "AI cooperation", "startup", "semiconductor", "smart city", "IT outsourcing", "innovation"}

// nouns that a count can be of, by item kind.
var countNouns = map[string][]string{
	"investment": {"jobs", "engineers", "local suppliers", "projects"},
	"market":     {"companies", "startups", "projects"},
	"initiative": {"households", "schools", "factories", "public services"},
	"training":   {"engineers", "students", "trainees", "developers", "graduates"},
	"event":      {"businesses", "delegates", "participants", "startups"},
}

// fillers are sentences without numbers that make paragraphs read like
// reporting. {O}, {P} and {I} are an organisation, place and item.
var fillers = []string{
	"Officials in {P} said the partnership with {O} would deepen digital cooperation between Việt Nam and Korea.",
	"A representative of {O} said the company saw {P} as a hub for software and semiconductor talent.",
	"Local authorities pledged to simplify procedures for Korean technology firms.",
	"Both sides also discussed cloud computing, artificial intelligence and cybersecurity.",
	"Industry observers said the {I} reflected growing confidence in the local workforce.",
	"The announcement drew attention from investors across the region.",
	"Representatives of {O} toured research facilities in {P} during the visit.",
	"The city has offered land and tax incentives to attract high-tech projects.",
}

// smallWords spell counts up to twenty, as articles sometimes do.
var smallWords = []string{"", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
