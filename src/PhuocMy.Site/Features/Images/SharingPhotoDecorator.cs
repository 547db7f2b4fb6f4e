using PhuocMy.Site.Images;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Planning;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Images;

/// <summary>
/// A post with a readable lead photo is shared with that photo, cropped to 1200 × 630 around what libvips finds most
/// interesting; other pages keep the generated card (Features/Syndication). Runs before the syndication feature's
/// decorator. The address carries the photo's hash, so the page's plan changes when the photo does.
/// </summary>
internal sealed class SharingPhotoDecorator(ImageCatalog catalog) : IPageDecorator
{
    public PlannedPage Decorate(PlannedPage page, Website site)
    {
        if (!page.UsesBaseLayout || page.Meta.SharingImage is not null || page.Meta.ImageUrl is not { } url) return page;
        if (catalog.Peek(url) is not { } file || !MediaTypes.IsPhoto(file.Path) || catalog.Probe(file) is not { Succeeded: true } probed) return page;
        var (width, height) = Site.Images.SharingImage.CropSize(probed.Value.Width, probed.Value.Height, catalog.Options.SharingWidth, catalog.Options.SharingHeight);
        var image = new Planning.SharingImage(SitePaths.EscapedUrlOf(catalog.SharingPath(file)), width, height, ImageFormat.Jpeg.MediaType(),
            page.Meta.ImageAlt ?? page.Meta.Title);
        return page with { Meta = page.Meta with { SharingImage = image } };
    }
}
