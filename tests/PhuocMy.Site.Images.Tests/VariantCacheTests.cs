using PhuocMy.Site.Testing;
using static PhuocMy.Site.Images.Tests.ImageProbeTests;

namespace PhuocMy.Site.Images.Tests;

public sealed class VariantCacheTests : IDisposable
{
    private readonly TempFolder _folder = new("image-cache");
    private int _encodes;

    public void Dispose() => _folder.Dispose();

    private ImageResult<VariantSet> CountingCreate(byte[] source, ImageOptions? options = null)
    {
        Interlocked.Increment(ref _encodes);
        return ImageVariants.Create(source, options);
    }

    private ImageResult<VariantSet> Get(VariantCache cache, byte[] source, ImageOptions? options = null) =>
        cache.GetVariants(source, () => CountingCreate(source, options));

    [Fact]
    public void An_unchanged_photo_is_never_encoded_twice_even_by_a_new_build()
    {
        var photo = SamplePhotos.PhoneJpeg(1600, 1200, orientation: 1);

        var first = Succeeded(Get(new VariantCache(_folder.Path), photo));
        var again = new VariantCache(_folder.Path); // as the next build would
        var second = Succeeded(Get(again, photo));

        Assert.Equal(1, _encodes);
        Assert.Equal((1, 0), (again.Hits, again.Misses));
        AssertSameImages(first, second);
    }

    [Fact]
    public void A_changed_photo_or_setting_is_encoded_again()
    {
        var cache = new VariantCache(_folder.Path);
        Succeeded(Get(cache, SamplePhotos.Jpeg(900, 600)));

        Succeeded(Get(cache, SamplePhotos.Jpeg(900, 600, [120, 130, 140])));
        Assert.Equal(2, _encodes);

        var otherWidths = new VariantCache(_folder.Path, new ImageOptions { Widths = [300, 600] });
        var set = Succeeded(otherWidths.GetVariants(SamplePhotos.Jpeg(900, 600), () => CountingCreate(SamplePhotos.Jpeg(900, 600), new ImageOptions { Widths = [300, 600] })));
        Assert.Equal(3, _encodes);
        Assert.Equal([300, 600], set.Webp.Select(v => v.Width));
    }

    [Fact]
    public void A_corrupted_entry_is_ignored_and_rebuilt()
    {
        var photo = SamplePhotos.Jpeg(1200, 900);
        var good = Succeeded(Get(new VariantCache(_folder.Path), photo));
        var entry = Assert.Single(EntryFiles());
        var bytes = File.ReadAllBytes(entry);
        bytes[^100] ^= 0x55; // one changed byte inside the last image
        File.WriteAllBytes(entry, bytes);

        var cache = new VariantCache(_folder.Path);
        var rebuilt = Succeeded(Get(cache, photo));

        Assert.Equal(2, _encodes);
        Assert.Equal((0, 1), (cache.Hits, cache.Misses));
        AssertSameImages(good, rebuilt);
        Succeeded(Get(cache, photo));
        Assert.Equal(2, _encodes); // the rebuilt entry is good again
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(0.5)]
    public void A_cut_short_or_empty_entry_is_ignored_and_rebuilt(double keptFraction)
    {
        var photo = SamplePhotos.Jpeg(700, 500);
        Succeeded(Get(new VariantCache(_folder.Path), photo));
        var entry = Assert.Single(EntryFiles());
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, bytes[..(int)(keptFraction <= 1 ? bytes.Length * keptFraction : keptFraction)]);

        Succeeded(Get(new VariantCache(_folder.Path), photo));

        Assert.Equal(2, _encodes);
    }

    [Fact]
    public void An_entry_copied_from_another_photo_is_not_trusted()
    {
        var small = SamplePhotos.Jpeg(500, 400);
        var large = SamplePhotos.Jpeg(1500, 1000);
        Succeeded(Get(new VariantCache(_folder.Path), small));
        Succeeded(Get(new VariantCache(_folder.Path), large));
        var entries = EntryFiles().OrderBy(f => new FileInfo(f).Length).ToArray();
        File.Copy(entries[0], entries[1], overwrite: true); // the large photo's entry now holds the small one's variants

        var set = Succeeded(Get(new VariantCache(_folder.Path), large));

        Assert.Equal(3, _encodes);
        Assert.Equal((1500, 1000), (set.Width, set.Height));
    }

    [Fact]
    public void The_sharing_image_is_cached_too()
    {
        var photo = SamplePhotos.Jpeg(1400, 1000);
        var first = Succeeded(new VariantCache(_folder.Path).GetSharingImage(photo));
        var cache = new VariantCache(_folder.Path);

        var second = Succeeded(cache.GetSharingImage(photo));

        Assert.Equal((1, 0), (cache.Hits, cache.Misses));
        Assert.Equal(first, second with { Bytes = first.Bytes });
        Assert.Equal(first.Bytes, second.Bytes);
    }

    [Fact]
    public void Bad_images_are_not_cached()
    {
        var cache = new VariantCache(_folder.Path);

        Failed(cache.GetVariants(SamplePhotos.Pdf()));
        Failed(cache.GetVariants(SamplePhotos.Pdf()));

        Assert.Equal((0, 2), (cache.Hits, cache.Misses));
        Assert.Empty(EntryFiles());
    }

    [Fact]
    public void Writes_stay_inside_the_folder_and_leave_no_temporary_files()
    {
        var cache = new VariantCache(_folder.Path);
        Parallel.For(0, 4, i => Succeeded(cache.GetVariants(SamplePhotos.Jpeg(400 + i * 100, 300))));

        var files = Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories);
        Assert.Equal(4, files.Length);
        Assert.All(files, f => Assert.EndsWith(".entry", f));
        Assert.All(files, f => Assert.StartsWith(_folder.Path + Path.DirectorySeparatorChar, f));
    }

    private string[] EntryFiles() => Directory.GetFiles(_folder.Path, "*.entry", SearchOption.AllDirectories);

    private static void AssertSameImages(VariantSet expected, VariantSet actual)
    {
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        Assert.Equal(expected.All.Select(v => (v.Format, v.Width, v.Height)), actual.All.Select(v => (v.Format, v.Width, v.Height)));
        Assert.All(expected.All.Zip(actual.All), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }
}
