using PhuocMy.Site.Planning;
using PhuocMy.Site.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using PhuocMy.Site.Content;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Rendering;

/// <summary>
/// Renders planned pages with the theme's Liquid templates: the page's own layout, then <c>base</c> around it.
/// Output is HTML-escaped but keeps Vietnamese letters as they are; an unknown variable is an error, not a blank.
/// </summary>
public sealed class LiquidRenderer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly TemplateSet templates;
    private readonly TemplateOptions options;
    private readonly TrackedSiteValues siteValues;

    /// <summary>Everything templates see as <c>site</c>, for the build cache to hash.</summary>
    public IReadOnlyDictionary<string, object?> SiteValues => siteValues.Values;

    public LiquidRenderer(SourceTree tree, TemplateSet templates, Website site, IReadOnlyDictionary<string, object?> extraSiteValues)
    {
        this.templates = templates;
        options = new TemplateOptions
        {
            FileProvider = new SourceTreeFileProvider(tree, TemplateSet.IncludeFolder),
            TemplateCache = new ParsedIncludes(templates.Includes),
            CultureInfo = VietnameseFormat.Culture,
            TimeZone = site.Settings.Zone,
        };
        options.Undefined = name => throw new UnknownTemplateVariableException(name);
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in ModelTypes) options.MemberAccessStrategy.Register(type);
        options.MemberAccessStrategy.Register<TrackedSiteValues, object?>((site, name) => site.Get(name));
        options.ValueConverters.Add(value => value is BodyText body ? new Fluid.Values.StringValue(body.Html) : null);
        TemplateFilters.AddTo(options, tree, site.Settings);

        siteValues = new TrackedSiteValues(BuildSiteValues(site, extraSiteValues));
    }

    private static readonly Type[] ModelTypes =
    [
        typeof(Post), typeof(Page), typeof(SitePost), typeof(TermLink), typeof(CategoryDefinition), typeof(CategorySection),
        typeof(TagSection), typeof(ArchiveYear), typeof(ArchiveMonth), typeof(Pagination), typeof(PageLink), typeof(PageMeta), typeof(Crumb),
    ];

    /// <summary>Registers more model types for templates (used by features such as charts and documents).</summary>
    public void Register(Type type) => options.MemberAccessStrategy.Register(type);

    /// <summary>Adds a filter whose result is HTML, written as it is (used by features such as images).</summary>
    public void AddHtmlFilter(string name, Func<string, IReadOnlyList<string>, string> filter) =>
        options.Filters.AddFilter(name, (input, arguments, _) =>
            new Fluid.Values.StringValue(filter(input.ToStringValue(), arguments.Values.Select(a => a.ToStringValue()).ToList()), encode: false));

    private static Dictionary<string, object?> BuildSiteValues(Website site, IReadOnlyDictionary<string, object?> extra)
    {
        var values = new Dictionary<string, object?>(site.Settings.Values)
        {
            ["categories"] = site.Categories,
            ["years"] = site.Years,
            ["tags"] = site.Tags,
            ["post_count"] = site.Posts.Count,
            ["archive_url"] = Routes.Archive,
            ["tags_url"] = Routes.Tags,
            ["news_url"] = Routes.News(),
        };
        foreach (var (key, value) in extra) values[key] = value;
        return values;
    }

    /// <summary>Renders one page, or reports why it could not be rendered and returns null.</summary>
    public string? Render(PlannedPage page, DiagnosticBag diagnostics)
    {
        var source = page.Origin ?? page.OutputPath;
        if (!templates.TryGet(page.Layout, out var layout, out var layoutPath))
        {
            diagnostics.Error(source, null, $"Không có mẫu trang '{page.Layout}' (trang {page.Meta.Url}).",
                $"Dùng một trong: {string.Join(", ", templates.Names.Order())} — hoặc thêm theme/_layouts/{page.Layout}.liquid.");
            return null;
        }
        templates.TryGet(TemplateSet.BaseLayout, out var baseLayout, out var basePath);

        var context = new TemplateContext(options);
        context.SetValue("site", siteValues);
        context.SetValue("page", page.Meta);
        foreach (var (key, value) in page.Values) context.SetValue(key, value);

        var current = layoutPath;
        try
        {
            var body = layout.Render(context, Encoder);
            if (!page.UsesBaseLayout) return body;
            context.SetValue("content", body);
            current = basePath;
            return baseLayout.Render(context, Encoder);
        }
        catch (Exception e) when (e is UnknownTemplateVariableException or FluidException or InvalidOperationException or FileNotFoundException)
        {
            var message = e switch
            {
                UnknownTemplateVariableException unknown => $"biến '{unknown.Name}' không tồn tại",
                FileNotFoundException missing => $"không có mẫu con '{missing.Message}' trong {TemplateSet.IncludeFolder}/",
                _ => e.Message,
            };
            diagnostics.Error(current, null, $"Lỗi khi dựng trang {page.Meta.Url} (từ {source}): {message}.",
                "Sửa mẫu trang: kiểm tra tên biến, hoặc dùng biến có sẵn cho loại trang này.");
            return null;
        }
    }

    private sealed class UnknownTemplateVariableException(string name) : Exception($"Unknown template variable '{name}'")
    {
        public string Name { get; } = name;
    }
}
