using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using static PhuocMy.Site.Tests.Quality.CheckHarness;

namespace PhuocMy.Site.Tests.Quality;

public sealed class DocumentMetadataCheckTests
{
    private static IReadOnlyList<Diagnostic> Check(string html) => Run(new DocumentMetadataCheck(), html);

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Complete_head_passes(string lang)
    {
        Assert.Empty(Check(Page("<h1>x</h1>", lang)));
    }

    [Fact]
    public void Missing_lang_is_an_error()
    {
        var html = Page("").Replace(" lang=\"vi\"", "");
        var error = Assert.Single(Check(html));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("lang", error.Message);
    }

    [Fact]
    public void Other_language_is_a_warning()
    {
        var warning = Assert.Single(Check(Page("", "fr")));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("fr", warning.Message);
    }

    [Theory]
    [InlineData("<title>Trang thử</title>", "", "<title>")]
    [InlineData("<title>Trang thử</title>", "<title>  </title>", "<title>")]
    [InlineData("""<meta name="description" content="Trang thử">""", "", "description")]
    [InlineData("""<meta name="description" content="Trang thử">""", """<meta name="description" content="">""", "description")]
    [InlineData("""<meta name="viewport" content="width=device-width, initial-scale=1">""", "", "viewport")]
    [InlineData("""<meta name="viewport" content="width=device-width, initial-scale=1">""",
        """<meta name="viewport" content="width=device-width, user-scalable=no">""", "phóng to")]
    [InlineData("""<meta name="viewport" content="width=device-width, initial-scale=1">""",
        """<meta name="viewport" content="width=device-width, maximum-scale=1">""", "phóng to")]
    public void Missing_or_empty_head_element_is_an_error(string present, string replacement, string expectedInMessage)
    {
        var html = Page("");
        Assert.Contains(present, html);

        var error = Assert.Single(Check(html.Replace(present, replacement)));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains(expectedInMessage, error.Message);
    }
}
