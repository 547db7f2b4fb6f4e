using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Features.Search;

/// <summary>The files of a written index with their hashes, as kept in the build cache.</summary>
internal static class WrittenIndex
{
    public static byte[] ToBytes(IEnumerable<(string Path, ContentHash Hash)> files)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            var list = files.ToList();
            writer.Write(list.Count);
            foreach (var (path, hash) in list)
            {
                writer.Write(path);
                writer.Write(hash.High);
                writer.Write(hash.Low);
            }
        }
        return memory.ToArray();
    }

    /// <summary>The files, or null when the bytes are not a list this code wrote.</summary>
    public static List<(string Path, ContentHash Hash)>? FromBytes(byte[] bytes)
    {
        try
        {
            return Read(bytes);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static List<(string Path, ContentHash Hash)> Read(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), System.Text.Encoding.UTF8);
        var count = reader.ReadInt32();
        var files = new List<(string, ContentHash)>();
        for (var i = 0; i < count; i++) files.Add((reader.ReadString(), new ContentHash(reader.ReadUInt64(), reader.ReadUInt64())));
        if (reader.BaseStream.Position != bytes.Length) throw new FormatException("trailing bytes");
        return files;
    }
}
