using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using PhuocMy.Site.Caching;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Images;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Images;

/// <summary>
/// The photos of one build: finds the file behind an image address (recording the read, so whatever shows a
/// photo is made again when the photo changes), and probes, resizes and crops each photo at most once per build,
/// through the content-addressed variant cache in the build's cache folder when there is one: an unchanged photo
/// is never decoded again.
/// </summary>
internal sealed class ImageCatalog(SourceTree tree, ImageOptions options)
{
    private readonly ConcurrentDictionary<string, Lazy<ImageResult<ImageInfo>>> probes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ImageResult<VariantSet>>> variants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ImageResult<EncodedImage>>> sharing = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImageSize?> svgSizes = new(StringComparer.Ordinal);
    private VariantCache? cache;
    private PublishedImageIndex? index;

    public ImageOptions Options => options;

    /// <summary>What decides the bytes of every variant and sharing image: part of their names and of the parse context.</summary>
    public string Recipe { get; } = options.VariantsRecipe + "|" + options.SharingRecipe;

    /// <summary>
    /// Keeps variants in <c>images/</c> under the build's cache folder (without one they are made in memory), and what
    /// is known of each photo in the build cache's store.
    /// </summary>
    public void UseCache(CacheSession session)
    {
        cache = session.Folder is { } folder ? new VariantCache(Path.Combine(folder, "images"), options) : null;
        index = new PublishedImageIndex(session, Recipe);
    }

    /// <summary>What the last build published from a photo, still in the output folder untouched; null to make it.</summary>
    public IReadOnlyList<Output.OutputFile>? StillPublished(SourceFile file, string use) => index?.StillWritten(file, use);

    public void Published(SourceFile file, string use, IReadOnlyList<Output.OutputFile> files) => index?.KeepFiles(file, use, files);

    private readonly ConcurrentDictionary<string, SourceFile> shownUntracked = new(StringComparer.Ordinal);

    /// <summary>The image file behind an address, recording that the caller depends on it (and on whether it exists).</summary>
    public SourceFile? Find(string url)
    {
        var file = SitePaths.TreePathOf(url) is { } path ? tree.Find(path) : null;
        if (file is not null && !DependencyTracking.IsTracking && MediaTypes.IsPhoto(file.Path)) shownUntracked.TryAdd(file.Path, file);
        return file;
    }

    /// <summary>
    /// Photos looked up outside any tracked unit of work (the lead-image checks after rendering, which run in every
    /// build, full or incremental), so no page's recorded sources need to name them. Content files are parsed under
    /// tracking, cached or not, so the photos their bodies show are among their pages' sources.
    /// </summary>
    public IEnumerable<SourceFile> ShownUntracked => shownUntracked.Values;

    /// <summary>As <see cref="Find"/>, without recording: for the build's own bookkeeping and for plans, whose values are fingerprinted.</summary>
    public SourceFile? Peek(string url) => SitePaths.TreePathOf(url) is { } path ? tree.Peek(path) : null;

    public SourceFile? PeekDisplayPath(string displayPath) => tree.PeekDisplayPath(displayPath);

    public ImageResult<ImageInfo> Probe(SourceFile file) =>
        probes.GetOrAdd(file.Path, _ => new Lazy<ImageResult<ImageInfo>>(() =>
        {
            if (index?.StoredProbe(file) is { } stored) return stored;
            var probed = ImageProbe.Probe(Bytes(file), options);
            index?.KeepProbe(file, probed);
            return probed;
        })).Value;

    public ImageResult<VariantSet> Variants(SourceFile file) =>
        variants.GetOrAdd(file.Path, _ => new Lazy<ImageResult<VariantSet>>(() =>
        {
            var bytes = Bytes(file);
            return cache?.GetVariants(bytes) ?? ImageVariants.Create(bytes, options);
        })).Value;

    public ImageResult<EncodedImage> SharingImage(SourceFile file) =>
        sharing.GetOrAdd(file.Path, _ => new Lazy<ImageResult<EncodedImage>>(() =>
        {
            var bytes = Bytes(file);
            return cache?.GetSharingImage(bytes) ?? Site.Images.SharingImage.Create(bytes, options);
        })).Value;

    /// <summary>The size an SVG drawing shows at (<see cref="SvgSize"/>), read once per build; null when it is not a readable SVG.</summary>
    public ImageSize? SvgSizeOf(SourceFile file) => svgSizes.GetOrAdd(file.Path, _ => SvgSize.TryRead(file.Content.Span));

    /// <summary>
    /// The sizes of every drawing of the tree by the address it is published at, for <c>site.image_sizes</c> and the
    /// images of Markdown and pasted HTML.
    /// </summary>
    public ImageSizeCatalog SvgSizes()
    {
        var sizes = new Dictionary<string, ImageSize>(StringComparer.Ordinal);
        foreach (var file in tree.Files.Where(f => MediaTypes.IsSvg(f.Path) && !f.IsHidden))
            // An unreadable drawing has no size to give; the build reports it, once, where it is shown.
            if (SvgSizeOf(file) is { } size) sizes[SitePaths.UrlOf(file.Path)] = size;
        return new ImageSizeCatalog(sizes);
    }

    /// <summary>
    /// <c>images/hoi-nghi-720.3f9a0c1b2d.webp</c>: beside the original, with its width and a hash of the original and
    /// the settings, so a changed photo gets new addresses (browsers may keep a variant for ever) and two originals
    /// never share a name.
    /// </summary>
    public string VariantPath(SourceFile file, EncodedImage image) => $"{Stem(file)}-{image.Width}.{Version(file)}{image.Format.Extension()}";

    /// <summary><c>images/hoi-nghi-chia-se.3f9a0c1b2d.jpg</c>: the 1200 × 630 picture shown when the post is shared.</summary>
    public string SharingPath(SourceFile file) => $"{Stem(file)}-chia-se.{Version(file)}.jpg";

    private static string Stem(SourceFile file) => file.Path[..^System.IO.Path.GetExtension(file.Path).Length];

    private string Version(SourceFile file) => new ContentHasher().Add(file.Hash).Add(Recipe).Finish().ToString()[..10];

    /// <summary>The file's bytes without a copy: the library remembers a source's hash by its array.</summary>
    private static byte[] Bytes(SourceFile file) =>
        MemoryMarshal.TryGetArray(file.Content, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : file.Content.ToArray();
}
