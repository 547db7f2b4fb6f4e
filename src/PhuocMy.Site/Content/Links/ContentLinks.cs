using System.Text;
using System.Text.RegularExpressions;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Markdown.Links;
using PhuocMy.Site.Markdown.RawHtml;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Content.Links;

/// <summary>
/// Reads a link in a body the way a browser would (percent-escapes decoded, '\' as '/', any Unicode form), and gives it
/// the address of the file it means:
/// <list type="bullet">
/// <item>a link to another post's or page's <c>.md</c> file becomes that post's address, or is an error at its line that
/// says what to write;</item>
/// <item>a file of the site (an image, an attachment) written relative to the post (<c>anh.jpg</c> next to the
/// <c>.md</c> file), without its leading '/', percent-escaped or in a different Unicode form gets its published address
/// (as a path; the HTML writer escapes it).</item>
/// </list>
/// Anything else is left as written; the page checks then report it, with this line, if it leads nowhere.
/// </summary>
public sealed partial class ContentLinks(SourceTree tree, ContentAddresses addresses) : ILinkAddresses
{
    private const string InputPrefix = "input/";

    /// <summary>The rewrites of a standard build, in order: pasted HTML is cleaned (its links resolved too), then Markdown links.</summary>
    public static IReadOnlyList<IMarkdownRewrite> Rewrites(MarkdownConverter converter, SourceTree tree, IReadOnlyList<ContentFolder> folders)
    {
        var links = new ContentLinks(tree, new ContentAddresses(tree, folders));
        return [new RawHtmlCleaner(converter, links), new LinkAddressRewrite(links)];
    }

    public string Resolve(string url, bool isImage, MarkdownSource source, int line, DiagnosticBag diagnostics)
    {
        var written = url.Trim();
        if (LocalDisk().IsMatch(written))
        {
            diagnostics.Error(source.DisplayPath, line, $"Đường dẫn '{url}' trỏ tới một tệp trên máy tính của người viết; người đọc không mở được.",
                $"Chép tệp vào input/images/ (ảnh) hoặc một thư mục trong input/ (tệp đính kèm), rồi viết đường dẫn như /images/{Path.GetFileName(written.Replace('\\', '/'))}");
            return url;
        }
        if (written.Length == 0 || written[0] == '#' || written.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(written))
            return url;

        var cut = written.IndexOfAny(['?', '#']);
        var (path, rest) = cut < 0 ? (written, "") : (written[..cut], written[cut..]);
        var candidates = Candidates(BrowserDecoded(path), SourcePathOf(source.DisplayPath)).ToList();
        if (candidates.Count == 0) return url;

        if (IsMarkdownFile(candidates[0]))
            return ContentAddress(url, candidates, rest, source, line, diagnostics);

        var file = candidates.Select(tree.Find).FirstOrDefault(found => found is not null && !found.IsHidden && !found.IsMarkdown);
        if (file is not null) return "/" + file.Path + rest;
        if (isImage) ReportMissingImage(url, candidates, source, line, diagnostics);
        return url;
    }

    /// <summary>
    /// An image is a file of the input, so a missing one is known now, with its line, even when other files have errors
    /// that stop the build before the page checks. (A link may lead to a page the build makes; the page checks judge those.)
    /// </summary>
    private void ReportMissingImage(string url, List<string> candidates, MarkdownSource source, int line, DiagnosticBag diagnostics)
    {
        var name = candidates[0][(candidates[0].LastIndexOf('/') + 1)..];
        var alike = tree.Files.FirstOrDefault(f => !f.IsHidden && string.Equals(f.Path[(f.Path.LastIndexOf('/') + 1)..], name, StringComparison.OrdinalIgnoreCase));
        diagnostics.Error(source.DisplayPath, line, $"Không có ảnh '{url}' (tìm ở {InputPrefix}{candidates[0]}).",
            alike is not null
                ? $"Có phải là ảnh {alike.DisplayPath}? Viết: /{alike.Path} (tên tệp phân biệt chữ hoa, chữ thường)"
                : $"Chép ảnh vào {InputPrefix}{candidates[0]}, hoặc sửa đường dẫn ảnh.");
    }

    private string ContentAddress(string url, List<string> candidates, string rest, MarkdownSource source, int line, DiagnosticBag diagnostics)
    {
        foreach (var candidate in candidates)
        {
            // The address comes from that file (its name, its slug): a parse that used it is redone when it changes,
            // appears or goes, so a post linking to a renamed or new post is never left with a stale address.
            DependencyTracking.Record(DependencyKey.File(candidate));
            if (addresses.UrlOf(candidate) is { } address)
                return address + (rest.IndexOf('#') is >= 0 and var hash ? rest[hash..] : "");
        }

        var sameName = addresses.WithFileName(candidates[0]).ToList();
        diagnostics.Error(source.DisplayPath, line, $"Liên kết tới tệp '{url}' nhưng không có bài viết hay trang nào ở {InputPrefix}{candidates[0]}.",
            sameName.Count == 1
                ? $"Có phải ý bạn là {InputPrefix}{sameName[0].Path}? Viết địa chỉ của bài trên trang web: ({sameName[0].Url})"
                : "Liên kết tới bài khác bằng địa chỉ của bài trên trang web, ví dụ: [tên bài](/tin-tuc/ten-tep-khong-co-md/)");
        return url;
    }

    /// <summary>Tree paths the link may mean, the likeliest first.</summary>
    private static IEnumerable<string> Candidates(string path, string sourcePath)
    {
        if (path.StartsWith('/'))
        {
            var rooted = Normalized(SitePaths.PathOf(path));
            if (rooted is null) yield break;
            yield return rooted;
            if (rooted.StartsWith(InputPrefix, StringComparison.Ordinal)) yield return rooted[InputPrefix.Length..];
            yield break;
        }

        var folder = sourcePath.Contains('/') ? sourcePath[..sourcePath.LastIndexOf('/')] : "";
        if (Normalized(folder.Length == 0 ? path : folder + "/" + path) is { } beside) yield return beside;
        if (Normalized(path) is { } fromRoot) yield return fromRoot;
    }

    /// <summary>"a/./b/../c" → "a/c"; null when it climbs above the root.</summary>
    private static string? Normalized(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    private static string BrowserDecoded(string path)
    {
        // A lone '%' is kept as written, as browsers do.
        var decoded = SitePaths.Unescape(path.Replace('\\', '/'));
        return decoded.IsNormalized(NormalizationForm.FormC) ? decoded : decoded.Normalize(NormalizationForm.FormC);
    }

    private static string SourcePathOf(string displayPath) => SitePaths.TreePathOfDisplayPath(displayPath) ?? displayPath;

    private static bool IsMarkdownFile(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    // "C:\Users\…", "D:/Ảnh/…" or "file:///…": a path on the author's own computer.
    [GeneratedRegex(@"^(?:[A-Za-z]:[\\/]|file:)", RegexOptions.IgnoreCase)]
    private static partial Regex LocalDisk();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
