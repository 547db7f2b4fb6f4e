using System.Globalization;
using System.Xml;

namespace PhuocMy.Site.Features.Images;

/// <summary>
/// The size an SVG drawing declares (<c>width</c>/<c>height</c> in pixels, else its <c>viewBox</c>), for the
/// <c>width</c>/<c>height</c> of its <c>&lt;img&gt;</c>. Read without DTDs or external entities.
/// </summary>
internal sealed record SvgSize(int Width, int Height)
{
    public static SvgSize? Read(ReadOnlySpan<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg") return null;
            if (Pixels(reader.GetAttribute("width")) is { } width && Pixels(reader.GetAttribute("height")) is { } height)
                return new SvgSize(width, height);
            var box = reader.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (box is { Length: 4 } && Number(box[2]) is { } boxWidth && Number(box[3]) is { } boxHeight)
                return new SvgSize(boxWidth, boxHeight);
            return null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static int? Pixels(string? value) =>
        value is null ? null : Number(value.EndsWith("px", StringComparison.Ordinal) ? value[..^2] : value);

    private static int? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 1 && value < 100_000
            ? (int)Math.Round(value)
            : null;
}
