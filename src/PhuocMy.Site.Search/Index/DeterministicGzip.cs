using System.IO.Compression;

namespace PhuocMy.Site.Search.Index;

/// <summary>
/// Term shards are binary, and hosts compress only text types: the index compresses them itself (search.js
/// inflates them with DecompressionStream). .NET's gzip writes no time stamp, so equal input gives equal output.
/// </summary>
internal static class DeterministicGzip
{
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 2 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(data);
        return output.ToArray();
    }
}
