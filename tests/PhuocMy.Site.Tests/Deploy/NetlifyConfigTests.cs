using System.Diagnostics;
using System.Text.Json;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Deploy;

/// <summary>
/// The production settings as Netlify itself reads them: netlify.toml and the _redirects file the build writes are
/// resolved by @netlify/config (Netlify's own parser, in tests/tools) and its own path matching, then checked.
/// </summary>
public sealed class NetlifyConfigTests(NetlifyDeploy deploy) : IClassFixture<NetlifyDeploy>
{
    private JsonElement Config => deploy.Config;
    private string Repository => deploy.Repository;

    /// <summary>Every value the matching rules send for one header of one path.</summary>
    private string[] Sent(string path, string header) =>
        Config.GetProperty("headersFor").GetProperty(path).TryGetProperty(header, out var values)
            ? values.EnumerateArray().Select(v => v.GetString()!).ToArray()
            : [];

    [Fact]
    public void Netlify_publishes_the_output_folder_after_the_build_script()
    {
        var build = Config.GetProperty("build");
        Assert.Equal(Path.Combine(Repository, "_site"), build.GetProperty("publish").GetString());
        Assert.Equal("bash scripts/netlify-build.sh", build.GetProperty("command").GetString());
        Assert.False(File.Exists(Path.Combine(Repository, "_site", global::PhuocMy.Site.Output.OutputFolder.LegacyMarker)));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(Path.Combine(Repository, "_site")), entry => Path.GetFileName(entry).Contains("phuocmy"));
    }

    [Fact]
    public void The_build_script_runs_the_compiled_generator_once_and_stops_on_any_failure()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "scripts", "netlify-build.sh"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Contains("set -euo pipefail", lines);
        // `build` lists every problem and writes nothing when there is one: a separate `check` would only double the time.
        var runs = lines.Where(l => l.Contains("phuocmy-site.dll", StringComparison.Ordinal) && !l.StartsWith("if ", StringComparison.Ordinal)).ToList();
        Assert.Matches("^dotnet \"[^\"]*/phuocmy-site\\.dll\" build ", Assert.Single(runs));
        Assert.DoesNotContain(lines, l => l.Contains("scripts/check.sh", StringComparison.Ordinal) || l.Contains("dotnet run", StringComparison.Ordinal));
    }

    [Fact]
    public void The_preview_sends_the_policy_Netlify_sends()
    {
        Assert.Equal(Assert.Single(Sent("/", "Content-Security-Policy")), global::PhuocMy.Site.Preview.PublishedHeaders.SitePolicy(Path.Combine(RepositoryPaths.Root, "theme")));
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Every_response_carries_the_security_headers_once(string path)
    {
        Assert.Contains("script-src 'self'", Assert.Single(Sent(path, "Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(Sent(path, "X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(Sent(path, "Cross-Origin-Opener-Policy")));
        var hsts = Assert.Single(Sent(path, "Strict-Transport-Security"));
        Assert.True(MaxAge(hsts) >= 31_536_000, hsts);
        var permissions = Assert.Single(Sent(path, "Permissions-Policy"));
        Assert.Contains("camera=()", permissions);
        Assert.Contains("geolocation=()", permissions);
        Assert.Contains("microphone=()", permissions);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tin-tuc/moi/")]
    [InlineData("/404.html")]
    [InlineData("/images/anh.jpg")]
    [InlineData("/so-lieu/bang.csv")]
    [InlineData("/tai-ve/mau.docx")]
    public void Pages_and_unhashed_files_are_cached_briefly(string path)
    {
        // No rule sets Cache-Control here, so Netlify sends its default: public, max-age=0, must-revalidate.
        var values = Sent(path, "Cache-Control");
        Assert.True(values.Length == 0 || values.All(v => MaxAge(v) <= 300 && !v.Contains("immutable")), string.Join(" | ", values));
    }

    [Fact]
    public void Only_hashed_theme_assets_are_cached_for_a_year_and_by_one_rule()
    {
        var cache = Assert.Single(Sent("/assets/css/site.css", "Cache-Control"));
        Assert.Contains("immutable", cache);
        Assert.Equal(31_536_000, MaxAge(cache));
        var longRules = Config.GetProperty("headers").EnumerateArray()
            .Where(rule => rule.GetProperty("values").TryGetProperty("Cache-Control", out var value) && value.GetString()!.Contains("immutable"))
            .Select(rule => rule.GetProperty("for").GetString());
        Assert.Equal(["/assets/*"], longRules);
    }

    [Fact]
    public void Every_link_to_a_theme_asset_on_the_real_site_carries_its_hash()
    {
        var checks = global::PhuocMy.Site.Quality.PageChecks.All;
        Assert.Contains(checks, check => check is global::PhuocMy.Site.Quality.UnversionedAssetCheck);
        var site = RealSite.Result;
        var links = site.Files.Where(f => f.IsHtml)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.UTF8.GetString(f.Content.Span), "(?:href|src)=\"(/assets/[^\"]*)\"").Select(m => m.Groups[1].Value))
            .ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Contains("?v=", link));
    }

    [Fact]
    public void Old_addresses_from_aliases_redirect_permanently_before_the_404_page()
    {
        var redirects = Config.GetProperty("redirects").EnumerateArray()
            .Select(r => (From: r.GetProperty("from").GetString(), To: r.GetProperty("to").GetString(), Status: r.GetProperty("status").GetInt32()))
            .ToList();
        var oldAddress = redirects.IndexOf(("/tin-tuc/ten-cu/", "/tin-tuc/moi/", 301));
        Assert.True(oldAddress >= 0, string.Join("\n", redirects));
        Assert.Contains(("/bai-viet/12.html", "/tin-tuc/moi/", 301), redirects);
        var notFound = redirects.IndexOf(("/*", "/404.html", 404));
        Assert.True(notFound > oldAddress, "the 404 rule must come after the aliases");
        Assert.True(File.Exists(Path.Combine(Repository, "_site", "404.html")));
    }

    public static TheoryData<string> AllPaths => [.. NetlifyDeploy.Paths];

    private static int MaxAge(string value) =>
        value.Split(',', ';').Select(part => part.Trim()).Where(part => part.StartsWith("max-age=", StringComparison.OrdinalIgnoreCase))
            .Select(part => int.Parse(part["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture)).Single();
}

/// <summary>A small site built into a copy of the repository's netlify.toml, resolved once by Netlify's parser.</summary>
public sealed class NetlifyDeploy : IDisposable
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "tools", "netlify-config.mjs");

    public static readonly string[] Paths = ["/", "/tin-tuc/moi/", "/404.html", "/assets/css/site.css", "/images/anh.jpg", "/so-lieu/bang.csv", "/tai-ve/mau.docx"];

    public string Repository { get; } = TempFolders.Create("netlify");

    public JsonElement Config { get; }

    public NetlifyDeploy()
    {
        try
        {
            Config = Build(Repository);
        }
        catch
        {
            // xunit disposes only a fixture it could make.
            Dispose();
            throw;
        }
    }

    private static JsonElement Build(string repository)
    {
        File.Copy(Path.Combine(RepositoryPaths.Root, "netlify.toml"), Path.Combine(repository, "netlify.toml"));
        var input = Path.Combine(repository, "input");
        Directory.CreateDirectory(Path.Combine(input, "posts"));
        File.WriteAllText(Path.Combine(input, "site.yml"), TestSite.Settings);
        File.WriteAllText(Path.Combine(input, "posts", "moi.md"),
            "---\ntitle: Tin đã đổi tên\ndate: 2020-07-15\naliases: [/tin-tuc/ten-cu/, /bai-viet/12.html]\n---\nMở đầu.\n");
        var built = SiteBuilder.Build(new BuildOptions(input, RepositoryPaths.Theme, Path.Combine(repository, "_site")), StandardSite.Generator());
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        return Resolve(repository);
    }

    private static JsonElement Resolve(string repository)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Script, repository }.Concat(Paths)) start.ArgumentList.Add(argument);
        Process node;
        try
        {
            node = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("node is not installed: run scripts/install-test-deps.sh");
        }
        using (node)
        {
            var output = node.StandardOutput.ReadToEndAsync();
            var error = node.StandardError.ReadToEndAsync();
            Assert.True(node.WaitForExit(TimeSpan.FromMinutes(2)), "node did not finish");
            Assert.True(node.ExitCode == 0, $"@netlify/config failed (run scripts/install-test-deps.sh?):\n{error.Result}");
            return JsonDocument.Parse(output.Result).RootElement.Clone();
        }
    }

    public void Dispose() => TempFolders.Delete(Repository);
}
