using PhuocMy.Site.Markdown;

namespace PhuocMy.Site.Content;

/// <summary>A standing page (Giới thiệu, Liên hệ…): the post format without a date, at <c>/slug/</c>.</summary>
public sealed record Page(
    string SourcePath,
    string Slug,
    string Title,
    string Description,
    string Language,
    string? Layout,
    bool Sample,
    string BodyHtml,
    IReadOnlyDictionary<string, object?> Meta) : IParsedContent
{
    string? IParsedContent.DescriptionKey => "description";

    /// <summary>Line of <c>layout:</c> in the page's front matter, for a message when the theme has no such template.</summary>
    public int? LayoutLine { get; init; }

    /// <summary>The body's links as published and the lines of the file they were written on, so a problem the page
    /// checks find with one is reported at that line (kept with the page: a page read from the cache is not checked again).</summary>
    public IReadOnlyList<BodyLink> BodyLinks { get; init; } = [];

    public static readonly IReadOnlySet<string> KnownKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "description", "lang", "layout", "slug", "sample",
    };
}
