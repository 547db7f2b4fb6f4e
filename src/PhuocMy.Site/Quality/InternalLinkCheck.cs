using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Quality;

/// <summary>
/// Every link, image, stylesheet, script and media source that points into the site must name a file the build writes,
/// and a "#fragment" on the same page must name an element id that exists.
/// An element with <c>data-no-link-check</c> is skipped.
/// </summary>
public sealed class InternalLinkCheck(Uri? siteBaseUrl = null) : IPageCheck
{
    private static readonly ElementQuery NamedAnchors = new("a[name]", "a");

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        var resolver = new InternalUrlResolver(page.BasePath, siteBaseUrl);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        Uri? pageAddress = null;

        foreach (var link in page.References)
        {
            if (!reported.Add(link.Url))
                continue;
            switch (resolver.Resolve(page.OutputPath, link.Url, ref pageAddress))
            {
                case LinkTarget.Broken broken:
                    page.LinkErrorAtSource(link.Element, link.Url, $"đường dẫn {Describe(link)} {broken.Reason}",
                        $"sửa đường dẫn, hoặc thêm {LinkReference.OptOutAttribute} nếu đúng là cố ý");
                    break;
                case LinkTarget.SiteFile target:
                    CheckTarget(page, link, target, diagnostics);
                    break;
            }
        }
    }

    private static void CheckTarget(PageUnderCheck page, LinkReference link, LinkTarget.SiteFile target, DiagnosticBag diagnostics)
    {
        page.RequireFile(new LinkRequirement(page.SourcePath, PageReport.Where(page, link.Element), link.Url, Describe(link), target.OutputPath));

        // Fragments on other pages are not checked: each page is parsed on its own.
        if (target.Fragment is { } fragment && target.OutputPath == page.OutputPath && !HasTarget(page, fragment))
        {
            page.LinkErrorAtSource(link.Element, link.Url, $"đường dẫn {Describe(link)} trỏ tới #{fragment} nhưng trang không có phần tử id=\"{fragment}\"",
                $"thêm id=\"{fragment}\" cho phần tử đích hoặc sửa đường dẫn");
        }
    }

    private static bool HasTarget(PageUnderCheck page, string fragment) =>
        string.Equals(fragment, "top", StringComparison.OrdinalIgnoreCase) // HTML scrolls to the top for "#top".
        || page.Document.GetElementById(fragment) is not null
        || NamedAnchors.In(page).Any(a => a.GetAttribute("name") == fragment);

    private static string Describe(LinkReference link) =>
        $"\"{link.Url}\" (<{link.Element.LocalName} {link.Attribute}>)";
}
