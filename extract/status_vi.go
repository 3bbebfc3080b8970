package extract

import (
	"ictdash/data/quantity"
	"strings"
	"sync"

	"ictdash/data"
)

// Vietnamese status cues. Vietnamese marks tense and mood with words before
// the verb: sẽ (will), dự kiến (expected, scheduled), đã (did), vừa (just
// did), đang (is doing); aims and plans are nouns or verbs before it (mục
// tiêu, kế hoạch, phấn đấu, cam kết). "khoảng" (about) is a hedge, read by
// the quantity engine, not a status. "ước đạt" (estimated to reach) is the
// statistics office's estimate of an actual total, not a forecast.
var viCues = []cueGroup{
	{data.Target, true, []string{"mong muốn", "hy vọng", "phấn đấu", "cam kết", "dự định", "đặt mục tiêu", "hướng tới", "hướng đến",
		"quyết tâm", "lên kế hoạch", "đề ra", "đặt ra", "chuẩn bị", "đang chuẩn bị"}},
	{data.Target, false, []string{"kế hoạch", "mục tiêu", "chỉ tiêu", "định hướng", "nhằm", "để", "tầm nhìn"}},
	{data.Projection, true, []string{"sẽ", "dự kiến", "dự báo", "kỳ vọng", "có thể", "dự tính", "sắp",
		"có khả năng", "được dự báo", "được kỳ vọng"}},
	{data.Projection, false, []string{"triển vọng"}},
	{data.Estimate, true, []string{"ước tính", "ước", "ước khoảng", "ước lượng", "theo ước tính"}},
	{data.Actual, true, []string{"đã", "vừa", "đang", "đạt", "đạt được", "ghi nhận", "tăng", "giảm", "có",
		"thu hút", "đầu tư", "giải ngân", "đào tạo", "ký", "ký kết", "xuất khẩu", "nhập khẩu", "tuyển dụng",
		"chiếm", "lên tới", "lên đến", "vượt"}},
}

var viGlue = []string{"là", "được", "tiếp tục", "tiếp", "tục", "cũng", "thêm", "đến", "năm", "tới", "vào",
	"lên", "mức", "khoảng", "nữa", "còn"}

// viPlanVerbs are actions an actor plans; after sẽ or dự kiến they make the
// figure a plan (target): "Samsung dự kiến đầu tư thêm 2,5 tỷ USD", "tỉnh
// sẽ dành 100 ha". Outcomes ("sẽ đạt", "dự kiến tăng") stay projections.
var viPlanVerbs = setOf("đầu tư", "xây dựng", "tuyển", "tuyển dụng", "đào tạo", "dành", "cấp", "hỗ trợ",
	"trao đổi", "mở", "thành lập", "triển khai", "cử", "chi", "giải ngân", "cung cấp", "tài trợ", "khởi công",
	"rót", "bố trí", "ký", "ký kết", "thu hút")

var viLexiconOnce = sync.OnceValue(func() *lexicon {
	lx := newLexicon(viCues, viGlue)
	lx.planModals = setOf("sẽ", "dự kiến", "dự kiến sẽ", "dự tính")
	lx.planVerbs = viPlanVerbs
	lx.weakContinues = true
	frame := func(p string, st data.Status) cue { return cue{words: strings.Fields(p), status: st} }
	lx.frames = []cue{
		frame("theo kế hoạch", data.Target), frame("theo mục tiêu", data.Target), frame("mục tiêu", data.Target),
		frame("theo đề án", data.Target), frame("theo chiến lược", data.Target), frame("theo cam kết", data.Target),
		frame("theo thỏa thuận", data.Target), frame("theo thoả thuận", data.Target),
		frame("theo dự kiến", data.Projection), frame("dự kiến", data.Projection), frame("theo dự báo", data.Projection),
		frame("khi hoàn thành", data.Projection), frame("sau khi hoàn thành", data.Projection),
		frame("khi đi vào hoạt động", data.Projection), frame("theo ước tính", data.Estimate),
	}
	// A bare deadline is how Vietnamese plans and resolutions state their
	// aims: "Đến năm 2030, kinh tế số chiếm 30% GDP".
	// Vietnamese verbs have no tense: only đã, vừa and đang mark a stated
	// fact that no frame overrides.
	lx.weak = map[string]bool{}
	for _, g := range viCues {
		for _, p := range g.phrases {
			if g.status == data.Actual && p != "đã" && p != "vừa" && p != "đang" {
				lx.weak[p] = true
			}
		}
	}
	lx.deadline = deadlineBefore(quantity.VI, "đến", "tới", "trước")
	lx.deadlineS = data.Target
	lx.costWords = []string{"vốn", "tổng vốn", "tổng mức đầu tư", "trị giá", "kinh phí", "chi phí", "quy mô",
		"vốn đầu tư"}
	lx.future = []string{"sẽ được xây dựng", "sẽ xây dựng", "dự kiến", "sẽ đi vào hoạt động", "khi hoàn thành",
		"khởi công", "động thổ", "sẽ hoàn thành", "sẽ được triển khai"}
	return lx
})

func viLexicon() *lexicon { return viLexiconOnce() }
