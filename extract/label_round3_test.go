package extract

import (
	"testing"

	"ictdash/data/quantity"
)

// Round three of the labels: a compared or base amount ("compared with
// $4,000 in Seoul", "from about 2,000 now") and a bare amount joined by
// "và" take the measure they stand against; a count a team is grown to
// is the team's; a gap that widens is the shortage named before; a
// Vietnamese subject keeps its date, forecast and purpose phrases out of
// the way of its measure; a Korean part of a whole in the sentence
// before ("이 가운데 …가 약 60%를 차지했다") is its share of that whole.

var labelRound3EN = []labelCase{
	{"The average monthly salary of an IT developer with five years of experience is about $1,300 in Hanoi, compared with $4,000 in Seoul, according to job site ITviec.", "about $1,300", "Average monthly salary of an IT developer"},
	{"The average monthly salary of an IT developer with five years of experience is about $1,300 in Hanoi, compared with $4,000 in Seoul, according to job site ITviec.", "$4,000", "Average monthly salary of an IT developer in Seoul"},
	{"Hyosung's export revenue from Vietnam reached $1.2 billion in 2023, compared with $950 million in 2022.", "$950 million", "Hyosung's export revenue from Vietnam"},
	{"Samsung Display said it would expand its Bac Ninh research team to 3,000 engineers by 2027, from about 2,000 now.", "about 2,000", "Engineers of Samsung Display’s Bac Ninh research team"},
	{"Vietnamese chipmakers were short of about 5,000 design engineers last year, and the gap could widen to 20,000 by 2030.", "about 5,000", "Shortage of design engineers at Vietnamese chipmakers"},
	{"Vietnamese chipmakers were short of about 5,000 design engineers last year, and the gap could widen to 20,000 by 2030.", "20,000", "Shortage of design engineers at Vietnamese chipmakers"},
	{"FPT aims to lift annual revenue from Japan to $1 billion by 2027.", "$1 billion", "Annual revenue from Japan"},
}

var labelRound3VI = []labelCase{
	{"Kim ngạch xuất khẩu điện tử của Thái Nguyên năm 2023 đạt 30 tỷ USD, tăng 5% so với năm 2022.", "30 tỷ USD", "Kim ngạch xuất khẩu điện tử của Thái Nguyên"},
	{"Kim ngạch xuất khẩu điện tử của Thái Nguyên năm 2023 đạt 30 tỷ USD, tăng 5% so với năm 2022.", "5%", "Mức tăng của kim ngạch xuất khẩu điện tử của Thái Nguyên"},
	{"Tính đến tháng 6/2024, tổng vốn FDI Hàn Quốc dành cho Bắc Giang đạt khoảng 3 tỷ USD.", "khoảng 3 tỷ USD", "Tổng vốn FDI Hàn Quốc dành cho Bắc Giang"},
	{"Doanh thu dự kiến của nhà máy đạt 500 triệu USD mỗi năm khi đi vào hoạt động.", "500 triệu USD mỗi năm", "Doanh thu dự kiến của nhà máy"},
	{"Theo Bộ Công Thương, nhập khẩu linh kiện của Việt Nam từ Hàn Quốc năm 2023 đạt 25 tỷ USD (tương đương 600.000 tỷ đồng), giảm 6% so với năm trước.", "6%", "Mức giảm của nhập khẩu linh kiện của Việt Nam từ Hàn Quốc"},
	{"Tỉnh đặt mục tiêu công nghiệp chế biến đóng góp 45% GRDP vào năm 2025 và 50% vào năm 2030.", "45%", "Tỷ trọng của công nghiệp chế biến trong GRDP"},
	{"Tỉnh đặt mục tiêu công nghiệp chế biến đóng góp 45% GRDP vào năm 2025 và 50% vào năm 2030.", "50%", "Tỷ trọng của công nghiệp chế biến trong GRDP"},
}

var labelRound3KO = []labelCase{
	{"지난해 한-베트남 반도체 교역액은 250억 달러였다. 이 가운데 메모리 반도체가 약 60%를 차지했다.", "약 60%", "한-베트남 반도체 교역액 중 메모리 반도체 비중"},
	{"삼성전자의 지난해 베트남 수출액은 550억 달러로 전년보다 5% 늘었다. 이 가운데 스마트폰이 약 40%를 차지했다.", "약 40%", "삼성전자의 베트남 수출액 중 스마트폰 비중"},
	{"LG이노텍은 하이퐁 공장의 생산 인력을 2026년까지 15% 늘릴 계획이다.", "15%", "LG이노텍 하이퐁 공장의 생산 인력 증가율"},
}

func TestLabelsRound3English(t *testing.T)    { testPassageLabels(t, quantity.EN, labelRound3EN) }
func TestLabelsRound3Vietnamese(t *testing.T) { testPassageLabels(t, quantity.VI, labelRound3VI) }
func TestLabelsRound3Korean(t *testing.T)     { testPassageLabels(t, quantity.KO, labelRound3KO) }
