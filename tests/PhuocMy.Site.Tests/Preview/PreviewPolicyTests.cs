using System.Text.RegularExpressions;
using PhuocMy.Site.Preview;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Tests.Preview;

/// <summary>The preview's Content-Security-Policy is the one the theme publishes the site with, from that file: one source, nothing added.</summary>
public sealed class PreviewPolicyTests
{
    private static readonly string Theme = Path.Combine(RepositoryPaths.Root, "theme");

    /// <summary>The test's own reading of the site's policy in theme/admin/_headers.yml.</summary>
    private static string Written(string headersYaml) =>
        Regex.Match(headersYaml, "site:\\s*\\n\\s*Content-Security-Policy: \"([^\"]+)\"").Groups[1].Value;

    [Fact]
    public void The_preview_sends_exactly_the_policy_the_site_is_published_with()
    {
        var published = Written(File.ReadAllText(Path.Combine(Theme, "admin", "_headers.yml")));
        Assert.Equal(published, PublishedHeaders.SitePolicy(Theme));
        // Its reload script is a same-origin file and its events come from the same origin: 'self' covers both.
        Assert.Contains("script-src 'self'", published);
        Assert.DoesNotContain("unsafe-inline", published);
    }

    [Fact]
    public void The_policy_is_read_from_the_file_not_written_twice()
    {
        using var theme = new TempFolder("policy");
        Directory.CreateDirectory(Path.Combine(theme.Path, "admin"));
        var text = File.ReadAllText(Path.Combine(Theme, "admin", "_headers.yml"));
        var edited = text.Replace("frame-ancestors 'none'\"\n  Cross-Origin-Opener-Policy: same-origin\n", "frame-ancestors 'self'\"\n  Cross-Origin-Opener-Policy: same-origin\n", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        File.WriteAllText(Path.Combine(theme.Path, "admin", "_headers.yml"), edited);
        Assert.EndsWith("frame-ancestors 'self'", PublishedHeaders.SitePolicy(theme.Path));
    }

    [Fact]
    public void A_theme_without_the_sites_policy_is_refused_naming_the_file()
    {
        using var theme = new TempFolder("policy");
        Assert.Contains("_headers.yml", Assert.Throws<InvalidOperationException>(() => PublishedHeaders.SitePolicy(theme.Path)).Message);
    }
}
