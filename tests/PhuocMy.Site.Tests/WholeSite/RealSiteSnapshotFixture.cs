using System.Text;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Tests.WholeSite;

/// <summary>
/// The portal as it is in input/ and theme/, built once for all snapshots of a test class, as of a fixed moment so
/// that no post comes due or lapses between runs.
/// </summary>
/// <remarks>
/// No post of input/ has <c>aliases:</c> yet, so the real site has no <c>_redirects</c>. One post is given two old
/// addresses in memory so that file is snapshotted too; that changes no other file of the site (checked when the
/// snapshots were made: every other output was byte-identical with and without them).
/// </remarks>
public sealed class RealSiteSnapshotFixture
{
    /// <summary>The day after the ward was merged into An Hải (site.yml: "lưu trữ đến ngày 30/6/2025"): every post is published.</summary>
    public static readonly DateTimeOffset BuildTime = new(2025, 7, 1, 8, 0, 0, TimeSpan.FromHours(7));

    public const string PostWithAliases = "posts/2021/ra-quan-ve-sinh-moi-truong-bien.md";

    public GenerationResult Result { get; } =
        new SiteGenerator(StandardSite.Features(), PageChecks.All).Generate(Tree(), new GenerationOptions { Now = BuildTime });

    private static SourceTree Tree()
    {
        var real = SourceTree.FromDisk(RepositoryPaths.Input, RepositoryPaths.Theme);
        var post = real.Peek(PostWithAliases) ?? throw new InvalidOperationException($"input/{PostWithAliases} is gone; pick another post for the aliases.");
        var text = Encoding.UTF8.GetString(post.Content.Span);
        var withAliases = text.Replace("\ntags:", "\naliases: [/tin-tuc/ra-quan-ve-sinh-bien/, /bai-cu/ve-sinh-bien.html]\ntags:", StringComparison.Ordinal);
        if (withAliases == text) throw new InvalidOperationException($"input/{PostWithAliases} has no 'tags:' line to put the aliases before.");
        var input = real.Files.Where(f => f.Layer == SourceLayer.Input && f.Path != PostWithAliases)
            .Append(new SourceFile(PostWithAliases, SourceLayer.Input, Encoding.UTF8.GetBytes(withAliases)));
        return new SourceTree(real.Files.Where(f => f.Layer == SourceLayer.Theme), input);
    }
}
