using PhuocMy.Site.Search.Index;
using PhuocMy.Site.Search.Text;

namespace PhuocMy.Site.Search.Testing;

/// <summary>What search.js fetches for a query of whole words: the manifest, one shard per word, and a page of result entries.</summary>
public sealed class QueryDownload(IndexFiles index, int scriptBytes)
{
    public const int ResultsPerPage = 10;

    private readonly int manifestBytes = HttpCompression.GzipSize(index.File(SearchManifest.FileName).Content.Span);

    /// <summary>The largest entries of the index: no page of results can weigh more.</summary>
    private readonly int largestPageOfEntries = Enumerable.Range(0, index.Manifest.Documents)
        .Select(d => HttpCompression.GzipSize(index.File(SearchManifest.EntryPath(d)).Content.Span))
        .OrderDescending().Take(ResultsPerPage).Sum();

    public Breakdown For(string query)
    {
        var shards = SearchTokenizer.Tokenize(query).Select(w => index.Manifest.ShardOf(w.Folded)).Distinct().ToList();
        var shardBytes = shards.Sum(s => index.File(SearchManifest.ShardPath(index.Manifest.ShardFiles[s])).Content.Length);
        return new Breakdown(query, scriptBytes, manifestBytes, shards.Count, shardBytes, largestPageOfEntries);
    }

    public sealed record Breakdown(string Query, int Script, int Manifest, int Shards, int ShardBytes, int Entries)
    {
        public int Total => Script + Manifest + ShardBytes + Entries;

        public override string ToString() =>
            $"“{Query}”: {Total / 1024.0:0.0} KB = search.js {Script / 1024.0:0.0} + manifest {Manifest / 1024.0:0.0} + {Shards} shards {ShardBytes / 1024.0:0.0} + {ResultsPerPage} entries ≤ {Entries / 1024.0:0.0}";
    }
}
