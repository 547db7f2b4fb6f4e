using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Caching;

/// <summary>
/// The last successful build in a few kilobytes: the inputs and options it was made from, until when the same
/// posts publish the same way, the output folder as it left it, and what it reported. When all of that still
/// holds, the build's result is already in the output folder, so a rebuild with nothing changed is done after
/// reading and hashing the inputs, without loading the cache or planning a page.
/// </summary>
public sealed record BuildStamp(ContentHash Inputs, ContentHash OutputFolder, long ValidUntilTicks, int Pages, int Files,
    IReadOnlyList<Diagnostic> Diagnostics, PublicationReport Publication)
{
    public const string FileName = "build-stamp.bin";
    private const string Magic = "phuocmy-build-stamp";

    /// <summary>Everything a build's result is a function of, except the clock: the generator, the options, every input file and what reading left out.</summary>
    public static ContentHash InputsOf(SourceTree tree, string optionsKey)
    {
        var hasher = new ContentHasher().Add(BuildCache.GeneratorVersion).Add(optionsKey);
        foreach (var file in tree.Files) hasher.Add(file.DisplayPath).Add(file.Hash);
        // Files reading left out (a backup, a link leading outside) are not in the tree, but their warnings are news.
        foreach (var problem in tree.Problems) hasher.Add(problem.File).Add(problem.Message);
        return hasher.Finish();
    }

    /// <summary>Every file of the output folder with its length and modification time: any edit, addition or removal changes it.</summary>
    public static ContentHash OutputFolderOf(string folder) => OutputListing.Of(folder).Hash;

    /// <summary>True when a build of <paramref name="inputs"/> at <paramref name="now"/> would leave the output folder as it is.</summary>
    /// <param name="outputFolder">The output folder's <see cref="OutputFolderOf"/>, asked only when the rest holds.</param>
    public bool StillHolds(ContentHash inputs, DateTimeOffset now, Func<ContentHash> outputFolder) =>
        inputs == Inputs && now.UtcTicks < ValidUntilTicks && outputFolder() == OutputFolder;

    public static BuildStamp? Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            // The stamp ends with a hash of everything before it: a damaged stamp is not read at all.
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < 16) return null;
            var body = bytes.AsSpan(0, bytes.Length - 16);
            using var tail = new BinaryReader(new MemoryStream(bytes, bytes.Length - 16, 16));
            if (tail.ReadHash() != ContentHash.Of(body)) return null;
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length), CacheCodec.Utf8);
            if (reader.ReadString() != Magic || reader.ReadString() != BuildCache.GeneratorVersion) return null;
            return new BuildStamp(reader.ReadHash(), reader.ReadHash(), reader.ReadInt64(), reader.ReadInt32(), reader.ReadInt32(),
                reader.ReadDiagnostics(), new PublicationReport(ReadEntries(reader), ReadEntries(reader), ReadEntries(reader)));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or FormatException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Written last, after the output and the cache, and atomically: a stamp never describes a build that did not finish.</summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var temporary = path + $".{Environment.ProcessId}.tmp";
        var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, CacheCodec.Utf8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(BuildCache.GeneratorVersion);
            writer.Write(Inputs);
            writer.Write(OutputFolder);
            writer.Write(ValidUntilTicks);
            writer.Write(Pages);
            writer.Write(Files);
            writer.Write(Diagnostics);
            foreach (var list in new[] { Publication.Drafts, Publication.Scheduled, Publication.Lapsed }) WriteEntries(writer, list);
            writer.Write(ContentHash.Of(body.GetBuffer().AsSpan(0, (int)body.Length)));
        }
        File.WriteAllBytes(temporary, body.ToArray());
        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteEntries(BinaryWriter writer, IReadOnlyList<PublicationEntry> entries)
    {
        writer.Write(entries.Count);
        foreach (var entry in entries)
        {
            writer.Write(entry.SourcePath);
            writer.Write(entry.Date.UtcTicks);
            writer.Write((short)entry.Date.Offset.TotalMinutes);
        }
    }

    private static IReadOnlyList<PublicationEntry> ReadEntries(BinaryReader reader) =>
        Enumerable.Range(0, CacheCodec.Count(reader))
            .Select(_ => (Path: reader.ReadString(), Ticks: reader.ReadInt64(), Offset: reader.ReadInt16()))
            .Select(e => new PublicationEntry(e.Path, new DateTimeOffset(e.Ticks + TimeSpan.FromMinutes(e.Offset).Ticks, TimeSpan.FromMinutes(e.Offset))))
            .ToList();
}
