namespace PhuocMy.Site.Images;

/// <summary>
/// A content-addressed disk cache of image variants, in a folder the caller owns (for example <c>.cache/images</c>
/// beside the output). The key is the SHA-256 of the source bytes plus the settings, so an unchanged photo is
/// never decoded or encoded again, while a changed photo or setting is. Entries are checked byte for byte when
/// read and a bad or foreign one is rebuilt; entries are written to a temporary file and renamed into place,
/// so a build killed midway never leaves a half entry. Nothing is written outside the folder. Safe to use
/// from several threads. A source array's hash is remembered for as long as the array lives, so the arrays
/// passed in must not be changed afterwards.
/// </summary>
public sealed class VariantCache
{
    private readonly string _folder;
    private readonly ImageOptions _options;
    private int _hits, _misses;

    public VariantCache(string folder, ImageOptions? options = null)
    {
        _folder = Path.GetFullPath(folder);
        _options = options ?? ImageOptions.Default;
    }

    /// <summary>Entries read from disk and reused.</summary>
    public int Hits => _hits;

    /// <summary>Entries made (decoded and encoded) because none valid was on disk.</summary>
    public int Misses => _misses;

    /// <summary>The responsive variants of a photo (<see cref="ImageVariants.Create"/>), from the cache when possible.</summary>
    public ImageResult<VariantSet> GetVariants(byte[] source) =>
        GetVariants(source, () => ImageVariants.Create(source, _options));

    /// <summary>
    /// As <see cref="GetVariants(byte[])"/>, with the function that makes the variants on a miss given (tests
    /// count its calls).
    /// </summary>
    public ImageResult<VariantSet> GetVariants(byte[] source, Func<ImageResult<VariantSet>> create) =>
        GetOrCreate(source, _options.VariantsRecipe, () => create().Select(set => new CachedImages(set.Width, set.Height, set.All.ToArray())))
            .Select(entry => new VariantSet(entry.Width, entry.Height,
                entry.Images.Where(i => i.Format == ImageFormat.Webp).ToArray(),
                entry.Images.Where(i => i.Format != ImageFormat.Webp).ToArray()));

    /// <summary>The sharing image of a photo (<see cref="SharingImage.Create"/>), from the cache when possible.</summary>
    public ImageResult<EncodedImage> GetSharingImage(byte[] source) =>
        GetOrCreate(source, _options.SharingRecipe, () => SharingImage.Create(source, _options).Select(image => new CachedImages(image.Width, image.Height, [image])))
            .Select(entry => entry.Images[0]);

    /// <summary>
    /// The cached images for <paramref name="source"/> and <paramref name="recipe"/>, or what
    /// <paramref name="create"/> makes (stored when it succeeds; problems are never cached).
    /// </summary>
    private ImageResult<CachedImages> GetOrCreate(byte[] source, string recipe, Func<ImageResult<CachedImages>> create)
    {
        ArgumentNullException.ThrowIfNull(source);
        var key = CacheKey.For(source, recipe);
        var path = PathOf(key);
        if (TryRead(path, key, recipe) is { } cached)
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }

        Interlocked.Increment(ref _misses);
        var made = create();
        if (made.Succeeded)
            WriteAtomically(path, stream => CacheEntryFile.Write(stream, key, recipe, made.Value));
        return made;
    }

    /// <summary>Two levels, as git does, so no folder grows to hundreds of thousands of files.</summary>
    private string PathOf(string key) => Path.Combine(_folder, key[..2], key + ".entry");

    private static CachedImages? TryRead(string path, string key, string recipe)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 1);
            return CacheEntryFile.Read(stream, key, recipe);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Temporary file, then rename: readers see the old entry or the new one, never half of one. Not flushed to
    /// disk: an entry damaged by a power cut fails its checks and is made again.
    /// </summary>
    private static void WriteAtomically(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
