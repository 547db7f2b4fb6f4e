using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Caching;

/// <summary>A dependency as it was when a result was made: still valid while the key has the same hash.</summary>
public readonly record struct RecordedRead(string Key, ContentHash Hash);

/// <summary>A parsed post or page file: valid while the file, the parse context and everything it read are unchanged.</summary>
/// <param name="Json">The parsed content, serialized; null when the file did not parse (its diagnostics say why).</param>
public sealed record ParseEntry(ContentHash FileHash, ContentHash ContextHash, IReadOnlyList<RecordedRead> Reads, byte[]? Json, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A rendered page: valid while its plan has the same fingerprint and everything it read is unchanged.</summary>
public sealed record RenderEntry(ContentHash PlanHash, IReadOnlyList<RecordedRead> Reads, ContentHash OutputHash);

/// <summary>
/// What the page checks found on a page with this exact content: problems of the page itself, problems with what its
/// author may have written (placed at the author's lines anew in every build), and the files its links need, which are
/// looked up again in every build against the whole new site.
/// </summary>
public sealed record CheckEntry(ContentHash OutputHash, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<LinkRequirement> Links, IReadOnlyList<SourceFinding> Findings);

/// <summary>A file as the last successful build wrote it into the output folder.</summary>
public sealed record WrittenFile(ContentHash Hash, long Length, long LastWriteTicks);
