using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PhuocMy.Site.Search.Binary;

namespace PhuocMy.Site.Search.Tokens;

/// <summary>
/// Counts one document's words without a string per occurrence, and keeps them in order of first occurrence
/// (title first, then body): an order fixed by the document alone, so its tokens are deterministic without sorting.
/// </summary>
internal sealed class TermCounter
{
    private readonly Dictionary<string, int> slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly List<string> words = [];
    private readonly List<int> flags = [];

    public TermCounter() => bySpan = slots.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => words.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ReadOnlySpan<char> word, bool title)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(bySpan, word, out var exists);
        if (!exists)
        {
            slot = words.Count;
            bySpan.TryGetValue(word, out var key, out _);
            words.Add(key!);
            flags.Add(0);
        }
        var span = CollectionsMarshal.AsSpan(flags);
        if (title) span[slot] |= 1;
        else span[slot] += 2;
    }

    /// <summary>Per word: UTF-8 length, bytes, then body count × 2 + 1 if the title has it (read by <see cref="TermReader"/>).</summary>
    public byte[] Encode()
    {
        var writer = new ByteWriter(words.Count * 8);
        for (var i = 0; i < words.Count; i++)
        {
            writer.String(words[i]);
            writer.Varint(flags[i]);
        }
        return writer.ToArray();
    }
}
