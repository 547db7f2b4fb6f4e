using System.Collections.Concurrent;
using Fluid;
using Fluid.Values;
using Markdig;
using PhuocMy.Site.Content;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Rendering;

/// <summary>The Liquid filters the theme has beyond Liquid's own.</summary>
public static class TemplateFilters
{
    public static void AddTo(TemplateOptions options, SourceTree tree, SiteSettings settings)
    {
        options.Filters.AddFilter("absolute_url", (input, _, _) =>
            new StringValue(SitePaths.Absolute(settings.BaseUrl, input.ToStringValue()).ToString()));

        // Settings text such as the site notice is the same on every page: convert each distinct string once.
        var markdown = new MarkdownPipelineBuilder().DisableHtml().Build();
        var converted = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        options.Filters.AddFilter("markdownify", (input, _, _) =>
            new StringValue(converted.GetOrAdd(input.ToStringValue(), text => Markdig.Markdown.ToHtml(text, markdown)), encode: false));

        var assets = new AssetFingerprints(tree);
        options.Filters.AddFilter("asset_url", (input, _, _) => new StringValue(assets.UrlOf(input.ToStringValue())));

        options.Filters.AddFilter("number_vi", (input, _, _) => new StringValue(VietnameseFormat.Number(input.ToNumberValue())));
    }
}
