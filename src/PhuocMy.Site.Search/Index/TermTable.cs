using System.Runtime.InteropServices;
using System.Text;
using PhuocMy.Site.Search.Text;

namespace PhuocMy.Site.Search.Index;

/// <summary>
/// Collects the postings of every word (exact form) over all documents, added in document order so each list is
/// sorted. Words are looked up by their UTF-8 bytes straight from the documents' tokens: no string per occurrence.
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<byte[], PostingList> lists = new(Utf8Comparer.Instance);
    private readonly Dictionary<byte[], PostingList>.AlternateLookup<ReadOnlySpan<byte>> byBytes;

    public TermTable() => byBytes = lists.GetAlternateLookup<ReadOnlySpan<byte>>();

    /// <summary>A posting: document number × 32 + flags (<see cref="PostingWeights.Flags"/>).</summary>
    public void Add(ReadOnlySpan<byte> utf8Word, int posting)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(byBytes, utf8Word, out _);
        list ??= new PostingList();
        list.Add(posting);
    }

    /// <summary>Appends another table's postings, all of which come after this table's documents.</summary>
    public void Append(TermTable later)
    {
        foreach (var (word, postings) in later.lists)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(lists, word, out var exists);
            if (exists) list!.AddRange(postings);
            else list = postings;
        }
    }

    /// <summary>Words grouped by folded form, in ordinal order of folded form, then of exact form.</summary>
    public IReadOnlyList<FoldedTerm> Sorted()
    {
        var words = new List<(string Folded, string Exact, PostingList Postings)>(lists.Count);
        foreach (var (utf8, postings) in lists)
        {
            var exact = Encoding.UTF8.GetString(utf8);
            words.Add((VietnameseFolding.FoldExact(exact), exact, postings));
        }
        words.Sort((a, b) =>
        {
            var byFolded = string.CompareOrdinal(a.Folded, b.Folded);
            return byFolded != 0 ? byFolded : string.CompareOrdinal(a.Exact, b.Exact);
        });

        var terms = new List<FoldedTerm>();
        for (var start = 0; start < words.Count;)
        {
            var end = start + 1;
            while (end < words.Count && words[end].Folded == words[start].Folded) end++;
            var variants = new TermVariant[end - start];
            for (var i = start; i < end; i++) variants[i - start] = new TermVariant(words[i].Exact, words[i].Postings);
            terms.Add(new FoldedTerm(words[start].Folded, variants));
            start = end;
        }
        return terms;
    }

    private sealed class Utf8Comparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly Utf8Comparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode((ReadOnlySpan<byte>)obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}

/// <summary>All spellings of one folded word ("duong": "dương", "đường"…) with their postings.</summary>
internal sealed record FoldedTerm(string Folded, IReadOnlyList<TermVariant> Variants);

internal sealed record TermVariant(string Exact, PostingList Postings);

/// <summary>A growable list of postings (document number × 32 + flags), in document order.</summary>
internal sealed class PostingList
{
    private int[] items = new int[4];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Items => items.AsSpan(0, Count);

    public void Add(int posting)
    {
        if (Count == items.Length) Array.Resize(ref items, items.Length * 2);
        items[Count++] = posting;
    }

    public void AddRange(PostingList other)
    {
        if (Count + other.Count > items.Length) Array.Resize(ref items, Math.Max(items.Length * 2, Count + other.Count));
        other.Items.CopyTo(items.AsSpan(Count));
        Count += other.Count;
    }
}
