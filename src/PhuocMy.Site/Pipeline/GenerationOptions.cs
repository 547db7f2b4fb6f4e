using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Output;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Pipeline;

/// <param name="IncludeDrafts">Publish posts marked <c>draft: true</c> (for previewing).</param>
/// <param name="BaseUrl">Overrides <c>base_url</c> of <c>site.yml</c> (e.g. a Netlify deploy preview).</param>
public sealed record GenerationOptions(bool IncludeDrafts = false, string? BaseUrl = null)
{
    /// <summary>Publish posts dated after <see cref="Now"/> (for previewing a scheduled post).</summary>
    public bool IncludeFuture { get; init; }

    /// <summary>The moment the build publishes as of; null for the time the build runs.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Return what the build holds in memory (<see cref="GenerationResult.Live"/>), for a preview to redraw edits from.</summary>
    public bool KeepLiveSite { get; init; }

    public PublicationRules Publication() => new(IncludeDrafts, IncludeFuture, Now ?? DateTimeOffset.UtcNow);
}

public sealed record GenerationResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<StageTiming> Timings)
{
    /// <summary>The cache this build read and what it leaves for the next one, with counts of what was reused and made.</summary>
    public CacheSession Cache { get; init; } = CacheSession.None();

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
    public int PageCount => Files.Count(f => f.IsHtml);

    /// <summary>Posts the build left out (drafts, scheduled) or took out of listings (lapsed).</summary>
    public PublicationReport Publication { get; init; } = PublicationReport.Empty;

    /// <summary>What the build holds in memory, for a preview to redraw an edited post at once; null when it failed or was not asked for.</summary>
    public Live.LiveSite? Live { get; init; }
}
