package quantity

import "testing"

// Vietnamese reporting the engine misread: nouns of syllables without a
// letter only Vietnamese uses, fractions in words, hours of the day, spans
// of days and months, phase numbers, a change whose unit is written once,
// rates per person per month, hotlines, ordinals in words, bare "tỷ",
// document names that are ordinary words, and "trong số".
func TestProbeVI(t *testing.T) {
	runScan(t, VI, []scanCase{
		// The counted noun is the Vietnamese syllables after the number,
		// not the last of four words read as English.
		{"Mỗi năm Việt Nam cần thêm khoảng 150.000 nhân lực công nghệ thông tin.", []want{
			{text: "khoảng 150.000", value: 150000, unit: Count, kind: KindCount, qual: About, noun: "nhân lực"}}},
		{"Cuộc thi thu hút 1.500 thí sinh từ 30 tỉnh, thành phố.", []want{
			{text: "1.500", value: 1500, unit: Count, kind: KindCount, noun: "thí sinh"},
			{text: "30", value: 30, unit: Count, kind: KindCount, noun: "provinces"}}},
		{"MoMo đã có 15 triệu tài khoản Mobile Money.", []want{
			{text: "15 triệu", value: 15e6, unit: Count, kind: KindCount, noun: "tài khoản"}}},
		{"Nhà máy sản xuất 100 triệu chip mỗi năm.", []want{
			{text: "100 triệu", value: 1e8, unit: Count, kind: KindRate, noun: "chip", per: "year"}}},
		// Fractions in words.
		{"Hai phần ba số dự án tập trung tại miền Bắc, một phần tư ở miền Nam.", []want{
			{text: "Hai phần ba", value: 2.0 / 3, unit: Fraction, kind: KindRatio},
			{text: "một phần tư", value: 0.25, unit: Fraction, kind: KindRatio}}},
		{"Chỉ có một nửa số doanh nghiệp có lãi; lợi nhuận tăng hai phần trăm.", []want{
			{text: "một nửa", value: 0.5, unit: Fraction, kind: KindRatio},
			{text: "hai phần trăm", value: 2, unit: Percent, kind: KindPercent}}},
		// An hour of the day, told by "lúc", a part of the day or the date.
		{"Hội nghị kết thúc lúc 17 giờ; khoảng 4 giờ chiều, đoàn rời Hà Nội.", []want{
			{text: "17 giờ", value: 17, kind: KindTime, skip: true},
			{text: "4 giờ chiều", value: 16, kind: KindTime, skip: true}}},
		{"Vào lúc 14 giờ 30 phút, hồ sơ được nộp trước 17 giờ ngày 5/12.", []want{
			{text: "14 giờ 30 phút", value: 14.5, kind: KindTime, skip: true},
			{text: "17 giờ", value: 17, kind: KindTime, skip: true},
			{text: "ngày 5/12", kind: KindDate, skip: true, date: "--12-05"}}},
		{"Kết quả có trong vòng 48 giờ, thủ tục mất ít nhất 30 phút.", []want{
			{text: "48 giờ", value: 48, unit: Hours, kind: KindDuration},
			{text: "ít nhất 30 phút", value: 0.5, unit: Hours, kind: KindDuration, qual: AtLeast}}},
		// Spans of days and months with the month or year written once.
		{"Từ 1-3/12/2024, hội chợ diễn ra tại Hà Nội.", []want{
			{text: "Từ 1-3/12/2024", value: 2024, kind: KindDate, skip: true, date: "2024-12-01"}}},
		{"Ngày 12-13/6, diễn đàn được tổ chức trong 2 ngày 5-6/12.", []want{
			{text: "Ngày 12-13/6", kind: KindDate, skip: true, date: "--06-12"},
			{text: "2 ngày", value: 2, unit: Days, kind: KindDuration},
			{text: "5-6/12", kind: KindDate, skip: true, date: "--12-05"}}},
		{"Tháng 1 - 10/2024, xuất khẩu tăng 15%.", []want{
			{text: "Tháng 1 - 10/2024", value: 2024, kind: KindDate, skip: true, date: "2024-01"},
			{text: "15%", value: 15, unit: Percent, kind: KindPercent}}},
		// Phases and editions are ordinals; the "năm" after one is the year.
		{"Festival lần 3 năm 2024 khai mạc; giai đoạn 1 là 2,5 tỷ USD.", []want{
			{text: "3", value: 3, kind: KindOrdinal, skip: true},
			{text: "2024", value: 2024, kind: KindYear, skip: true, date: "2024"},
			{text: "1", value: 1, kind: KindOrdinal, skip: true},
			{text: "2,5 tỷ USD", value: 2.5e9, unit: USD, kind: KindMoney}}},
		{"Giai đoạn 2 dự kiến hoàn thành vào năm 2026.", []want{
			{text: "2", value: 2, kind: KindOrdinal, skip: true},
			{text: "2026", value: 2026, kind: KindYear, skip: true, date: "2026"}}},
		{"Đây là lần thứ 2 hội nghị được tổ chức tại Đà Nẵng.", []want{
			{text: "2", value: 2, kind: KindOrdinal, skip: true}}},
		// "từ A lên B": a change whose unit (noun, scale, rate) is B's.
		{"Tỷ lệ tăng từ 10 lên 15%, số doanh nghiệp từ 58.000 lên 74.000 doanh nghiệp.", []want{
			{text: "10", value: 10, unit: Percent, kind: KindPercent},
			{text: "15%", value: 15, unit: Percent, kind: KindPercent},
			{text: "58.000", value: 58000, unit: Count, kind: KindCount, noun: "enterprises"},
			{text: "74.000", value: 74000, unit: Count, kind: KindCount, noun: "enterprises"}}},
		{"Thu nhập tăng từ 5 lên 8 triệu đồng/tháng.", []want{
			{text: "5", value: 5e6, unit: VND, kind: KindRate, per: "month"},
			{text: "8 triệu đồng/tháng", value: 8e6, unit: VND, kind: KindRate, per: "month"}}},
		{"Giá tăng từ 500 lên 2 triệu đồng.", []want{
			{text: "500", value: 500, unit: VND, kind: KindMoney, amb: "scale"},
			{text: "2 triệu đồng", value: 2e6, unit: VND, kind: KindMoney}}},
		// A rate per person per month keeps both denominators.
		{"Mức lương bình quân đạt 8,5 triệu đồng/người/tháng.", []want{
			{text: "8,5 triệu đồng/người/tháng", value: 8.5e6, unit: VND, kind: KindRate, per: "person/month"}}},
		// Hotlines 1900/1800.
		{"Liên hệ đường dây nóng 1900 1234 hoặc 1800.1091.", []want{
			{text: "1900 1234", kind: KindNumber, skip: true},
			{text: "1800.1091", kind: KindNumber, skip: true}}},
		// "năm" before a counted noun is five; "thứ" and a number word an
		// ordinal, unless a weekday.
		{"Năm nay có năm trường đại học tham gia.", []want{
			{text: "năm", value: 5, unit: Count, kind: KindCount, noun: "universities"}}},
		{"Việt Nam là đối tác thương mại lớn thứ ba của Hàn Quốc, trong cách mạng công nghiệp lần thứ tư.", []want{
			{text: "ba", value: 3, kind: KindOrdinal, skip: true},
			{text: "tư", value: 4, kind: KindOrdinal, skip: true}}},
		// "N tỷ" after a word of money is đồng, flagged.
		{"Dự án 4.000 tỷ của LG; Viettel đầu tư 500 tỷ vào Đà Nẵng.", []want{
			{text: "4.000 tỷ", value: 4e12, unit: VND, kind: KindMoney, amb: "đồng"},
			{text: "500 tỷ", value: 5e11, unit: VND, kind: KindMoney, amb: "đồng"}}},
		// "đầu tư", "xác định", "trong số" are words, not document names
		// or ranks; "Thông tư", "Điều", "Tầng" are.
		{"Hơn 70% trong số 1.000 doanh nghiệp; Thông tư 15 và Điều 5 Luật Đầu tư.", []want{
			{text: "Hơn 70%", value: 70, unit: Percent, kind: KindPercent, qual: MoreThan},
			{text: "1.000", value: 1000, unit: Count, kind: KindCount, noun: "enterprises"},
			{text: "15", value: 15, kind: KindNumber, skip: true},
			{text: "5", value: 5, kind: KindNumber, skip: true}}},
		{"Văn phòng ở Tầng 3 tòa nhà, số 1 Quốc lộ 5.", []want{
			{text: "3", value: 3, kind: KindNumber, skip: true},
			{text: "1", value: 1, kind: KindNumber, skip: true},
			{text: "5", value: 5, kind: KindNumber, skip: true}}},
		// A capitalised verb opening a sentence names nothing.
		{"Đạt 8,5 điểm. Vượt mốc 50 tỷ USD.", []want{
			{text: "8,5", value: 8.5, unit: Count, kind: KindCount, noun: "điểm"},
			{text: "Vượt mốc 50 tỷ USD", value: 50e9, unit: USD, kind: KindMoney, qual: Over}}},
		// "âm" is minus; "gấp" may come before a hedge; ages in months.
		{"Tăng trưởng âm 1,5%, trong khi xuất khẩu tăng gấp hơn 2 lần, nhập khẩu gấp gần 3 lần.", []want{
			{text: "âm 1,5%", value: -1.5, unit: Percent, kind: KindPercent},
			{text: "gấp hơn 2 lần", value: 2, unit: Multiplier, kind: KindMultiplier, qual: MoreThan},
			{text: "gấp gần 3 lần", value: 3, unit: Multiplier, kind: KindMultiplier, qual: Nearly}}},
		{"Lao động trong độ tuổi 18-25 và trẻ 18 tháng tuổi.", []want{
			{text: "18-25", value: 18, max: 25, unit: Years, kind: KindDuration, skip: true},
			{text: "18 tháng tuổi", value: 18, unit: Months, kind: KindDuration, skip: true}}},
		{"Vốn đăng ký 3,2 tỷ Mỹ kim.", []want{
			{text: "3,2 tỷ Mỹ kim", value: 3.2e9, unit: USD, kind: KindMoney}}},
	})
	runParse(t, VI, []parseCase{
		{"âm 1,5%", want{value: -1.5, unit: Percent, kind: KindPercent}},
		{"8,5 triệu đồng/người/tháng", want{value: 8.5e6, unit: VND, kind: KindRate, per: "person/month"}},
	})
	runParse(t, EN, []parseCase{
		{"VND 8.5 million per person/month", want{value: 8.5e6, unit: VND, kind: KindRate, per: "person/month"}},
	})
}

// Readings that were right and are easy to break with the rules above.
func TestProbeVIKept(t *testing.T) {
	runScan(t, VI, []scanCase{
		{"Kế hoạch 5 năm 2021 - 2025; mỗi khóa 30 học viên trong 6 tháng.", []want{
			{text: "5 năm", value: 5, unit: Years, kind: KindDuration},
			{text: "2021 - 2025", value: 2021, max: 2025, kind: KindPeriod, skip: true, date: "2021"},
			{text: "30", value: 30, unit: Count, kind: KindCount, noun: "trainees"},
			{text: "6 tháng", value: 6, unit: Months, kind: KindDuration}}},
		{"Doanh thu tăng 12% lên 3,4 tỷ USD; lãi suất tăng từ 20 đến 30%.", []want{
			{text: "12%", value: 12, unit: Percent, kind: KindPercent},
			{text: "3,4 tỷ USD", value: 3.4e9, unit: USD, kind: KindMoney},
			{text: "từ 20 đến 30%", value: 20, max: 30, unit: Percent, kind: KindPercent, amb: "change"}}},
		{"Hai năm 2023 và 2024, ba mươi lăm nghìn người; đạt 5 triệu.", []want{
			{text: "Hai năm", value: 2, unit: Years, kind: KindDuration},
			{text: "2023", value: 2023, kind: KindYear, skip: true, date: "2023"},
			{text: "2024", value: 2024, kind: KindYear, skip: true, date: "2024"},
			{text: "ba mươi lăm nghìn", value: 35000, unit: Count, kind: KindCount, noun: "people"},
			{text: "5 triệu", value: 5e6, kind: KindNumber}}},
		// A weekday is no ordinal.
		{"Thứ ba, ngày 5/12, hội nghị khai mạc; vào thứ Năm bế mạc.", []want{
			{text: "ngày 5/12", kind: KindDate, skip: true, date: "--12-05"}}},
		{"Đợt nghỉ lễ 30/4 - 1/5; Samsung là nhà đầu tư số 1.", []want{
			{text: "30/4", kind: KindDate, skip: true, date: "--04-30"},
			{text: "1/5", kind: KindDate, skip: true, date: "--05-01"},
			{text: "1", value: 1, kind: KindNumber, skip: true}}},
	})
	runParse(t, VI, []parseCase{
		{"500 tỷ", want{value: 5e11, kind: KindNumber}},
	})
}
