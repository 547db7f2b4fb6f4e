using System.Collections.Concurrent;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Caching;

/// <summary>
/// What one build leaves for the next: the entries of every cache section (<see cref="CacheStep"/>) and the files
/// the build wrote. It knows no section's meaning: each step registers its section by using it. A cache that is
/// missing, corrupt, from another version of the generator or not ours is ignored: the cache can make a build
/// faster, never different.
/// </summary>
public sealed class BuildCache
{
    public const string FileName = "build-cache.bin";
    private const string Magic = "PhuocMy.Site build cache";
    private const int Format = 2;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, CacheEntry>> sections = new(StringComparer.Ordinal);

    /// <summary>The entries of one section, by name; empty for a section this cache does not have.</summary>
    public ConcurrentDictionary<string, CacheEntry> Section(string name) =>
        sections.GetOrAdd(name, _ => new ConcurrentDictionary<string, CacheEntry>(StringComparer.Ordinal));

    /// <summary>The output folder the last build wrote, and every file in it as written.</summary>
    public string? OutputFolder { get; set; }
    public Dictionary<string, WrittenFile> Written { get; set; } = new(StringComparer.Ordinal);
    /// <summary>The generator's code: a cache written by other code is never trusted.</summary>
    public static string GeneratorVersion { get; } = ComputeVersion();

    private static string ComputeVersion()
    {
        var ours = typeof(BuildCache).Assembly;
        var parts = ours.GetReferencedAssemblies()
            .Where(name => name.Name?.StartsWith("PhuocMy.", StringComparison.Ordinal) == true)
            .Select(System.Reflection.Assembly.Load)
            .Append(ours)
            .Select(a => a.GetName().Name + ":" + a.ManifestModule.ModuleVersionId)
            .Concat(ours.GetReferencedAssemblies().Where(name => name.Name?.StartsWith("PhuocMy.", StringComparison.Ordinal) != true)
                .Select(name => name.Name + ":" + name.Version));
        return string.Join('+', parts.Order(StringComparer.Ordinal));
    }

    /// <summary>The cache in <paramref name="folder"/>, or an empty one with the reason it could not be used.</summary>
    public static (BuildCache Cache, string? Ignored) Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return (new BuildCache(), null);
        try
        {
            using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
            using var reader = new BinaryReader(stream, CacheCodec.Utf8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Format)
                return (new BuildCache(), "bộ nhớ đệm không phải của trình dựng trang này");
            if (reader.ReadString() != GeneratorVersion)
                return (new BuildCache(), "bộ nhớ đệm của phiên bản trình dựng trang khác");
            var cache = new BuildCache();
            cache.ReadBody(reader);
            return (cache, null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or FormatException or UnauthorizedAccessException or ArgumentException)
        {
            return (new BuildCache(), "bộ nhớ đệm hỏng");
        }
    }

    /// <summary>Writes the cache atomically: a reader sees the old file or the new one, never half of one.</summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var temporary = path + $".{Environment.ProcessId}.tmp";
        using (var stream = new BufferedStream(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None), 1 << 16))
        using (var writer = new BinaryWriter(stream, CacheCodec.Utf8))
        {
            writer.Write(Magic);
            writer.Write(Format);
            writer.Write(GeneratorVersion);
            WriteBody(writer);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private void WriteBody(BinaryWriter writer)
    {
        var kept = sections.Where(kv => !kv.Value.IsEmpty).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        writer.Write(kept.Count);
        foreach (var (section, entries) in kept)
        {
            writer.Write(section);
            writer.Write(entries.Count);
            foreach (var (name, entry) in entries.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                writer.Write(name);
                writer.Write(entry);
            }
        }

        writer.WriteNullable(OutputFolder);
        writer.Write(Written.Count);
        foreach (var (path, file) in Written)
        {
            writer.Write(path);
            writer.Write(file.Hash);
            writer.Write(file.Length);
            writer.Write(file.LastWriteTicks);
        }
    }

    private void ReadBody(BinaryReader reader)
    {
        for (var i = CacheCodec.Count(reader); i > 0; i--)
        {
            var entries = Section(reader.ReadString());
            for (var j = CacheCodec.Count(reader); j > 0; j--) entries[reader.ReadString()] = reader.ReadEntry();
        }

        OutputFolder = reader.ReadNullable();
        for (var i = CacheCodec.Count(reader); i > 0; i--)
            Written[reader.ReadString()] = new WrittenFile(reader.ReadHash(), reader.ReadInt64(), reader.ReadInt64());

        if (reader.BaseStream.ReadByte() != -1) throw new InvalidDataException("trailing data");
    }
}
