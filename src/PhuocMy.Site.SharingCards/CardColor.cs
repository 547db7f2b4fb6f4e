using System.Globalization;

namespace PhuocMy.Site.SharingCards;

/// <summary>An opaque sRGB colour written the CSS way, <c>#a3201b</c>.</summary>
public readonly record struct CardColor(byte Red, byte Green, byte Blue)
{
    /// <summary>Reads "#rrggbb" or "#rgb"; null for anything else.</summary>
    public static CardColor? Parse(string? text)
    {
        var hex = text?.Trim();
        if (hex is null || !hex.StartsWith('#')) return null;
        hex = hex[1..];
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)) return null;
        return new CardColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    public override string ToString() => $"#{Red:x2}{Green:x2}{Blue:x2}";
}
