namespace PhuocMy.Site.Content;

/// <summary>Whether a front matter key looks like a mistyped known key.</summary>
public static class KeySpelling
{
    public static bool IsNearMiss(string written, string known) =>
        string.Equals(written, known, StringComparison.OrdinalIgnoreCase)
        || (known.Length >= 4 && Distance(written.ToLowerInvariant(), known) <= (known.Length >= 8 ? 2 : 1));

    /// <summary>Levenshtein distance: the fewest single-letter insertions, deletions or changes between two words.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var change = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(change, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
