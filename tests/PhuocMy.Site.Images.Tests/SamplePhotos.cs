using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace PhuocMy.Site.Images.Tests;

/// <summary>
/// The photos the tests use, made here with libvips: nothing downloaded, nothing real. The phone photo carries
/// what a real one leaks — GPS position, camera serial, author — in EXIF, XMP and IPTC.
/// </summary>
internal static class SamplePhotos
{
    public const string CameraSerial = "PM-SERIAL-0042-FAKE";
    public const string Author = "Nguyen Van Chup";
    public static readonly double[] Red = [220, 30, 30];
    public static readonly double[] Grey = [128, 128, 128];

    /// <summary>
    /// 4000 × 3000 as stored, EXIF Orientation 6 (the phone was held upright: the photo shows 3000 × 4000), a
    /// red square at the stored top-left corner, which turns to the top-right when shown upright.
    /// </summary>
    public static byte[] SidewaysPhoneJpeg => SidewaysPhone.Value;

    private static readonly Lazy<byte[]> SidewaysPhone = new(() => PhoneJpeg(4000, 3000, orientation: 6));

    public static byte[] PhoneJpeg(int width, int height, int orientation)
    {
        using var plain = Flat(width, height, Grey);
        using var marked = plain.Mutate(canvas => canvas.DrawRect(Red, 0, 0, width / 10, height / 10, fill: true));
        using var tagged = marked.Mutate(canvas =>
        {
            canvas.Set(GValue.GIntType, "orientation", orientation);
            canvas.Set(GValue.GStrType, "exif-ifd0-Orientation", orientation.ToString());
            canvas.Set(GValue.GStrType, "exif-ifd0-Make", "FakePhone");
            canvas.Set(GValue.GStrType, "exif-ifd0-Artist", Author);
            canvas.Set(GValue.GStrType, "exif-ifd2-BodySerialNumber", CameraSerial);
            canvas.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
            canvas.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "16/1 3/1 30/1");
            canvas.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "E");
            canvas.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "108/1 14/1 42/1");
            canvas.Set(GValue.BlobType, "xmp-data", Encoding.UTF8.GetBytes(Xmp));
            canvas.Set(GValue.BlobType, "iptc-data", Iptc());
        });
        return tagged.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.All);
    }

    /// <summary>A PNG with a transparent background and an opaque red disc in the middle.</summary>
    public static byte[] TransparentPng(int width, int height)
    {
        using var colour = Flat(width, height, Red);
        using var alpha = Image.Black(width, height).Mutate(canvas => canvas.DrawCircle([255], width / 2, height / 2, Math.Min(width, height) / 3, fill: true));
        using var rgba = colour.Bandjoin(alpha.Cast(Enums.BandFormat.Uchar)).Copy(interpretation: Enums.Interpretation.Srgb);
        return rgba.PngsaveBuffer();
    }

    /// <summary>A PNG with an alpha channel that is opaque everywhere, as many screenshots are.</summary>
    public static byte[] OpaquePngWithAlpha(int width, int height)
    {
        using var colour = Flat(width, height, Grey);
        using var rgba = colour.Bandjoin(255).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return rgba.PngsaveBuffer();
    }

    public static byte[] Jpeg(int width, int height, double[]? colour = null)
    {
        using var image = Flat(width, height, colour ?? Grey);
        return image.JpegsaveBuffer(q: 90);
    }

    public static byte[] Webp(int width, int height)
    {
        using var image = Flat(width, height, Grey);
        return image.WebpsaveBuffer();
    }

    /// <summary>
    /// An sRGB colour converted to Display P3 with the P3 profile embedded: the stored numbers differ from the
    /// sRGB ones, so only a pipeline that converts back to sRGB shows the colour as it was.
    /// </summary>
    public static byte[] DisplayP3Jpeg(int width, int height, double[] srgbColour)
    {
        using var srgb = Flat(width, height, srgbColour);
        using var p3 = srgb.IccTransform("p3", inputProfile: "srgb", embedded: false);
        return p3.JpegsaveBuffer(q: 95, keep: Enums.ForeignKeep.Icc);
    }

    /// <summary>A print-shop JPEG: CMYK with its profile embedded.</summary>
    public static byte[] CmykJpeg(int width, int height, double[] srgbColour)
    {
        using var srgb = Flat(width, height, srgbColour);
        using var cmyk = srgb.IccTransform("cmyk", inputProfile: "srgb", embedded: false);
        return cmyk.JpegsaveBuffer(q: 95, keep: Enums.ForeignKeep.Icc);
    }

    /// <summary>A 16-bit-per-channel PNG, as some scanners and editors write.</summary>
    public static byte[] SixteenBitPng(int width, int height, double[] srgbColour)
    {
        using var srgb = Flat(width, height, srgbColour);
        using var wide = (srgb.Cast(Enums.BandFormat.Ushort) * 257).Cast(Enums.BandFormat.Ushort).Copy(interpretation: Enums.Interpretation.Rgb16);
        return wide.PngsaveBuffer(bitdepth: 16);
    }

    /// <summary>A black-and-white (one channel) JPEG.</summary>
    public static byte[] GreyJpeg(int width, int height, double level)
    {
        using var black = Image.Black(width, height);
        using var grey = (black + level).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Bw);
        return grey.JpegsaveBuffer(q: 95);
    }

    /// <summary>A grey photo with a small, vivid, detailed subject near the bottom edge.</summary>
    public static byte[] SubjectAtBottom(int size)
    {
        using var plain = Flat(size, size, Grey);
        int subject = size / 6;
        using var painted = plain.Mutate(canvas =>
        {
            for (int i = 0; i < 12; i++)
                canvas.DrawRect(i % 2 == 0 ? [250, 200, 20] : [20, 60, 220], size / 2 - subject + i * subject / 6, size - subject - size / 20, subject / 6, subject, fill: true);
        });
        return painted.JpegsaveBuffer(q: 90);
    }

    /// <summary>A 30-KB PNG whose header declares 50,000 × 50,000 pixels (7.5 GB decoded): a decompression bomb.</summary>
    public static byte[] PngBomb()
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 50_000);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 50_000);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + 50_000 * 3];
            for (int i = 0; i < 100; i++)
                zlib.Write(row);
        }
        return [.. PngSignature, .. PngChunk("IHDR", header), .. PngChunk("IDAT", compressed.ToArray()), .. PngChunk("IEND", [])];
    }

    /// <summary>A real PDF's first bytes, as when a scanned document is renamed .jpg.</summary>
    public static byte[] Pdf() =>
        Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The start of an iPhone HEIC file (an ISO media "ftyp" box with the heic brand).</summary>
    public static byte[] HeicHeader() =>
        [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. new byte[64]];

    private static Image Flat(int width, int height, double[] colour)
    {
        using var black = Image.Black(width, height, bands: 3);
        using var filled = black + colour;
        using var bytes = filled.Cast(Enums.BandFormat.Uchar);
        return bytes.Copy(interpretation: Enums.Interpretation.Srgb);
    }

    private const string Xmp =
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        "<rdf:Description rdf:about=\"\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " +
        "exif:GPSLatitude=\"16,3.5N\" exif:GPSLongitude=\"108,14.7E\"><dc:creator>" + Author + "</dc:creator></rdf:Description>" +
        "</rdf:RDF></x:xmpmeta>";

    /// <summary>A Photoshop APP13 block with one IPTC record: 2:80 By-line (the author).</summary>
    private static byte[] Iptc()
    {
        var byline = Encoding.ASCII.GetBytes(Author);
        byte[] record = [0x1C, 0x02, 0x50, 0, (byte)byline.Length, .. byline];
        var size = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(size, record.Length);
        return [.. "Photoshop 3.0\0"u8, .. "8BIM"u8, 0x04, 0x04, 0, 0, .. size, .. record, .. (record.Length % 2 == 1 ? new byte[] { 0 } : [])];
    }

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static byte[] PngChunk(string type, byte[] data)
    {
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        return [.. length, .. typeAndData, .. crc];
    }

    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
