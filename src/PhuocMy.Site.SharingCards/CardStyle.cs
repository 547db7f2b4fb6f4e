using System.Security.Cryptography;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// How every card of a site looks: its colours, the font its text is set in and the emblem drawn at the top.
/// The font is given as bytes, so the card never depends on the fonts a machine happens to have.
/// A class, not a record: its <see cref="Fingerprint"/> is computed once from what it was built with.
/// </summary>
public sealed class CardStyle
{
    /// <param name="font">A TrueType or OpenType font with Vietnamese glyphs.</param>
    /// <param name="emblem">An SVG drawn at the top left, or null for none.</param>
    public CardStyle(CardColor background, CardColor foreground, CardColor accent, ReadOnlyMemory<byte> font, ReadOnlyMemory<byte>? emblem)
    {
        (Background, Foreground, Accent, Font, Emblem) = (background, foreground, accent, font, emblem);
        Fingerprint = Hash(background, foreground, accent, font, emblem);
    }

    public CardColor Background { get; }
    public CardColor Foreground { get; }
    public CardColor Accent { get; }
    public ReadOnlyMemory<byte> Font { get; }
    public ReadOnlyMemory<byte>? Emblem { get; }

    /// <summary>
    /// A name for the style's content (colours, font, emblem, the renderer's layout version), so a card's file name
    /// changes exactly when its picture would.
    /// </summary>
    public string Fingerprint { get; }

    private static string Hash(CardColor background, CardColor foreground, CardColor accent, ReadOnlyMemory<byte> font, ReadOnlyMemory<byte>? emblem)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{SharingCardRenderer.LayoutVersion}|{background}|{foreground}|{accent}|"));
        hash.AppendData(SHA256.HashData(font.Span));
        if (emblem is { } svg) hash.AppendData(SHA256.HashData(svg.Span));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
