using System.Text.RegularExpressions;
using PhuocMy.Site.Features.Editor;

namespace PhuocMy.Site.Tests.Features.Editor;

/// <summary>
/// The strict rules must match every address but /admin/'s, each exactly once. Matched here with the expression
/// Netlify's parser makes of a path (checked against the parser itself by the browser tests' header tests).
/// </summary>
public sealed class PathComplementTests
{
    private static readonly IReadOnlyList<Regex> Outside = PathComplement.Outside("admin").Select(NetlifyLike).ToList();
    private static readonly IReadOnlyList<Regex> Inside = PathComplement.Inside("admin").Select(NetlifyLike).ToList();

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/tin-tuc/bai-moi/")]
    [InlineData("/a")]
    [InlineData("/a/")]
    [InlineData("/ad/b/c")]
    [InlineData("/admi")]
    [InlineData("/adminx/")]
    [InlineData("/admin-cu/")]
    [InlineData("/Tin-Tuc/")]
    [InlineData("/%E1%BA%A3nh/")]
    [InlineData("/404.html")]
    public void An_address_outside_admin_matches_one_strict_rule_and_no_admin_rule(string path)
    {
        Assert.Single(Outside, rule => rule.IsMatch(path));
        Assert.DoesNotContain(Inside, rule => rule.IsMatch(path));
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/")]
    [InlineData("/admin/config.yml")]
    [InlineData("/admin/a/b.js")]
    [InlineData("/ADMIN/")]
    public void An_address_of_the_editor_matches_no_strict_rule(string path)
    {
        Assert.DoesNotContain(Outside, rule => rule.IsMatch(path));
        Assert.Contains(Inside, rule => rule.IsMatch(path));
    }

    [Fact]
    public void No_rule_uses_a_character_Netlify_would_read_as_a_pattern()
    {
        Assert.All(PathComplement.Outside("admin"), rule => Assert.DoesNotMatch(@"[.+$()?\[\]{}|\\^]", rule));
    }

    // Netlify's headers parser: each part of the path, '*' alone → "?(.*)", '*' inside → "(.*)", ':x' → "([^/]+)".
    private static Regex NetlifyLike(string forPath)
    {
        var parts = forPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(part =>
            part.StartsWith(':') ? "([^/]+)" : part == "*" ? "?(.*)" : part.Contains('*') ? Regex.Escape(part).Replace(@"\*", "(.*)") : Regex.Escape(part));
        return new Regex($"^/{string.Join("/", parts)}/?$", RegexOptions.IgnoreCase);
    }
}
