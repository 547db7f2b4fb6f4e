using System.Buffers.Binary;
using System.Text;
using NetVips;

namespace PhuocMy.Site.Images.Tests;

/// <summary>
/// Looks for metadata in a published file two ways, independently of the code under test: the file's own
/// structure (JPEG APPn segments, PNG chunks, WebP chunks) and libvips reading it back.
/// </summary>
internal static class MetadataScan
{
    /// <summary>Every piece of metadata found, described; empty when the file is clean.</summary>
    public static IReadOnlyList<string> Find(byte[] file)
    {
        var found = new List<string>();
        found.AddRange(StructuralBlocks(file));
        using (var image = Image.NewFromBuffer(file))
            foreach (var field in image.GetFields())
                if (field is "exif-data" or "xmp-data" or "iptc-data" or "icc-profile-data" or "orientation" || field.StartsWith("exif-", StringComparison.Ordinal))
                    found.Add($"libvips reads field {field}");
        foreach (var text in (string[])["Exif\0\0", SamplePhotos.CameraSerial, SamplePhotos.Author, "GPSLatitude", "ns.adobe.com", "Photoshop 3.0", "8BIM"])
            if (file.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0)
                found.Add($"bytes contain \"{text.TrimEnd('\0')}\"");
        return found;
    }

    private static IEnumerable<string> StructuralBlocks(byte[] file)
    {
        if (file is [0xFF, 0xD8, ..])
            return JpegSegments(file).Where(marker => marker is >= 0xE1 and <= 0xEF).Select(marker => $"JPEG APP{marker - 0xE0} segment");
        if (file is [0x89, (byte)'P', ..])
            return PngChunks(file).Where(type => type is "eXIf" or "iTXt" or "tEXt" or "zTXt" or "iCCP").Select(type => $"PNG {type} chunk");
        return WebpChunks(file).Where(type => type is not ("VP8 " or "VP8L" or "VP8X" or "ALPH")).Select(type => $"WebP {type} chunk");
    }

    public static IEnumerable<byte> JpegSegments(byte[] file)
    {
        int position = 2;
        while (position + 4 <= file.Length && file[position] == 0xFF)
        {
            byte marker = file[position + 1];
            if (marker == 0xDA)
                yield break; // start of scan: no metadata after this in our files
            yield return marker;
            position += 2 + BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(position + 2));
        }
    }

    public static IEnumerable<string> PngChunks(byte[] file)
    {
        int position = 8;
        while (position + 8 <= file.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(position));
            yield return Encoding.ASCII.GetString(file, position + 4, 4);
            position += 12 + length;
        }
    }

    public static IEnumerable<string> WebpChunks(byte[] file)
    {
        int position = 12;
        while (position + 8 <= file.Length)
        {
            int length = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(position + 4));
            yield return Encoding.ASCII.GetString(file, position, 4);
            position += 8 + length + (length % 2);
        }
    }
}
