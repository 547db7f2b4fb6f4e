using System.Collections.Concurrent;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Caching;

/// <summary>
/// What one build leaves for the next: the entries of every cache section (<see cref="CacheStep"/>) and the files
/// the build wrote. It knows no section's meaning: each step registers its section by using it. A cache that is
/// missing, corrupt, from another version of the generator or not ours is ignored: the cache can make a build
/// faster, never different.
/// </summary>
/// <remarks>
/// On disk it is an index (<see cref="FileName"/>: every entry's key, reads, outputs and where its bytes are) and a
/// values file it names (<see cref="CacheValueFile"/>). Loading reads the index only; an entry's bytes are read when a
/// step reuses it, and checked against the hash they were written with.
/// </remarks>
public sealed class BuildCache
{
    public const string FileName = "build-cache.bin";
    private const string Magic = "PhuocMy.Site build cache";
    private const int Format = 4;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, CacheEntry>> sections = new(StringComparer.Ordinal);

    /// <summary>The entries of one section, by name; empty for a section this cache does not have.</summary>
    public ConcurrentDictionary<string, CacheEntry> Section(string name) =>
        sections.GetOrAdd(name, _ => new ConcurrentDictionary<string, CacheEntry>(StringComparer.Ordinal));

    /// <summary>The output folder the last build wrote, and every file in it as written.</summary>
    public string? OutputFolder { get; set; }
    public Dictionary<string, WrittenFile> Written { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Where the entries' bytes are: the values file read (a loaded cache) or appended to (a build's next cache).</summary>
    internal CacheValueFile? Values { get; set; }

    /// <summary>True once <see cref="Save"/> wrote this cache; its values file then belongs to the saved index.</summary>
    internal bool Saved { get; private set; }
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
            if (CacheValueFile.Open(folder, reader.ReadString()) is not { } values)
                return (new BuildCache(), "bộ nhớ đệm hỏng");
            var cache = new BuildCache { Values = values };
            try
            {
                cache.ReadBody(reader, values);
            }
            catch
            {
                values.Dispose();
                throw;
            }
            return (cache, null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or FormatException or UnauthorizedAccessException or ArgumentException)
        {
            return (new BuildCache(), "bộ nhớ đệm hỏng");
        }
    }

    /// <summary>
    /// Writes the cache atomically: every value into this cache's values file (those still in memory, or in a file it
    /// does not continue, are copied there), then the index, renamed into place last; so a reader sees the old cache or
    /// the new one, never half of one. The values files no index names any more are deleted after. When most of the
    /// values file is bytes no entry uses any more (earlier versions of edited pages), the values start a new file.
    /// </summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var continued = Values;
        if (Values is not { Writable: true } || Path.GetDirectoryName(Values.Path) != Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)
            || Values.Length > MostlyUnused(LiveBytes()))
            Values = CacheValueFile.Create(folder);
        var path = Path.Combine(folder, FileName);
        var temporary = path + $".{Environment.ProcessId}.tmp";
        using (var stream = new BufferedStream(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None), 1 << 16))
        using (var writer = new BinaryWriter(stream, CacheCodec.Utf8))
        {
            writer.Write(Magic);
            writer.Write(Format);
            writer.Write(GeneratorVersion);
            writer.Write(Values.Name);
            WriteBody(writer, Values);
        }
        File.Move(temporary, path, overwrite: true);
        Saved = true;
        if (continued is not null && continued != Values) continued.Dispose();
        CacheValueFile.DeleteOthers(folder, Values.Name);
    }

    /// <summary>The bytes the entries use.</summary>
    private long LiveBytes() => sections.Values.Sum(entries => entries.Values.Sum(entry => (long)entry.Stored.Length));

    /// <summary>A values file longer than this, for <paramref name="live"/> bytes used, is mostly unused bytes.</summary>
    private static long MostlyUnused(long live) => 2 * live + (1 << 20);

    private void WriteBody(BinaryWriter writer, CacheValueFile values)
    {
        // An entry whose bytes cannot be read back whole is left out: the next build makes it again.
        var kept = sections.Where(kv => !kv.Value.IsEmpty).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (Section: kv.Key, Entries: kv.Value.OrderBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => (Name: e.Key, Entry: e.Value, Stored: InFile(e.Value.Stored, values)))
                .Where(e => e.Stored is not null)
                .ToList()))
            .ToList();
        var numbers = new Dictionary<RecordedRead, int>();
        var table = new List<RecordedRead>();
        foreach (var (_, entries) in kept)
            foreach (var (_, entry, _) in entries)
                foreach (var read in entry.Reads)
                    if (numbers.TryAdd(read, table.Count)) table.Add(read);

        writer.Write(table);
        writer.Write(kept.Count);
        foreach (var (section, entries) in kept)
        {
            writer.Write(section);
            writer.Write(entries.Count);
            foreach (var (name, entry, value) in entries)
            {
                writer.Write(name);
                writer.Write(entry, value!, numbers);
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

    /// <summary>The value as it is in <paramref name="values"/>, copied there when it is elsewhere; null when it cannot be read.</summary>
    private static CacheValue? InFile(CacheValue value, CacheValueFile values)
    {
        if (value.Length == 0 || values.IsSameFile(value.File)) return value;
        return value.TryRead(out var bytes) ? values.Append(bytes) : null;
    }

    private void ReadBody(BinaryReader reader, CacheValueFile values)
    {
        var table = reader.ReadReadTable();
        for (var i = CacheCodec.Count(reader); i > 0; i--)
        {
            var entries = Section(reader.ReadString());
            for (var j = CacheCodec.Count(reader); j > 0; j--) entries[reader.ReadString()] = reader.ReadEntry(values, table);
        }

        OutputFolder = reader.ReadNullable();
        for (var i = CacheCodec.Count(reader); i > 0; i--)
            Written[reader.ReadString()] = new WrittenFile(reader.ReadHash(), reader.ReadInt64(), reader.ReadInt64());

        if (reader.BaseStream.ReadByte() != -1) throw new InvalidDataException("trailing data");
    }
}
