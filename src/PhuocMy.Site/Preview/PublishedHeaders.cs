using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Features.Editor;

namespace PhuocMy.Site.Preview;

/// <summary>
/// The Content-Security-Policy Netlify sends with every page of the published site but the editor: the <c>site:</c>
/// set of the theme's <c>admin/_headers.yml</c>, from which the build writes <c>_headers</c>
/// (<see cref="SecurityHeaders"/>). The preview serves pages under exactly that policy, read from the one place it is
/// written, so what breaks it breaks in the preview too.
/// </summary>
public static class PublishedHeaders
{
    /// <summary>The policy of the theme in <paramref name="themeDirectory"/>; an unreadable file is refused, naming it.</summary>
    public static string SitePolicy(string themeDirectory)
    {
        var path = Path.Combine(themeDirectory, SecurityHeaders.SourcePath);
        var diagnostics = new DiagnosticBag();
        var headers = File.Exists(path) ? SecurityHeaders.Parse(File.ReadAllText(path), path, diagnostics) : null;
        return headers?.Site.FirstOrDefault(h => h.Key == "Content-Security-Policy").Value
            ?? throw new InvalidOperationException($"{path} gives no Content-Security-Policy for the site: {string.Join("; ", diagnostics.ToList())}");
    }
}
