using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Images;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;
using Markdig;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Images;

/// <summary>
/// Ảnh: every JPEG, PNG and WebP photo a post, page or template shows is published as responsive variants (WebP and
/// a JPEG or PNG fallback at the theme's widths, upright, sRGB, without metadata) and shown with
/// <c>&lt;picture&gt;</c>; a post's lead photo also becomes its 1200 × 630 sharing image. Originals are never
/// published (they carry the GPS position of the phone). SVG drawings are published as they are; every <c>&lt;img&gt;</c>
/// of one carries its size (<see cref="SvgSize"/>), in Markdown, pasted HTML and templates (<c>site.image_sizes[url]</c>
/// for thumbnails), so pages do not shift as images load.
/// </summary>
public sealed class ImagesFeature(ImageOptions? options = null) : ISiteFeature
{
    public string Name => "images";

    private readonly ImageOptions options = options ?? ImageOptions.Default;

    /// <summary>Every raster photo of the tree: the originals are replaced by their variants.</summary>
    public bool Owns(SourceFile file) => MediaTypes.IsPhoto(file.Path) && !file.IsHidden;

    public ILoadedFeature Load(SourceTree tree, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var catalog = new ImageCatalog(tree, options);
        return new Loaded(catalog, catalog.SvgSizes());
    }

    private sealed class Loaded(ImageCatalog catalog, ImageSizeCatalog sizes) : ILoadedFeature
    {
        public void ExtendMarkdown(MarkdownPipelineBuilder builder)
        {
            builder.Extensions.AddIfNotAlready(new PictureExtension(catalog));
            builder.Extensions.ReplaceOrAdd<ImageSizeExtension>(new ImageSizeExtension(sizes));
        }

        public IEnumerable<IMarkdownCheck> MarkdownChecks => [new ImageReferenceCheck(catalog)];

        /// <summary>
        /// Parsing depends on the settings that shape the variants (widths, qualities, library version); each photo or
        /// drawing a body shows is recorded as a read of its file (<see cref="ImageSizeCatalog.Find"/> too), so editing
        /// one parses again only the posts that show it.
        /// </summary>
        public ContentHash? MarkdownContext => new ContentHasher().Add(nameof(ImagesFeature)).Add(catalog.Recipe).Add(nameof(ImageSizeCatalog.Find)).Finish();

        public FeatureOutput ParseContent(ContentContext context)
        {
            catalog.UseCache(context.Cache);
            return new FeatureOutput
            {
                SiteValues = new Dictionary<string, object?> { ["image_sizes"] = sizes.ByUrl },
                TemplateTypes = [typeof(ImageSize)],
                PageDecorators = [new SharingPhotoDecorator(catalog)],
                HtmlFilters = new Dictionary<string, Func<string, IReadOnlyList<string>, string>>
                {
                    [PictureFilter.Name] = new PictureFilter(catalog).Render,
                },
                AfterRender = [new ImageFilesGenerator(catalog)],
            };
        }
    }
}
