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
}
