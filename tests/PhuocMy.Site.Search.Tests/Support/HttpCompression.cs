using System.IO.Compression;

namespace PhuocMy.Site.Search.Testing;

/// <summary>Sizes as a host sends them: text files gzip-compressed on the fly, term shards as they are (already gzip).</summary>
public static class HttpCompression
{
    public static int GzipSize(ReadOnlySpan<byte> content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(content);
        return (int)output.Length;
    }

    /// <summary>Bytes on the wire for an index file: shards (.bin) are sent as stored, JSON is compressed by the host.</summary>
    public static int TransferSize(string path, ReadOnlySpan<byte> content) =>
        path.EndsWith(".bin", StringComparison.Ordinal) ? content.Length : GzipSize(content);
}
