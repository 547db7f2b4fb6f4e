using System.Buffers.Binary;

namespace PhuocMy.Site.Tests.Support;

/// <summary>Reads a raster image's pixel size from its header (PNG IHDR, JPEG SOFn); null for anything else (SVG…).</summary>
public static class ImageSize
{
    public static (string Format, int Width, int Height)? Of(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (bytes.Length >= 24 && bytes[..8].SequenceEqual(png) && bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
            return ("png", BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..]));

        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8) return null;
        var at = 2;
        while (at + 9 < bytes.Length && bytes[at] == 0xFF)
        {
            var marker = bytes[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            var isStartOfFrame = marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);
            if (isStartOfFrame)
                return ("jpeg", BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]));
            at += 2 + length;
        }
        return null;
    }
}
