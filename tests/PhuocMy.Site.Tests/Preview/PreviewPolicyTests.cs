using PhuocMy.Site.Preview;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Preview;

/// <summary>The preview's Content-Security-Policy is netlify.toml's, from that file: one source, nothing added.</summary>
public sealed class PreviewPolicyTests
{
    [Fact]
    public void The_preview_sends_exactly_the_policy_netlify_toml_gives_every_path()
    {
        var published = NetlifyToml.PolicyForEveryPath();
        Assert.Equal(published, PublishedHeaders.ContentSecurityPolicy);
        // Its reload script is a same-origin file and its events come from the same origin: 'self' covers both.
        Assert.Contains("script-src 'self'", published);
        Assert.DoesNotContain("unsafe-inline", published);
    }

    [Fact]
    public void The_policy_is_read_from_the_file_not_written_twice()
    {
        var edited = NetlifyToml.Text.Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal);
        Assert.NotEqual(NetlifyToml.Text, edited);

        Assert.EndsWith("frame-ancestors 'self'", PublishedHeaders.ForEveryPath(edited)["Content-Security-Policy"]);
        Assert.Equal("nosniff", PublishedHeaders.ForEveryPath(edited)["X-Content-Type-Options"]);
    }

    [Fact]
    public void A_netlify_toml_without_a_rule_for_every_path_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => PublishedHeaders.ForEveryPath("[[headers]]\n  for = \"/assets/*\"\n"));
    }
}
