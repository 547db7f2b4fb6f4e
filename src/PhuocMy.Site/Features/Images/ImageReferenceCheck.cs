using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Images;

/// <summary>
/// Every image a body shows from this site must exist and, for a photo, be readable; a photo too narrow for the
/// text column is a warning. Reported at the file and line of the image. Each image looked at is recorded, so
/// replacing the photo checks the body again.
/// </summary>
internal sealed class ImageReferenceCheck(ImageCatalog catalog) : IMarkdownCheck
{
    public void Check(string displayPath, MarkdownDocument document, Func<int, int> lineOf, DiagnosticBag diagnostics)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage))
        {
            if (SitePaths.TreePathOf(image.Url) is null) continue;
            foreach (var (message, fix, error) in ImageIssues.Of(catalog, image.Url!, ImageUse.Body, reportMissing: false))
            {
                if (error) diagnostics.Error(displayPath, lineOf(image.Line), message, fix);
                else diagnostics.Warning(displayPath, lineOf(image.Line), message, fix);
            }
        }
    }
}
