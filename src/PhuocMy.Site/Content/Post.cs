using System.Text.Json.Serialization;
using PhuocMy.Site.Markdown;

namespace PhuocMy.Site.Content;

/// <summary>A news post (tin bài), parsed once; later stages only read it.</summary>
/// <param name="SourcePath">As the author knows it, e.g. <c>input/posts/2020/hoi-nghi.md</c>.</param>
/// <param name="Summary">The sapo: plain text shown bold under the title.</param>
/// <param name="Body">The body rendered from Markdown (without the sapo when the sapo was its first paragraph).</param>
public sealed record Post(
    string SourcePath,
    string Slug,
    string Title,
    DateTimeOffset Date,
    DateTimeOffset? Updated,
    string? Category,
    IReadOnlyList<string> Tags,
    string Summary,
    string? Author,
    string? Source,
    string? Image,
    string? ImageAlt,
    bool Draft,
    bool Featured,
    bool Sample,
    string? Layout,
    BodyText Body,
    IReadOnlyDictionary<string, object?> Meta) : IParsedContent
{
    string? IParsedContent.DescriptionKey => "summary";

    BodyText? IParsedContent.Body => Body;

    /// <summary>The body's HTML (read back from the cache's values file when it is kept there: <see cref="BodyText"/>).</summary>
    [JsonIgnore]
    public string BodyHtml => Body.Html;

    /// <summary>The lead image is shown above the body unless the body already shows the same picture.</summary>
    public bool ShowImage { get; init; }

    /// <summary>When the post lapses (<c>expires:</c>): from then on it leaves listings and its page says so.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>Old addresses that redirect here (<c>aliases:</c>).</summary>
    public IReadOnlyList<PostAlias> Aliases { get; init; } = [];

    /// <summary>The sapo is shown under the title unless its words are also in the body (see <see cref="MarkdownBody"/>).</summary>
    public bool ShowSummary { get; init; }

    /// <summary>Line of <c>layout:</c> in the post's front matter, for a message when the theme has no such template.</summary>
    public int? LayoutLine { get; init; }

    /// <summary>The body's links as published and the lines of the file they were written on, so a problem the page
    /// checks find with one is reported at that line (kept with the post: a post read from the cache is not checked again).</summary>
    public IReadOnlyList<BodyLink> BodyLinks { get; init; } = [];

    public static readonly IReadOnlySet<string> KnownKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "date", "updated", "category", "tags", "summary", "author", "source", "image", "image_alt",
        "draft", "featured", "sample", "slug", "layout", PublicationDates.ExpiresKey, PostAliases.Key,
        PostCategory.HabitKey, "description", "excerpt",
    };

    /// <summary>Keys other tools use for the sapo (Hugo's <c>description</c>, Jekyll's <c>excerpt</c>), read when <c>summary</c> is absent.</summary>
    public static readonly IReadOnlyList<string> SummaryKeys = ["summary", "description", "excerpt"];
}
