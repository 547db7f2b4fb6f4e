namespace PhuocMy.Site.Features.Documents;

/// <summary>A document as read, with the lines of the keys that registry-wide checks (duplicates, clashes) point at.</summary>
public sealed record ParsedDocument(OfficialDocument Document, int NumberLine, int TypeLine);
