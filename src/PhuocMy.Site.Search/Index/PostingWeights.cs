namespace PhuocMy.Site.Search.Index;

/// <summary>
/// How strongly a body mentions a word, as 0–15 (0: not in the body): BM25's term-frequency part, which grows with
/// the count but saturates and is lower in long texts. Quantized at build time so each posting takes a few bits and
/// search.js only multiplies by the word's rarity.
/// </summary>
internal static class PostingWeights
{
    public const int MaxWeight = 15;

    private const double K1 = 1.2;
    private const double B = 0.75;

    public static int BodyWeight(int count, int bodyLength, double averageBodyLength)
    {
        if (count <= 0) return 0;
        var relativeLength = averageBodyLength > 0 ? bodyLength / averageBodyLength : 1;
        var saturated = count * (K1 + 1) / (count + K1 * (1 - B + B * relativeLength));
        var weight = (int)Math.Round(saturated / (K1 + 1) * MaxWeight, MidpointRounding.AwayFromZero);
        return Math.Clamp(weight, 1, MaxWeight);
    }

    /// <summary>The 5 bits stored with a posting: the body weight, and 16 when the title has the word.</summary>
    public static int Flags(int bodyWeight, bool inTitle) => bodyWeight | (inTitle ? 16 : 0);
}
