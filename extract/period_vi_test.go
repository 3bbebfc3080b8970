package extract

import (
	"testing"

	"ictdash/data/quantity"
)

// Vietnamese period cases: "tháng 3/2015", "6 tháng đầu năm", "quý I/2024",
// "giai đoạn 2021-2025", relative years, and comparison bases that are
// not the figure's period.
var viPeriodCases = []periodCase{
	{pubJune, "Nhà máy đi vào hoạt động vào tháng 3/2015 với 1.200 lao động.", "1.200", "2015-03", ""},
	{pubJune, "Năm 2023, kim ngạch thương mại song phương đạt 79 tỷ USD.", "79 tỷ USD", "2023", ""},
	{pubJune, "Đà Nẵng đặt mục tiêu thu hút 50 dự án đến năm 2030.", "50", "2030", ""},
	{pubJune, "6 tháng đầu năm 2024, vốn FDI giải ngân đạt 10,8 tỷ USD.", "10,8 tỷ USD", "2024-01/2024-06", ""},
	{pubJune, "Trong quý I/2024, xuất khẩu điện tử đạt 14 tỷ USD.", "14 tỷ USD", "2024-01/2024-03", ""},
	{pubJune, "Giai đoạn 2021-2025, chương trình đào tạo 10.000 kỹ sư.", "10.000", "2021/2025", ""},
	{"2024-09-20", "Xuất khẩu tháng 8 đạt 5,2 tỷ USD.", "5,2 tỷ USD", "2024-08", ""},
	{pubJune, "Năm ngoái, Hàn Quốc đầu tư 4,2 tỷ USD vào Việt Nam.", "4,2 tỷ USD", "2023", ""},
	{pubJune, "Năm nay, Samsung dự kiến tuyển 1.000 kỹ sư.", "1.000", "2024", ""},
	{pubJune, "9 tháng năm 2023, Bắc Ninh thu hút 1,5 tỷ USD vốn FDI.", "1,5 tỷ USD", "2023-01/2023-09", ""},
	{pubJune, "Xuất khẩu tăng 12% so với cùng kỳ năm ngoái.", "12%", pubJune, asReported},
	{pubJune, "Hàn Quốc hiện có 9.800 dự án tại Việt Nam.", "9.800", pubJune, asReported},
	{pubJune, "Nửa đầu năm 2024, doanh thu đạt 30 tỷ USD.", "30 tỷ USD", "2024-01/2024-06", ""},
	{pubJune, "Quý II năm nay, doanh thu tăng 8%.", "8%", "2024-04/2024-06", ""},
	{pubJune, "Tính đến tháng 6/2024, Hàn Quốc có 9.900 dự án còn hiệu lực.", "9.900", "2024-06", ""},
	{pubJune, "Ngày 12/6/2024, hai bên ký 15 thỏa thuận hợp tác.", "15", "2024-06-12", ""},
	{pubJune, "Năm 2030, kinh tế số chiếm 30% GDP.", "30%", "2030", ""},
	{pubJune, "6 tháng cuối năm 2023, xuất khẩu đạt 20 tỷ USD.", "20 tỷ USD", "2023-07/2023-12", ""},
	{pubJune, "Trong tháng trước, xuất khẩu đạt 5 tỷ USD.", "5 tỷ USD", "2024-05", ""},
	{pubJune, "Đến năm 2025, thành phố có 1.000 doanh nghiệp công nghệ số, và đến năm 2030 là 2.000 doanh nghiệp.", "1.000", "2025", ""},
	{pubJune, "Đến năm 2025, thành phố có 1.000 doanh nghiệp công nghệ số, và đến năm 2030 là 2.000 doanh nghiệp.", "2.000", "2030", ""},
	{pubJune, "Năm 2023, Hàn Quốc đầu tư 4,2 tỷ USD vào Việt Nam. Trong đó, Bắc Ninh thu hút 1,1 tỷ USD.", "1,1 tỷ USD", "2023", ""},
	{pubJune, "Năm tới, tập đoàn sẽ tuyển thêm 500 kỹ sư.", "500", "2025", ""},
	{pubJune, "Từ năm 2015, Samsung đã đầu tư 20 tỷ USD.", "20 tỷ USD", pubJune, asReported},
	{pubJune, "Quý 4/2023, doanh thu đạt 8 tỷ USD.", "8 tỷ USD", "2023-10/2023-12", ""},
	{pubJune, "Tháng 3 năm 2015, nhà máy có 1.200 lao động.", "1.200", "2015-03", ""},
	{pubJune, "6 tháng đầu năm nay, xuất khẩu đạt 12 tỷ USD.", "12 tỷ USD", "2024-01/2024-06", ""},
	{pubJune, "Trong 5 tháng đầu năm 2024, thành phố cấp mới 12 dự án FDI, trong đó Hàn Quốc chiếm 5 dự án.", "5 dự án", "2024-01/2024-05", ""},
	{pubJune, "Trung tâm khánh thành tháng 12/2022 với vốn 220 triệu USD, hiện có khoảng 2.200 kỹ sư.", "2.200", pubJune, asReported},
	{pubJune, "Trong 10 năm qua, Trung tâm đã hỗ trợ hơn 300 doanh nghiệp công nghệ Việt Nam.", "300", "2014/2024", ""},
}

var viPeriodLeaks = []string{"Dự án sẽ hoàn thành vào năm 2031.", "Năm ngoái, con số này thấp hơn."}

func TestPeriodVietnamese(t *testing.T) {
	checkPeriod(t, quantity.VI, viPeriodCases, viPeriodLeaks)
}
