namespace PhuocMy.Site.Features.Images;

/// <summary>
/// <c>{{ post.image | picture: post.image_alt, "lead" }}</c> in a template: the image at that address, as
/// <see cref="ImageHtml"/> writes it for that use (<c>lead</c>, <c>featured</c>, <c>thumbnail</c>, <c>body</c>).
/// </summary>
internal sealed class PictureFilter(ImageCatalog catalog)
{
    public const string Name = "picture";

    public string Render(string url, IReadOnlyList<string> arguments)
    {
        var alt = arguments.Count > 0 ? arguments[0] : "";
        var useName = arguments.Count > 1 ? arguments[1] : ImageUse.Body.Name;
        var use = ImageUse.Named(useName)
            ?? throw new InvalidOperationException(
                $"bộ lọc picture không biết cách dùng ảnh '{useName}'; dùng một trong: {string.Join(", ", ImageUse.All.Select(u => u.Name))}");
        return ImageHtml.For(catalog, url, alt, use);
    }
}
