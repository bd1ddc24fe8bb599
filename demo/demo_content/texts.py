"""Demo content (pure data) for the Tam Đại commune portal.

All resident-facing strings are Vietnamese, stored in NFC.
"""
from datetime import date

# The news categories are structure, not demo text: communes/sections.py.

ARTICLES = [
    # ------------------------------------------------------------------ 2019
    {
        "title": "Tam Đại tiễn 12 thanh niên lên đường nhập ngũ năm 2019",
        "category": "an-ninh-quoc-phong",
        "date": date(2019, 2, 26),
        "lead": "Ngày 26/2/2019, xã Tam Đại tổ chức buổi gặp mặt, động viên 12 thanh niên trúng tuyển nghĩa vụ quân sự trước ngày lên đường nhập ngũ.",
        "paragraphs": [
            "Tham dự buổi gặp mặt có lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã, Ban Chỉ huy Quân sự xã, các đoàn thể cùng đông đủ thân nhân của các tân binh.",
            "Phát biểu tại buổi gặp mặt, Bí thư Đảng ủy xã ghi nhận tinh thần tự giác, sẵn sàng lên đường bảo vệ Tổ quốc của các thanh niên. Đồng chí mong các em nhanh chóng hòa nhập môi trường quân đội, nghiêm túc chấp hành kỷ luật, rèn luyện tốt để xứng đáng với truyền thống của quê hương.",
            "Dịp này, UBND xã và các đoàn thể đã trao quà động viên cho từng tân binh. Đại diện các thanh niên hứa sẽ ra sức học tập, rèn luyện, hoàn thành tốt mọi nhiệm vụ được giao.",
            "Năm 2019, xã Tam Đại hoàn thành 100% chỉ tiêu giao quân, bảo đảm đúng luật, công khai, dân chủ và công bằng.",
        ],
        "author": "Ban Chỉ huy Quân sự xã",
        "tags": ["thanh niên"],
    },
    {
        "title": "Nông dân Tam Đại phấn khởi thu hoạch lúa Đông Xuân được mùa",
        "category": "kinh-te-xa-hoi",
        "date": date(2019, 5, 20),
        "lead": "Những ngày này, trên các cánh đồng của xã Tam Đại, bà con nông dân đang khẩn trương thu hoạch lúa vụ Đông Xuân 2018 - 2019 với năng suất bình quân ước đạt khoảng 60 tạ/ha.",
        "paragraphs": [
            "Vụ Đông Xuân năm nay, toàn xã gieo sạ khoảng 450 ha lúa, chủ yếu là các giống ngắn ngày có năng suất, chất lượng cao. Nhờ thời tiết thuận lợi, nguồn nước tưới được bảo đảm và sâu bệnh được kiểm soát tốt, lúa phát triển đồng đều.",
            "Để hỗ trợ bà con, Hợp tác xã nông nghiệp đã bố trí máy gặt đập liên hợp phục vụ tại các cánh đồng, giúp rút ngắn thời gian thu hoạch và giảm thất thoát sau thu hoạch.",
            "Cùng với việc thu hoạch, UBND xã khuyến cáo nông dân xử lý rơm rạ đúng cách, không đốt đồng gây ô nhiễm môi trường. Bà con cũng được hướng dẫn chuẩn bị đất, giống để kịp xuống giống vụ Hè Thu theo đúng lịch thời vụ.",
        ],
        "author": "Hội Nông dân xã",
        "tags": ["nông nghiệp"],
    },
    {
        "title": "Học sinh Tam Đại hân hoan bước vào năm học mới 2019 - 2020",
        "category": "van-hoa-giao-duc",
        "date": date(2019, 9, 5),
        "lead": "Sáng 5/9, các trường mầm non, tiểu học và trung học cơ sở trên địa bàn xã Tam Đại đồng loạt tổ chức lễ khai giảng năm học 2019 - 2020.",
        "paragraphs": [
            "Không khí ngày khai giảng diễn ra trang trọng, vui tươi. Các em học sinh đầu cấp được thầy cô và anh chị đón chào bằng những tràng pháo tay, những bó hoa tươi thắm. Năm học này, toàn xã có hơn 1.200 học sinh ở các cấp học.",
            "Chuẩn bị cho năm học mới, các nhà trường đã sửa chữa phòng học, bổ sung bàn ghế, thiết bị dạy học và vệ sinh khuôn viên sạch đẹp. Nhiều nhà hảo tâm, doanh nghiệp đã trao tặng sách vở, áo quần cho học sinh có hoàn cảnh khó khăn.",
            "Thay mặt lãnh đạo địa phương, Chủ tịch UBND xã đề nghị các nhà trường tiếp tục nâng cao chất lượng dạy và học, giữ vững kết quả phổ cập giáo dục. Phụ huynh cần phối hợp chặt chẽ với nhà trường trong việc giáo dục con em, bảo đảm an toàn cho học sinh trên đường đến trường.",
        ],
        "author": "Công chức Văn hóa - Xã hội xã",
        "tags": ["giáo dục"],
    },
    {
        "title": "Khởi công tuyến đường bê tông nối thôn 4 với thôn 5",
        "category": "kinh-te-xa-hoi",
        "date": date(2019, 10, 8),
        "lead": "Ngày 8/10, UBND xã Tam Đại tổ chức khởi công tuyến đường giao thông nông thôn nối thôn 4 với thôn 5, dài gần 1,2 km, mặt đường bê tông rộng 3,5 m.",
        "paragraphs": [
            "Công trình có tổng vốn đầu tư khoảng 1,6 tỷ đồng, từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới, ngân sách xã và nhân dân đóng góp. Thời gian thi công dự kiến khoảng 3 tháng.",
            "Để có mặt bằng thi công, nhiều hộ dân hai bên tuyến đường đã tự nguyện hiến đất, tháo dỡ cổng ngõ, hàng rào mà không đòi hỏi bồi thường. Đây là minh chứng sinh động cho tinh thần “Nhà nước và nhân dân cùng làm” trong xây dựng nông thôn mới.",
            "Khi hoàn thành, tuyến đường sẽ giúp người dân đi lại thuận tiện hơn, nhất là vào mùa mưa lũ, đồng thời tạo điều kiện vận chuyển nông sản, vật tư phục vụ sản xuất.",
        ],
        "author": "Văn phòng UBND xã",
        "tags": ["nông thôn mới"],
    },
    {
        "title": "HĐND xã Tam Đại tổ chức kỳ họp thường lệ cuối năm 2019",
        "category": "chinh-quyen",
        "date": date(2019, 12, 20),
        "lead": "Ngày 20/12, HĐND xã Tam Đại nhiệm kỳ 2016 - 2021 tổ chức kỳ họp thường lệ cuối năm để đánh giá tình hình kinh tế - xã hội năm 2019 và quyết định nhiệm vụ năm 2020.",
        "paragraphs": [
            "Báo cáo tại kỳ họp cho biết, năm 2019 kinh tế - xã hội của xã tiếp tục phát triển ổn định. Tổng sản lượng lương thực đạt khoảng 5.200 tấn; thu ngân sách trên địa bàn vượt dự toán; nhiều tuyến đường giao thông nông thôn, kênh mương nội đồng được đầu tư, sửa chữa.",
            "Công tác an sinh xã hội được quan tâm, tỷ lệ hộ nghèo giảm còn khoảng 3,5%. Quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội ổn định.",
            "Kỳ họp đã dành thời gian thảo luận, chất vấn một số vấn đề cử tri quan tâm như sửa chữa hệ thống thủy lợi, thu gom rác thải ở khu dân cư, cấp giấy chứng nhận quyền sử dụng đất. Lãnh đạo UBND xã đã trả lời, làm rõ và đề ra hướng giải quyết cụ thể.",
            "Kết thúc kỳ họp, HĐND xã đã thông qua các nghị quyết về nhiệm vụ phát triển kinh tế - xã hội, dự toán ngân sách và kế hoạch đầu tư công năm 2020.",
        ],
        "author": "Văn phòng HĐND - UBND xã",
        "tags": ["nông thôn mới"],
    },
    # ------------------------------------------------------------------ 2020
    {
        "title": "Tuổi trẻ Tam Đại kỷ niệm 89 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
        "category": "dang-doan-the",
        "date": date(2020, 3, 26),
        "lead": "Ngày 26/3, Đoàn xã Tam Đại tổ chức kỷ niệm 89 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2020) với quy mô gọn nhẹ, bảo đảm yêu cầu phòng, chống dịch COVID-19.",
        "paragraphs": [
            "Tại buổi lễ, đại diện Ban Chấp hành Đoàn xã đã ôn lại truyền thống vẻ vang của Đoàn TNCS Hồ Chí Minh qua 89 năm xây dựng và trưởng thành, đồng thời điểm lại những kết quả nổi bật của tuổi trẻ địa phương trong thời gian qua.",
            "Các chi đoàn đã tích cực tham gia xây dựng nông thôn mới, ra quân làm vệ sinh môi trường, trồng cây xanh, thắp sáng đường quê. Nhiều đoàn viên xung kích tham gia tuyên truyền, hỗ trợ các chốt kiểm soát phòng, chống dịch bệnh tại địa phương.",
            "Nhân dịp này, Đoàn xã đã khen thưởng các chi đoàn và đoàn viên có thành tích xuất sắc trong công tác Đoàn và phong trào thanh thiếu nhi, đồng thời phát động đợt thi đua cao điểm chào mừng đại hội Đảng bộ các cấp.",
        ],
        "author": "Đoàn xã Tam Đại",
        "tags": ["thanh niên"],
    },
    {
        "title": "Đại hội Đảng bộ xã Tam Đại nhiệm kỳ 2020 - 2025 thành công tốt đẹp",
        "category": "dang-doan-the",
        "date": date(2020, 7, 10),
        "lead": "Trong hai ngày 9 và 10/7, Đảng bộ xã Tam Đại tổ chức Đại hội đại biểu nhiệm kỳ 2020 - 2025 với sự tham dự của khoảng 120 đại biểu đại diện cho các chi bộ trực thuộc.",
        "paragraphs": [
            "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2015 - 2020: kinh tế tiếp tục tăng trưởng, cơ cấu chuyển dịch đúng hướng; kết cấu hạ tầng nông thôn được đầu tư đồng bộ; đời sống vật chất, tinh thần của nhân dân từng bước được nâng lên.",
            "Nhiệm kỳ 2020 - 2025, Đảng bộ xã xác định mục tiêu xây dựng Đảng bộ trong sạch, vững mạnh; phát huy sức mạnh đoàn kết toàn dân; tập trung phát triển nông nghiệp theo hướng hàng hóa gắn với xây dựng nông thôn mới nâng cao; giữ vững quốc phòng, an ninh.",
            "Đại hội đã bầu Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020 - 2025 gồm 15 đồng chí và bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ huyện Phú Ninh nhiệm kỳ 2020 - 2025.",
        ],
        "author": "Văn phòng Đảng ủy xã",
        "tags": ["nông thôn mới"],
    },
    {
        "title": "Quỹ khuyến học xã trao học bổng cho học sinh vượt khó học giỏi",
        "category": "van-hoa-giao-duc",
        "date": date(2020, 8, 20),
        "lead": "Ngày 20/8, Hội Khuyến học xã Tam Đại tổ chức trao học bổng cho 45 học sinh, sinh viên có hoàn cảnh khó khăn vươn lên học tốt và khen thưởng học sinh đạt thành tích cao năm học 2019 - 2020.",
        "paragraphs": [
            "Tổng giá trị học bổng và tiền thưởng hơn 40 triệu đồng, được trích từ quỹ khuyến học xã và sự đóng góp của các dòng họ, con em quê hương đang sinh sống, làm việc ở xa.",
            "Trong năm học vừa qua, dù việc dạy và học bị ảnh hưởng bởi dịch COVID-19, các nhà trường trên địa bàn vẫn hoàn thành tốt nhiệm vụ. Nhiều em đạt giải trong các kỳ thi học sinh giỏi cấp huyện, cấp tỉnh.",
            "Phong trào khuyến học, khuyến tài ở Tam Đại ngày càng lan tỏa, với các mô hình “Gia đình hiếu học”, “Dòng họ khuyến học” được duy trì hiệu quả, góp phần xây dựng xã hội học tập ở địa phương.",
        ],
        "author": "Hội Khuyến học xã",
        "tags": ["giáo dục"],
    },
    {
        "title": "Tam Đại khẩn trương khắc phục hậu quả cơn bão số 9",
        "category": "an-ninh-quoc-phong",
        "date": date(2020, 10, 30),
        "lead": "Ngay sau khi bão số 9 đi qua, cấp ủy, chính quyền xã Tam Đại đã huy động lực lượng dân quân, công an, đoàn viên thanh niên giúp người dân khắc phục thiệt hại, sớm ổn định cuộc sống.",
        "paragraphs": [
            "Theo thống kê sơ bộ, bão số 9 đã làm hàng chục ngôi nhà trên địa bàn xã bị tốc mái, hư hỏng; nhiều diện tích keo, cây ăn quả bị gãy đổ; một số tuyến đường bị cây ngã chắn ngang, hệ thống điện bị hư hỏng cục bộ.",
            "Trước khi bão đổ bộ, xã đã tổ chức di dời gần 200 hộ dân ở những nơi xung yếu đến nơi an toàn, vận động người dân chằng chống nhà cửa, thu hoạch sớm hoa màu nên không có thiệt hại về người.",
            "Hiện nay, lực lượng tại chỗ đang tập trung dọn dẹp cây đổ, thông tuyến giao thông, giúp các gia đình lợp lại mái nhà. UBND xã đã kịp thời hỗ trợ gạo, mì tôm, nước uống cho các hộ bị thiệt hại nặng và đề nghị cấp trên hỗ trợ thêm kinh phí sửa chữa nhà ở.",
        ],
        "author": "Ban Chỉ huy Quân sự xã",
        "tags": ["phòng chống thiên tai"],
    },
    # ------------------------------------------------------------------ 2021
    {
        "title": "Cử tri Tam Đại nô nức đi bầu đại biểu Quốc hội và HĐND các cấp",
        "category": "chinh-quyen",
        "date": date(2021, 5, 24),
        "lead": "Ngày 23/5, cử tri xã Tam Đại đã phấn khởi tham gia cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.",
        "paragraphs": [
            "Từ sáng sớm, tại các khu vực bỏ phiếu trên địa bàn xã, đông đảo cử tri đã có mặt để thực hiện quyền và nghĩa vụ công dân. Công tác bầu cử được tổ chức chu đáo, đúng quy định của pháp luật và bảo đảm các yêu cầu phòng, chống dịch COVID-19.",
            "Các tổ bầu cử bố trí nước sát khuẩn, nhắc nhở cử tri đeo khẩu trang, giữ khoảng cách; mang hòm phiếu phụ đến tận nhà cho người cao tuổi, người ốm đau không thể đến khu vực bỏ phiếu.",
            "Nhiều bạn trẻ lần đầu tiên cầm lá phiếu không giấu được niềm vui, tự hào. Đoàn viên thanh niên các thôn cũng tích cực tham gia hướng dẫn cử tri, giữ gìn trật tự tại các điểm bỏ phiếu.",
            "Kết quả, tỷ lệ cử tri đi bầu của xã đạt trên 99%. Cuộc bầu cử diễn ra an toàn, dân chủ, đúng luật, thực sự là ngày hội của toàn dân.",
        ],
        "author": "Ủy ban bầu cử xã",
        "tags": ["thanh niên"],
    },
    {
        "title": "Bàn giao nhà tình nghĩa cho thân nhân liệt sĩ ở thôn 2",
        "category": "kinh-te-xa-hoi",
        "date": date(2021, 7, 26),
        "lead": "Nhân kỷ niệm 74 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2021), UBND xã Tam Đại phối hợp với Ủy ban MTTQ Việt Nam xã bàn giao nhà tình nghĩa cho một gia đình thân nhân liệt sĩ ở thôn 2.",
        "paragraphs": [
            "Ngôi nhà được xây dựng kiên cố trên diện tích khoảng 60 m², tổng kinh phí gần 120 triệu đồng. Trong đó, Quỹ Đền ơn đáp nghĩa hỗ trợ 60 triệu đồng, phần còn lại do gia đình, người thân và bà con lối xóm chung tay góp sức.",
            "Trong quá trình xây dựng, đoàn viên thanh niên và hội viên các đoàn thể đã tham gia hàng chục ngày công giúp vận chuyển vật liệu, san lấp mặt bằng.",
            "Xúc động trong ngày nhận nhà mới, đại diện gia đình bày tỏ lòng biết ơn sự quan tâm của cấp ủy, chính quyền và những tấm lòng hảo tâm. Đây là việc làm thiết thực, thể hiện đạo lý “Uống nước nhớ nguồn” của quê hương Tam Đại.",
        ],
        "author": "Ủy ban MTTQ Việt Nam xã",
        "tags": ["văn hóa"],
    },
    {
        "title": "Hội Phụ nữ xã kỷ niệm 91 năm Ngày thành lập Hội LHPN Việt Nam",
        "category": "dang-doan-the",
        "date": date(2021, 10, 20),
        "lead": "Ngày 20/10, Hội Liên hiệp Phụ nữ xã Tam Đại tổ chức kỷ niệm 91 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2021) và biểu dương các hội viên tiêu biểu.",
        "paragraphs": [
            "Thời gian qua, các chi hội phụ nữ đã tích cực triển khai phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc” và cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”. Nhiều hội viên mạnh dạn vay vốn phát triển chăn nuôi, trồng rau an toàn, buôn bán nhỏ, vươn lên thoát nghèo.",
            "Trong đợt dịch COVID-19 vừa qua, các chi hội đã quyên góp gạo, rau xanh, nhu yếu phẩm gửi đến các chốt kiểm soát dịch và hỗ trợ những gia đình gặp khó khăn.",
            "Dịp này, Hội LHPN xã đã khen thưởng 4 chi hội và 15 hội viên có thành tích xuất sắc trong công tác hội và phong trào phụ nữ năm 2021.",
        ],
        "author": "Hội Liên hiệp Phụ nữ xã",
        "tags": ["văn hóa"],
    },
    {
        "title": "Tiêm vắc xin phòng COVID-19 cho học sinh từ 12 đến 17 tuổi",
        "category": "kinh-te-xa-hoi",
        "date": date(2021, 11, 22),
        "lead": "Ngày 22/11, Trạm Y tế xã Tam Đại phối hợp với các trường học trên địa bàn tổ chức tiêm vắc xin phòng COVID-19 mũi 1 cho trẻ em từ 12 đến 17 tuổi.",
        "paragraphs": [
            "Để buổi tiêm chủng diễn ra an toàn, Trạm Y tế xã đã bố trí bàn khám sàng lọc, khu vực tiêm và khu vực theo dõi sau tiêm riêng biệt. Mỗi em sau khi tiêm được theo dõi ít nhất 30 phút trước khi ra về.",
            "Phụ huynh được hướng dẫn cách theo dõi sức khỏe của con em tại nhà trong những ngày tiếp theo và liên hệ ngay với cán bộ y tế khi có dấu hiệu bất thường.",
            "Đợt này, xã dự kiến tiêm cho gần 700 em. Đây là bước quan trọng để học sinh sớm trở lại trường học trực tiếp một cách an toàn.",
        ],
        "author": "Trạm Y tế xã",
        "tags": ["trẻ em", "giáo dục"],
    },
    # ------------------------------------------------------------------ 2022
    {
        "title": "Tam Đại phát động Tết trồng cây Xuân Nhâm Dần 2022",
        "category": "van-hoa-giao-duc",
        "date": date(2022, 2, 10),
        "lead": "Ngày 10/2 (tức mùng 10 tháng Giêng), xã Tam Đại tổ chức lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Nhâm Dần 2022.",
        "paragraphs": [
            "Tại buổi lễ, lãnh đạo xã đã nhắc lại ý nghĩa của Tết trồng cây do Chủ tịch Hồ Chí Minh phát động từ năm 1959, đồng thời kêu gọi mỗi người dân, mỗi gia đình tích cực trồng và chăm sóc cây xanh, góp phần bảo vệ môi trường, chống xói mòn và ứng phó với biến đổi khí hậu.",
            "Ngay sau lễ phát động, cán bộ, đoàn viên thanh niên, học sinh và nhân dân đã trồng hơn 500 cây xanh các loại như sao đen, muồng hoàng yến, bằng lăng dọc các tuyến đường liên thôn, trong khuôn viên trường học và nhà văn hóa thôn.",
            "Năm 2022, xã phấn đấu trồng mới khoảng 3.000 cây phân tán và khoảng 30 ha rừng sản xuất, gắn với việc chỉnh trang cảnh quan, xây dựng các tuyến đường hoa, đường cây xanh kiểu mẫu.",
        ],
        "author": "Văn phòng UBND xã",
        "tags": ["nông thôn mới", "thanh niên"],
    },
    {
        # Reproduced from the old portal (seed: old-portal-article-page.txt).
        "title": "Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2022",
        "category": "chinh-quyen",
        "date": date(2022, 4, 12),
        "lead": "UBND tỉnh vừa ban hành Kế hoạch 2189/KH-UBND, ngày 12/4/2022 triển khai thực hiện công tác trẻ em trên địa bàn tỉnh Quảng Nam năm 2022.",
        "paragraphs": [
            "Phấn đấu 100% trẻ em có hoàn cảnh đặc biệt được bảo vệ, chăm sóc dưới các hình thức như: Được hưởng trợ cấp xã hội; được trợ giúp về khám bệnh, chữa bệnh, chỉnh hình, phục hồi chức năng; được hỗ trợ về giáo dục; được tư vấn, tham vấn, tiếp cận dịch vụ bảo vệ trẻ em; được hưởng các phúc lợi xã hội và các hình thức trợ giúp khác.",
            "80% gia đình, nhà trường, cộng đồng xã hội và trẻ em được nâng cao nhận thức, thay đổi hành vi và trang bị kỹ năng về bảo vệ trẻ em; 90% đội ngũ làm công tác trẻ em các cấp được đào tạo, bồi dưỡng, tập huấn nâng cao năng lực quản lý nhà nước về bảo vệ, chăm sóc, giáo dục trẻ em.",
            "100% các huyện, thị xã, thành phố và xã, phường, thị trấn ban hành Quyết định thành lập Ban chỉ đạo thực hiện Chương trình hành động vì trẻ em và có quy chế hoạt động hiệu quả; hình thành nhóm thường trực bảo vệ trẻ em cấp xã, bố trí người làm công tác bảo vệ trẻ em và tổ chức thực hiện có hiệu quả công tác trẻ em.",
            "60% trở lên số xã, phường, thị trấn được công nhận đạt tiêu chuẩn xã, phường, thị trấn phù hợp với trẻ em.",
            "Thực hiện có chất lượng, hiệu quả Tháng hành động vì trẻ em, ngày Quốc tế thiếu nhi, Tết Trung thu, Tết Nguyên đán cho trẻ em...Nâng cao hiệu quả quản lý nhà nước về bảo vệ, chăm sóc trẻ em.",
            "Mục đích nhằm tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền, sự phối hợp giữa các tổ chức đoàn thể, tổ chức chính trị - xã hội, đơn vị sự nghiệp, sự tham gia của gia đình, cá nhân và cộng đồng nhằm nâng cao hiệu quả quản lý nhà nước về công tác trẻ em để tổ chức thực hiện có hiệu quả các chính sách, chương trình, kế hoạch, dự án về công tác trẻ em trên địa bàn tỉnh đã được phê duyệt.",
            "Xây dựng môi trường sống an toàn, lành mạnh, thân thiện để thực hiện ngày càng tốt hơn các quyền của trẻ em; từng bước rút ngắn khoảng cách chênh lệch về điều kiện sống giữa các nhóm trẻ, giữa các vùng, miền, dân tộc...; chủ động phòng ngừa, kiểm soát và giảm thiểu nguy cơ trẻ em bị bạo lực, xâm hại, tai nạn thương tích, bóc lột bảo đảm sự an toàn cho mọi trẻ em; loại bỏ các nguy cơ gây tổn hại cho trẻ em, giảm thiểu nguy cơ trẻ em rơi vào hoàn cảnh đặc biệt.",
        ],
        "author": "Nguồn: UBND tỉnh Quảng Nam",
        "tags": ["trẻ em"],
    },
    {
        "title": "Tăng cường bảo đảm an toàn giao thông cho học sinh dịp nghỉ hè",
        "category": "an-ninh-quoc-phong",
        "date": date(2022, 6, 15),
        "lead": "Công an xã Tam Đại vừa phối hợp với Đoàn xã và các nhà trường tổ chức tuyên truyền, nhắc nhở học sinh và phụ huynh chấp hành pháp luật về trật tự an toàn giao thông trong dịp nghỉ hè năm 2022.",
        "paragraphs": [
            "Nội dung tuyên truyền tập trung vào các quy định: không điều khiển xe mô tô, xe gắn máy khi chưa đủ tuổi; đội mũ bảo hiểm đạt chuẩn khi ngồi trên xe máy, xe đạp điện; không đi hàng ba, hàng tư, không lạng lách, đánh võng trên đường.",
            "Bên cạnh đó, Công an xã tăng cường tuần tra trên các tuyến đường liên thôn, nhất là vào buổi tối và các ngày cuối tuần; kịp thời nhắc nhở, xử lý các trường hợp vi phạm, đặc biệt là tình trạng thanh thiếu niên tụ tập, chạy xe tốc độ cao.",
            "Công an xã đề nghị phụ huynh không giao xe cho con em chưa đủ tuổi điều khiển, đồng thời quản lý chặt chẽ con em trong thời gian nghỉ hè, phòng tránh tai nạn giao thông và đuối nước.",
        ],
        "author": "Công an xã",
        "tags": ["an ninh trật tự", "trẻ em"],
    },
    {
        "title": "Ngày hội Đại đoàn kết toàn dân tộc ấm áp nghĩa tình ở thôn 3",
        "category": "dang-doan-the",
        "date": date(2022, 11, 18),
        "lead": "Ngày 18/11, khu dân cư thôn 3, xã Tam Đại tổ chức Ngày hội Đại đoàn kết toàn dân tộc nhân kỷ niệm 92 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 - 18/11/2022).",
        "paragraphs": [
            "Ngày hội gồm phần lễ trang trọng và phần hội với nhiều hoạt động văn hóa, văn nghệ, thể thao sôi nổi, thu hút đông đảo bà con trong thôn tham gia.",
            "Năm qua, nhân dân thôn 3 đã đóng góp hơn 200 ngày công và trên 150 triệu đồng để làm đường bê tông, lắp đặt hệ thống đèn chiếu sáng, chỉnh trang nhà văn hóa thôn. Có 95% hộ gia đình trong thôn đạt danh hiệu “Gia đình văn hóa”.",
            "Dịp này, Ban Công tác Mặt trận thôn đã trao quà cho các hộ nghèo, hộ có hoàn cảnh khó khăn và khen thưởng các gia đình tiêu biểu trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.",
        ],
        "author": "Ủy ban MTTQ Việt Nam xã",
        "tags": ["văn hóa", "nông thôn mới"],
    },
    # ------------------------------------------------------------------ 2023
    {
        "title": "Rộn ràng Hội xuân Quý Mão 2023 trên quê hương Tam Đại",
        "category": "van-hoa-giao-duc",
        "date": date(2023, 1, 27),
        "lead": "Trong những ngày đầu xuân Quý Mão, xã Tam Đại tổ chức nhiều hoạt động văn hóa, thể thao vui xuân, thu hút đông đảo người dân và con em quê hương về quê đón Tết tham gia.",
        "paragraphs": [
            "Các trò chơi dân gian như đập nồi, kéo co, đẩy gậy, bịt mắt bắt dê diễn ra sôi nổi tại sân vận động trung tâm xã. Giải bóng chuyền nam truyền thống giữa các thôn tiếp tục là điểm nhấn, thu hút hàng trăm cổ động viên.",
            "Buổi tối, chương trình văn nghệ “Mừng Đảng, mừng Xuân” với các tiết mục ca múa nhạc, hát bài chòi do chính người dân địa phương biểu diễn đã mang đến không khí vui tươi, đầm ấm.",
            "Hội xuân là dịp để bà con gặp gỡ, giao lưu, thắt chặt tình làng nghĩa xóm, đồng thời góp phần giữ gìn và phát huy các giá trị văn hóa truyền thống của quê hương.",
        ],
        "author": "Công chức Văn hóa - Xã hội xã",
        "tags": ["văn hóa"],
    },
    {
        "title": "Tam Đại hỗ trợ hộ sản xuất phát triển sản phẩm OCOP",
        "category": "kinh-te-xa-hoi",
        "date": date(2023, 4, 18),
        "lead": "Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP), UBND xã Tam Đại đang tích cực hỗ trợ các hợp tác xã, hộ sản xuất hoàn thiện hồ sơ, nâng cao chất lượng sản phẩm để tham gia đánh giá, phân hạng.",
        "paragraphs": [
            "Hiện trên địa bàn xã có một số sản phẩm có tiềm năng như bánh tráng, chổi đót, gà thả vườn và mật ong. Các chủ thể đã được hướng dẫn về quy trình sản xuất bảo đảm an toàn thực phẩm, thiết kế bao bì, nhãn mác và truy xuất nguồn gốc.",
            "Cùng với đó, xã phối hợp với các phòng, ban chuyên môn của huyện tổ chức tập huấn về xây dựng thương hiệu, kỹ năng bán hàng trên các sàn thương mại điện tử, giúp người dân mở rộng thị trường tiêu thụ.",
            "Theo lãnh đạo UBND xã, phát triển sản phẩm OCOP không chỉ nâng cao giá trị nông sản, tăng thu nhập cho người dân mà còn góp phần quan trọng vào việc xây dựng nông thôn mới nâng cao trên địa bàn.",
        ],
        "author": "Văn phòng UBND xã",
        "tags": ["nông nghiệp", "nông thôn mới", "chuyển đổi số"],
    },
    {
        "title": "Đẩy mạnh cải cách hành chính, nâng cao sự hài lòng của người dân",
        "category": "chinh-quyen",
        "date": date(2023, 8, 15),
        "lead": "Năm 2023, UBND xã Tam Đại xác định cải cách hành chính là nhiệm vụ trọng tâm, trong đó chú trọng nâng cao chất lượng hoạt động của Bộ phận tiếp nhận và trả kết quả.",
        "paragraphs": [
            "Toàn bộ thủ tục hành chính thuộc thẩm quyền của xã đều được niêm yết công khai tại trụ sở và trên Trang thông tin điện tử xã. Cán bộ, công chức Bộ phận một cửa hướng dẫn tận tình, không để người dân phải đi lại nhiều lần.",
            "Từ đầu năm đến nay, xã đã tiếp nhận hơn 1.500 hồ sơ, chủ yếu thuộc các lĩnh vực hộ tịch, chứng thực, đất đai, chính sách xã hội. Tỷ lệ hồ sơ được giải quyết đúng và trước hạn đạt trên 98%.",
            "Thời gian tới, UBND xã tiếp tục rà soát, đơn giản hóa thủ tục; tăng cường kỷ luật, kỷ cương hành chính và đẩy mạnh ứng dụng công nghệ thông tin trong giải quyết công việc, hướng tới xây dựng chính quyền số phục vụ người dân ngày càng tốt hơn.",
        ],
        "author": "Văn phòng UBND xã",
        "tags": ["cải cách hành chính", "chuyển đổi số"],
    },
    {
        "title": "Ra mắt mô hình “Camera an ninh” tại thôn 1",
        "category": "an-ninh-quoc-phong",
        "date": date(2023, 9, 20),
        "lead": "Công an xã Tam Đại vừa phối hợp với Ban Công tác Mặt trận thôn 1 tổ chức ra mắt mô hình “Camera an ninh”, góp phần giữ gìn an ninh trật tự tại khu dân cư.",
        "paragraphs": [
            "Mô hình được triển khai với 12 camera lắp đặt tại các tuyến đường chính, ngã ba, ngã tư và những nơi công cộng trong thôn. Kinh phí lắp đặt hoàn toàn do nhân dân và các nhà hảo tâm đóng góp.",
            "Hình ảnh từ camera được lưu trữ và có thể theo dõi qua điện thoại thông minh, giúp lực lượng công an và tổ an ninh tự quản kịp thời phát hiện, xử lý các vụ việc, đồng thời hỗ trợ giám sát việc chấp hành pháp luật về giao thông, vệ sinh môi trường.",
            "Thời gian tới, Công an xã sẽ tiếp tục nhân rộng mô hình ra các thôn còn lại, phấn đấu đến năm 2025 tất cả các thôn trong xã đều có hệ thống camera an ninh.",
        ],
        "author": "Công an xã",
        "tags": ["an ninh trật tự", "chuyển đổi số"],
    },
    # ------------------------------------------------------------------ 2024
    {
        "title": "Tam Đại đẩy mạnh hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
        "category": "chinh-quyen",
        "date": date(2024, 3, 5),
        "lead": "Nhằm tạo thuận lợi cho người dân, UBND xã Tam Đại đang đẩy mạnh hướng dẫn người dân nộp hồ sơ qua Cổng Dịch vụ công quốc gia và ứng dụng VNeID, hạn chế việc đi lại.",
        "paragraphs": [
            "Tại Bộ phận một cửa của xã, cán bộ, công chức và thành viên Tổ công nghệ số cộng đồng trực tiếp hướng dẫn người dân tạo tài khoản, kích hoạt định danh điện tử mức độ 2 và thực hiện các thủ tục như đăng ký khai sinh, khai tử, cấp bản sao trích lục hộ tịch trên môi trường mạng.",
            "Đối với người cao tuổi hoặc người chưa sử dụng thành thạo điện thoại thông minh, đoàn viên thanh niên sẵn sàng hỗ trợ tại nhà văn hóa các thôn vào các ngày cuối tuần.",
            "Hai tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến của xã đạt khoảng 65%. Xã phấn đấu đến cuối năm, tỷ lệ này đạt trên 80%, góp phần thực hiện thành công Đề án 06 của Chính phủ.",
        ],
        "author": "Văn phòng UBND xã",
        "tags": ["chuyển đổi số", "cải cách hành chính"],
    },
    {
        # Same category and same date as the previous article (tie-breaking).
        "title": "Chủ tịch UBND xã tiếp công dân định kỳ tháng 3 năm 2024",
        "category": "chinh-quyen",
        "date": date(2024, 3, 5),
        "lead": "Ngày 5/3, Chủ tịch UBND xã Tam Đại chủ trì buổi tiếp công dân định kỳ tháng 3/2024 tại trụ sở UBND xã.",
        "paragraphs": [
            "Tại buổi tiếp, 6 lượt công dân đã trình bày kiến nghị, chủ yếu liên quan đến việc cấp giấy chứng nhận quyền sử dụng đất, tranh chấp ranh giới đất giữa các hộ liền kề và đề nghị sửa chữa một đoạn kênh mương nội đồng bị hư hỏng.",
            "Sau khi nghe công dân trình bày và ý kiến của các bộ phận chuyên môn, Chủ tịch UBND xã đã trả lời, giải thích cụ thể những nội dung thuộc thẩm quyền. Công chức địa chính được giao phối hợp với thôn kiểm tra thực địa, đề xuất hướng giải quyết trong thời hạn 15 ngày.",
            "Đối với kiến nghị sửa chữa kênh mương, UBND xã sẽ bố trí kinh phí khắc phục trước khi bắt đầu vụ Hè Thu, bảo đảm đủ nước tưới cho sản xuất.",
        ],
        "author": "Văn phòng UBND xã",
        "tags": ["cải cách hành chính"],
    },
    {
        "title": "Tưng bừng ngày hội thiếu nhi chào mừng Ngày Quốc tế Thiếu nhi 1/6",
        "category": "van-hoa-giao-duc",
        "date": date(2024, 6, 1),
        "lead": "Sáng 1/6, Đoàn xã Tam Đại phối hợp với Hội đồng Đội xã tổ chức ngày hội vui chơi cho hơn 300 em thiếu nhi nhân Ngày Quốc tế Thiếu nhi và khai mạc các hoạt động hè năm 2024.",
        "paragraphs": [
            "Các em được tham gia nhiều trò chơi dân gian, thi vẽ tranh với chủ đề “Ước mơ của em”, giao lưu văn nghệ và nghe tuyên truyền về kỹ năng phòng chống đuối nước, phòng tránh xâm hại trẻ em.",
            "Dịp này, UBND xã và các nhà hảo tâm đã trao 30 suất quà cho các em có hoàn cảnh khó khăn, mỗi suất gồm sách vở và tiền mặt trị giá 300.000 đồng.",
            "Trong dịp hè, các chi đoàn thôn sẽ duy trì sinh hoạt hè tại nhà văn hóa thôn, mở lớp dạy bơi miễn phí và tổ chức các hoạt động rèn luyện kỹ năng sống cho thiếu nhi.",
        ],
        "author": "Đoàn xã Tam Đại",
        "tags": ["trẻ em", "thanh niên"],
    },
    {
        "title": "Ra mắt Tổ bảo vệ an ninh, trật tự ở cơ sở tại các thôn",
        "category": "an-ninh-quoc-phong",
        "date": date(2024, 7, 1),
        "lead": "Ngày 1/7, xã Tam Đại tổ chức lễ ra mắt các Tổ bảo vệ an ninh, trật tự ở cơ sở theo Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở có hiệu lực từ ngày 1/7/2024.",
        "paragraphs": [
            "Toàn xã thành lập 6 tổ với tổng số 18 thành viên, mỗi thôn một tổ. Thành viên các tổ được lựa chọn từ lực lượng công an xã bán chuyên trách trước đây, dân phòng và những người có uy tín, nhiệt tình, am hiểu địa bàn.",
            "Tổ bảo vệ an ninh, trật tự có nhiệm vụ hỗ trợ Công an xã nắm tình hình, tuyên truyền pháp luật, tham gia hòa giải mâu thuẫn, tranh chấp nhỏ ở khu dân cư, tuần tra bảo đảm an ninh trật tự và an toàn giao thông.",
            "Phát biểu tại buổi lễ, lãnh đạo Công an xã đề nghị các thành viên phát huy tinh thần trách nhiệm, gắn bó với nhân dân, làm tốt vai trò “cánh tay nối dài” của lực lượng công an ở cơ sở.",
        ],
        "author": "Công an xã",
        "tags": ["an ninh trật tự"],
    },
    {
        "title": "Đoàn viên thanh niên thắp nến tri ân các anh hùng liệt sĩ",
        "category": "dang-doan-the",
        "date": date(2024, 7, 27),
        "lead": "Tối 26/7, Đoàn xã Tam Đại tổ chức lễ thắp nến tri ân tại Nghĩa trang liệt sĩ xã nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024).",
        "paragraphs": [
            "Trong không khí trang nghiêm, hơn 100 đoàn viên, thanh niên cùng cán bộ và nhân dân địa phương đã dành phút mặc niệm, dâng hương và thắp nến lên từng phần mộ liệt sĩ.",
            "Trước đó, các chi đoàn đã ra quân dọn dẹp, vệ sinh nghĩa trang, thăm hỏi và tặng quà các gia đình chính sách, thương binh, bệnh binh trên địa bàn xã.",
            "Hoạt động nhằm giáo dục truyền thống “Uống nước nhớ nguồn” cho thế hệ trẻ, để mỗi đoàn viên thêm trân trọng sự hy sinh của các thế hệ cha anh, ra sức học tập, rèn luyện, góp phần xây dựng quê hương ngày càng giàu đẹp.",
        ],
        "author": "Đoàn xã Tam Đại",
        "tags": ["thanh niên", "văn hóa"],
    },
    {
        "title": "Diễn tập phòng chống lụt bão và tìm kiếm cứu nạn năm 2024",
        "category": "an-ninh-quoc-phong",
        "date": date(2024, 9, 18),
        "lead": "Ngày 18/9, Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn xã Tam Đại tổ chức diễn tập phòng chống lụt bão, tìm kiếm cứu nạn theo phương châm “bốn tại chỗ”.",
        "paragraphs": [
            "Buổi diễn tập giả định một cơn bão mạnh đổ bộ vào địa bàn, kèm theo mưa lớn gây ngập lụt tại các khu dân cư thấp trũng. Các lực lượng dân quân, công an, y tế, đoàn viên thanh niên đã thực hành sơ tán người dân, cứu người bị nạn, sơ cấp cứu và bảo vệ tài sản của nhân dân.",
            "Qua diễn tập, các lực lượng đã thuần thục hơn trong việc phối hợp, sử dụng phương tiện, trang thiết bị; người dân được nâng cao ý thức chủ động ứng phó với thiên tai.",
            "Chủ tịch UBND xã đề nghị các thôn rà soát, cập nhật phương án sơ tán dân, chuẩn bị lương thực, thuốc men, phương tiện để sẵn sàng ứng phó khi mùa mưa bão đến.",
        ],
        "author": "Ban Chỉ huy Quân sự xã",
        "tags": ["phòng chống thiên tai"],
    },
    {
        "title": "Chuyển đổi đất lúa kém hiệu quả sang trồng rau màu cho thu nhập khá",
        "category": "kinh-te-xa-hoi",
        "date": date(2024, 12, 10),
        "lead": "Những năm gần đây, nhiều nông dân xã Tam Đại đã mạnh dạn chuyển đổi diện tích đất lúa kém hiệu quả sang trồng rau màu, cây ngắn ngày, mang lại thu nhập cao gấp hai đến ba lần so với trồng lúa.",
        "paragraphs": [
            "Năm 2024, toàn xã đã chuyển đổi khoảng 25 ha đất lúa thường xuyên thiếu nước sang trồng ngô, đậu phộng, dưa hấu và các loại rau. Nhiều hộ áp dụng hệ thống tưới nhỏ giọt, tưới phun mưa, giúp tiết kiệm nước và công lao động.",
            "Để hỗ trợ nông dân, UBND xã phối hợp với các ngành chuyên môn hỗ trợ giống, phân bón và tổ chức các lớp tập huấn kỹ thuật canh tác, đồng thời kết nối với thương lái, doanh nghiệp để tiêu thụ sản phẩm.",
            "Thời gian tới, xã tiếp tục quy hoạch các vùng chuyển đổi tập trung, khuyến khích sản xuất theo hướng an toàn, gắn với liên kết tiêu thụ, góp phần nâng cao thu nhập cho người dân.",
        ],
        "author": "Hội Nông dân xã",
        "tags": ["nông nghiệp"],
    },
    # ------------------------------------------------------------------ 2025
    {
        "title": "Cựu chiến binh Tam Đại ôn truyền thống nhân 50 năm giải phóng quê hương",
        "category": "dang-doan-the",
        "date": date(2025, 3, 24),
        "lead": "Ngày 24/3, Hội Cựu chiến binh xã Tam Đại tổ chức buổi gặp mặt, ôn lại truyền thống nhân kỷ niệm 50 năm Ngày giải phóng tỉnh Quảng Nam (24/3/1975 - 24/3/2025) và hướng tới 50 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước.",
        "paragraphs": [
            "Tại buổi gặp mặt, các cựu chiến binh đã xúc động kể lại những kỷ niệm về một thời chiến đấu gian khổ mà hào hùng trên quê hương, về sự đùm bọc, che chở của nhân dân trong những năm kháng chiến.",
            "Trong thời bình, hội viên cựu chiến binh tiếp tục phát huy phẩm chất “Bộ đội Cụ Hồ”, gương mẫu đi đầu trong phát triển kinh tế, xây dựng nông thôn mới, tham gia hòa giải ở cơ sở và giữ gìn an ninh trật tự tại khu dân cư. Nhiều hội viên đã trở thành chủ trang trại, tạo việc làm cho lao động địa phương.",
            "Buổi gặp mặt có sự tham gia của đông đảo đoàn viên thanh niên và học sinh, qua đó góp phần giáo dục truyền thống cách mạng, bồi đắp tình yêu quê hương, đất nước cho thế hệ trẻ.",
        ],
        "author": "Hội Cựu chiến binh xã",
        "tags": ["thanh niên", "văn hóa"],
    },
    {
        "title": "Tam Đại đẩy nhanh tiến độ xóa nhà tạm, nhà dột nát",
        "category": "kinh-te-xa-hoi",
        "date": date(2025, 5, 15),
        "lead": "Hưởng ứng phong trào thi đua “Chung tay xóa nhà tạm, nhà dột nát”, xã Tam Đại đang khẩn trương hỗ trợ các hộ nghèo, hộ cận nghèo xây mới, sửa chữa nhà ở.",
        "paragraphs": [
            "Qua rà soát, toàn xã có 9 hộ thuộc diện được hỗ trợ, trong đó 6 hộ xây mới và 3 hộ sửa chữa. Mức hỗ trợ là 60 triệu đồng cho mỗi nhà xây mới và 30 triệu đồng cho mỗi nhà sửa chữa, từ nguồn ngân sách nhà nước và nguồn vận động xã hội hóa.",
            "Bên cạnh nguồn hỗ trợ bằng tiền, các đoàn thể, lực lượng dân quân và bà con lối xóm đã góp hàng trăm ngày công giúp các gia đình tháo dỡ nhà cũ, vận chuyển vật liệu, đẩy nhanh tiến độ thi công.",
            "Đến nay, đã có 5 căn nhà hoàn thành và bàn giao cho các hộ đưa vào sử dụng; các căn còn lại dự kiến hoàn thành trước ngày 30/6/2025. Những ngôi nhà mới giúp các gia đình yên tâm ổn định cuộc sống, vươn lên thoát nghèo.",
        ],
        "author": "Ủy ban MTTQ Việt Nam xã",
        "tags": ["nông thôn mới"],
    },
    {
        "title": "Đêm hội Trăng rằm ấm áp cho thiếu nhi xã Tam Đại",
        "category": "van-hoa-giao-duc",
        "date": date(2025, 10, 4),
        "lead": "Tối 4/10, Đoàn xã Tam Đại phối hợp với các nhà trường và Hội Liên hiệp Phụ nữ xã tổ chức chương trình “Đêm hội Trăng rằm” năm 2025 cho thiếu nhi trên địa bàn.",
        "paragraphs": [
            "Chương trình có nhiều hoạt động hấp dẫn như rước đèn ông sao, múa lân, thi bày mâm ngũ quả và các tiết mục văn nghệ do chính các em biểu diễn. Sân trường rực rỡ ánh đèn lồng và rộn rã tiếng cười trẻ thơ.",
            "Nhân dịp này, ban tổ chức đã trao 50 suất quà Trung thu cho các em có hoàn cảnh khó khăn, trẻ em mồ côi và con em gia đình chính sách.",
            "Đêm hội không chỉ mang lại niềm vui cho các em mà còn góp phần giữ gìn nét đẹp văn hóa truyền thống của Tết Trung thu, thể hiện sự quan tâm của toàn xã hội đối với thế hệ măng non.",
        ],
        "author": "Đoàn xã Tam Đại",
        "tags": ["trẻ em", "văn hóa"],
    },
    {
        "title": "Sẵn sàng cho công tác tuyển chọn và gọi công dân nhập ngũ năm 2026",
        "category": "an-ninh-quoc-phong",
        "date": date(2025, 11, 12),
        "lead": "Hội đồng Nghĩa vụ quân sự xã Tam Đại vừa tổ chức khám sơ tuyển sức khỏe cho thanh niên trong độ tuổi gọi nhập ngũ, chuẩn bị cho công tác tuyển quân năm 2026.",
        "paragraphs": [
            "Trước đó, Ban Chỉ huy Quân sự xã đã phối hợp với các thôn rà soát, nắm chắc số lượng, chất lượng nguồn công dân; tổ chức tuyên truyền sâu rộng Luật Nghĩa vụ quân sự đến từng hộ gia đình.",
            "Buổi khám được tổ chức đúng quy trình, công khai, dân chủ; các thanh niên được kiểm tra thể lực, nội khoa, ngoại khoa, mắt, tai mũi họng. Nhiều thanh niên đã tự nguyện viết đơn xin nhập ngũ.",
            "Kết quả khám sơ tuyển là cơ sở để địa phương lập danh sách công dân khám tuyển chính thức, phấn đấu hoàn thành 100% chỉ tiêu giao quân năm 2026.",
        ],
        "author": "Ban Chỉ huy Quân sự xã",
        "tags": ["thanh niên"],
    },
    # ------------------------------------------------------------------ 2026
    {
        "title": "Triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2026",
        "category": "chinh-quyen",
        "date": date(2026, 1, 8),
        "lead": "Ngày 8/1, UBND xã Tam Đại tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2026.",
        "paragraphs": [
            "Năm 2025, dù chịu ảnh hưởng của thời tiết bất thường, sản xuất nông nghiệp của xã vẫn ổn định, tổng sản lượng lương thực đạt khoảng 5.000 tấn. Thu ngân sách đạt và vượt dự toán; các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời.",
            "Công tác chuyển đổi số có nhiều chuyển biến: hầu hết thủ tục hành chính được tiếp nhận trực tuyến, tỷ lệ người dân có tài khoản định danh điện tử tăng mạnh, nhiều hộ kinh doanh sử dụng thanh toán không dùng tiền mặt.",
            "Năm 2026, xã đặt mục tiêu tiếp tục phát triển nông nghiệp theo hướng an toàn, giữ vững các tiêu chí nông thôn mới, nâng cao chất lượng giáo dục, y tế và bảo đảm quốc phòng, an ninh. Chủ tịch UBND xã yêu cầu các bộ phận chuyên môn cụ thể hóa nhiệm vụ thành kế hoạch, phân công rõ người, rõ việc, rõ thời gian.",
        ],
        "author": "Văn phòng UBND xã",
        "tags": ["nông thôn mới", "chuyển đổi số"],
    },
    {
        "title": "Tuổi trẻ Tam Đại sôi nổi ra quân Tháng Thanh niên năm 2026",
        "category": "dang-doan-the",
        "date": date(2026, 3, 2),
        "lead": "Ngày 2/3, Đoàn xã Tam Đại tổ chức lễ ra quân Tháng Thanh niên năm 2026 với nhiều hoạt động tình nguyện thiết thực vì cộng đồng.",
        "paragraphs": [
            "Ngay sau lễ ra quân, hơn 150 đoàn viên, thanh niên đã chia thành các tổ, đội dọn vệ sinh môi trường, phát quang bụi rậm dọc các tuyến đường liên thôn và trồng hoa trên tuyến đường thanh niên tự quản.",
            "Trong Tháng Thanh niên, Đoàn xã triển khai các hoạt động trọng tâm như hỗ trợ người dân sử dụng dịch vụ công trực tuyến, thăm hỏi gia đình chính sách, tổ chức hiến máu tình nguyện và giải bóng đá thanh niên chào mừng 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026).",
            "Hoạt động nhằm phát huy vai trò xung kích, tình nguyện của tuổi trẻ trong xây dựng quê hương, góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của địa phương.",
        ],
        "author": "Đoàn xã Tam Đại",
        "tags": ["thanh niên", "chuyển đổi số"],
    },
    {
        "title": "Nông dân Tam Đại ứng dụng máy bay không người lái trong sản xuất lúa",
        "category": "kinh-te-xa-hoi",
        "date": date(2026, 5, 12),
        "lead": "Vụ Đông Xuân 2025 - 2026, nhiều nông dân xã Tam Đại đã thuê dịch vụ phun thuốc bảo vệ thực vật, bón phân bằng máy bay không người lái, giúp tiết kiệm chi phí và bảo vệ sức khỏe người sản xuất.",
        "paragraphs": [
            "Theo bà con, mỗi chiếc máy bay không người lái có thể phun từ 15 đến 20 ha mỗi ngày, nhanh hơn nhiều lần so với phun thủ công. Thuốc được phân bổ đều trên ruộng, giúp giảm khoảng 20 - 30% lượng nước và thuốc sử dụng.",
            "Người phun không phải tiếp xúc trực tiếp với thuốc bảo vệ thực vật nên hạn chế được nguy cơ ngộ độc. Chi phí thuê dịch vụ khoảng 150.000 đồng/ha mỗi lần phun, phù hợp với điều kiện của nông hộ.",
            "Vụ này, năng suất lúa của xã ước đạt khoảng 62 tạ/ha. Hội Nông dân xã đang vận động bà con liên kết sản xuất theo mô hình cánh đồng lớn để áp dụng đồng bộ cơ giới hóa, nâng cao hiệu quả kinh tế.",
        ],
        "author": "Hội Nông dân xã",
        "tags": ["nông nghiệp", "chuyển đổi số"],
    },
    {
        "title": "Tuyên dương học sinh đạt thành tích cao năm học 2025 - 2026",
        "category": "van-hoa-giao-duc",
        "date": date(2026, 8, 18),
        "lead": "Ngày 18/8, Hội Khuyến học xã Tam Đại tổ chức lễ tuyên dương, khen thưởng học sinh giỏi, học sinh đạt thành tích cao và tân sinh viên năm học 2025 - 2026.",
        "paragraphs": [
            "Năm nay, 62 học sinh và 28 tân sinh viên đã được khen thưởng với tổng giá trị gần 50 triệu đồng. Nhiều em đạt giải cao trong các kỳ thi học sinh giỏi cấp tỉnh và trúng tuyển vào các trường đại học có điểm chuẩn cao.",
            "Phát biểu tại buổi lễ, lãnh đạo xã chúc mừng thành tích của các em, ghi nhận sự đồng hành của phụ huynh, thầy cô giáo và các dòng họ trong phong trào khuyến học, khuyến tài.",
            "Thay mặt các bạn được khen thưởng, một tân sinh viên hứa sẽ tiếp tục phấn đấu học tập, rèn luyện, xứng đáng với sự quan tâm của gia đình và quê hương Tam Đại.",
        ],
        "author": "Hội Khuyến học xã",
        "tags": ["giáo dục"],
    },
]

# Standard pages under the home page.
PAGES = {
    "gioi-thieu": {
        "title": "Giới thiệu",
        "intro": "Tam Đại là một xã thuần nông của huyện Phú Ninh, tỉnh Quảng Nam, giàu truyền thống cách mạng và đang từng bước đổi mới, phát triển.",
        "paragraphs": [
            "Xã Tam Đại nằm trên địa bàn huyện Phú Ninh, tỉnh Quảng Nam, cách trung tâm thành phố Tam Kỳ không xa. Xã có diện tích tự nhiên khoảng 27 km², địa hình chủ yếu là đồng bằng xen lẫn đồi thấp, thuận lợi cho sản xuất nông nghiệp và phát triển kinh tế vườn, kinh tế rừng.",
            "Toàn xã có khoảng 2.600 hộ với khoảng 9.000 nhân khẩu, sinh sống tại 6 thôn, từ thôn 1 đến thôn 6. Người dân Tam Đại cần cù, chịu khó, giàu tình làng nghĩa xóm, luôn đoàn kết, chung sức xây dựng quê hương.",
            "Kinh tế của xã chủ yếu dựa vào nông nghiệp với hai vụ lúa chính là Đông Xuân và Hè Thu, cùng với chăn nuôi, trồng rau màu và trồng rừng sản xuất. Những năm gần đây, các ngành dịch vụ, buôn bán nhỏ phát triển, nhiều lao động làm việc tại các khu công nghiệp lân cận, góp phần nâng cao thu nhập cho người dân.",
            "Trong các cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, quân và dân Tam Đại đã kiên cường bám đất, bám làng, đóng góp nhiều sức người, sức của cho sự nghiệp giải phóng dân tộc. Năm 2005, khi huyện Phú Ninh được thành lập trên cơ sở tách ra từ thị xã Tam Kỳ, xã Tam Đại trở thành một đơn vị hành chính của huyện.",
            "Phát huy truyền thống ấy, Đảng bộ và nhân dân xã Tam Đại đang tập trung xây dựng nông thôn mới, đẩy mạnh chuyển đổi số và cải cách hành chính, chăm lo giáo dục, y tế, giữ vững an ninh trật tự, phấn đấu xây dựng quê hương ngày càng giàu đẹp, văn minh.",
        ],
    },
    "lien-he": {
        "title": "Liên hệ",
        "intro": "Người dân, tổ chức có thể liên hệ với UBND xã Tam Đại qua các kênh dưới đây để được hướng dẫn, giải quyết thủ tục hành chính hoặc gửi phản ánh, kiến nghị.",
        "paragraphs": [
            "Địa chỉ: UBND xã Tam Đại, huyện Phú Ninh, tỉnh Quảng Nam. Bộ phận tiếp nhận và trả kết quả đặt tại trụ sở UBND xã.",
            "Thời gian làm việc: từ thứ Hai đến thứ Sáu hằng tuần (trừ các ngày nghỉ lễ, Tết theo quy định). Buổi sáng từ 7 giờ 00 đến 11 giờ 00, buổi chiều từ 13 giờ 30 đến 17 giờ 00.",
            "Điện thoại: 0235 3123 456. Thư điện tử: ubndxatamdai@quangnam.gov.vn.",
            "Người dân có thể nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID. Mọi phản ánh, kiến nghị về thủ tục hành chính xin gửi về Văn phòng UBND xã hoặc bỏ vào hộp thư góp ý đặt tại trụ sở UBND xã.",
        ],
    },
}

# Exactly 3 photo albums; each caption doubles as alt text.
ALBUMS = [
    {
        "title": "Chung tay làm đường giao thông nông thôn",
        "slug": "chung-tay-lam-duong-giao-thong-nong-thon",
        "date": date(2019, 12, 15),
        "description": "Nhân dân các thôn cùng chính quyền, đoàn thể góp công, góp sức xây dựng các tuyến đường bê tông nông thôn.",
        "captions": [
            "Người dân thôn 4 tháo dỡ hàng rào, hiến đất để mở rộng mặt đường",
            "Máy trộn bê tông hoạt động trên công trường, công nhân san gạt vật liệu",
            "Đoàn viên thanh niên chuyền tay từng xô bê tông đổ mặt đường",
            "Cán bộ xã kiểm tra độ dày lớp bê tông mặt đường",
            "Tuyến đường bê tông mới hoàn thành chạy giữa cánh đồng lúa xanh",
            "Học sinh đạp xe đến trường trên con đường mới",
        ],
    },
    {
        "title": "Hội xuân Quý Mão 2023",
        "slug": "hoi-xuan-quy-mao-2023",
        "date": date(2023, 1, 27),
        "description": "Những khoảnh khắc vui tươi tại Hội xuân Quý Mão 2023 với các trò chơi dân gian, giải bóng chuyền và đêm văn nghệ mừng Đảng, mừng Xuân.",
        "captions": [
            "Đông đảo người dân tập trung tại sân vận động trung tâm xã trong ngày khai mạc Hội xuân",
            "Các đội thôn tranh tài sôi nổi ở nội dung kéo co",
            "Một em nhỏ bịt mắt, tay cầm gậy tham gia trò chơi đập nồi",
            "Pha đập bóng trong trận chung kết giải bóng chuyền nam giữa các thôn",
            "Nghệ nhân địa phương biểu diễn hát bài chòi trên sân khấu ngoài trời",
            "Tiết mục múa chào xuân của đoàn viên thanh niên trong đêm văn nghệ",
        ],
    },
    {
        "title": "Đêm hội Trăng rằm 2025",
        "slug": "dem-hoi-trang-ram-2025",
        "date": date(2025, 10, 4),
        "description": "Thiếu nhi xã Tam Đại vui đón Tết Trung thu trong đêm hội rước đèn, múa lân và văn nghệ.",
        "captions": [
            "Các em thiếu nhi cầm đèn ông sao rước đèn quanh sân trường",
            "Đội lân thiếu nhi biểu diễn múa lân mở màn đêm hội",
            "Mâm ngũ quả do các chi đội tự tay bày trí tham gia hội thi",
            "Các em học sinh tiểu học múa hát dưới ánh đèn lồng",
            "Đại diện ban tổ chức trao quà Trung thu cho trẻ em có hoàn cảnh khó khăn",
            "Những chiếc đèn lồng nhiều màu sắc treo rực rỡ trong khuôn viên trường",
        ],
    },
]

# Exactly 2 videos.
VIDEOS = [
    {
        "title": "89 năm ngày thành lập Đoàn",
        "slug": "89-nam-ngay-thanh-lap-doan",
        "date": date(2020, 3, 26),
        "description": "Phóng sự về lễ kỷ niệm 89 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2020) và những hoạt động nổi bật của tuổi trẻ xã Tam Đại.",
        "transcript": (
            "Sáng ngày 26 tháng 3 năm 2020, Đoàn xã Tam Đại tổ chức lễ kỷ niệm 89 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh. Do dịch COVID-19 diễn biến phức tạp, buổi lễ được tổ chức gọn nhẹ, bảo đảm các yêu cầu phòng dịch.\n\n"
            "Trải qua 89 năm xây dựng và trưởng thành, các thế hệ đoàn viên, thanh niên luôn là lực lượng xung kích, tình nguyện trên mọi lĩnh vực. Tại Tam Đại, tuổi trẻ địa phương đã tích cực tham gia xây dựng nông thôn mới, ra quân làm đường giao thông, thắp sáng đường quê, trồng cây xanh và giúp đỡ các gia đình có hoàn cảnh khó khăn.\n\n"
            "Trong những ngày cả nước chung tay phòng, chống dịch bệnh, nhiều đoàn viên đã tình nguyện tham gia tuyên truyền, phát khẩu trang và hỗ trợ lực lượng chức năng tại các chốt kiểm soát.\n\n"
            "Phát huy truyền thống vẻ vang của Đoàn, tuổi trẻ Tam Đại nguyện tiếp tục học tập, rèn luyện, cống hiến sức trẻ để xây dựng quê hương ngày càng giàu đẹp."
        ),
    },
    {
        "title": "Mùa vàng trên cánh đồng Tam Đại",
        "slug": "mua-vang-tren-canh-dong-tam-dai",
        "date": date(2023, 5, 16),
        "description": "Không khí thu hoạch lúa vụ Đông Xuân 2022 - 2023 rộn ràng trên các cánh đồng xã Tam Đại.",
        "transcript": (
            "Tháng Năm, những cánh đồng lúa ở Tam Đại khoác lên mình màu vàng óng. Bà con nông dân bước vào mùa thu hoạch vụ Đông Xuân 2022 - 2023 trong niềm vui được mùa.\n\n"
            "Vụ này, toàn xã gieo sạ khoảng 450 ha lúa. Nhờ chủ động nguồn nước tưới, sử dụng giống mới và tuân thủ lịch thời vụ, năng suất bình quân ước đạt khoảng 62 tạ/ha.\n\n"
            "Những chiếc máy gặt đập liên hợp nối nhau làm việc trên đồng, giúp bà con thu hoạch nhanh gọn, giảm chi phí thuê nhân công. Lúa vừa gặt xong đã được thương lái đến thu mua tận ruộng.\n\n"
            "Niềm vui mùa gặt là thành quả của sự chung sức giữa người nông dân và chính quyền địa phương, tạo đà để Tam Đại bước vào vụ Hè Thu với nhiều kỳ vọng mới."
        ),
    },
]
