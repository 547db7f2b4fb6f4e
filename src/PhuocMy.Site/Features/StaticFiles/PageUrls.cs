using System.Net;
using System.Text.RegularExpressions;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Features.StaticFiles;

/// <summary>
/// The output files a generated page points to, read from its URL attributes (href, src, srcset, poster, content)
/// without building a DOM: the generator writes every attribute quoted, so a scan is exact and cheap enough to run
/// on the few pages that mention a file waiting to be published.
/// </summary>
internal static partial class PageUrls
{
    public static IEnumerable<string> TargetsOf(string pagePath, string html, InternalUrlResolver resolver)
    {
        foreach (Match match in UrlAttribute().Matches(html))
        {
            var value = WebUtility.HtmlDecode(match.Groups["value"].Value);
            var urls = match.Groups["name"].Value.Equals("srcset", StringComparison.OrdinalIgnoreCase) ? Srcset.Urls(value) : [value];
            foreach (var url in urls)
                if (resolver.Resolve(pagePath, url) is LinkTarget.SiteFile target)
                    yield return target.OutputPath;
        }
    }

    [GeneratedRegex("""\s(?<name>href|src|srcset|poster|content|data|action)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();
}
