using System.Xml;
using Markdig;
using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.ImageSizes;

/// <summary>
/// Image sizes known at build time, so every <c>&lt;img&gt;</c> carries <c>width</c> and <c>height</c> and pages do not
/// shift as images load: SVG files from their root element. Markdown images get the attributes as they are parsed;
/// templates read <c>site.image_sizes[url]</c> for lead images and thumbnails. Raster images are left to the image pipeline.
/// </summary>
public sealed class ImageSizesFeature : ISiteFeature
{
    public string Name => "image-sizes";
    public IReadOnlyList<string> RunsAfter => ["images"];

    /// <summary>Reads images only: they are still published as they are.</summary>
    public bool Owns(SourceFile file) => false;

    public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var sizes = new Dictionary<string, ImageSize>(StringComparer.Ordinal);
        foreach (var file in tree.Files.Where(f => f.Extension == ".svg" && !f.IsHidden))
        {
            try
            {
                using var stream = new MemoryStream(file.Content.ToArray(), writable: false);
                sizes[ImageSizeCatalog.UrlOf(file.Path)] = SvgSize.Read(stream);
            }
            catch (XmlException)
            {
                // No size to give; the images feature reports the unreadable file, once, as the error it is.
            }
        }
        return new LoadedImageSizes(new ImageSizeCatalog(sizes));
    }
}

public sealed class LoadedImageSizes(ImageSizeCatalog catalog) : ILoadedFeature
{
    /// <summary>
    /// Nothing beyond what each parse records: <see cref="ImageSizeCatalog.Find"/> records the image files a post shows,
    /// so redrawing one picture parses again only the posts that show it.
    /// </summary>
    public ContentHash? MarkdownContext => ContentHash.Of(nameof(ImageSizeCatalog.Find));

    public void ExtendMarkdown(MarkdownPipelineBuilder builder) =>
        builder.Extensions.ReplaceOrAdd<ImageSizeExtension>(new ImageSizeExtension(catalog));

    public FeatureOutput ParseContent(ContentContext context) => new()
    {
        SiteValues = new Dictionary<string, object?> { ["image_sizes"] = catalog.ByUrl },
        TemplateTypes = [typeof(ImageSize)],
    };
}
