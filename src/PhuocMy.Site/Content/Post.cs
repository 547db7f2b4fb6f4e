namespace PhuocMy.Site.Content;

/// <summary>A news post (tin bài), parsed once; later stages only read it.</summary>
/// <param name="SourcePath">As the author knows it, e.g. <c>input/posts/2020/hoi-nghi.md</c>.</param>
/// <param name="Summary">The sapo: plain text shown bold under the title.</param>
/// <param name="BodyHtml">The body rendered from Markdown (without the sapo when the sapo was its first paragraph).</param>
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
    string BodyHtml,
    IReadOnlyDictionary<string, object?> Meta)
{
    /// <summary>The lead image is shown above the body unless the body already shows the same picture.</summary>
    public bool ShowImage { get; init; }

    /// <summary>When the post lapses (<c>expires:</c>): from then on it leaves listings and its page says so.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>Old addresses that redirect here (<c>aliases:</c>).</summary>
    public IReadOnlyList<PostAlias> Aliases { get; init; } = [];

    public static readonly IReadOnlySet<string> KnownKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "date", "updated", "category", "tags", "summary", "author", "source", "image", "image_alt",
        "draft", "featured", "sample", "slug", "layout", PublicationDates.ExpiresKey, PostAliases.Key,
    };
}
