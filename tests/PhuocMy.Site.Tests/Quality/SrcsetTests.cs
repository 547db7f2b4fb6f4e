using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Tests.Quality;

public sealed class SrcsetTests
{
    [Theory]
    [InlineData("a.jpg", new[] { "a.jpg" })]
    [InlineData("a.jpg 1x, b.jpg 2x", new[] { "a.jpg", "b.jpg" })]
    [InlineData("  a.jpg   480w ,b.jpg 960w  ", new[] { "a.jpg", "b.jpg" })]
    [InlineData("a.jpg, b.jpg 2x", new[] { "a.jpg", "b.jpg" })]
    [InlineData("a.jpg,b.jpg 2x", new[] { "a.jpg,b.jpg" })] // as in browsers: a comma inside a URL is part of it
    [InlineData("/anh/a,b.jpg 1x", new[] { "/anh/a,b.jpg" })]
    [InlineData("", new string[0])]
    public void Reads_every_candidate_url(string srcset, string[] expected)
    {
        Assert.Equal(expected, Srcset.Urls(srcset));
    }
}
