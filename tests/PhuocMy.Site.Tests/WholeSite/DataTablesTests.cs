using PhuocMy.Site.Composition;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Features.DataTables;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>Data tables through the whole build: charts in posts, the Số liệu pages, CSV files and errors.</summary>
public class DataTablesTests
{
    private const string Table = """
        {
          "id": "ho-so-2020",
          "title": "Xét duyệt 1.337 trên 2.280 hồ sơ",
          "unit": "hồ sơ",
          "source": "UBND phường",
          "chart": "bar-horizontal",
          "series": [{ "name": "Số hồ sơ" }],
          "rows": [
            { "label": "Tiếp nhận", "value": 2280 },
            { "label": "Xét duyệt", "value": 1337 }
          ]
        }
        """;

    private static TestSite Site(string body) => new TestSite()
        .With("data/ho-so-2020.json", Table)
        .Post("a", "Tin A", "2020-07-15", body: body);

    [Fact]
    public void A_chart_in_a_post_is_an_accessible_figure_in_vietnamese_numbers()
    {
        var result = Site("Mở đầu.\n\n{{< chart ho-so-2020 >}}\n").Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        var figure = TestSite.Dom(result, "tin-tuc/a/index.html").QuerySelector(".post-body figure")!;
        Assert.Equal("img", figure.QuerySelector("svg")!.GetAttribute("role"));
        Assert.Contains("2.280", figure.TextContent);
        Assert.NotNull(figure.QuerySelector("details table"));
        Assert.Equal("/so-lieu/ho-so-2020.csv", figure.QuerySelector("a[download]")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_table_has_a_page_a_place_in_the_index_and_a_csv_excel_can_read()
    {
        var result = Site("Mở đầu.").Generate();
        Assert.True(result.Succeeded, TestSite.Describe(result));
        Assert.Equal("Xét duyệt 1.337 trên 2.280 hồ sơ", TestSite.Dom(result, "so-lieu/ho-so-2020/index.html").QuerySelector("h1")!.TextContent);
        Assert.NotNull(TestSite.Dom(result, "so-lieu/index.html").QuerySelector("a[href='/so-lieu/ho-so-2020/']"));

        var csv = result.Files.Single(f => f.Path == "so-lieu/ho-so-2020.csv").Content.ToArray();
        Assert.Equal(System.Text.Encoding.UTF8.GetPreamble(), csv[..3]);
        Assert.Contains("Tiếp nhận", System.Text.Encoding.UTF8.GetString(csv));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith(DataTablesFeature.Folder + "/", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_table_id_names_the_post_and_line()
    {
        var result = Site("Mở đầu.\n\n{{< chart khong-co >}}\n").Generate();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/a.md", error.File);
        Assert.Equal(9, error.Line);
        Assert.Contains("khong-co", error.Message);
        Assert.Contains("ho-so-2020", error.Hint);
    }

    [Fact]
    public void A_malformed_table_names_the_file_and_json_path_and_its_charts_are_not_blamed()
    {
        var result = Site("Mở đầu.\n\n{{< chart ho-so-2020 >}}\n").With("data/ho-so-2020.json", Table.Replace("\"value\": 1337", "\"value\": \"nhiều\"")).Generate();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/data/ho-so-2020.json", error.File);
        Assert.Equal(10, error.Line);
        Assert.Contains("rows[1]", error.Message);
    }

    [Fact]
    public void A_document_can_show_a_chart_and_an_unknown_one_names_its_line()
    {
        const string document = "---\ntitle: Báo cáo\nnumber: 1/BC-UBND\ntype: Báo cáo\nissuer: UBND phường\nissued: 2020-07-01\n---\n{{< chart ID >}}\n";
        var shown = new TestSite().With("data/ho-so-2020.json", Table).With("documents/bao-cao.md", document.Replace("ID", "ho-so-2020")).Generate();
        Assert.True(shown.Succeeded, TestSite.Describe(shown));
        Assert.NotNull(TestSite.Dom(shown, "van-ban/bao-cao/index.html").QuerySelector("figure svg[role=img]"));

        var unknown = new TestSite().With("data/ho-so-2020.json", Table).With("documents/bao-cao.md", document.Replace("ID", "khong-co")).Generate();
        var error = Assert.Single(unknown.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/documents/bao-cao.md", 8), (error.File, error.Line));
    }

    [Fact]
    public void One_generator_builds_the_same_site_twice()
    {
        var generator = new SiteGenerator(StandardSite.Features(), PhuocMy.Site.Quality.PageChecks.All);
        var tree = Site("Mở đầu.\n\n{{< chart ho-so-2020 >}}\n").Tree();
        Assert.True(generator.Generate(tree, new GenerationOptions()).Succeeded);
        var second = generator.Generate(tree, new GenerationOptions());
        Assert.True(second.Succeeded, TestSite.Describe(second));
    }
}
