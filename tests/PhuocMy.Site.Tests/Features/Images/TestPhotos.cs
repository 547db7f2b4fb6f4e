using System.Text;
using NetVips;

namespace PhuocMy.Site.Tests.Features.Images;

/// <summary>
/// Photos made here with libvips, nothing real: a phone JPEG stored sideways with EXIF orientation 6, a fake GPS
/// position, a camera serial and an author, as a phone writes them; and the bad files staff bring by mistake.
/// </summary>
internal static class TestPhotos
{
    public const string CameraSerial = "PM-TEST-SERIAL-0099";
    public const string Author = "Nguyen Van Chup Thu";

    /// <summary>
    /// Stored <paramref name="storedWidth"/> × <paramref name="storedHeight"/> with Orientation 6: shown upright it is
    /// as tall as it is stored wide. A red block marks the stored top-left corner (the top-right once upright).
    /// </summary>
    public static byte[] SidewaysPhone(int storedWidth = 1600, int storedHeight = 1200, int shade = 128)
    {
        using var black = Image.Black(storedWidth, storedHeight, bands: 3);
        using var grey = (black + shade).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var noisy = (grey + Image.Gaussnoise(storedWidth, storedHeight, sigma: 18)).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var tagged = noisy.Mutate(canvas =>
        {
            canvas.DrawRect([220, 30, 30], 0, 0, storedWidth / 8, storedHeight / 8, fill: true);
            canvas.Set(GValue.GIntType, "orientation", 6);
            canvas.Set(GValue.GStrType, "exif-ifd0-Orientation", "6");
            canvas.Set(GValue.GStrType, "exif-ifd0-Make", "FakePhone");
            canvas.Set(GValue.GStrType, "exif-ifd0-Artist", Author);
            canvas.Set(GValue.GStrType, "exif-ifd2-BodySerialNumber", CameraSerial);
            canvas.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
            canvas.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "16/1 3/1 30/1");
            canvas.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "E");
            canvas.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "108/1 14/1 42/1");
        });
        return tagged.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.All);
    }

    public static byte[] SmallJpeg(int width, int height)
    {
        using var black = Image.Black(width, height, bands: 3);
        using var grey = (black + 100).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return grey.JpegsaveBuffer(q: 90);
    }

    /// <summary>A copy cut short, as an interrupted upload leaves it.</summary>
    public static byte[] Truncated() => SidewaysPhone()[..6000];

    /// <summary>A PDF someone renamed to .jpg.</summary>
    public static byte[] PdfNamedJpg() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A decompression bomb: a tiny PNG whose header declares 50,000 × 50,000 pixels.</summary>
    public static byte[] PngBomb()
    {
        var png = SmallPng();
        // IHDR data starts at byte 16: width then height, big-endian; its CRC follows the 13 data bytes.
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 50_000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 50_000);
        var crc = System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(12, 17));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), crc);
        return png;
    }

    private static byte[] SmallPng()
    {
        using var black = Image.Black(16, 16, bands: 3);
        return black.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb).PngsaveBuffer();
    }

    /// <summary>What metadata a published file still carries, read back with libvips and in its bytes; empty when clean.</summary>
    public static IReadOnlyList<string> MetadataIn(byte[] file)
    {
        var found = new List<string>();
        using (var image = Image.NewFromBuffer(file))
            found.AddRange(image.GetFields().Where(field => field is "exif-data" or "xmp-data" or "iptc-data" or "orientation" || field.StartsWith("exif-", StringComparison.Ordinal)));
        // Searched outside the compressed picture: its bytes are noise, in which "GPS" turns up by chance (about one
        // 400-KB file in forty); metadata is never there.
        var outside = OutsideCompressedPicture(file);
        foreach (var text in (string[])["Exif", "GPS", CameraSerial, Author, "FakePhone"])
            if (outside.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0) found.Add($"bytes contain {text}");
        return found;
    }

    /// <summary>
    /// The bytes where a file keeps metadata: a JPEG's segments before its scan (start of scan, FF DA), or a WebP's
    /// chunks other than the picture itself (VP8, VP8L, ALPH). Other files whole.
    /// </summary>
    private static byte[] OutsideCompressedPicture(byte[] file)
    {
        if (file.Length > 4 && file[0] == 0xFF && file[1] == 0xD8)
        {
            var at = 2;
            while (at + 4 <= file.Length && file[at] == 0xFF && file[at + 1] != 0xDA)
                at += 2 + (file[at + 2] << 8 | file[at + 3]);
            return file[..Math.Min(at, file.Length)];
        }
        if (file.Length > 12 && Encoding.ASCII.GetString(file, 0, 4) == "RIFF" && Encoding.ASCII.GetString(file, 8, 4) == "WEBP")
        {
            var kept = new List<byte>();
            for (var at = 12; at + 8 <= file.Length;)
            {
                var kind = Encoding.ASCII.GetString(file, at, 4);
                var size = BitConverter.ToInt32(file, at + 4);
                var end = Math.Min(file.Length, at + 8 + size);
                kept.AddRange(file[at..(at + 8)]);
                if (kind is not ("VP8 " or "VP8L" or "ALPH")) kept.AddRange(file[(at + 8)..end]);
                at = end + (size & 1);
            }
            return [.. kept];
        }
        return file;
    }

    public static (int Width, int Height) SizeOf(byte[] file)
    {
        using var image = Image.NewFromBuffer(file);
        return (image.Width, image.Height);
    }
}
