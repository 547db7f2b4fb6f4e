using System.Xml;

namespace PhuocMy.Site.Features.Images;

/// <summary>
/// The size an SVG drawing shows at, as a browser sizes it (<see cref="ImageSizes.SvgSize"/>: <c>width</c>/<c>height</c>,
/// else its <c>viewBox</c>, one from the other's ratio), for the <c>width</c>/<c>height</c> of its <c>&lt;img&gt;</c>.
/// Null when the file is not a readable SVG. Read without DTDs or external entities.
/// </summary>
internal sealed record SvgSize(int Width, int Height)
{
    public static SvgSize? Read(ReadOnlySpan<byte> content)
    {
        try
        {
            var size = ImageSizes.SvgSize.Read(new MemoryStream(content.ToArray(), writable: false));
            return new SvgSize(size.Width, size.Height);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
