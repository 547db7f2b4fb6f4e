using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Preview;

/// <summary>What the preview serves right now.</summary>
/// <param name="HasSite">A build has succeeded at least once, so there is a site to serve.</param>
/// <param name="Problems">Problems of the latest build: errors mean it failed and the site is the last good build.</param>
public sealed record PreviewStatus(bool HasSite, IReadOnlyList<Diagnostic> Problems)
{
    public static readonly PreviewStatus Starting = new(false, []);

    public bool Failed => Problems.Any(p => p.Severity == Severity.Error);

    /// <summary>Same problems, same order: nothing new to show.</summary>
    public bool SameAs(PreviewStatus other) =>
        HasSite == other.HasSite && Problems.Select(p => p.ToString()).SequenceEqual(other.Problems.Select(p => p.ToString()), StringComparer.Ordinal);
}
