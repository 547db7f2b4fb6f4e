using System.Collections.Concurrent;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Caching;

/// <summary>
/// What one build leaves for the next: parsed content, rendered pages and page-check results, each with the
/// hashes of what it was made from, and the files the build wrote. A cache that is missing, corrupt, from another
/// version of the generator or not ours is ignored: the cache can make a build faster, never different.
/// </summary>
public sealed class BuildCache
{
    public const string FileName = "build-cache.bin";
    private const string Magic = "PhuocMy.Site build cache";
    private const int Format = 1;

    public ConcurrentDictionary<string, ParseEntry> Parsed { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, RenderEntry> Rendered { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, CheckEntry> Checked { get; } = new(StringComparer.Ordinal);

    /// <summary>Results of after-render generators (search index parts, feeds…), by a key of their choosing.</summary>
    public ConcurrentDictionary<string, (ContentHash Key, byte[] Value)> Store { get; } = new(StringComparer.Ordinal);

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
        writer.Write(Parsed.Count);
        foreach (var (path, entry) in Parsed.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(path);
            writer.Write(entry.FileHash);
            writer.Write(entry.ContextHash);
            writer.Write(entry.Reads);
            writer.WriteNullable(entry.Json);
            writer.Write(entry.Diagnostics);
        }

        writer.Write(Rendered.Count);
        foreach (var (path, entry) in Rendered.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(path);
            writer.Write(entry.PlanHash);
            writer.Write(entry.Reads);
            writer.Write(entry.OutputHash);
        }

        writer.Write(Checked.Count);
        foreach (var (path, entry) in Checked.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(path);
            writer.Write(entry.OutputHash);
            writer.Write(entry.Diagnostics);
            writer.Write(entry.Links.Count);
            foreach (var link in entry.Links) writer.Write(link);
            writer.Write(entry.Findings.Count);
            foreach (var finding in entry.Findings) writer.Write(finding);
        }

        writer.Write(Store.Count);
        foreach (var (key, (version, value)) in Store.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(version);
            writer.Write(value.Length);
            writer.Write(value);
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
            Parsed[reader.ReadString()] = new ParseEntry(reader.ReadHash(), reader.ReadHash(), reader.ReadReads(), reader.ReadNullableBytes(), reader.ReadDiagnostics());

        for (var i = CacheCodec.Count(reader); i > 0; i--)
            Rendered[reader.ReadString()] = new RenderEntry(reader.ReadHash(), reader.ReadReads(), reader.ReadHash());

        for (var i = CacheCodec.Count(reader); i > 0; i--)
        {
            var path = reader.ReadString();
            var hash = reader.ReadHash();
            var diagnostics = reader.ReadDiagnostics();
            var links = Enumerable.Range(0, CacheCodec.Count(reader)).Select(_ => reader.ReadLink()).ToList();
            var findings = Enumerable.Range(0, CacheCodec.Count(reader)).Select(_ => reader.ReadFinding()).ToList();
            Checked[path] = new CheckEntry(hash, diagnostics, links, findings);
        }

        for (var i = CacheCodec.Count(reader); i > 0; i--)
        {
            var key = reader.ReadString();
            var version = reader.ReadHash();
            Store[key] = (version, reader.ReadBytes(CacheCodec.Count(reader)));
        }

        OutputFolder = reader.ReadNullable();
        for (var i = CacheCodec.Count(reader); i > 0; i--)
            Written[reader.ReadString()] = new WrittenFile(reader.ReadHash(), reader.ReadInt64(), reader.ReadInt64());

        if (reader.BaseStream.ReadByte() != -1) throw new InvalidDataException("trailing data");
    }
}
