using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Content;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Content;

public class KeySpellingTests
{
    [Theory]
    [InlineData("catgory", "category", true)]
    [InlineData("Title", "title", true)]
    [InlineData("image-alt", "image_alt", true)]
    [InlineData("summery", "summary", true)]
    [InlineData("nguoi_chup_anh", "author", false)]
    [InlineData("tag", "tags", true)]
    [InlineData("slug", "sample", false)]
    public void Recognises_near_misses(string written, string known, bool nearMiss) =>
        Assert.Equal(nearMiss, KeySpelling.IsNearMiss(written, known));

    [Fact]
    public void A_misspelt_post_key_is_a_warning_that_names_the_intended_key_and_line()
    {
        var result = new TestSite().With("posts/a.md", "---\ntitle: Tin A\ndate: 2020-07-15\ncatgory: Thông báo\n---\nThân\n").Generate();
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(4, warning.Line);
        Assert.Contains("'category'", warning.Hint);
    }
}
