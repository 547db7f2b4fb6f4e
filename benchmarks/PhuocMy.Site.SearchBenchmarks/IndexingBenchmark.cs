using PhuocMy.Site.Search;
using PhuocMy.Site.Search.Index;
using PhuocMy.Site.Search.Testing;
using PhuocMy.Site.Search.Tokens;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.SearchBenchmarks;

/// <summary>
/// Tokenizing and writing the index for N generated documents, in a process of its own so the first run is cold
/// (JIT, tables) and the peak RSS is the indexing's own (plus the N documents held in memory).
/// </summary>
internal static class IndexingBenchmark
{
    private const int Runs = 5;

    public static void Run(int count)
    {
        var documents = VietnameseNewsCorpus.Generate(count);
        var textBytes = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
        var writer = new SearchIndexWriter();
        Console.WriteLine($"## {count} documents, {Statistics.Megabytes(textBytes)} of text ({textBytes / count} bytes each on average)");

        DocumentTokens[] tokens = [];
        IReadOnlyList<SearchIndexFile> files = [];
        var coldTokenize = Timing.Of(() => tokens = Tokenize(documents));
        var coldWrite = Timing.Of(() => files = writer.Write(tokens));
        Console.WriteLine($"cold (first in process): tokenize {coldTokenize}, write {coldWrite}; peak RSS so far {Statistics.Megabytes(Statistics.PeakRssBytes())}");

        var warmTokenize = new List<Timing>();
        var warmWrite = new List<Timing>();
        for (var run = 0; run < Runs; run++)
        {
            warmTokenize.Add(Timing.Of(() => tokens = Tokenize(documents)));
            warmWrite.Add(Timing.Of(() => files = writer.Write(tokens)));
        }
        Console.WriteLine($"full, warm (median of {Runs}): tokenize {Timing.Median(warmTokenize)}, write {Timing.Median(warmWrite)}");

        var changed = count / 2;
        var edited = documents.Select((d, i) => i == changed ? d with { Text = d.Text + " Đính chính: số liệu đã được cập nhật." } : d).ToList();
        var cache = tokens.Select(t => t.ToBytes()).ToArray();
        var cacheBytes = cache.Sum(c => (long)c.Length);
        IReadOnlyList<SearchIndexFile> incremental = [];
        var fromBytes = new List<Timing>();
        var fromMemory = new List<Timing>();
        for (var run = 0; run < Runs; run++)
        {
            fromBytes.Add(Timing.Of(() =>
            {
                var current = new DocumentTokens[count];
                Parallel.For(0, count, i => current[i] = i == changed ? DocumentTokens.From(edited[i]) : DocumentTokens.FromBytes(cache[i]));
                incremental = writer.Write(current);
            }));
            fromMemory.Add(Timing.Of(() =>
            {
                var current = (DocumentTokens[])tokens.Clone();
                current[changed] = DocumentTokens.From(edited[changed]);
                incremental = writer.Write(current);
            }));
        }
        var full = writer.Write(Tokenize(edited));
        var identical = full.Count == incremental.Count && full.Zip(incremental).All(p => p.First.Path == p.Second.Path && p.First.Content.Span.SequenceEqual(p.Second.Content.Span));
        Console.WriteLine($"incremental, one document changed (median of {Runs}): from cached bytes {Timing.Median(fromBytes)}, from tokens in memory {Timing.Median(fromMemory)}; identical to a full build: {identical}");
        Console.WriteLine($"token cache: {Statistics.Megabytes(cacheBytes)} ({cacheBytes / count} bytes per document)");

        var index = new IndexFiles(files);
        var shards = files.Where(f => f.Path.EndsWith(".bin", StringComparison.Ordinal)).ToList();
        var entries = files.Where(f => f.Path.Contains("/d/", StringComparison.Ordinal)).ToList();
        Console.WriteLine($"index: {files.Count} files, {Statistics.Megabytes(files.Sum(f => (long)f.Content.Length))} as written; " +
            $"{shards.Count} term shards {Statistics.Megabytes(shards.Sum(f => (long)f.Content.Length))} (gzip, largest {Statistics.Kilobytes(shards.Max(s => s.Content.Length))}), " +
            $"{entries.Count} entries {Statistics.Megabytes(entries.Sum(f => (long)f.Content.Length))} (JSON, ~{Statistics.Kilobytes(entries.Take(500).Average(e => HttpCompression.GzipSize(e.Content.Span)))} gzip each), " +
            $"manifest {Statistics.Kilobytes(index.File(SearchManifest.FileName).Content.Length)}");

        var script = File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "assets", "js", "search.js"));
        var downloads = new QueryDownload(index, HttpCompression.GzipSize(script));
        var perQuery = TypicalQueries.TwoWords.Select(downloads.For).ToList();
        foreach (var download in perQuery) Console.WriteLine("  " + download);
        var fourSyllables = perQuery.Where(q => q.Query.Split(' ').Length >= 3).Select(q => (double)q.Total).ToList();
        var twoSyllables = perQuery.Where(q => q.Query.Split(' ').Length < 3).Select(q => (double)q.Total).ToList();
        Console.WriteLine($"query download (gzip, search.js and 10 entries included): one word (2 syllables) median {Statistics.Kilobytes(Statistics.Median(twoSyllables))}, " +
            $"two words (3–4 syllables) median {Statistics.Kilobytes(Statistics.Median(fourSyllables))}, max {Statistics.Kilobytes(perQuery.Max(q => q.Total))}");
        var typing = index.Manifest.ShardOf("sa\uffff") - index.Manifest.ShardOf("sa") + 1;
        Console.WriteLine($"while typing “phuoc my ngan sa”: the prefix “sa” spans {typing} shard(s)");
        Console.WriteLine($"peak RSS of this process after all runs: {Statistics.Megabytes(Statistics.PeakRssBytes())}");
    }

    private static DocumentTokens[] Tokenize(IReadOnlyList<SearchDocument> documents)
    {
        var tokens = new DocumentTokens[documents.Count];
        Parallel.For(0, documents.Count, i => tokens[i] = DocumentTokens.From(documents[i]));
        return tokens;
    }
}
