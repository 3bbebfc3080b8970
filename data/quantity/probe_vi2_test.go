package quantity

import "testing"

// Vietnamese reporting the engine still misread in round two: spans of
// days joined by "đến" or a spaced dash, scale words glued to the digits,
// ranks after "vị trí", hotlines written without a space, nouns whose
// second syllable is a stop word, "chỉ" (only) and "giá" (priced) read as
// nouns, specifications of phones, the months of the year so far, grades,
// and shares of a counted noun flagged as dates.
func TestProbeVI2(t *testing.T) {
	runScan(t, VI, []scanCase{
		// A span of days whose month (and year) is written once, joined
		// by "đến" after "từ"/"ngày", or by a dash with spaces.
		{"Triển lãm diễn ra từ 3 đến 5/10/2024 với 300 gian hàng.", []want{
			{text: "từ 3 đến 5/10/2024", value: 2024, kind: KindDate, skip: true, date: "2024-10-03"},
			{text: "300", value: 300, unit: Count, kind: KindCount, noun: "booths"}}},
		{"Sự kiện diễn ra từ ngày 14 đến 16/11 tại TP.HCM.", []want{
			{text: "ngày 14 đến 16/11", kind: KindDate, skip: true, date: "--11-14"}}},
		{"Từ ngày 10 đến ngày 12/12/2024, hội nghị diễn ra tại Hà Nội.", []want{
			{text: "ngày 10 đến ngày 12/12/2024", value: 2024, kind: KindDate, skip: true, date: "2024-12-10"}}},
		{"Từ 20 đến 22/9, đoàn doanh nghiệp thăm Seoul.", []want{
			{text: "Từ 20 đến 22/9", kind: KindDate, skip: true, date: "--09-20"}}},
		{"Hội chợ Vietnam ICT Expo kéo dài từ 5 - 8/11.", []want{
			{text: "từ 5 - 8/11", kind: KindDate, skip: true, date: "--11-05"}}},
		{"Từ tháng 1 đến tháng 6/2024, xuất khẩu tăng 10%.", []want{
			{text: "tháng 1 đến tháng 6/2024", value: 2024, kind: KindDate, skip: true, date: "2024-01"},
			{text: "10%", value: 10, unit: Percent, kind: KindPercent}}},
		{"Hội nghị ngày 5 và 6/12; chung kết ngày 14-15 tháng 11 năm 2024.", []want{
			{text: "ngày 5 và 6/12", kind: KindDate, skip: true, date: "--12-05"},
			{text: "ngày 14-15 tháng 11 năm 2024", value: 2024, kind: KindDate, skip: true, date: "2024-11-14"}}},
		{"Từ ngày 14 đến ngày 16 tháng 11, đoàn làm việc tại Seoul.", []want{
			{text: "ngày 14 đến ngày 16 tháng 11", kind: KindDate, skip: true, date: "--11-14"}}},
		// The numbers of a list written in a line.
		{"Kết quả: 1. Samsung (22,4 tỷ USD); 2. LG (5,65 tỷ USD).", []want{
			{text: "1", value: 1, kind: KindNumber, skip: true},
			{text: "22,4 tỷ USD", value: 22.4e9, unit: USD, kind: KindMoney},
			{text: "2", value: 2, kind: KindNumber, skip: true},
			{text: "5,65 tỷ USD", value: 5.65e9, unit: USD, kind: KindMoney}}},
		// Scale words glued to the digits, as quick copy writes them.
		{"Giá trị hợp đồng đạt 3,5tỷ USD, vốn điều lệ 100tỷ đồng, thu 200triệu đồng.", []want{
			{text: "3,5tỷ USD", value: 3.5e9, unit: USD, kind: KindMoney},
			{text: "100tỷ đồng", value: 1e11, unit: VND, kind: KindMoney},
			{text: "200triệu đồng", value: 2e8, unit: VND, kind: KindMoney}}},
		{"Lợi nhuận 50tỷ.", []want{
			{text: "50tỷ", value: 5e10, unit: VND, kind: KindMoney, amb: "đồng"}}},
		// "vị trí" (position) is a rank; "bố trí" (allocate) is not.
		{"Việt Nam tăng 5 bậc, lên vị trí 44/133 trong chỉ số GII.", []want{
			{text: "5", value: 5, unit: Count, kind: KindCount, noun: "bậc"},
			{text: "44/133", value: 44.0 / 133, unit: Fraction, kind: KindRatio, skip: true}}},
		{"Samsung ở vị trí 3, tỉnh bố trí 500 tỷ đồng.", []want{
			{text: "3", value: 3, kind: KindNumber, skip: true},
			{text: "500 tỷ đồng", value: 5e11, unit: VND, kind: KindMoney}}},
		// Grades are names, not counts of what follows.
		{"Học sinh lớp 12 dự thi tốt nghiệp; trường mở 5 lớp học.", []want{
			{text: "12", value: 12, kind: KindNumber, skip: true},
			{text: "5", value: 5, unit: Count, kind: KindCount, noun: "classes"}}},
		// Hotlines written without a space.
		{"Tổng đài 18008198 hoạt động 24/7, hotline 19001234.", []want{
			{text: "18008198", kind: KindNumber, skip: true},
			{text: "24/7", value: 24, kind: KindNumber, skip: true},
			{text: "19001234", kind: KindNumber, skip: true}}},
		// Nouns of two syllables whose second is a stop word alone, and
		// "chỉ" (only) and "giá" (priced at), which count nothing.
		{"Mạng lưới 1.300 cửa hàng nhận 1.000 đơn hàng mỗi ngày từ 2 triệu khách hàng.", []want{
			{text: "1.300", value: 1300, unit: Count, kind: KindCount, noun: "stores"},
			{text: "1.000", value: 1000, unit: Count, kind: KindRate, noun: "orders", per: "day"},
			{text: "2 triệu", value: 2e6, unit: Count, kind: KindCount, noun: "customers"}}},
		{"Số thuê bao đã vượt 10 triệu chỉ sau 3 tháng; đề án đặt 12 chỉ tiêu.", []want{
			{text: "vượt 10 triệu", value: 1e7, kind: KindNumber, qual: Over},
			{text: "3 tháng", value: 3, unit: Months, kind: KindDuration},
			{text: "12", value: 12, unit: Count, kind: KindCount, noun: "targets"}}},
		{"Vinfast VF 8 giá từ 1,09 tỷ đồng; xăng RON 95 giá 21.500 đồng/lít.", []want{
			{text: "8", value: 8, kind: KindNumber, skip: true},
			{text: "1,09 tỷ đồng", value: 1.09e9, unit: VND, kind: KindMoney},
			{text: "95", value: 95, kind: KindNumber, skip: true},
			{text: "21.500 đồng/lít", value: 21500, unit: VND, kind: KindRate, per: "lít"}}},
		// Specifications measure; they are no counts of things.
		{"Pin 5.000 mAh, màn hình 120 Hz, sạc nhanh 45W, độ trễ dưới 10 ms.", []want{
			{text: "5.000", value: 5000, unit: Count, kind: KindCount, noun: "mAh", amb: "measure"},
			{text: "120", value: 120, unit: Count, kind: KindCount, noun: "Hz", amb: "measure"},
			{text: "45W", value: 45, unit: Count, kind: KindCount, noun: "W", amb: "measure"},
			{text: "dưới 10", value: 10, unit: Count, kind: KindCount, qual: LessThan, noun: "ms", amb: "measure"}}},
		// The months of the year so far, by their number alone.
		{"Lũy kế 11 tháng, xuất khẩu đạt 370 tỷ USD.", []want{
			{text: "11 tháng", value: 11, unit: Months, kind: KindDuration, skip: true},
			{text: "370 tỷ USD", value: 370e9, unit: USD, kind: KindMoney}}},
		{"Xuất khẩu điện thoại 11 tháng đạt 51,2 tỷ USD; CPI bình quân 9 tháng tăng 3,88%.", []want{
			{text: "11 tháng", value: 11, unit: Months, kind: KindDuration, skip: true, amb: "span of months"},
			{text: "51,2 tỷ USD", value: 51.2e9, unit: USD, kind: KindMoney},
			{text: "9 tháng", value: 9, unit: Months, kind: KindDuration, skip: true, amb: "span of months"},
			{text: "3,88%", value: 3.88, unit: Percent, kind: KindPercent}}},
		// A share of a counted noun is no date.
		{"Khoảng 2/3 doanh nghiệp FDI có lãi, đạt 3/5 chỉ tiêu.", []want{
			{text: "Khoảng 2/3", value: 2.0 / 3, unit: Fraction, kind: KindRatio, qual: About},
			{text: "3/5", value: 0.6, unit: Fraction, kind: KindRatio}}},
	})
	runParse(t, VI, []parseCase{
		{"2,5tỷ đồng", want{value: 2.5e9, unit: VND, kind: KindMoney}},
	})
}

// Readings that were right and are easy to break with the rules above.
func TestProbeVI2Kept(t *testing.T) {
	runScan(t, VI, []scanCase{
		// "từ A đến B" of anything but a day and month stays a range.
		{"Giá từ 3 đến 5 triệu đồng, thời gian từ 3 đến 5 năm.", []want{
			{text: "từ 3 đến 5 triệu đồng", value: 3e6, max: 5e6, unit: VND, kind: KindMoney},
			{text: "từ 3 đến 5 năm", value: 3, max: 5, unit: Years, kind: KindDuration}}},
		{"Ngày 12-13/6, diễn đàn; từ 1-3/12/2024; tháng 1 - 10/2024; nghỉ lễ 30/4 - 1/5.", []want{
			{text: "Ngày 12-13/6", kind: KindDate, skip: true, date: "--06-12"},
			{text: "từ 1-3/12/2024", value: 2024, kind: KindDate, skip: true, date: "2024-12-01"},
			{text: "tháng 1 - 10/2024", value: 2024, kind: KindDate, skip: true, date: "2024-01"},
			{text: "30/4", kind: KindDate, skip: true, date: "--04-30"},
			{text: "1/5", kind: KindDate, skip: true, date: "--05-01"}}},
		// Without "từ" or "ngày", a spaced dash before a slash is a range.
		{"Tỷ lệ 5 - 8/10 điểm; thời gian kéo dài từ 3 đến 5 tháng 1 lần.", []want{
			{text: "5", value: 5, kind: KindNumber},
			{text: "8/10", value: 0.8, unit: Fraction, kind: KindRatio, amb: "date"},
			{text: "từ 3 đến 5 tháng", value: 3, max: 5, unit: Months, kind: KindDuration},
			{text: "1", value: 1, unit: Count, kind: KindCount, noun: "times"}}},
		// A number ending a sentence is no list item.
		{"Số dự án đạt 5. Samsung dẫn đầu.", []want{
			{text: "5", value: 5, kind: KindNumber}}},
		// A span of months, not the months of the year so far.
		{"Trong 6 tháng, ứng dụng có 1 triệu người dùng; sau 6 tháng triển khai, dự án kéo dài 6 tháng đạt kết quả.", []want{
			{text: "6 tháng", value: 6, unit: Months, kind: KindDuration},
			{text: "1 triệu", value: 1e6, unit: Count, kind: KindCount, noun: "people"},
			{text: "6 tháng", value: 6, unit: Months, kind: KindDuration},
			{text: "6 tháng", value: 6, unit: Months, kind: KindDuration}}},
		{"FDI 10 tháng đầu năm đạt 27,26 tỷ USD.", []want{
			{text: "10 tháng", value: 10, unit: Months, kind: KindDuration, skip: true},
			{text: "27,26 tỷ USD", value: 27.26e9, unit: USD, kind: KindMoney}}},
		// A date before a noun after a word of time stays flagged.
		{"Trước 1/7 doanh nghiệp phải nộp hồ sơ.", []want{
			{text: "1/7", value: 1.0 / 7, unit: Fraction, kind: KindRatio, amb: "date"}}},
		// A year and a hotline-like count with separators.
		{"Năm 1900 có 1.800 người; gọi 1900.545.426.", []want{
			{text: "1900", value: 1900, kind: KindYear, skip: true, date: "1900"},
			{text: "1.800", value: 1800, unit: Count, kind: KindCount, noun: "people"},
			{text: "1900.545.426", kind: KindNumber, skip: true}}},
	})
	runParse(t, VI, []parseCase{
		{"500tr đồng", want{value: 5e8, unit: VND, kind: KindMoney}},
	})
}
