using PhuocMy.Site.Testing;
using System.Text.RegularExpressions;

namespace PhuocMy.Site.BrowserTests;

/// <summary>Reads the policy the production host sends every page but /admin/ (theme/admin/_headers.yml, which the build writes into _site/_headers).</summary>
internal static partial class NetlifyHeaders
{
    public static string ContentSecurityPolicy()
    {
        var toml = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "admin", "_headers.yml"));
        var match = PolicyLine().Match(toml);
        if (!match.Success) throw new InvalidOperationException("theme/admin/_headers.yml sets no Content-Security-Policy header.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("""^\s*Content-Security-Policy\s*:\s*"([^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex PolicyLine();
}
