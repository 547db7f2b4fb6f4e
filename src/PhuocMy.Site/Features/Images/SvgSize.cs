using System.Globalization;
using System.Xml;

namespace PhuocMy.Site.Features.Images;

/// <summary>
/// The size a browser gives an SVG shown with <c>&lt;img&gt;</c>: its root <c>width</c> and <c>height</c> when they are
/// lengths, the missing one from the <c>viewBox</c> proportions, the <c>viewBox</c> alone, or else the 300 × 150 every
/// browser falls back to.
/// </summary>
public static class SvgSize
{
    public static readonly ImageSize BrowserDefault = new(300, 150);

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>
    /// The size from the root element. Throws <see cref="XmlException"/> when the file is not well-formed XML (a browser
    /// shows no image then) or its root is not &lt;svg&gt;.
    /// </summary>
    public static ImageSize Read(Stream svg)
    {
        using var reader = XmlReader.Create(svg, Settings);
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "svg")
            throw new XmlException($"phần tử gốc là <{reader.LocalName}>, không phải <svg>");
        var size = From(reader.GetAttribute("width"), reader.GetAttribute("height"), reader.GetAttribute("viewBox"));
        while (reader.Read()) { }
        return size;
    }

    /// <summary>As <see cref="Read(Stream)"/>, null when the file is not a readable SVG.</summary>
    public static ImageSize? TryRead(ReadOnlySpan<byte> svg)
    {
        try
        {
            return Read(new MemoryStream(svg.ToArray(), writable: false));
        }
        catch (XmlException)
        {
            return null;
        }
    }

    public static ImageSize From(string? width, string? height, string? viewBox)
    {
        var w = Length(width);
        var h = Length(height);
        var box = ViewBox(viewBox);
        return (w, h, box) switch
        {
            ({ } ww, { } hh, _) => Rounded(ww, hh),
            ({ } ww, null, { } b) => Rounded(ww, ww * b.Height / b.Width),
            (null, { } hh, { } b) => Rounded(hh * b.Width / b.Height, hh),
            (null, null, { } b) => Rounded(b.Width, b.Height),
            _ => BrowserDefault,
        };
    }

    private static ImageSize Rounded(double width, double height) =>
        new(Math.Max(1, (int)Math.Round(width)), Math.Max(1, (int)Math.Round(height)));

    /// <summary>An absolute length in CSS pixels ("640", "640px", "12cm"…); null for percentages, em and anything unreadable.</summary>
    private static double? Length(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        var unitStart = text.Length;
        while (unitStart > 0 && char.IsAsciiLetter(text[unitStart - 1])) unitStart--;
        var unit = text[unitStart..].ToLowerInvariant();
        if (!double.TryParse(text[..unitStart], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number <= 0)
            return null;
        double? pixelsPerUnit = unit switch
        {
            "" or "px" => 1,
            "in" => 96,
            "cm" => 96 / 2.54,
            "mm" => 96 / 25.4,
            "pt" => 96 / 72.0,
            "pc" => 16,
            _ => null,
        };
        return number * pixelsPerUnit;
    }

    private static (double Width, double Height)? ViewBox(string? text)
    {
        var parts = (text ?? "").Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4) return null;
        if (!double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var width) ||
            !double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var height) ||
            width <= 0 || height <= 0)
            return null;
        return (width, height);
    }
}
