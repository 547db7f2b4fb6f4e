using System.Text;
using PhuocMy.Site.Search.Binary;

namespace PhuocMy.Site.Search.Index;

/// <summary>
/// Cuts the sorted terms into shards of about <see cref="SearchIndexOptions.ShardTargetBytes"/>, each a contiguous
/// range of folded words, so one word is always in exactly one shard (with all its spellings).
/// </summary>
/// <remarks>
/// Shard format (before gzip), all integers unsigned LEB128 varints:
/// <code>
/// byte 1 (format) · termCount
/// per folded word: sharedBytes (with the previous folded word of this shard) · suffixLength · suffix (UTF-8)
///                  variantCount
///                  per spelling: exactLength · exact (UTF-8) · postingCount · postingBytes
///                                per posting: (documentDelta × 32 + flags)   — the first delta is the document number
/// (postingBytes lets a reader skip the postings of words the query does not have)
/// flags: bits 0–3 body weight 0–15 (0: not in the body), bit 4 the title has the word
/// </code>
/// </remarks>
internal static class TermShards
{
    public const byte Format = 1;

    public static IReadOnlyList<RawShard> Cut(IReadOnlyList<FoldedTerm> terms, int targetBytes)
    {
        var shards = new List<RawShard>();
        var body = new ByteWriter(targetBytes + 4096);
        var previous = Array.Empty<byte>();
        string? firstWord = null;
        var termCount = 0;
        var scratch = new ByteWriter(1024);

        foreach (var term in terms)
        {
            var folded = Encoding.UTF8.GetBytes(term.Folded);
            var shared = folded.AsSpan().CommonPrefixLength(previous);
            body.Varint(shared);
            body.Varint(folded.Length - shared);
            body.Bytes(folded.AsSpan(shared));
            WriteVariants(body, term.Variants, scratch);
            previous = folded;
            firstWord ??= term.Folded;
            termCount++;

            if (body.Length >= targetBytes)
            {
                shards.Add(Close(firstWord, termCount, body));
                previous = [];
                firstWord = null;
                termCount = 0;
            }
        }
        if (termCount > 0 || shards.Count == 0) shards.Add(Close(firstWord ?? "", termCount, body));
        return shards;
    }

    private static void WriteVariants(ByteWriter body, IReadOnlyList<TermVariant> variants, ByteWriter scratch)
    {
        body.Varint(variants.Count);
        foreach (var variant in variants)
        {
            body.String(variant.Exact);
            var postings = variant.Postings.Items;
            scratch.Clear();
            var previousDocument = 0;
            foreach (var posting in postings)
            {
                var document = posting >> 5;
                scratch.Varint(((ulong)(document - previousDocument) << 5) | (uint)(posting & 31));
                previousDocument = document;
            }
            body.Varint(postings.Length);
            body.Varint(scratch.Length);
            body.Bytes(scratch.Written);
        }
    }

    private static RawShard Close(string firstWord, int termCount, ByteWriter body)
    {
        var shard = new ByteWriter(body.Length + 8);
        shard.Byte(Format);
        shard.Varint(termCount);
        shard.Bytes(body.Written);
        body.Clear();
        return new RawShard(firstWord, shard.ToArray());
    }
}

/// <summary>A shard before compression, with the first folded word it holds.</summary>
internal sealed record RawShard(string FirstWord, byte[] Bytes);
