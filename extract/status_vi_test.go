package extract

import (
	"testing"

	"ictdash/data"
	"ictdash/data/quantity"
)

// Vietnamese status cases in the style of VnExpress, Tuổi Trẻ and
// VietnamPlus.
var viStatusCases = []statusCase{
	{"Samsung sẽ đầu tư thêm 2 tỷ USD vào nhà máy ở Thái Nguyên.", "2 tỷ USD", data.Target},
	{"Dự án dự kiến tạo việc làm cho khoảng 5.000 lao động.", "5.000", data.Projection},
	{"Đà Nẵng đặt mục tiêu thu hút 50 dự án công nghệ cao đến năm 2030.", "50", data.Target},
	{"Thành phố phấn đấu đạt 1.000 doanh nghiệp công nghệ số vào năm 2025.", "1.000", data.Target},
	{"Tập đoàn cam kết đào tạo 500 kỹ sư bán dẫn cho Việt Nam.", "500", data.Target},
	{"Kim ngạch xuất khẩu ước đạt 5,2 tỷ USD trong tháng 8.", "5,2 tỷ USD", data.Estimate},
	{"Theo ước tính, thị trường có khoảng 2.000 doanh nghiệp.", "2.000", data.Estimate},
	{"Năm 2023, Hàn Quốc đã đầu tư 4,2 tỷ USD vào Việt Nam.", "4,2 tỷ USD", data.Actual},
	{"Kim ngạch thương mại song phương đạt 79 tỷ USD năm 2023.", "79 tỷ USD", data.Actual},
	{"Samsung Việt Nam đã tuyển dụng 2.000 kỹ sư trong năm qua.", "2.000", data.Actual},
	{"Hai bên đặt mục tiêu nâng kim ngạch thương mại lên 150 tỷ USD vào năm 2030.", "150 tỷ USD", data.Target},
	{"Theo dự báo, thị trường trung tâm dữ liệu sẽ đạt 1,1 tỷ USD vào năm 2028.", "1,1 tỷ USD", data.Projection},
	{"Tổng vốn đầu tư của dự án là 1 tỷ USD, dự kiến đi vào hoạt động năm 2026.", "1 tỷ USD", data.Target},
	{"Chương trình nhằm đào tạo 10.000 kỹ sư công nghệ thông tin.", "10.000", data.Target},
	{"LG đã chi 5 triệu USD để đào tạo 300 kỹ sư.", "5 triệu USD", data.Actual},
	{"LG đã chi 5 triệu USD để đào tạo 300 kỹ sư.", "300", data.Target},
	{"Tỷ lệ này có thể tăng lên 30% trong năm tới.", "30%", data.Projection},
	{"Số doanh nghiệp Hàn Quốc tại Bắc Ninh tăng 12% so với năm trước.", "12%", data.Actual},
	{"Hiện có khoảng 9.000 doanh nghiệp Hàn Quốc hoạt động tại Việt Nam.", "9.000", data.Actual},
	{"Theo kế hoạch, đến năm 2030, thành phố thu hút 100 dự án FDI công nghệ cao.", "100", data.Target},
	{"Nhà máy sẽ được xây dựng trên diện tích 50 ha.", "50 ha", data.Target},
	{"Hàn Quốc hiện là nhà đầu tư lớn nhất với 10.000 dự án.", "10.000", data.Actual},
	{"Bộ dự tính cấp 200 tỷ đồng cho chương trình.", "200 tỷ đồng", data.Target},
	{"Mục tiêu của chương trình là 5.000 kỹ sư.", "5.000", data.Target},
	{"Samsung vừa khánh thành trung tâm R&D trị giá 220 triệu USD.", "220 triệu USD", data.Actual},
	{"Doanh thu năm nay được kỳ vọng đạt 10 tỷ USD.", "10 tỷ USD", data.Projection},
	{"Việt Nam đang có 1,2 triệu lao động trong ngành công nghệ thông tin.", "1,2 triệu", data.Actual},
	{"Xuất khẩu đạt 5 tỷ USD, và dự kiến sẽ tăng lên 6 tỷ USD vào năm sau.", "5 tỷ USD", data.Actual},
	{"Xuất khẩu đạt 5 tỷ USD, và dự kiến sẽ tăng lên 6 tỷ USD vào năm sau.", "6 tỷ USD", data.Projection},
	{"Năm 2025, doanh nghiệp dự kiến tuyển thêm 1.500 lao động, trong khi năm 2024 đã tuyển 800 người.", "1.500", data.Target},
	{"Năm 2025, doanh nghiệp dự kiến tuyển thêm 1.500 lao động, trong khi năm 2024 đã tuyển 800 người.", "800", data.Actual},
	{"Đến năm 2030, kinh tế số chiếm 30% GDP của thành phố.", "30%", data.Target},
	{"Với mục tiêu hỗ trợ thêm 500 doanh nghiệp và đào tạo 2.000 chuyên gia chuyển đổi số.", "2.000", data.Target},
	{"Hợp tác sẽ giúp rút ngắn thời gian đào tạo từ 5 năm xuống còn 2-3 năm.", "2-3 năm", data.Projection},
	{"Dự báo kim ngạch sẽ đạt 100 tỷ USD vào năm 2030.", "100 tỷ USD", data.Projection},
	{"Tính đến năm 2023, Hàn Quốc có 9.800 dự án còn hiệu lực.", "9.800", data.Actual},
}

var viStatusLeaks = []string{"Doanh nghiệp sẽ mở rộng và dự kiến đặt mục tiêu tăng trưởng.",
	"Công ty đã đạt kết quả tốt.", "Theo ước tính, con số còn cao hơn."}

func TestStatusVietnamese(t *testing.T) {
	checkStatus(t, quantity.VI, viStatusCases, viStatusLeaks)
}
