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
        var folder = Directory.CreateTempSubdirectory("phuocmy-search-site-").FullName;
        var tokens = documents.AsParallel().Select(DocumentTokens.From).ToList();
        foreach (var file in new SearchIndexWriter().Write(tokens))
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content.ToArray());
        }
        foreach (var asset in new[] { "assets/js/search.js", "assets/css/search.css", "assets/css/site.css", "assets/favicon.svg" })
        {
            var target = Path.Combine(folder, asset);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryPaths.Theme, asset), target);
        }
        Directory.CreateDirectory(Path.Combine(folder, "tim-kiem"));
        File.WriteAllText(Path.Combine(folder, "tim-kiem", "index.html"), RenderPage());
        return new SearchSite(folder);
    }

    /// <summary>search.liquid with the variables the generator gives it; an unknown variable fails as it does in a build.</summary>
    public static string RenderPage()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "_layouts", "search.liquid"));
        if (!new FluidParser().TryParse(source, out var template, out var error))
            throw new InvalidOperationException($"search.liquid does not parse: {error}");
        var options = new TemplateOptions();
        options.Undefined = name => throw new InvalidOperationException($"search.liquid uses an unknown variable '{name}'");
        options.Filters.AddFilter("asset_url", (input, _, _) => new StringValue(input.ToStringValue() + "?v=test"));
        var context = new TemplateContext(options);
        context.SetValue("page", new Dictionary<string, object> { ["title"] = "Tìm kiếm" });
        context.SetValue("site", new Dictionary<string, object> { ["archive_url"] = "/luu-tru/" });
        var body = template.Render(context, HtmlEncoder.Create(UnicodeRanges.All));
        return $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Tìm kiếm</title>
            <link rel="stylesheet" href="/assets/css/site.css">
            <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
            </head>
            <body>
            <main id="main" class="wrap">
            {body}
            </main>
            </body>
            </html>
            """;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
