using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using static PhuocMy.Site.Tests.Quality.CheckHarness;

namespace PhuocMy.Site.Tests.Quality;

public sealed class InlineCodeCheckTests
{
    private static IReadOnlyList<Diagnostic> Check(string body, string head = "") => Run(new InlineCodeCheck(), Page(body, head: head));

    [Fact]
    public void External_scripts_stylesheets_and_json_ld_pass()
    {
        Assert.Empty(Check(
            """<button type="button" class="menu">Menu</button><script src="/assets/site.js" defer></script>""",
            head: """<link rel="stylesheet" href="/a.css"><script type="application/ld+json">{"@type":"NewsArticle"}</script>"""));
    }

    [Theory]
    [InlineData("""<script>alert(1)</script>""", "<script>")]
    [InlineData("""<script type="module">import "/x.js"</script>""", "<script>")]
    [InlineData("""<style>p { color: red }</style>""", "<style>")]
    [InlineData("""<p style="color: red">x</p>""", "style=")]
    [InlineData("""<button onclick="go()">x</button>""", "onclick")]
    [InlineData("""<body onload="go()"></body>""", "onload")]
    [InlineData("""<a href="javascript:void(0)">x</a>""", "javascript:")]
    [InlineData("""<script type="application/ld+json">{"@type": </script>""", "JSON-LD")]
    public void Inline_code_is_an_error(string body, string expectedInMessage)
    {
        var error = Assert.Single(Check(body));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains(expectedInMessage, error.Message);
    }
}
