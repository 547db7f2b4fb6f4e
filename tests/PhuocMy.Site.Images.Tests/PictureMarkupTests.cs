using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PhuocMy.Site.Images.Tests;

public sealed class PictureMarkupTests
{
    /// <summary>Variants as <see cref="ImageVariants"/> makes them for a 3000 × 2000 photo; the markup never reads the bytes.</summary>
    private static readonly VariantSet Photo = new(3000, 2000,
        [.. new[] { 360, 720, 1080, 1600 }.Select(w => Variant(ImageFormat.Webp, w))],
        [.. new[] { 360, 720, 1080, 1600 }.Select(w => Variant(ImageFormat.Jpeg, w))]);

    private const string Sizes = "(min-width: 50rem) 46rem, 100vw";

    private static EncodedImage Variant(ImageFormat format, int width) => new(format, width, (int)Math.Round(width * 2 / 3.0), []);

    private static string UrlOf(EncodedImage image) => "/images/" + image.FileName("hoi-nghi");

    private static AngleSharp.Dom.IElement Parse(string html) =>
        new HtmlParser().ParseDocument($"<!doctype html><html lang=\"vi\"><title>t</title><body>{html}</body></html>").Body!.FirstElementChild!;

    [Fact]
    public void A_picture_offers_webp_then_the_jpeg_fallback_at_every_width()
    {
        var picture = Parse(PictureMarkup.Render(Photo, UrlOf, "Toàn cảnh hội nghị", Sizes));

        Assert.Equal("PICTURE", picture.TagName);
        var source = Assert.IsAssignableFrom<IHtmlSourceElement>(picture.Children[0]);
        var img = Assert.IsAssignableFrom<IHtmlImageElement>(picture.Children[1]);
        Assert.Equal(2, picture.Children.Length);

        Assert.Equal("image/webp", source.Type);
        Assert.Equal("/images/hoi-nghi-360.webp 360w, /images/hoi-nghi-720.webp 720w, /images/hoi-nghi-1080.webp 1080w, /images/hoi-nghi-1600.webp 1600w", source.SourceSet);
        Assert.Equal(Sizes, source.Sizes);
        Assert.Equal("/images/hoi-nghi-360.jpg 360w, /images/hoi-nghi-720.jpg 720w, /images/hoi-nghi-1080.jpg 1080w, /images/hoi-nghi-1600.jpg 1600w", img.SourceSet);
        Assert.Equal(Sizes, img.Sizes);
        Assert.Equal("/images/hoi-nghi-720.jpg", img.GetAttribute("src"));
        Assert.Equal(("1600", "1067"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("Toàn cảnh hội nghị", img.AlternativeText);
        Assert.Equal(("lazy", "async"), (img.GetAttribute("loading"), img.GetAttribute("decoding")));
        Assert.False(img.HasAttribute("fetchpriority"));
        Assert.False(img.HasAttribute("style"));
    }

    [Fact]
    public void The_first_large_image_is_fetched_at_once_with_high_priority()
    {
        var img = Parse(PictureMarkup.Render(Photo, UrlOf, "Ảnh đầu bài", Sizes, ImageLoading.Priority)).Children[1];

        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.False(img.HasAttribute("loading"));
    }

    [Fact]
    public void Alt_text_is_escaped_and_kept_exactly_as_written()
    {
        const string alt = "Bà Nguyễn Thị \"Ba\" <phải> & ông Lê Văn Tư trao quà 'Tết'";

        var html = PictureMarkup.Render(Photo, UrlOf, alt, Sizes, cssClass: "anh-dau-bai");

        Assert.Contains("alt=\"Bà Nguyễn Thị &quot;Ba&quot; &lt;phải&gt; &amp; ông Lê Văn Tư trao quà 'Tết'\"", html);
        var img = Parse(html).Children[1];
        Assert.Equal(alt, img.GetAttribute("alt"));
        Assert.Equal("anh-dau-bai", img.ClassName);
    }

    [Fact]
    public void A_transparent_photo_falls_back_to_png()
    {
        var png = Photo with { Fallback = [.. Photo.Fallback.Select(v => v with { Format = ImageFormat.Png })] };

        var img = Parse(PictureMarkup.Render(png, UrlOf, "Logo", Sizes)).Children[1];

        Assert.Equal("/images/hoi-nghi-720.png", img.GetAttribute("src"));
    }

    [Fact]
    public void A_url_with_a_space_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => PictureMarkup.Render(Photo, _ => "/images/hội nghị.jpg", "x", Sizes));
    }

    [Fact]
    public async Task The_markup_is_valid_html()
    {
        var lazy = PictureMarkup.Render(Photo, UrlOf, "Toàn cảnh \"hội nghị\" & <khách mời>", Sizes);
        var priority = PictureMarkup.Render(Photo, UrlOf, "Ảnh đầu bài", "100vw", ImageLoading.Priority, "anh");
        var small = PictureMarkup.Render(Succeeded300(), UrlOf, "", "300px");
        var document = $"<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Ảnh</title></head><body>{priority}{lazy}{small}</body></html>";

        Assert.Equal("", await HtmlValidator.ErrorsAsync(document, TestContext.Current.CancellationToken));
        // The checker does find errors: the same image without alt and with sizes but no srcset is refused.
        var broken = document.Replace("alt=\"\"", "").Replace("srcset=", "data-srcset=");
        Assert.NotEqual("", await HtmlValidator.ErrorsAsync(broken, TestContext.Current.CancellationToken));
    }

    private static VariantSet Succeeded300() => new(300, 200, [Variant(ImageFormat.Webp, 300)], [Variant(ImageFormat.Jpeg, 300)]);
}
