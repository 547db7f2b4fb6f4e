using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using PhuocMy.Site.Search.Index;
using PhuocMy.Site.Search.Tokens;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Search.Testing;

/// <summary>
/// A folder with just what /tim-kiem/ needs: the page rendered from the theme's search.liquid (in a minimal stand-in
/// for base.liquid), the theme's search.js and CSS, and the index of the given documents.
/// </summary>
public sealed class SearchSite : IDisposable
{
    private SearchSite(string folder) => Folder = folder;

    public string Folder { get; }

    public const string PagePath = "/tim-kiem/";

    public static SearchSite Write(IEnumerable<SearchDocument> documents)
    {
        var folder = TempFolders.Create("search-site");
        var tokens = documents.AsParallel().Select(DocumentTokens.From).ToList();
        foreach (var file in new SearchIndexWriter().Write(tokens))
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content.ToArray());
        }
        foreach (var asset in new[] { "assets/js/search.js", "assets/css/search.css", "assets/css/search-box.css", "assets/css/site.css", "assets/favicon.svg" })
        {
            var target = Path.Combine(folder, asset);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryPaths.Theme, asset), target);
        }
        Directory.CreateDirectory(Path.Combine(folder, "tim-kiem"));
        File.WriteAllText(Path.Combine(folder, "tim-kiem", "index.html"), RenderPage());
        return new SearchSite(folder);
    }

    /// <summary>search.liquid inside a stand-in for base.liquid that has the header search box.</summary>
    public static string RenderPage()
    {
        var body = Render(Path.Combine("_layouts", "search.liquid"));
        var searchBox = Render(Path.Combine("_includes", "search-box.liquid"));
        return $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Tìm kiếm</title>
            <link rel="stylesheet" href="/assets/css/site.css">
            <link rel="stylesheet" href="/assets/css/search-box.css">
            <link rel="stylesheet" href="/assets/css/search.css">
            <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
            </head>
            <body>
            <header class="site-header"><div class="wrap site-brand"><a class="site-title" href="/">Cổng thông tin phường</a>
            {searchBox}
            </div></header>
            <main id="main" class="wrap">
            {body}
            </main>
            </body>
            </html>
            """;
    }

    /// <summary>A theme template with the variables the generator gives it; an unknown variable fails as it does in a build.</summary>
    private static string Render(string themePath)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, themePath));
        if (!new FluidParser().TryParse(source, out var template, out var error))
            throw new InvalidOperationException($"{themePath} does not parse: {error}");
        var options = new TemplateOptions();
        options.Undefined = name => throw new InvalidOperationException($"{themePath} uses an unknown variable '{name}'");
        options.Filters.AddFilter("asset_url", (input, _, _) => new StringValue(input.ToStringValue() + "?v=test"));
        var context = new TemplateContext(options);
        context.SetValue("page", new Dictionary<string, object> { ["title"] = "Tìm kiếm" });
        context.SetValue("site", new Dictionary<string, object> { ["archive_url"] = "/luu-tru/" });
        return template.Render(context, HtmlEncoder.Create(UnicodeRanges.All));
    }

    public void Dispose() => TempFolders.Delete(Folder);
}
