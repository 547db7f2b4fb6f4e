using System.Globalization;
using System.Text;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Images;
using PhuocMy.Site.Output;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.Images;

/// <summary>
/// What the last build knew about each photo, kept in the build cache's store by the photo's content hash and the
/// settings: its probed size, and the files published from it with their hashes. A build with the photo unchanged
/// probes nothing, and when the output folder still holds those files untouched, it does not even read the
/// variant cache: the files are left as they are. Anything that does not match is made again.
/// </summary>
internal sealed class PublishedImageIndex(CacheSession session, string recipe)
{
    private const string ProbeKey = "images/probe:";
    private const string FilesKey = "images/files:";

    public ImageResult<ImageInfo>? StoredProbe(SourceFile file)
    {
        if (!TryGet(ProbeKey + file.Path, file, out var value)) return null;
        var parts = Encoding.UTF8.GetString(value).Split('\t');
        if (parts.Length != 5 || !Enum.TryParse<ImageFormat>(parts[0], out var format)) return null;
        return new ImageInfo(format, Int(parts[1]), Int(parts[2]), Int(parts[3]), parts[4] == "1");
    }

    public void KeepProbe(SourceFile file, ImageResult<ImageInfo> probed)
    {
        if (!probed.Succeeded) return;
        var info = probed.Value;
        Put(ProbeKey + file.Path, file, $"{info.Format}\t{info.Width}\t{info.Height}\t{info.Orientation}\t{(info.HasAlpha ? 1 : 0)}");
    }

    /// <summary>The files made from <paramref name="file"/> for <paramref name="use"/> last time, if all are still in the output folder as written.</summary>
    public IReadOnlyList<OutputFile>? StillWritten(SourceFile file, string use)
    {
        if (!TryGet(FilesKey + use + ":" + file.Path, file, out var value)) return null;
        var files = new List<OutputFile>();
        foreach (var line in Encoding.UTF8.GetString(value).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.IndexOf('\t');
            if (tab < 0 || !TryParseHash(line[(tab + 1)..], out var hash)) return null;
            var path = line[..tab];
            if (!session.IsWritten(path, hash)) return null;
            files.Add(OutputFile.Unchanged(path, hash, [file.DisplayPath], () => session.ReadWritten(path)));
        }
        return files.Count > 0 ? files : null;
    }

    public void KeepFiles(SourceFile file, string use, IReadOnlyList<OutputFile> files) =>
        Put(FilesKey + use + ":" + file.Path, file, string.Join('\n', files.Select(f => $"{f.Path}\t{f.Hash}")));

    private bool TryGet(string key, SourceFile file, out byte[] value)
    {
        value = [];
        if (!session.Previous.Store.TryGetValue(key, out var stored) || stored.Key != Version(file)) return false;
        session.Next.Store[key] = stored;
        value = stored.Value;
        return true;
    }

    private void Put(string key, SourceFile file, string value) => session.Next.Store[key] = (Version(file), Encoding.UTF8.GetBytes(value));

    private ContentHash Version(SourceFile file) => new ContentHasher().Add(file.Hash).Add(recipe).Finish();

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static bool TryParseHash(string hex, out ContentHash hash)
    {
        hash = default;
        if (hex.Length != 32
            || !ulong.TryParse(hex.AsSpan(0, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var high)
            || !ulong.TryParse(hex.AsSpan(16), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var low)) return false;
        hash = new ContentHash(high, low);
        return true;
    }
}
