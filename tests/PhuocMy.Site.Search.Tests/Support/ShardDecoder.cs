using System.IO.Compression;
using System.Text;
using PhuocMy.Site.Search.Index;

namespace PhuocMy.Site.Search.Testing;

/// <summary>A posting as search.js reads it: document number, body weight 0–15, whether the title has the word.</summary>
public readonly record struct DecodedPosting(int Document, int BodyWeight, bool InTitle);

/// <summary>Reads a written index back the way search.js does (format in TermShards.cs), to check what a query finds.</summary>
public sealed class IndexFiles
{
    private readonly Dictionary<string, SearchIndexFile> files;
    private readonly string folder;

    public IndexFiles(IReadOnlyList<SearchIndexFile> written, string folder = "tim-kiem/chi-muc")
    {
        files = written.ToDictionary(f => f.Path, StringComparer.Ordinal);
        this.folder = folder;
        Manifest = SearchManifest.Parse(File(SearchManifest.FileName).Content.Span);
    }

    public SearchManifest Manifest { get; }

    public SearchIndexFile File(string relativePath) => files[$"{folder}/{relativePath}"];

    public SearchIndexFile ShardFileOf(string foldedWord) => File(SearchManifest.ShardPath(Manifest.ShardFiles[Manifest.ShardOf(foldedWord)]));

    /// <summary>The spellings of a folded word with their postings; empty when the index does not have it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<DecodedPosting>> Lookup(string foldedWord)
    {
        var shard = Decode(ShardFileOf(foldedWord).Content.Span);
        return shard.TryGetValue(foldedWord, out var variants) ? variants : new Dictionary<string, IReadOnlyList<DecodedPosting>>();
    }

    public static byte[] Gunzip(ReadOnlySpan<byte> gzip)
    {
        using var input = new MemoryStream(gzip.ToArray());
        using var inflate = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        inflate.CopyTo(output);
        return output.ToArray();
    }

    public static Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<DecodedPosting>>> Decode(ReadOnlySpan<byte> gzip)
    {
        var bytes = Gunzip(gzip);
        var position = 0;
        int Varint()
        {
            int value = 0, shift = 0;
            byte b;
            do
            {
                b = bytes[position++];
                value |= (b & 0x7F) << shift;
                shift += 7;
            } while (b >= 0x80);
            return value;
        }
        string Utf8(int length)
        {
            var text = Encoding.UTF8.GetString(bytes, position, length);
            position += length;
            return text;
        }

        if (bytes[position++] != 1) throw new InvalidDataException("Unknown shard format.");
        var terms = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<DecodedPosting>>>(StringComparer.Ordinal);
        var previous = Array.Empty<byte>();
        var count = Varint();
        for (var t = 0; t < count; t++)
        {
            var shared = Varint();
            var suffix = Varint();
            var word = previous.AsSpan(0, shared).ToArray().Concat(bytes.AsSpan(position, suffix).ToArray()).ToArray();
            position += suffix;
            previous = word;
            var variants = new Dictionary<string, IReadOnlyList<DecodedPosting>>(StringComparer.Ordinal);
            var variantCount = Varint();
            for (var v = 0; v < variantCount; v++)
            {
                var exact = Utf8(Varint());
                var postingCount = Varint();
                var end = Varint() + position;
                var postings = new List<DecodedPosting>(postingCount);
                var document = 0;
                while (position < end)
                {
                    var value = Varint();
                    document += value >> 5;
                    postings.Add(new DecodedPosting(document, value & 15, (value & 16) != 0));
                }
                if (postings.Count != postingCount) throw new InvalidDataException($"'{exact}' announces {postingCount} postings but has {postings.Count}.");
                variants[exact] = postings;
            }
            terms[Encoding.UTF8.GetString(word)] = variants;
        }
        if (position != bytes.Length) throw new InvalidDataException("Bytes left after the last word.");
        return terms;
    }
}
