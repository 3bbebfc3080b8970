package quantity

import "testing"

// Vietnamese values as written.
func TestParseVI(t *testing.T) {
	runParse(t, VI, []parseCase{
		// Digits with Vietnamese separators, scales and currencies.
		{"10.000 đồng", want{value: 10000, unit: VND, kind: KindMoney}},
		{"100.000", want{value: 100000, kind: KindNumber}},
		{"3.000.000", want{value: 3e6, kind: KindNumber}},
		{"1.234.567,8", want{value: 1234567.8, kind: KindNumber}},
		{"2,5 tỷ USD", want{value: 2.5e9, unit: USD, kind: KindMoney}},
		{"382 triệu USD", want{value: 382e6, unit: USD, kind: KindMoney}},
		{"1.000 tỷ đồng", want{value: 1e12, unit: VND, kind: KindMoney}},
		{"10 nghìn tỷ đồng", want{value: 10e12, unit: VND, kind: KindMoney}},
		{"3 tỷ 500 triệu đồng", want{value: 3.5e9, unit: VND, kind: KindMoney}},
		{"2 triệu rưỡi", want{value: 2.5e6, kind: KindNumber}},
		{"50.000đ", want{value: 50000, unit: VND, kind: KindMoney}},
		{"50.000 VNĐ", want{value: 50000, unit: VND, kind: KindMoney}},
		{"20 tỉ đồng", want{value: 20e9, unit: VND, kind: KindMoney}},
		{"5 triệu đô la Mỹ", want{value: 5e6, unit: USD, kind: KindMoney}},
		{"300 triệu đô", want{value: 3e8, unit: USD, kind: KindMoney}},
		{"1,5 tỷ euro", want{value: 1.5e9, unit: EUR, kind: KindMoney}},
		{"200 tỷ won", want{value: 200e9, unit: KRW, kind: KindMoney}},
		{"10 tỷ yên", want{value: 10e9, unit: JPY, kind: KindMoney}},
		{"5 tỷ nhân dân tệ", want{value: 5e9, unit: CNY, kind: KindMoney}},
		{"12 ngàn tỷ đồng", want{value: 12e12, unit: VND, kind: KindMoney}},
		// Number words.
		{"hai mươi lăm", want{value: 25, kind: KindNumber}},
		{"mười lăm năm", want{value: 15, unit: Years, kind: KindDuration}},
		{"hai mươi mốt nghìn", want{value: 21000, kind: KindNumber}},
		{"ba mươi tư", want{value: 34, kind: KindNumber}},
		{"một trăm lẻ năm", want{value: 105, kind: KindNumber}},
		{"hai trăm linh bốn", want{value: 204, kind: KindNumber}},
		{"năm trăm triệu đồng", want{value: 5e8, unit: VND, kind: KindMoney}},
		{"ba nghìn tỷ đồng", want{value: 3e12, unit: VND, kind: KindMoney}},
		{"hai tỷ rưỡi", want{value: 2.5e9, kind: KindNumber}},
		{"ba tỷ năm trăm triệu đồng", want{value: 3.5e9, unit: VND, kind: KindMoney}},
		{"hai nghìn không trăm hai mươi", want{value: 2020, kind: KindNumber}},
		{"bảy chục", want{value: 70, kind: KindNumber}},
		{"hai năm", want{value: 2, unit: Years, kind: KindDuration}},
		{"mười năm", want{value: 10, unit: Years, kind: KindDuration}},
		{"hai mươi năm", want{value: 20, unit: Years, kind: KindDuration}},
		{"ba tháng", want{value: 3, unit: Months, kind: KindDuration}},
		// Hedges.
		{"khoảng 20%", want{value: 20, unit: Percent, kind: KindPercent, qual: About}},
		{"xấp xỉ 3 tỷ USD", want{value: 3e9, unit: USD, kind: KindMoney, qual: About}},
		{"tầm 200 người", want{value: 200, unit: Count, kind: KindCount, qual: About, noun: "people"}},
		{"chừng 50 doanh nghiệp", want{value: 50, unit: Count, kind: KindCount, qual: About, noun: "enterprises"}},
		{"ước tính 1,2 triệu USD", want{value: 1.2e6, unit: USD, kind: KindMoney, qual: About}},
		{"gần 30 doanh nghiệp", want{value: 30, unit: Count, kind: KindCount, qual: Nearly, noun: "enterprises"}},
		{"hơn 100 dự án", want{value: 100, unit: Count, kind: KindCount, qual: MoreThan, noun: "projects"}},
		{"trên 50%", want{value: 50, unit: Percent, kind: KindPercent, qual: Over}},
		{"ít nhất 5 năm", want{value: 5, unit: Years, kind: KindDuration, qual: AtLeast}},
		{"tối thiểu 10 tỷ đồng", want{value: 10e9, unit: VND, kind: KindMoney, qual: AtLeast}},
		{"từ 10.000 người trở lên", want{value: 10000, unit: Count, kind: KindCount, qual: AtLeast, noun: "people"}},
		{"tối đa 30%", want{value: 30, unit: Percent, kind: KindPercent, qual: UpTo}},
		{"không quá 7 ngày", want{value: 7, unit: Days, kind: KindDuration, qual: UpTo}},
		{"dưới 10%", want{value: 10, unit: Percent, kind: KindPercent, qual: LessThan}},
		{"ít hơn 200 sinh viên", want{value: 200, unit: Count, kind: KindCount, qual: LessThan, noun: "students"}},
		{"chưa đến 1%", want{value: 1, unit: Percent, kind: KindPercent, qual: LessThan}},
		// Ranges, percent and points.
		{"từ 20 đến 30%", want{value: 20, max: 30, unit: Percent, kind: KindPercent}},
		{"20-30%", want{value: 20, max: 30, unit: Percent, kind: KindPercent}},
		{"1,5-2 tỷ USD", want{value: 1.5e9, max: 2e9, unit: USD, kind: KindMoney}},
		{"từ 3 đến 5 năm", want{value: 3, max: 5, unit: Years, kind: KindDuration}},
		{"15 phần trăm", want{value: 15, unit: Percent, kind: KindPercent}},
		{"2 điểm phần trăm", want{value: 2, unit: PercentPoint, kind: KindPercent}},
		{"0,5 điểm %", want{value: 0.5, unit: PercentPoint, kind: KindPercent}},
		// Rates, multipliers, areas, counts.
		{"50 triệu đồng/tháng", want{value: 50e6, unit: VND, kind: KindRate, per: "month"}},
		{"20 triệu đồng mỗi năm", want{value: 20e6, unit: VND, kind: KindRate, per: "year"}},
		{"10.000 đồng/cổ phiếu", want{value: 10000, unit: VND, kind: KindRate, per: "share"}},
		{"23.000 đồng/USD", want{value: 23000, unit: VND, kind: KindRate, per: "USD"}},
		{"70 triệu đồng/m2", want{value: 70e6, unit: VND, kind: KindRate, per: "m2"}},
		{"gấp 3 lần", want{value: 3, unit: Multiplier, kind: KindMultiplier}},
		{"gấp đôi", want{value: 2, unit: Multiplier, kind: KindMultiplier}},
		{"gấp rưỡi", want{value: 1.5, unit: Multiplier, kind: KindMultiplier}},
		{"500 ha", want{value: 500, unit: Hectares, kind: KindArea}},
		{"120 héc-ta", want{value: 120, unit: Hectares, kind: KindArea}},
		{"1.200 m2", want{value: 1200, unit: SquareMetres, kind: KindArea}},
		{"3.000 mét vuông", want{value: 3000, unit: SquareMetres, kind: KindArea}},
		{"4.000 việc làm", want{value: 4000, unit: Count, kind: KindCount, noun: "jobs"}},
		{"50.000 kỹ sư", want{value: 50000, unit: Count, kind: KindCount, noun: "engineers"}},
		{"279 dự án", want{value: 279, unit: Count, kind: KindCount, noun: "projects"}},
		{"hai nước", want{value: 2, unit: Count, kind: KindCount, noun: "countries"}},
		{"45 tuổi", want{value: 45, unit: Years, kind: KindDuration, skip: true}},
		{"6,5-7%/năm", want{value: 6.5, max: 7, unit: Percent, kind: KindRate, per: "year"}},
		{"4.300 USD/năm", want{value: 4300, unit: USD, kind: KindRate, per: "year"}},
		{"trên 63 tỉnh", want{value: 63, unit: Count, kind: KindCount, qual: Over, noun: "provinces", amb: "across"}},
		{"1/3", want{value: 1.0 / 3, unit: Fraction, kind: KindRatio, amb: "date"}},
		{"5 năm tới", want{value: 5, unit: Years, kind: KindDuration, rel: true}},
		{"2 năm trước", want{value: 2, unit: Years, kind: KindDuration, rel: true}},
	})
}

// Vietnamese reporting in the manner of VnExpress, VietnamPlus and Tuổi Trẻ.
func TestScanVI(t *testing.T) {
	runScan(t, VI, []scanCase{
		{"Năm 2023, Hàn Quốc có 9.800 dự án còn hiệu lực với tổng vốn đăng ký gần 86 tỷ USD.", []want{
			{text: "2023", value: 2023, kind: KindYear, skip: true},
			{text: "9.800", value: 9800, unit: Count, kind: KindCount, noun: "projects"},
			{text: "gần 86 tỷ USD", value: 86e9, unit: USD, kind: KindMoney, qual: Nearly}}},
		{"Kim ngạch xuất khẩu điện tử đạt 57,3 tỷ USD, tăng 12,4% so với cùng kỳ.", []want{
			{text: "57,3 tỷ USD", value: 57.3e9, unit: USD, kind: KindMoney},
			{text: "12,4%", value: 12.4, unit: Percent, kind: KindPercent}}},
		{"Dự án có tổng vốn 1.000 tỷ đồng, dự kiến tạo ra khoảng 4.000 việc làm.", []want{
			{text: "1.000 tỷ đồng", value: 1e12, unit: VND, kind: KindMoney},
			{text: "khoảng 4.000", value: 4000, unit: Count, kind: KindCount, qual: About, noun: "jobs"}}},
		{"Hội nghị diễn ra ngày 12 tháng 6 năm 2024 tại Đà Nẵng với hơn 300 đại biểu.", []want{
			{text: "ngày 12 tháng 6 năm 2024", value: 2024, kind: KindDate, skip: true, date: "2024-06-12"},
			{text: "hơn 300", value: 300, unit: Count, kind: KindCount, qual: MoreThan, noun: "delegates"}}},
		{"Từ tháng 6/2024, mức lương tối thiểu tăng 6%, lên 4,96 triệu đồng/tháng.", []want{
			{text: "tháng 6/2024", value: 2024, kind: KindDate, skip: true, date: "2024-06"},
			{text: "6%", value: 6, unit: Percent, kind: KindPercent},
			{text: "4,96 triệu đồng/tháng", value: 4.96e6, unit: VND, kind: KindRate, per: "month"}}},
		{"Tỷ lệ thất nghiệp giảm 0,2 điểm phần trăm, còn dưới 2,3%.", []want{
			{text: "0,2 điểm phần trăm", value: 0.2, unit: PercentPoint, kind: KindPercent},
			{text: "dưới 2,3%", value: 2.3, unit: Percent, kind: KindPercent, qual: LessThan}}},
		{"Doanh thu năm nay gấp 3 lần năm ngoái, đạt 2,5 tỷ USD; lợi nhuận tăng từ 20 đến 30%.", []want{
			{text: "gấp 3 lần", value: 3, unit: Multiplier, kind: KindMultiplier},
			{text: "2,5 tỷ USD", value: 2.5e9, unit: USD, kind: KindMoney},
			{text: "từ 20 đến 30%", value: 20, max: 30, unit: Percent, kind: KindPercent, amb: "change"}}},
		{"Khu công nghệ cao rộng 1.200 ha, thu hút 50.000 kỹ sư trong 5 năm tới.", []want{
			{text: "1.200 ha", value: 1200, unit: Hectares, kind: KindArea},
			{text: "50.000", value: 50000, unit: Count, kind: KindCount, noun: "engineers"},
			{text: "5 năm tới", value: 5, unit: Years, kind: KindDuration, rel: true}}},
		{"Theo Nghị quyết 57, Việt Nam phấn đấu vào top 3 ASEAN, đứng thứ 2 về số doanh nghiệp.", []want{
			{text: "57", value: 57, kind: KindNumber, skip: true},
			{text: "3", value: 3, unit: Count, kind: KindCount, noun: "ASEAN", skip: true},
			{text: "2", value: 2, kind: KindOrdinal, skip: true}}},
		{"Chương trình đào tạo hai mươi lăm nghìn người, kéo dài ba tháng, kinh phí ba tỷ năm trăm triệu đồng.", []want{
			{text: "hai mươi lăm nghìn", value: 25000, unit: Count, kind: KindCount, noun: "people"},
			{text: "ba tháng", value: 3, unit: Months, kind: KindDuration},
			{text: "ba tỷ năm trăm triệu đồng", value: 3.5e9, unit: VND, kind: KindMoney}}},
		{"Đợt nghỉ lễ 30/4 - 1/5 kéo dài 5 ngày; vé giá 500.000đ, gần 1/3 số vé đã bán.", []want{
			{text: "30/4", kind: KindDate, skip: true, date: "--04-30"},
			{text: "1/5", kind: KindDate, skip: true, date: "--05-01"},
			{text: "5 ngày", value: 5, unit: Days, kind: KindDuration},
			{text: "500.000đ", value: 500000, unit: VND, kind: KindMoney},
			{text: "gần 1/3", value: 1.0 / 3, unit: Fraction, kind: KindRatio, qual: Nearly}}}, // "1/3 số vé": a share of the tickets, which no date is followed by
		{"Lúc 16h30 ngày 1/5, quý 2/2024 ghi nhận 23.000 đồng/USD, lần thứ 5 trong năm.", []want{
			{text: "16h30", value: 16.5, kind: KindTime, skip: true},
			{text: "ngày 1/5", kind: KindDate, skip: true, date: "--05-01"},
			{text: "quý 2/2024", value: 2024, kind: KindDate, skip: true},
			{text: "23.000 đồng/USD", value: 23000, unit: VND, kind: KindRate, per: "USD"},
			{text: "5", value: 5, kind: KindOrdinal, skip: true}}},
		{"Hai đồng chí đã trao 3 đồng hồ và hai nước ký 12 thỏa thuận.", []want{
			{text: "3", value: 3, unit: Count, kind: KindCount, noun: "đồng hồ"},
			{text: "hai", value: 2, unit: Count, kind: KindCount, noun: "countries"},
			{text: "12", value: 12, unit: Count, kind: KindCount, noun: "agreements"}}},
	})
}
