using System.Security.Cryptography;

namespace PhuocMy.Site.SharingCards;

/// <summary>
/// How every card of a site looks: its colours, the font its text is set in and the emblem drawn at the top.
/// The font is given as bytes, so the card never depends on the fonts a machine happens to have.
/// </summary>
/// <param name="Font">A TrueType or OpenType font with Vietnamese glyphs.</param>
/// <param name="Emblem">An SVG drawn at the top left, or null for none.</param>
public sealed record CardStyle(CardColor Background, CardColor Foreground, CardColor Accent, ReadOnlyMemory<byte> Font, ReadOnlyMemory<byte>? Emblem)
{
    /// <summary>
    /// A name for the style's content (colours, font, emblem, the renderer's layout version), so a card's file name
    /// changes exactly when its picture would.
    /// </summary>
    public string Fingerprint { get; } = Hash(Background, Foreground, Accent, Font, Emblem);

    private static string Hash(CardColor background, CardColor foreground, CardColor accent, ReadOnlyMemory<byte> font, ReadOnlyMemory<byte>? emblem)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{SharingCardRenderer.LayoutVersion}|{background}|{foreground}|{accent}|"));
        hash.AppendData(SHA256.HashData(font.Span));
        if (emblem is { } svg) hash.AppendData(SHA256.HashData(svg.Span));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
