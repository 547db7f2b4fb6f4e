using PhuocMy.Site.Testing;
using System.Text.RegularExpressions;

namespace PhuocMy.Site.BrowserTests;

/// <summary>Reads the headers the production host is configured to send from the repository's netlify.toml.</summary>
internal static partial class NetlifyHeaders
{
    public static string ContentSecurityPolicy()
    {
        var toml = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml"));
        var match = PolicyLine().Match(toml);
        if (!match.Success) throw new InvalidOperationException("netlify.toml sets no Content-Security-Policy header.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("""^\s*Content-Security-Policy\s*=\s*"([^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex PolicyLine();
}
