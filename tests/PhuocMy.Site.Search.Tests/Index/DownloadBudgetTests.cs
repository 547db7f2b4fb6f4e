using PhuocMy.Site.Search.Index;
using PhuocMy.Site.Search.Testing;
using PhuocMy.Site.Search.Tokens;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Search.Tests.Index;

/// <summary>The budget: at 10,000 posts a typical two-word query downloads at most 150 KB, compressed as the host sends it.</summary>
public sealed class DownloadBudgetTests(ITestOutputHelper output)
{
    private const int BudgetBytes = 150 * 1024;

    [Fact]
    public void Typical_two_word_queries_download_at_most_150_KB_from_an_index_of_10000_documents()
    {
        var documents = VietnameseNewsCorpus.Generate(10_000);
        var files = new SearchIndexWriter().Write(documents.AsParallel().Select(DocumentTokens.From).ToList());
        var index = new IndexFiles(files);
        var script = File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "assets", "js", "search.js"));
        var downloads = new QueryDownload(index, HttpCompression.GzipSize(script));

        var shardSizes = index.Manifest.ShardFiles.Select(f => index.File(SearchManifest.ShardPath(f)).Content.Length).ToList();
        output.WriteLine($"{shardSizes.Count} shards, {shardSizes.Average() / 1024:0.0} KB on average, largest {shardSizes.Max() / 1024.0:0.0} KB");

        var over = new List<string>();
        foreach (var query in TypicalQueries.TwoWords)
        {
            var download = downloads.For(query);
            output.WriteLine(download.ToString());
            if (download.Total > BudgetBytes) over.Add(download.ToString());
        }
        Assert.True(over.Count == 0, "Over the 150 KB budget:\n" + string.Join('\n', over));
    }
}
