using System.Text;
using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Redirects;

/// <summary>
/// Old addresses keep working: every published post's <c>aliases:</c> becomes a permanent (301) redirect to the
/// post's address, in Netlify's <c>_redirects</c> file at the root of the site. An old address that is still a page
/// of the site, or that two posts claim, is an error: the redirect would never run, or run to the wrong post.
/// </summary>
public sealed class RedirectsFeature : ISiteFeature, ILoadedFeature
{
    public string Name => "redirects";

    public const string FileName = "_redirects";

    public bool Owns(SourceFile file) => false;

    public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics) => this;

    public FeatureOutput ParseContent(ContentContext context) => new() { AfterRender = [new RedirectsFile()] };

    private sealed class RedirectsFile : IAfterRenderGenerator
    {
        public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics)
        {
            var pages = site.Pages.Select(page => page.File.Path).ToHashSet(StringComparer.Ordinal);
            var claimed = new Dictionary<string, SitePost>(StringComparer.Ordinal);
            var lines = new StringBuilder();
            foreach (var post in site.Site.Posts)
            {
                foreach (var alias in post.Post.Aliases)
                {
                    var key = alias.Url.TrimEnd('/');
                    if (pages.Contains(SitePaths.OutputPathOf(alias.Url)) || pages.Contains(SitePaths.OutputPathOf(key + "/")))
                        diagnostics.Error(post.Post.SourcePath, alias.Line, $"Địa chỉ cũ '{alias.Url}' vẫn là một trang của trang web, nên không chuyển hướng được.",
                            "Xóa địa chỉ này khỏi 'aliases', hoặc đổi địa chỉ của trang đang dùng nó.");
                    else if (claimed.TryGetValue(key, out var other))
                        diagnostics.Error(post.Post.SourcePath, alias.Line, $"Địa chỉ cũ '{alias.Url}' đã được {other.Post.SourcePath} khai báo.",
                            "Mỗi địa chỉ cũ chỉ chuyển tới một bài; xóa nó ở một trong hai bài.");
                    else
                    {
                        claimed[key] = post;
                        lines.Append(alias.Url).Append(' ').Append(post.Url).Append(" 301\n");
                    }
                }
            }
            if (lines.Length == 0) return [];
            var text = "# Địa chỉ cũ của các bài (aliases: trong bài) chuyển tới địa chỉ hiện nay. Tệp do trình dựng trang tạo ra.\n" + lines;
            return [new OutputFile(FileName, Encoding.UTF8.GetBytes(text), site.Site.Posts.Where(p => p.Post.Aliases.Count > 0).Select(p => p.Post.SourcePath).ToList())];
        }
    }
}
