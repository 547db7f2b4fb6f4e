using System.Globalization;
using System.Text;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Images;
using PhuocMy.Site.Output;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.Images;

/// <summary>
/// What the last build knew about each photo, kept in two cache steps by the photo's path, valid for its content hash
/// and the settings: its probed size (<c>image-probes</c>), and the files published from it (<c>image-files</c>, whose
/// outputs the step checks against the output folder). A build with the photo unchanged probes nothing, and when the
/// output folder still holds those files untouched, it does not even read the variant cache: the files are left as
/// they are. Anything that does not match is made again.
/// </summary>
internal sealed class PublishedImageIndex(CacheSession session, string recipe)
{
    private readonly CacheStep probes = session.Step("image-probes");
    private readonly CacheStep published = session.Step("image-files");

    public ImageResult<ImageInfo>? StoredProbe(SourceFile file)
    {
        if (!probes.TryReuse(file.Path, Version(file), null, ReadProbe, out var info, out _)) return null;
        return info;
    }

    public void KeepProbe(SourceFile file, ImageResult<ImageInfo> probed)
    {
        if (!probed.Succeeded) return;
        var info = probed.Value;
        probes.Keep(file.Path, CacheEntry.Of(Version(file), Encoding.UTF8.GetBytes($"{info.Format}\t{info.Width}\t{info.Height}\t{info.Orientation}\t{(info.HasAlpha ? 1 : 0)}")));
    }

    /// <summary>The files made from <paramref name="file"/> for <paramref name="use"/> last time, if all are still in the output folder as written.</summary>
    public IReadOnlyList<OutputFile>? StillWritten(SourceFile file, string use) =>
        published.TryReuse(use + ":" + file.Path, Version(file), null, out var entry) && entry.Outputs.Count > 0
            ? entry.Outputs.Select(output => OutputFile.Unchanged(output.Path, output.Hash, [file.DisplayPath], () => session.ReadWritten(output.Path))).ToList()
            : null;

    public void KeepFiles(SourceFile file, string use, IReadOnlyList<OutputFile> files) =>
        published.Keep(use + ":" + file.Path, CacheEntry.Wrote(Version(file), files.Select(f => new WrittenOutput(f.Path, f.Hash)).ToList()));

    private static ImageInfo? ReadProbe(byte[] value)
    {
        var parts = Encoding.UTF8.GetString(value).Split('\t');
        if (parts.Length != 5 || !Enum.TryParse<ImageFormat>(parts[0], out var format)) return null;
        return new ImageInfo(format, Int(parts[1]), Int(parts[2]), Int(parts[3]), parts[4] == "1");
    }

    private ContentHash Version(SourceFile file) => new ContentHasher().Add(file.Hash).Add(recipe).Finish();

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
