namespace PhuocMy.Site.SharingCards;

/// <summary>
/// Up to 256 colours for a site's cards, so a card is written one byte a pixel instead of three (a third of the
/// bytes to compose and compress). The title's ink is kept at 64 levels of coverage over the background (at most
/// 2 of 255 from the exact blend, which no eye tells apart); the backdrop's own colours fill the rest, the most
/// frequent first unless an entry is already within 2, and any left over take the nearest. A backdrop that would move a pixel by more than
/// <see cref="MaxError"/> gets no palette, and its cards are written in RGB.
/// </summary>
internal sealed class CardPalette
{
    public const int InkLevels = 64;
    public const int MaxError = 8;

    /// <summary>A colour this close to an entry takes it rather than a place of its own (the ink's own levels are 2 apart).</summary>
    private const int CloseEnough = 2;

    private CardPalette(byte[] entries, byte[] inkIndex, byte backgroundIndex) =>
        (Entries, InkIndex, BackgroundIndex) = (entries, inkIndex, backgroundIndex);

    /// <summary>The PNG PLTE chunk: three bytes (red, green, blue) an entry.</summary>
    public byte[] Entries { get; }

    /// <summary>The entry for the ink laid over the background at each coverage 0–255.</summary>
    public byte[] InkIndex { get; }

    public byte BackgroundIndex { get; }

    /// <summary>The palette for <paramref name="rgb"/> and the backdrop as its indices, or null when it would show.</summary>
    public static (CardPalette Palette, byte[] Indices)? For(ReadOnlySpan<byte> rgb, CardColor background, CardColor ink)
    {
        List<int> colours = [];
        var index = new Dictionary<int, int>();
        int Add(int colour)
        {
            if (index.TryGetValue(colour, out var at)) return at;
            index[colour] = colours.Count;
            colours.Add(colour);
            return colours.Count - 1;
        }

        var levels = new int[InkLevels];
        for (var level = 0; level < InkLevels; level++)
            levels[level] = Add(Pack(Blend.Over(background, ink, (level * 255 + (InkLevels - 1) / 2) / (InkLevels - 1))));
        var inkIndex = new byte[256];
        for (var coverage = 0; coverage < 256; coverage++) inkIndex[coverage] = (byte)levels[(coverage * (InkLevels - 1) + 127) / 255];

        var counts = new Dictionary<int, int>();
        for (var at = 0; at < rgb.Length; at += 3)
        {
            var colour = rgb[at] << 16 | rgb[at + 1] << 8 | rgb[at + 2];
            counts[colour] = counts.GetValueOrDefault(colour) + 1;
        }
        foreach (var colour in counts.Where(c => !index.ContainsKey(c.Key)).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => c.Key))
        {
            if (colours.Count == 256) break;
            if (Distance(colours[Nearest(colours, colour)], colour).Largest > CloseEnough) Add(colour);
        }

        var mapped = new Dictionary<int, byte>();
        foreach (var colour in counts.Keys)
        {
            var nearest = index.TryGetValue(colour, out var exact) ? exact : Nearest(colours, colour);
            if (Distance(colours[nearest], colour).Largest > MaxError) return null;
            mapped[colour] = (byte)nearest;
        }

        var indices = new byte[rgb.Length / 3];
        for (var pixel = 0; pixel < indices.Length; pixel++)
            indices[pixel] = mapped[rgb[pixel * 3] << 16 | rgb[pixel * 3 + 1] << 8 | rgb[pixel * 3 + 2]];
        var entries = new byte[colours.Count * 3];
        for (var i = 0; i < colours.Count; i++)
            (entries[i * 3], entries[i * 3 + 1], entries[i * 3 + 2]) = ((byte)(colours[i] >> 16), (byte)(colours[i] >> 8), (byte)colours[i]);
        return (new CardPalette(entries, inkIndex, (byte)levels[0]), indices);
    }

    private static int Pack(CardColor colour) => colour.Red << 16 | colour.Green << 8 | colour.Blue;

    private static int Nearest(List<int> colours, int colour)
    {
        var (best, bestSquared) = (0, int.MaxValue);
        for (var i = 0; i < colours.Count; i++)
            if (Distance(colours[i], colour).Squared is var squared && squared < bestSquared) (best, bestSquared) = (i, squared);
        return best;
    }

    private static (int Squared, int Largest) Distance(int a, int b)
    {
        int red = (a >> 16) - (b >> 16), green = (a >> 8 & 0xFF) - (b >> 8 & 0xFF), blue = (a & 0xFF) - (b & 0xFF);
        return (red * red + green * green + blue * blue, Math.Max(Math.Abs(red), Math.Max(Math.Abs(green), Math.Abs(blue))));
    }
}
