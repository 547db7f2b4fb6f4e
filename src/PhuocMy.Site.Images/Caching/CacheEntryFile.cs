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
    private const int MaxHeaderBytes = 64 * 1024;

    public static void Write(Stream stream, string key, string recipe, CachedImages entry)
    {
        var header = new Header(key, recipe, entry.Width, entry.Height, entry.Images.Select(Describe).ToArray());
        var json = JsonSerializer.SerializeToUtf8Bytes(header, HeaderJson.Default.Header);
        stream.Write(Magic);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, json.Length);
        stream.Write(length);
        stream.Write(json);
        foreach (var image in entry.Images)
            stream.Write(image.Bytes);
    }

    /// <summary>
    /// The images stored in <paramref name="stream"/>, or null when it is not a valid entry for
    /// <paramref name="key"/>. Each image is read straight into its own array and checked there.
    /// </summary>
    public static CachedImages? Read(Stream stream, string key, string recipe)
    {
        try
        {
            Span<byte> start = stackalloc byte[Magic.Length + 4];
            stream.ReadExactly(start);
            if (!start.StartsWith(Magic))
                return null;
            int jsonLength = BinaryPrimitives.ReadInt32LittleEndian(start[Magic.Length..]);
            if (jsonLength is <= 0 or > MaxHeaderBytes)
                return null;
            var json = new byte[jsonLength];
            stream.ReadExactly(json);
            var header = JsonSerializer.Deserialize(json, HeaderJson.Default.Header);
            if (header is null || header.Key != key || header.Recipe != recipe || header.Images is not { Length: > 0 })
                return null;
            long expectedLength = start.Length + jsonLength + header.Images.Sum(i => (long)i.Length);
            if (stream.Length != expectedLength)
                return null;

            var images = new List<EncodedImage>(header.Images.Length);
            foreach (var stored in header.Images)
            {
                if (stored.Length <= 0 || stored.Width <= 0 || stored.Height <= 0)
                    return null;
                var bytes = new byte[stored.Length];
                stream.ReadExactly(bytes);
                if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != stored.Sha256)
                    return null;
                if (!FormatSniffer.TryIdentify(bytes, out var format, out _) || format != stored.Format)
                    return null;
                images.Add(new EncodedImage(format, stored.Width, stored.Height, bytes));
            }
            return new CachedImages(header.Width, header.Height, images);
        }
        catch (Exception e) when (e is JsonException or EndOfStreamException or IOException)
        {
            return null;
        }
    }

    private static StoredImage Describe(EncodedImage image) =>
        new(image.Format, image.Width, image.Height, image.Bytes.Length, Convert.ToHexStringLower(SHA256.HashData(image.Bytes)));

    internal sealed record Header(string Key, string Recipe, int Width, int Height, StoredImage[] Images);

    internal sealed record StoredImage(ImageFormat Format, int Width, int Height, int Length, string Sha256);
}

[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(CacheEntryFile.Header))]
internal sealed partial class HeaderJson : JsonSerializerContext;
