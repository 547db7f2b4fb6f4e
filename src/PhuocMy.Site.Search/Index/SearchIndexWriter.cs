using System.Security.Cryptography;
using PhuocMy.Site.Search.Tokens;

namespace PhuocMy.Site.Search.Index;

/// <summary>
/// Writes the whole search index from the tokens of all documents: the manifest, the term shards and one result
/// entry per document. The output depends only on the set of documents (never on their order or on which were
/// tokenized afresh), so a build that reuses cached <see cref="DocumentTokens"/> writes the same bytes as a full one.
/// </summary>
public sealed class SearchIndexWriter(SearchIndexOptions? options = null)
{
    private readonly SearchIndexOptions options = options ?? SearchIndexOptions.Default;

    /// <summary>The index files, paths relative to the output folder (under <see cref="SearchIndexOptions.Folder"/>).</summary>
    public IReadOnlyList<SearchIndexFile> Write(IEnumerable<DocumentTokens> documents)
    {
        var ordered = DocumentOrder.Arrange(documents);
        var terms = CollectTerms(ordered).Sorted();
        var rawShards = TermShards.Cut(terms, options.ShardTargetBytes);

        var compressed = new byte[rawShards.Count][];
        var names = new string[rawShards.Count];
        Parallel.For(0, rawShards.Count, i =>
        {
            names[i] = Convert.ToHexStringLower(SHA256.HashData(rawShards[i].Bytes))[..10];
            compressed[i] = DeterministicGzip.Compress(rawShards[i].Bytes);
        });

        var manifest = new SearchManifest(SearchManifest.CurrentFormat, ordered.Count, rawShards.Select(s => s.FirstWord).ToList(), names);
        var folder = options.Folder.Trim('/');
        var files = new List<SearchIndexFile>(1 + rawShards.Count + ordered.Count)
        {
            new($"{folder}/{SearchManifest.FileName}", manifest.ToJson()),
        };
        for (var i = 0; i < rawShards.Count; i++)
            files.Add(new SearchIndexFile($"{folder}/{SearchManifest.ShardPath(names[i])}", compressed[i]));
        for (var i = 0; i < ordered.Count; i++)
            files.Add(new SearchIndexFile($"{folder}/{SearchManifest.EntryPath(i)}", ordered[i].Entry));
        return files;
    }

    /// <summary>Postings of all words; the documents are split into ranges read in parallel, then joined in order.</summary>
    private static TermTable CollectTerms(IReadOnlyList<DocumentTokens> ordered)
    {
        var averageBodyLength = ordered.Count == 0 ? 0 : ordered.Sum(d => (long)d.BodyLength) / (double)ordered.Count;
        var parts = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, ordered.Count / 500));
        var tables = new TermTable[parts];
        Parallel.For(0, parts, part =>
        {
            var table = new TermTable();
            var end = (int)((long)ordered.Count * (part + 1) / parts);
            for (var document = (int)((long)ordered.Count * part / parts); document < end; document++)
            {
                var tokens = ordered[document];
                var reader = tokens.ReadTerms();
                while (reader.MoveNext())
                {
                    var weight = PostingWeights.BodyWeight(reader.BodyCount, tokens.BodyLength, averageBodyLength);
                    table.Add(reader.Utf8, (document << 5) | PostingWeights.Flags(weight, reader.InTitle));
                }
            }
            tables[part] = table;
        });
        for (var part = 1; part < parts; part++) tables[0].Append(tables[part]);
        return tables[0];
    }
}
