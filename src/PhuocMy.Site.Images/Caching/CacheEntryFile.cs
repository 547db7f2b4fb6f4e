using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PhuocMy.Site.Images;

/// <summary>What one cache entry holds: the upright size of the source and the images made from it.</summary>
internal sealed record CachedImages(int Width, int Height, IReadOnlyList<EncodedImage> Images);

/// <summary>
/// One cache entry on disk: a magic line, the length of a JSON header, the header (key, recipe, source size,
/// and for every image its format, size, length and SHA-256), then the images' bytes. Reading checks all of
/// it; anything that does not match — another key, a wrong length, a changed byte — makes the entry invalid.
/// </summary>
internal static class CacheEntryFile
{
    private static readonly byte[] Magic = "PHUOCMY-IMAGE-CACHE 1\n"u8.ToArray();

    public static byte[] Write(string key, string recipe, CachedImages entry)
    {
        var header = new Header(key, recipe, entry.Width, entry.Height, entry.Images.Select(Describe).ToArray());
        var json = JsonSerializer.SerializeToUtf8Bytes(header, HeaderJson.Default.Header);
        using var stream = new MemoryStream();
        stream.Write(Magic);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, json.Length);
        stream.Write(length);
        stream.Write(json);
        foreach (var image in entry.Images)
            stream.Write(image.Bytes);
        return stream.ToArray();
    }

    /// <summary>The images stored in <paramref name="entry"/>, or null when it is not a valid entry for <paramref name="key"/>.</summary>
    public static CachedImages? Read(ReadOnlySpan<byte> entry, string key, string recipe)
    {
        try
        {
            if (!entry.StartsWith(Magic) || entry.Length < Magic.Length + 4)
                return null;
            int jsonLength = BinaryPrimitives.ReadInt32LittleEndian(entry[Magic.Length..]);
            int payloadStart = Magic.Length + 4 + jsonLength;
            if (jsonLength <= 0 || payloadStart > entry.Length)
                return null;
            var header = JsonSerializer.Deserialize(entry[(Magic.Length + 4)..payloadStart], HeaderJson.Default.Header);
            if (header is null || header.Key != key || header.Recipe != recipe || header.Images is not { Length: > 0 })
                return null;

            int position = payloadStart;
            var images = ReadImages(entry, header.Images, ref position);
            if (images is null || position != entry.Length)
                return null;
            return new CachedImages(header.Width, header.Height, images);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<EncodedImage>? ReadImages(ReadOnlySpan<byte> entry, StoredImage[] stored, ref int position)
    {
        var images = new List<EncodedImage>();
        foreach (var image in stored)
        {
            if (image.Length <= 0 || image.Width <= 0 || image.Height <= 0 || position + image.Length > entry.Length)
                return null;
            var bytes = entry.Slice(position, image.Length);
            position += image.Length;
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != image.Sha256)
                return null;
            if (!FormatSniffer.TryIdentify(bytes, out var format, out _) || format != image.Format)
                return null;
            images.Add(new EncodedImage(format, image.Width, image.Height, bytes.ToArray()));
        }
        return images;
    }

    private static StoredImage Describe(EncodedImage image) =>
        new(image.Format, image.Width, image.Height, image.Bytes.Length, Convert.ToHexStringLower(SHA256.HashData(image.Bytes)));

    internal sealed record Header(string Key, string Recipe, int Width, int Height, StoredImage[] Images);

    internal sealed record StoredImage(ImageFormat Format, int Width, int Height, int Length, string Sha256);
}

[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(CacheEntryFile.Header))]
internal sealed partial class HeaderJson : JsonSerializerContext;
