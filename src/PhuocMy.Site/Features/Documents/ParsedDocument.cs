using PhuocMy.Site.Content;
using PhuocMy.Site.Markdown;

namespace PhuocMy.Site.Features.Documents;

/// <summary>A document as read, with the lines of the keys that registry-wide checks (duplicates, clashes) point at.</summary>
public sealed record ParsedDocument(OfficialDocument Document, int NumberLine, int TypeLine) : IParsedContent
{
    public string SourcePath => Document.SourcePath;

    public IReadOnlyList<BodyLink> BodyLinks { get; init; } = [];

    string? IParsedContent.DescriptionKey => null;
}
