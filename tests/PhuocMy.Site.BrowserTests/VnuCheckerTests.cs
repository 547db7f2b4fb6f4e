using PhuocMy.Site.Testing;

namespace PhuocMy.Site.BrowserTests;

/// <summary>Proves the HTML validity gate can fail; needs no built site.</summary>
public sealed class VnuCheckerTests
{
    [Fact]
    public async Task Checker_reports_an_invalid_page()
    {
        using var folder = new TempFolder("vnu");
        var page = Path.Combine(folder.Path, "sai.html");
        await File.WriteAllTextAsync(page, """
            <!doctype html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>Trang sai</title></head>
            <body><span><div>khối trong dòng</div></span><p id="a">a</p><p id="a">b</p></body>
            </html>
            """, TestContext.Current.CancellationToken);

        var errors = await VnuChecker.ErrorsInAsync(folder.Path, TestContext.Current.CancellationToken);

        Assert.Contains(errors, e => e.File == "sai.html" && e.Line == 4 && e.Message.Contains("div"));
        Assert.Contains(errors, e => e.Message.Contains("Duplicate ID"));
    }
}
