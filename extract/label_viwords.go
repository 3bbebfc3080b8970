package extract

import "strings"

// Vietnamese word classes for labels. Vietnamese phrases are head-first
// ("dự án FDI của Hàn Quốc tại Đà Nẵng"), words are runs of syllables, and
// the same syllables are noun or verb by position ("vốn đầu tư" is a
// noun, "đầu tư 2,5 tỷ USD" a verb), so the classes are small and closed:
// words that end a noun phrase, prepositions that continue one, link and
// money verbs, modal and aspect words.

// viStop ends a noun phrase going forwards.
var viStop = setOf("là", "đã", "sẽ", "với", "nhưng", "khi", "nếu", "để", "thì", "mà", "nên", "vì", "do",
	"bởi", "theo", "so", "đạt", "tăng", "giảm", "chiếm", "gồm", "như", "nhằm", "còn", "cũng", "đều", "khoảng",
	"gần", "hơn", "khiến", "giúp", "được", "có", "trong đó", "cho biết", "nói", "cho", "bao gồm", "ước",
	"lên", "xuống", "vượt", "trị giá", "tương đương", "hoặc", "song", "tuy", "dù", "nhờ", "trước", "sau",
	"hiện", "vừa", "sắp", "mỗi", "cho phép", "mong muốn", "muốn", "đề nghị", "kỳ vọng", "yêu cầu", "thiếu", "cần", "phải", "không", "chưa", "đến", "tới", "từng", "rằng", "năm", "tháng",
	"ngày", "quý", "dự kiến", "kế hoạch", "mục tiêu", "cùng", "bằng", "thuộc về", "và", "hay", "ra")

// viPreps continue a noun phrase with a modifier ("của Hàn Quốc", "tại
// Đà Nẵng", "vào nhà máy").
var viPreps = setOf("của", "tại", "ở", "vào", "trong", "từ", "về", "giữa", "thuộc", "trên địa bàn",
	"trong lĩnh vực", "ngoài", "dành cho", "cho")

// viTime opens a phrase that dates rather than describes.
var viTime = setOf("năm", "tháng", "quý", "ngày", "tuần", "giai đoạn", "thời gian", "thời điểm", "nay",
	"qua", "tới", "trước", "sau", "đầu", "cuối", "kỳ", "hiện nay", "dịp", "đợt", "nửa", "6 tháng", "lần")

// viModal words sit between a subject and its verb, or a verb and its
// number ("sẽ đầu tư thêm", "dự kiến tuyển").
var viModal = setOf("cấp phép", "được cấp phép", "được phép", "hiện", "sẽ", "đã", "đang", "dự kiến", "tiếp tục", "vừa", "mới", "cũng", "còn", "sắp",
	"có kế hoạch", "quyết định", "dự định", "đặt mục tiêu", "phấn đấu", "cam kết", "thêm", "khoảng",
	"hơn", "gần", "tổng cộng", "được", "lên", "ước", "chỉ", "từng", "trực tiếp", "bổ sung")

// viLink verbs join a measure and its amount ("kim ngạch đạt …").
var viLink = setOf("đạt", "là", "ở mức", "lên tới", "lên đến", "tới", "đến", "trị giá", "có giá trị",
	"với", "gồm", "ước đạt", "ước tính", "tương đương", "vượt", "khoảng", "đạt mức", "khoảng chừng",
	"lên", "chạm mốc", "cán mốc", "khoảng hơn", "hơn", "gần", "ước khoảng", "tổng cộng", "lên mức")

// viMoneyVerb names what an amount that is the verb's object is.
var viMoneyVerb = map[string]string{
	"đầu tư": "vốn đầu tư", "rót": "vốn đầu tư", "rót vốn": "vốn đầu tư", "xuất khẩu": "kim ngạch xuất khẩu",
	"nhập khẩu": "kim ngạch nhập khẩu", "chi": "khoản chi", "chi tiêu": "chi tiêu", "huy động": "vốn huy động",
	"giải ngân": "vốn giải ngân", "tài trợ": "khoản tài trợ", "viện trợ": "khoản viện trợ",
	"cam kết": "vốn cam kết", "góp": "vốn góp", "góp vốn": "vốn góp", "thu về": "doanh thu", "thu": "doanh thu",
	"bán": "doanh số", "cho vay": "khoản vay", "vay": "khoản vay", "đăng ký": "vốn đăng ký",
	"tăng vốn": "vốn tăng thêm", "thu hút": "vốn thu hút", "chi trả": "khoản chi trả", "mua": "giá mua",
	"đóng góp": "khoản đóng góp", "hỗ trợ": "khoản hỗ trợ", "dành": "kinh phí", "bỏ ra": "khoản chi",
	"ký": "giá trị hợp đồng", "ký kết": "giá trị hợp đồng", "nộp": "khoản nộp", "thu được": "doanh thu",
	"xây dựng": "vốn xây dựng", "phân bổ": "kinh phí phân bổ", "cấp": "vốn cấp", "mang về": "doanh thu",
}

// viCountVerb are the verbs whose counted object is labelled "số <noun>
// được <verb>" ("tuyển 10.000 lao động" → "số lao động được tuyển").
var viCountVerb = setOf("tuyển", "tuyển dụng", "đào tạo", "thu hút", "tạo", "tạo ra", "cấp", "cấp phép",
	"cấp mới", "ký", "ký kết", "thành lập", "hỗ trợ", "kết nối", "trao", "đón", "tiếp nhận", "triển khai",
	"thuê", "sử dụng", "đưa", "cử", "mời", "đăng ký", "giải quyết", "xây dựng", "mở", "khai trương",
	"bồi dưỡng", "tập huấn", "cấp học bổng", "tặng", "trao tặng", "phê duyệt", "chấp thuận", "đón tiếp", "tuyển sinh")

// viAspect words sit between a measure and its link verb ("tỷ lệ này
// mới đạt 35%"); a noun phrase read backwards passes over them.
var viAspect = setOf("sẽ", "đã", "đang", "dự kiến", "vừa", "mới", "sắp", "từng", "cũng", "còn", "chỉ", "hiện", "mới chỉ")

// viNeedVerb counts what is needed or missing: "thiếu 150.000 kỹ sư" →
// "số kỹ sư còn thiếu", "cần 50.000 kỹ sư" → "số kỹ sư … cần".
var viNeedVerb = map[string]string{"thiếu": "còn thiếu", "cần": "cần", "cần tuyển": "cần tuyển", "cần thêm": "cần thêm", "đang thiếu": "còn thiếu"}

// viMeasureStart are the first syllables of measure nouns: a phrase
// starting with one is what an amount measures ("tổng vốn đăng ký").
var viMeasureStart = setOf("vốn", "tổng", "doanh", "kim", "giá", "lợi", "ngân", "chi", "quy", "mức",
	"tỷ", "thị", "cổ", "nguồn", "khoản", "số", "trị", "dư", "thu", "nợ", "lãi", "phí", "lương", "chỉ")

// viOrdinary are measure words that start a sentence in lower case
// elsewhere ("Kim ngạch xuất khẩu đạt …" → "kim ngạch xuất khẩu").
var viOrdinary = setOf("hai", "ba", "nhiều", "kim", "vốn", "tổng", "doanh", "giá", "lợi", "số", "tỷ", "thị", "cổ", "nguồn",
	"khoản", "dự", "các", "những", "hơn", "khoảng", "gần", "trong", "theo", "năm", "ngân", "quy", "mức",
	"phía") // "Phía Hàn Quốc sẽ dành …": the side, not a name

var viLeadDrop = setOf("và", "các", "những", "của", "tại", "với", "là", "thì", "mà", "nhưng")
var viTrailDrop = setOf("của", "và", "tại", "với", "cho", "ở", "vào", "trong", "từ", "các", "những", "là", "về", "đã", "đang", "sẽ", "được")

// viAt returns how many tokens from i spell an entry of set (up to three
// syllables, longest first), or 0.
func viAt(ts []tok, i int, set map[string]bool) int {
	for n := 4; n >= 1; n-- {
		if i+n <= len(ts) && allWords(ts[i:i+n]) && set[lowerJoin(ts[i:i+n])] {
			return n
		}
	}
	return 0
}

// viBefore is viAt for the tokens ending at j.
func viBefore(ts []tok, j int, set map[string]bool) int {
	for n := 4; n >= 1; n-- {
		if j-n >= 0 && allWords(ts[j-n:j]) && set[lowerJoin(ts[j-n:j])] {
			return n
		}
	}
	return 0
}

func allWords(ts []tok) bool {
	for _, t := range ts {
		if !t.isWord() {
			return false
		}
	}
	return true
}

func lowerJoin(ts []tok) string {
	ws := make([]string, len(ts))
	for i, t := range ts {
		ws[i] = t.lw()
	}
	return strings.Join(ws, " ")
}
