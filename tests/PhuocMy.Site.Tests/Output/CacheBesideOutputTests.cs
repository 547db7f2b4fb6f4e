using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Tests.Output;

/// <summary>
/// The build cache lives beside the output folder, never in it (it would be published, and lost at every swap) nor in
/// the folders the site is read from; names the generator uses beside the folder cannot be the folder itself.
/// </summary>
public sealed class CacheBesideOutputTests : IDisposable
{
    private readonly string root = TempFolders.Create("cache-place");

    [Theory]
    [InlineData("output")]
    [InlineData("input")]
    [InlineData("theme")]
    public void A_cache_inside_the_output_input_or_theme_folder_is_refused_before_anything_is_written(string inside)
    {
        var output = Path.Combine(root, "_site");
        var folder = inside switch { "output" => output, "input" => RepositoryPaths.Input, _ => RepositoryPaths.Theme };
        var cache = Path.Combine(folder, ".phuocmy-cache");

        var result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, output) { CacheDirectory = cache }, StandardSite.Generator());

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(cache, error.File);
        Assert.Contains("bộ nhớ đệm", error.Message);
        Assert.False(Directory.Exists(cache));
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
    }

    [Theory]
    [InlineData("_site.phuocmy-new")]
    [InlineData("_site.phuocmy-old")]
    [InlineData("_site.phuocmy-output")]
    public void An_output_folder_named_like_the_generators_own_entries_is_refused(string name)
    {
        var output = Path.Combine(root, name);
        var result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, output), StandardSite.Generator());

        Assert.False(result.Succeeded);
        Assert.Contains("thư mục tạm", Assert.Single(result.Diagnostics).Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
    }

    public void Dispose() => TempFolders.Delete(root);
}
