using PhuocMy.Site.Composition;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Tests.Support;

/// <summary>The portal as it is in the repository's input/ and theme/, built once (in memory) for all tests that read it.</summary>
public static class RealSite
{
    private static readonly Lazy<GenerationResult> Built = new(() =>
        new SiteGenerator(StandardSite.Features(), PageChecks.All)
            .Generate(SourceTree.FromDisk(RepositoryPaths.Input, RepositoryPaths.Theme), new GenerationOptions()));

    public static GenerationResult Result => Built.Value;

    /// <summary>The site's pages: every HTML file but the editor's own static page under <c>admin/</c> (theme/admin, not made from a layout).</summary>
    public static IEnumerable<global::PhuocMy.Site.Output.OutputFile> Pages =>
        Result.Files.Where(f => f.IsHtml && !f.Path.StartsWith(global::PhuocMy.Site.Features.Editor.SecurityHeaders.AdminFolder + "/", StringComparison.Ordinal));
}
