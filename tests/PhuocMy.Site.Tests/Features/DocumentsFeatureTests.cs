using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Support;
using static PhuocMy.Site.Tests.Support.TestSite;

namespace PhuocMy.Site.Tests.Features;

public sealed class DocumentsFeatureTests
{
    private static TestSite ThreeDocuments() => new TestSite()
        .Document("125-kh-ubnd-2023", "125/KH-UBND", "2023-10-20", title: "Kế hoạch tổ chức Ngày hội Đại đoàn kết",
            extra: "signer: Chủ tịch UBND phường\neffective: 2023-10-21\nfile: /documents/files/125.pdf\nsample: true\n",
            body: "Kế hoạch phối hợp tổ chức **Ngày hội** ở các khu dân cư.\n")
        .With("documents/files/125.pdf", new string('x', 2048))
        .Document("52-qd-ubnd-2023", "52/QĐ-UBND", "2023-05-05", type: "Quyết định")
        .Document("18-kh-ubnd-2020", "18/KH-UBND", "2020-02-03");

    [Fact]
    public void Registry_is_an_accessible_table_per_year_newest_first()
    {
        var result = Clean(ThreeDocuments().Generate());
        var page = Dom(result, "van-ban/index.html");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(["Năm 2023", "Năm 2020"], page.QuerySelectorAll("main h2").Select(h => Text(h)));

        var tables = page.QuerySelectorAll("main table").ToList();
        Assert.Equal(2, tables.Count);
        foreach (var table in tables)
        {
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.Equal(["Số ký hiệu", "Ngày ban hành", "Loại", "Trích yếu", "Cơ quan ban hành", "Toàn văn"], table.QuerySelectorAll("thead th").Select(th => Text(th)));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.Contains("table-scroll", table.ParentElement!.ClassList);
            Assert.Equal(table.QuerySelector("caption")!.Id, table.ParentElement.GetAttribute("aria-labelledby"));
        }

        var rows = tables[0].QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["125/KH-UBND", "52/QĐ-UBND"], rows.Select(r => Text(r.QuerySelector("td"))));
        var first = rows[0].QuerySelectorAll("td").Select(td => Text(td)).ToList();
        Assert.Equal(["125/KH-UBND", "20/10/2023", "Kế hoạch", "Kế hoạch tổ chức Ngày hội Đại đoàn kết", "UBND phường Thử Nghiệm", "Tải văn bản 125/KH-UBND (PDF, 2 KB)"], first);
        Assert.Equal("/van-ban/125-kh-ubnd-2023/", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2023-10-20", rows[0].QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Registry_filters_by_type_with_a_page_per_type()
    {
        var result = Clean(ThreeDocuments().Generate());
        var registry = Dom(result, "van-ban/index.html");
        var filter = registry.QuerySelectorAll("nav.document-types a").ToList();
        Assert.Equal(["/van-ban/", "/van-ban/loai/ke-hoach/", "/van-ban/loai/quyet-dinh/"], filter.Select(a => a.GetAttribute("href")));
        Assert.Equal("page", filter[0].GetAttribute("aria-current"));

        var plans = Dom(result, "van-ban/loai/ke-hoach/index.html");
        Assert.Equal("Văn bản loại Kế hoạch", Text(plans.QuerySelector("h1")));
        Assert.Equal(["125/KH-UBND", "18/KH-UBND"], plans.QuerySelectorAll("tbody tr td:first-child").Select(td => Text(td)));
        Assert.Equal("/van-ban/loai/ke-hoach/", plans.QuerySelector("nav.document-types a[aria-current]")!.GetAttribute("href"));
        Assert.Equal(["Trang chủ", "Văn bản", "Kế hoạch"], plans.QuerySelectorAll("nav.breadcrumb li").Select(li => Text(li)));

        var decisions = Dom(result, "van-ban/loai/quyet-dinh/index.html");
        Assert.Equal(["52/QĐ-UBND"], decisions.QuerySelectorAll("tbody tr td:first-child").Select(td => Text(td)));
    }

    [Fact]
    public void Document_page_lists_every_field_the_body_and_the_attached_file()
    {
        var result = Clean(ThreeDocuments().Generate());
        var page = Dom(result, "van-ban/125-kh-ubnd-2023/index.html");

        Assert.Equal("Kế hoạch tổ chức Ngày hội Đại đoàn kết", Text(page.QuerySelector("h1")));
        var fields = page.QuerySelectorAll("dl.document-fields dt").ToDictionary(dt => Text(dt), dt => Text(dt.NextElementSibling));
        Assert.Equal("125/KH-UBND", fields["Số ký hiệu"]);
        Assert.Equal("Kế hoạch", fields["Loại văn bản"]);
        Assert.Equal("UBND phường Thử Nghiệm", fields["Cơ quan ban hành"]);
        Assert.Equal("Chủ tịch UBND phường", fields["Người ký"]);
        Assert.Equal("Thứ Sáu, 20/10/2023", fields["Ngày ban hành"]);
        Assert.Equal("Thứ Bảy, 21/10/2023", fields["Ngày hiệu lực"]);
        Assert.Equal("Kế hoạch tổ chức Ngày hội Đại đoàn kết", fields["Trích yếu"]);

        var link = page.QuerySelector("a.document-file")!;
        Assert.Equal("/documents/files/125.pdf", link.GetAttribute("href"));
        Assert.Equal("application/pdf", link.GetAttribute("type"));
        Assert.Contains("(PDF, 2 KB)", Text(link));
        Assert.Contains(result.Files, f => f.Path == "documents/files/125.pdf");

        Assert.Equal("Ngày hội", Text(page.QuerySelector(".document-body strong")));
        Assert.NotNull(page.QuerySelector(".sample-notice"));
        Assert.Equal(["Trang chủ", "Văn bản", "125/KH-UBND"], page.QuerySelectorAll("nav.breadcrumb li").Select(li => Text(li)));
    }

    [Fact]
    public void Document_page_without_optional_fields_leaves_them_out()
    {
        var page = Dom(Clean(ThreeDocuments().Generate()), "van-ban/18-kh-ubnd-2020/index.html");
        var terms = page.QuerySelectorAll("dl.document-fields dt").Select(dt => Text(dt)).ToList();
        Assert.DoesNotContain("Người ký", terms);
        Assert.DoesNotContain("Ngày hiệu lực", terms);
        Assert.Null(page.QuerySelector("a.document-file"));
        Assert.Null(page.QuerySelector(".document-body"));
        Assert.Null(page.QuerySelector(".sample-notice"));
    }

    [Fact]
    public void Pages_name_their_sources_and_a_document_page_its_origin()
    {
        var result = Clean(ThreeDocuments().Generate());
        var document = result.Files.Single(f => f.Path == "van-ban/125-kh-ubnd-2023/index.html");
        Assert.Equal("input/documents/125-kh-ubnd-2023.md", document.Origin);
        Assert.Contains("input/documents/125-kh-ubnd-2023.md", document.Sources);
        Assert.Contains("input/documents/files/125.pdf", document.Sources);
        Assert.Contains("input/site.yml", document.Sources);
        Assert.Contains("theme/_layouts/document.liquid", document.Sources);

        var registry = result.Files.Single(f => f.Path == "van-ban/index.html");
        Assert.Null(registry.Origin);
        Assert.Equal(3, registry.Sources.Count(s => s.StartsWith("input/documents/", StringComparison.Ordinal) && s.EndsWith(".md", StringComparison.Ordinal)));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("documents/", StringComparison.Ordinal) && f.Path.EndsWith(".md", StringComparison.Ordinal));
    }

    [Fact]
    public void Same_day_documents_sort_by_number_the_Vietnamese_way()
    {
        var result = Clean(new TestSite()
            .Document("b", "Đ-02/TB", "2024-03-15", type: "Thông báo")
            .Document("a", "E-01/TB", "2024-03-15", type: "Thông báo")
            .Document("c", "D-03/TB", "2024-03-15", type: "Thông báo")
            .Generate());
        var numbers = Dom(result, "van-ban/index.html").QuerySelectorAll("tbody tr td:first-child").Select(td => Text(td));
        Assert.Equal(["D-03/TB", "Đ-02/TB", "E-01/TB"], numbers);
    }

    [Fact]
    public void Registry_exists_when_there_is_no_document()
    {
        var page = Dom(Clean(new TestSite().Generate()), "van-ban/index.html");
        Assert.Equal("Văn bản", Text(page.QuerySelector("h1")));
        Assert.Contains("Chưa có văn bản", Text(page.QuerySelector("p.empty")));
        Assert.Null(page.QuerySelector("table"));
    }

    [Theory]
    [InlineData("number", 3)]
    [InlineData("type", 4)]
    [InlineData("issuer", 5)]
    [InlineData("issued", 6)]
    [InlineData("title", 2)]
    public void A_missing_required_field_is_reported_with_what_to_write(string key, int line)
    {
        var lines = new[] { "title: Kế hoạch A", "number: 1/KH-UBND", "type: Kế hoạch", "issuer: UBND phường", "issued: 2023-01-02" }
            .Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal));
        var error = SingleError(new TestSite().With("documents/a.md", $"---\n{string.Join('\n', lines)}\n---\n").Generate());
        Assert.Equal("input/documents/a.md", error.File);
        Assert.Contains($"'{key}'", error.Message);
        Assert.StartsWith($"Thêm dòng: {key}:", error.Hint);
        Assert.True(error.Line is >= 1 and <= 6, $"line {error.Line} (expected near {line})");
    }

    [Fact]
    public void A_bad_date_names_its_line()
    {
        var error = SingleError(new TestSite().Document("a", "1/KH-UBND", "20 tháng 10").Generate());
        Assert.Equal(("input/documents/a.md", 6), (error.File, error.Line));
        Assert.Contains("20 tháng 10", error.Message);
        Assert.Contains("2020-07-15", error.Hint);
    }

    [Fact]
    public void The_same_number_from_the_same_issuer_twice_is_an_error_on_the_second_file()
    {
        var error = SingleError(new TestSite()
            .Document("a", "12/QĐ-UBND", "2023-01-02", type: "Quyết định")
            .Document("b", "12/qđ-ubnd", "2023-02-03", type: "Quyết định")
            .Generate());
        Assert.Equal(("input/documents/b.md", 3), (error.File, error.Line));
        Assert.Contains("input/documents/a.md", error.Message);
    }

    [Fact]
    public void The_same_number_from_different_issuers_is_fine()
    {
        var result = Clean(new TestSite()
            .Document("a", "12/BC", "2023-01-02", type: "Báo cáo", issuer: "Đảng ủy phường")
            .Document("b", "12/BC", "2023-02-03", type: "Báo cáo", issuer: "UBND phường")
            .Generate());
        Assert.Equal(2, Dom(result, "van-ban/index.html").QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void A_missing_attached_file_is_reported_at_its_line()
    {
        var error = SingleError(new TestSite().Document("a", "1/KH-UBND", "2023-01-02", extra: "file: /documents/files/khong-co.pdf\n").Generate());
        Assert.Equal(("input/documents/a.md", 7), (error.File, error.Line));
        Assert.Contains("/documents/files/khong-co.pdf", error.Message);
        Assert.Contains("input/documents/files/khong-co.pdf", error.Hint);
    }

    [Fact]
    public void Two_spellings_of_one_type_are_reported()
    {
        var error = SingleError(new TestSite()
            .Document("a", "1/QĐ", "2023-01-02", type: "Quyết định")
            .Document("b", "2/QĐ", "2023-01-03", type: "Quyết Định")
            .Generate());
        Assert.Equal(("input/documents/b.md", 4), (error.File, error.Line));
        Assert.Contains("type: Quyết định", error.Hint);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_naming_its_line()
    {
        var result = new TestSite().Document("a", "1/KH", "2023-01-02", extra: "isued: 2023-01-02\n").Generate();
        Assert.True(result.Succeeded, Describe(result));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, "input/documents/a.md", 7), (warning.Severity, warning.File, warning.Line));
        Assert.Contains("isued", warning.Message);
    }
}
