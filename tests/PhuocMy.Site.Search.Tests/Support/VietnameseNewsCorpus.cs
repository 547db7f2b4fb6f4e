using System.Globalization;
using System.Text;
using PhuocMy.Site.Search;

namespace PhuocMy.Site.Search.Testing;

/// <summary>
/// A made-up but plausible corpus of a ward portal: news posts in six sections, some documents (Văn bản), data
/// tables and pages, written in Vietnamese from phrase banks. Deterministic for a seed, so tests and benchmarks see
/// the same texts every run. Sample content for tests only: none of it is real.
/// </summary>
public static class VietnameseNewsCorpus
{
    private static readonly DateTimeOffset FirstDay = new(2016, 1, 4, 8, 0, 0, TimeSpan.FromHours(7));

    private static readonly string[] Streets =
    [
        "Dương Đình Nghệ", "Phạm Văn Đồng", "Ngô Quyền", "Hồ Nghinh", "Võ Văn Kiệt", "Trần Quang Khải", "Lê Hữu Trác",
        "Nguyễn Công Trứ", "Hà Bổng", "Phước Mỹ 1", "Phước Mỹ 3", "Đỗ Bá", "Ngô Thì Sĩ", "Lê Quang Đạo", "An Nhơn 2",
        "Trần Bạch Đằng", "Hoàng Kế Viêm", "Châu Thị Vĩnh Tế", "Nguyễn Văn Thoại", "Lê Văn Thứ",
    ];

    private static readonly string[] People =
    [
        "đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy phường", "đồng chí Trần Thị Lan, Phó Bí thư Thường trực Đảng ủy",
        "ông Lê Minh Tuấn, Chủ tịch UBND phường", "bà Phạm Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam phường",
        "ông Võ Đức Thắng, Phó Chủ tịch UBND phường", "bà Huỳnh Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ phường",
        "ông Đặng Quốc Bảo, Trưởng Công an phường", "anh Hồ Văn Dũng, Bí thư Đoàn phường",
        "ông Dương Văn Phúc, Chủ tịch Hội Cựu chiến binh phường", "bà Ngô Thị Thu, Chủ tịch Hội Người cao tuổi phường",
    ];

    private static readonly string[] Quarters = ["quý I", "quý II", "quý III", "quý IV", "6 tháng đầu năm", "9 tháng", "cả năm"];

    private static readonly Topic[] Topics =
    [
        new("Xây dựng Đảng",
            [
                "Đại hội Chi bộ khu dân cư số {n} nhiệm kỳ {term}", "Hội nghị sơ kết công tác xây dựng Đảng {quarter} năm {year}",
                "Học tập, quán triệt Nghị quyết của Đảng ủy phường", "Trao Huy hiệu Đảng cho đảng viên lão thành",
                "Kết nạp đảng viên mới tại Chi bộ khu dân cư số {n}", "Đảng ủy phường kiểm tra, giám sát chuyên đề năm {year}",
                "Chi bộ khu dân cư số {n} sinh hoạt chuyên đề về học tập và làm theo tư tưởng Hồ Chí Minh",
                "Tổng kết công tác Đảng năm {year}, triển khai nhiệm vụ năm {next}",
            ],
            [
                "Đảng ủy phường đã lãnh đạo các chi bộ hoàn thành tốt nhiệm vụ chính trị được giao.",
                "Công tác kiểm tra, giám sát được thực hiện theo đúng kế hoạch, đúng quy định của Điều lệ Đảng.",
                "Các chi bộ tổ chức sinh hoạt định kỳ nền nếp, chất lượng sinh hoạt chi bộ từng bước được nâng lên.",
                "Trong {quarter}, Đảng ủy đã kết nạp {n} đảng viên mới, nâng tổng số đảng viên toàn Đảng bộ lên {big} đồng chí.",
                "Phát biểu chỉ đạo, {person} đề nghị các chi bộ tiếp tục đổi mới phương thức lãnh đạo.",
                "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được gắn với nhiệm vụ của từng chi bộ.",
                "Hội nghị đã thảo luận, đóng góp nhiều ý kiến tâm huyết vào dự thảo báo cáo chính trị.",
                "Đảng viên ở khu dân cư phát huy vai trò tiên phong, gương mẫu, gần dân và sát dân.",
                "Công tác tư tưởng được quan tâm, nắm bắt kịp thời tâm tư, nguyện vọng của cán bộ, đảng viên và nhân dân.",
                "Dịp này, Đảng ủy phường đã trao Huy hiệu 30 năm, 40 năm và 50 năm tuổi Đảng cho {n} đảng viên.",
            ]),
        new("Chính quyền",
            [
                "UBND phường tiếp công dân định kỳ tháng {month} năm {year}", "Cải cách hành chính: tiếp nhận hồ sơ trực tuyến mức độ 4",
                "Kỳ họp thứ {n} Hội đồng nhân dân phường khóa {term}", "Phường đối thoại với nhân dân về công tác giải phóng mặt bằng",
                "Triển khai đề án xây dựng chính quyền điện tử", "Rà soát, cấp giấy chứng nhận quyền sử dụng đất cho hộ dân tổ {n}",
                "Tổng kết công tác cải cách hành chính năm {year}", "Lấy ý kiến nhân dân về quy hoạch khu dân cư ven sông Hàn",
            ],
            [
                "Bộ phận tiếp nhận và trả kết quả của phường đã giải quyết {big} hồ sơ, trong đó {n} hồ sơ được nộp trực tuyến.",
                "Tỷ lệ hồ sơ giải quyết đúng hạn đạt {percent}, không có hồ sơ trễ hạn.",
                "Tại buổi tiếp công dân, {person} đã trực tiếp lắng nghe và trả lời các kiến nghị của người dân.",
                "Các kiến nghị tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất, bồi thường và tái định cư.",
                "UBND phường yêu cầu cán bộ, công chức nâng cao tinh thần trách nhiệm, thái độ phục vụ nhân dân.",
                "Người dân có thể theo dõi tình trạng hồ sơ qua Cổng dịch vụ công của thành phố.",
                "Kỳ họp đã thông qua các nghị quyết quan trọng về phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh.",
                "Phường đã niêm yết công khai thủ tục hành chính tại trụ sở và trên trang thông tin điện tử.",
                "Đề án chính quyền điện tử giúp rút ngắn thời gian giải quyết thủ tục cho người dân và doanh nghiệp.",
                "Việc lấy ý kiến được tổ chức tại {n} tổ dân phố, thu hút đông đảo người dân tham gia.",
            ]),
        new("Kinh tế - Xã hội",
            [
                "Thu ngân sách {quarter} năm {year} đạt {percent} dự toán", "Sửa chữa, nâng cấp đường {street}",
                "Hỗ trợ hộ kinh doanh cá thể trên đường {street}", "Chỉnh trang vỉa hè, lắp đèn chiếu sáng tuyến đường {street}",
                "Kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh ăn uống", "Phường triển khai thu thuế hộ kinh doanh năm {year}",
                "Giải ngân vốn vay ưu đãi cho hộ cận nghèo", "Phát triển du lịch cộng đồng ven biển Phạm Văn Đồng",
            ],
            [
                "Tổng thu ngân sách trên địa bàn {quarter} năm {year} đạt {money}, bằng {percent} dự toán thành phố giao.",
                "Các khoản thu từ thuế ngoài quốc doanh, lệ phí trước bạ và phí, lệ phí đều tăng so với cùng kỳ.",
                "Chi ngân sách được thực hiện tiết kiệm, đúng dự toán, ưu tiên cho an sinh xã hội và chỉnh trang đô thị.",
                "Dự án sửa chữa đường {street} có tổng kinh phí {money}, dự kiến hoàn thành trong {n} tháng.",
                "Trong thời gian thi công, người dân lưu ý đi lại theo biển báo hướng dẫn để bảo đảm an toàn giao thông.",
                "Tuyến đường {street} sau khi nâng cấp có vỉa hè rộng, thoát nước tốt, không còn ngập khi mưa lớn.",
                "Đoàn kiểm tra đã làm việc với {n} cơ sở kinh doanh dịch vụ ăn uống, nhắc nhở các cơ sở chưa bảo đảm vệ sinh.",
                "Ngân hàng Chính sách xã hội đã giải ngân {money} cho {n} hộ vay vốn phát triển sản xuất, kinh doanh.",
                "Các hộ kinh doanh trên đường {street} được hướng dẫn kê khai thuế điện tử và thanh toán không dùng tiền mặt.",
                "Phường phối hợp với Chi cục Thuế khu vực rà soát, đưa vào quản lý thuế {n} hộ kinh doanh mới.",
            ]),
        new("Văn hóa - Xã hội",
            [
                "Ra quân vệ sinh môi trường tại tổ dân phố {n}", "Trao học bổng khuyến học cho học sinh nghèo vượt khó",
                "Thăm, tặng quà người cao tuổi nhân dịp mừng thọ", "Hội thi văn nghệ quần chúng các khu dân cư năm {year}",
                "Tiêm vắc xin phòng bệnh cho trẻ em dưới 5 tuổi", "Phòng, chống dịch sốt xuất huyết tại khu dân cư",
                "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư số {n}", "Giải bóng đá thiếu niên phường Phước Mỹ năm {year}",
                "Tiêm vắc xin phòng Covid-19 đợt {n} cho người dân", "Chăm lo Tết cho gia đình chính sách, hộ nghèo",
            ],
            [
                "Hàng trăm đoàn viên, hội viên và người dân đã tham gia thu gom rác thải, khơi thông cống rãnh, phát quang bụi rậm.",
                "Ban Khuyến học phường đã trao {n} suất học bổng, mỗi suất trị giá {money}, cho học sinh có hoàn cảnh khó khăn.",
                "Nhân dịp này, phường đã tổ chức thăm, tặng quà cho {n} người cao tuổi tròn 70, 80, 90 và 100 tuổi.",
                "Trạm Y tế phường đã tiêm vắc xin cho {big} lượt người, không ghi nhận trường hợp phản ứng nặng sau tiêm.",
                "Người dân được khuyến cáo diệt lăng quăng, bọ gậy, ngủ màn và đến cơ sở y tế khi có dấu hiệu sốt.",
                "Ngày hội là dịp để các gia đình trong khu dân cư gặp gỡ, chia sẻ kinh nghiệm phát triển kinh tế và xây dựng nếp sống văn minh.",
                "Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa tiếp tục được triển khai sâu rộng.",
                "Hội thi có sự tham gia của {n} đội văn nghệ với các tiết mục ca ngợi quê hương, đất nước.",
                "Phường đã vận động các nhà hảo tâm trao {n} phần quà Tết cho gia đình chính sách, hộ nghèo và cận nghèo.",
                "Công tác bảo vệ môi trường gắn với phân loại rác tại nguồn được các tổ dân phố hưởng ứng tích cực.",
            ]),
        new("Quốc phòng - An ninh",
            [
                "Lễ giao nhận quân năm {year}: {n} thanh niên lên đường nhập ngũ", "Ra mắt mô hình camera an ninh tại tổ dân phố {n}",
                "Tuyên truyền an toàn giao thông cho học sinh", "Diễn tập phòng cháy, chữa cháy tại khu dân cư",
                "Công an phường tăng cường tuần tra bảo đảm trật tự dịp Tết", "Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm {year}",
                "Huấn luyện dân quân tự vệ năm {year}", "Cảnh báo thủ đoạn lừa đảo qua điện thoại và mạng xã hội",
            ],
            [
                "Công an phường đã phối hợp với các lực lượng tổ chức tuần tra, kiểm soát, giữ vững an ninh chính trị trên địa bàn.",
                "Mô hình camera an ninh được lắp đặt tại {n} điểm, góp phần phát hiện và xử lý kịp thời các vụ việc.",
                "Buổi tuyên truyền giúp học sinh nắm vững Luật Giao thông đường bộ và kỹ năng tham gia giao thông an toàn.",
                "Người dân cần cảnh giác với các cuộc gọi tự xưng là cơ quan công an yêu cầu chuyển tiền.",
                "Buổi diễn tập giúp lực lượng phòng cháy, chữa cháy cơ sở nâng cao kỹ năng xử lý tình huống.",
                "Các tân binh hăng hái lên đường làm nhiệm vụ bảo vệ Tổ quốc, được gia đình và địa phương tin tưởng.",
                "Lực lượng dân quân tự vệ hoàn thành chương trình huấn luyện, kết quả kiểm tra đạt loại khá, giỏi.",
                "Phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục được duy trì ở {n} tổ dân phố.",
                "Phường đã xử lý {n} trường hợp vi phạm trật tự đô thị, lấn chiếm vỉa hè trên đường {street}.",
                "Ban Chỉ huy Quân sự phường chủ động nắm tình hình, tham mưu cấp ủy lãnh đạo công tác quốc phòng địa phương.",
            ]),
        new("Thông báo",
            [
                "Thông báo lịch cắt điện khu vực đường {street}", "Thông báo tuyển dụng công chức cấp xã năm {year}",
                "Thông báo thu phí vệ sinh môi trường năm {year}", "Thông báo tạm dừng tiếp nhận hồ sơ để nâng cấp hệ thống",
                "Thông báo lịch tiêm chủng mở rộng tháng {month}", "Thông báo về việc cấp căn cước cho công dân tại trụ sở phường",
            ],
            [
                "UBND phường thông báo đến toàn thể nhân dân trên địa bàn được biết và thực hiện.",
                "Thời gian: từ ngày {day} tháng {month} năm {year}, trong giờ hành chính các ngày làm việc.",
                "Địa điểm: Bộ phận tiếp nhận và trả kết quả, trụ sở UBND phường, đường {street}.",
                "Mọi chi tiết xin liên hệ cán bộ phụ trách theo số điện thoại niêm yết tại trụ sở.",
                "Người dân mang theo giấy tờ tùy thân và các giấy tờ liên quan khi đến làm thủ tục.",
                "Đề nghị các tổ dân phố thông báo rộng rãi để nhân dân biết và chủ động sắp xếp thời gian.",
                "Việc cắt điện nhằm bảo trì, nâng cấp lưới điện, bảo đảm cung cấp điện an toàn, ổn định.",
                "Hồ sơ nộp trực tuyến qua Cổng dịch vụ công quốc gia hoặc trực tiếp tại Bộ phận một cửa.",
            ]),
    ];

    private static readonly string[] CommonSentences =
    [
        "Phường Phước Mỹ, quận Sơn Trà, thành phố Đà Nẵng hiện có {n} tổ dân phố với hơn {big} hộ dân.",
        "Thời gian tới, phường tiếp tục phát huy những kết quả đạt được, khắc phục hạn chế, phấn đấu hoàn thành kế hoạch năm {year}.",
        "Tham dự có đại diện lãnh đạo quận Sơn Trà, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường và các đoàn thể.",
        "Theo {person}, kết quả trên có được là nhờ sự vào cuộc của cả hệ thống chính trị và sự đồng thuận của nhân dân.",
        "Bên cạnh kết quả đạt được, vẫn còn một số tồn tại, hạn chế cần sớm khắc phục trong thời gian tới.",
        "Các tổ dân phố đã tích cực tuyên truyền, vận động người dân cùng tham gia thực hiện.",
        "Sự kiện diễn ra vào sáng ngày {day} tháng {month} năm {year} tại hội trường UBND phường.",
        "Nhiều ý kiến đề xuất cần tăng cường phối hợp giữa các ban, ngành, đoàn thể và khu dân cư.",
    ];

    private static readonly string[] DocumentTypes = ["Quyết định", "Kế hoạch", "Thông báo", "Báo cáo", "Công văn"];

    private static readonly string[] DocumentSubjects =
    [
        "về việc thành lập Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn", "triển khai công tác cải cách hành chính",
        "về việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "thực hiện dự toán thu, chi ngân sách",
        "về việc phê duyệt danh sách hộ nghèo, hộ cận nghèo", "tổ chức tiêm vắc xin phòng bệnh",
        "bảo đảm trật tự an toàn giao thông và trật tự đô thị", "kết quả công tác phòng, chống tham nhũng",
    ];

    /// <summary><paramref name="count"/> documents: about nine in ten posts, the rest documents, data tables and pages.</summary>
    public static IReadOnlyList<SearchDocument> Generate(int count, int seed = 2020)
    {
        var random = new Random(seed);
        var documents = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var date = FirstDay.AddHours(i * (24.0 * 3650 / Math.Max(count, 1))).AddMinutes(random.Next(0, 600));
            var roll = random.Next(100);
            documents.Add(roll switch
            {
                < 90 => Post(random, i, date),
                < 96 => OfficialDocument(random, i, date),
                < 99 => DataTable(random, i, date),
                _ => StaticPage(random, i),
            });
        }
        return documents;
    }

    private static SearchDocument Post(Random random, int number, DateTimeOffset date)
    {
        var topic = Topics[random.Next(Topics.Length)];
        var slots = new Slots(random, date);
        var title = slots.Fill(Pick(random, topic.Titles));
        var body = new StringBuilder();
        var sentences = random.Next(16, 26);
        for (var s = 0; s < sentences; s++)
        {
            var bank = random.Next(5) == 0 ? CommonSentences : topic.Sentences;
            body.Append(slots.Fill(Pick(random, bank)));
            body.Append(s % 4 == 3 ? "\n\n" : " ");
        }
        return new SearchDocument($"/tin-tuc/bai-{number:D5}/", title, topic.Section, SearchDocumentKind.Post, date, body.ToString().Trim());
    }

    private static SearchDocument OfficialDocument(Random random, int number, DateTimeOffset date)
    {
        var type = Pick(random, DocumentTypes);
        var subject = Pick(random, DocumentSubjects);
        var code = $"{random.Next(1, 300)}/{(type == "Quyết định" ? "QĐ" : type == "Kế hoạch" ? "KH" : "TB")}-UBND";
        var slots = new Slots(random, date);
        var body = $"Số hiệu: {code}. Loại văn bản: {type}. Cơ quan ban hành: UBND phường Phước Mỹ. " +
            $"Người ký: {slots.Fill("{person}")}. {type} {subject} năm {date.Year} trên địa bàn phường. " +
            slots.Fill(Pick(random, CommonSentences)) + " " + slots.Fill(Pick(random, CommonSentences));
        return new SearchDocument($"/van-ban/vb-{number:D5}/", $"{type} {subject} năm {date.Year}", "Văn bản", SearchDocumentKind.Document, date, body);
    }

    private static SearchDocument DataTable(Random random, int number, DateTimeOffset date)
    {
        string[] subjects = ["Thu ngân sách phường", "Số hộ nghèo, hộ cận nghèo", "Dân số theo tổ dân phố", "Tỷ lệ tiêm chủng mở rộng"];
        var subject = Pick(random, subjects);
        var body = new StringBuilder($"{subject} giai đoạn {date.Year - 4}–{date.Year}. Nguồn: UBND phường Phước Mỹ. ");
        for (var year = date.Year - 4; year <= date.Year; year++)
            body.Append(CultureInfo.GetCultureInfo("vi-VN"), $"Năm {year}: {random.Next(1000, 99999):N0}. ");
        return new SearchDocument($"/so-lieu/bang-{number:D5}/", $"{subject} {date.Year - 4}–{date.Year}", "Số liệu", SearchDocumentKind.DataTable, date, body.ToString());
    }

    private static SearchDocument StaticPage(Random random, int number)
    {
        string[] titles = ["Giới thiệu phường Phước Mỹ", "Liên hệ", "Sơ đồ tổ chức", "Thủ tục hành chính", "Đường dây nóng"];
        var title = Pick(random, titles);
        var slots = new Slots(random, FirstDay);
        var body = string.Join(" ", Enumerable.Range(0, 6).Select(_ => slots.Fill(Pick(random, CommonSentences))));
        return new SearchDocument($"/trang-{number:D5}/", title, "Giới thiệu", SearchDocumentKind.Page, null, body);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private sealed record Topic(string Section, string[] Titles, string[] Sentences);

    /// <summary>Fills {n}, {big}, {money}, {percent}, {street}, {person}, {quarter}, {year}, {next}, {term}, {month}, {day}.</summary>
    private sealed class Slots(Random random, DateTimeOffset date)
    {
        private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

        public string Fill(string template)
        {
            var text = new StringBuilder(template.Length + 32);
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] != '{')
                {
                    text.Append(template[i]);
                    continue;
                }
                var end = template.IndexOf('}', i);
                text.Append(Value(template[(i + 1)..end]));
                i = end;
            }
            return text.ToString();
        }

        private string Value(string slot) => slot switch
        {
            "n" => random.Next(2, 60).ToString(CultureInfo.InvariantCulture),
            "big" => random.Next(1200, 9800).ToString("N0", Vietnamese),
            "money" => (random.Next(120, 98000) * 1_000_000L).ToString("N0", Vietnamese) + " đồng",
            "percent" => $"{random.Next(60, 140)},{random.Next(0, 99):D2}%",
            "street" => Pick(random, Streets),
            "person" => Pick(random, People),
            "quarter" => Pick(random, Quarters),
            "year" => date.Year.ToString(CultureInfo.InvariantCulture),
            "next" => (date.Year + 1).ToString(CultureInfo.InvariantCulture),
            "term" => $"{date.Year - date.Year % 5}–{date.Year - date.Year % 5 + 5}",
            "month" => random.Next(1, 13).ToString(CultureInfo.InvariantCulture),
            "day" => random.Next(1, 29).ToString(CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"Unknown slot {{{slot}}}."),
        };
    }
}
