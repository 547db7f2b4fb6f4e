using PhuocMy.Site.Caching;
using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Tests.Incremental;

/// <summary>
/// A post's body leaves memory once the parse cache has written it to its values file, and is read back from there,
/// the same text, whenever it is drawn: whether the post was parsed now or reused from the last build. Without a
/// cache folder, or for a build whose result outlives its cache files (the preview), bodies stay in memory.
/// </summary>
public sealed class PostBodiesOutOfMemoryTests : IDisposable
{
    private const string Path = "posts/2020/tin.md";
    private const string Html = "<p>Ngày 15/7/2020, UBND phường Phước Mỹ tổ chức hội nghị.</p>\n<p>Kinh phí 8.670.000.000 đ.</p>\n";
    private readonly string folder = TempFolders.Create("bodies");
    private readonly SourceTree tree = SourceTree.FromMemory(new Dictionary<string, string>(), new Dictionary<string, string> { [Path] = "---\ntitle: Tin\n---\n" });
    private int parses;

    private SourceFile File => tree.Peek(Path)!;

    private Post ParsedPost(string displayPath) => new(
        displayPath, "tin", "Tin", DateTimeOffset.Parse("2020-07-15T08:00:00+07:00"), null, null, [], "Sapo", null, null, null, null,
        Draft: false, Featured: false, Sample: true, Layout: null, BodyText.Of(Html), new Dictionary<string, object?>());

    private (Post Post, CacheSession Session) Parse(BuildCache previous, bool bodiesOutOfMemory, string? cacheFolder)
    {
        var session = new CacheSession(previous, (_, _) => false, _ => ReadOnlyMemory<byte>.Empty) { Folder = cacheFolder, BodiesOutOfMemory = bodiesOutOfMemory };
        var cache = new ParseCache(session, ContentHash.Of("context"), tree);
        var post = cache.Parse(File, _ => { parses++; return ParsedPost(File.DisplayPath); }, new DiagnosticBag());
        return (Assert.IsType<Post>(post), session);
    }

    [Fact]
    public void A_parsed_post_keeps_its_body_in_the_values_file_and_reads_it_back_whole()
    {
        var (post, session) = Parse(new BuildCache(), bodiesOutOfMemory: true, folder);

        Assert.False(post.Body.InMemory);
        Assert.Equal(Html, post.BodyHtml);
        Assert.Equal(BodyText.Of(Html), post.Body);
        session.Close();
    }

    [Fact]
    public void A_post_reused_from_the_last_build_reads_its_body_from_that_builds_values_file()
    {
        var (_, first) = Parse(new BuildCache(), bodiesOutOfMemory: true, folder);
        first.Next.Save(folder);
        first.Close();

        var (previous, ignored) = BuildCache.Load(folder);
        Assert.Null(ignored);
        var (reused, second) = Parse(previous, bodiesOutOfMemory: true, folder);

        Assert.Equal(1, parses);
        Assert.False(reused.Body.InMemory);
        Assert.Equal(Html, reused.BodyHtml);
        Assert.Equal(ParsedPost(File.DisplayPath).Body.Hash, reused.Body.Hash);
        second.Close();
    }

    [Fact]
    public void A_post_whose_body_the_last_build_did_not_keep_is_parsed_again()
    {
        var (_, first) = Parse(new BuildCache(), bodiesOutOfMemory: true, folder);
        first.Next.Section(CacheSections.Body).Clear();
        first.Next.Save(folder);
        first.Close();

        var (post, second) = Parse(BuildCache.Load(folder).Cache, bodiesOutOfMemory: true, folder);

        Assert.Equal(2, parses);
        Assert.Equal(Html, post.BodyHtml);
        second.Close();
    }

    [Fact]
    public void A_body_damaged_in_the_values_file_after_its_post_was_reused_is_parsed_again_when_drawn()
    {
        var (_, first) = Parse(new BuildCache(), bodiesOutOfMemory: true, folder);
        first.Next.Save(folder);
        first.Close();
        var (reused, second) = Parse(BuildCache.Load(folder).Cache, bodiesOutOfMemory: true, folder);
        Assert.Equal(1, parses);

        var values = Directory.GetFiles(folder, "build-cache.*.values").Single();
        var bytes = System.IO.File.ReadAllBytes(values);
        var at = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes("Kinh phí"));
        Assert.True(at >= 0);
        using (var damaged = new FileStream(values, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            damaged.Position = at;
            damaged.WriteByte((byte)'k');
        }

        Assert.Equal(Html, reused.BodyHtml);
        Assert.Equal(2, parses);
        second.Close();
    }

    [Fact]
    public void A_build_that_keeps_bodies_in_memory_holds_them_parsed_or_reused()
    {
        var (parsed, first) = Parse(new BuildCache(), bodiesOutOfMemory: false, folder);
        Assert.True(parsed.Body.InMemory);
        first.Next.Save(folder);
        first.Close();

        var (reused, second) = Parse(BuildCache.Load(folder).Cache, bodiesOutOfMemory: false, folder);
        second.Close();

        Assert.Equal(1, parses);
        Assert.True(reused.Body.InMemory);
        Assert.Equal(Html, reused.BodyHtml);
    }

    [Fact]
    public void Without_a_cache_folder_the_body_stays_in_memory()
    {
        var (post, _) = Parse(new BuildCache(), bodiesOutOfMemory: true, cacheFolder: null);

        Assert.True(post.Body.InMemory);
        Assert.Equal(Html, post.BodyHtml);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
