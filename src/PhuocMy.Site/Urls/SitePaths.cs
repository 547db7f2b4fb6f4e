using System.Diagnostics.CodeAnalysis;

namespace PhuocMy.Site.Urls;

/// <summary>
/// The one mapping between the site's kinds of path: the root-relative address a page writes (<c>/tin-tuc/x/</c>,
/// <c>/images/anh%20m%E1%BB%9Bi.jpg</c>), the path of a file in the source tree or the output folder
/// (<c>tin-tuc/x/index.html</c>, <c>images/anh mới.jpg</c>), the path an author knows (<c>input/images/anh mới.jpg</c>)
/// and, for the preview, the built file a request names on disk (<see cref="Serve"/>).
/// </summary>
public static class SitePaths
{
    /// <summary>The file a folder's address serves: "/x/" is "x/index.html", as on Netlify.</summary>
    public const string FolderIndex = "index.html";

    /// <summary>"/tin-tuc/x/" → "tin-tuc/x/index.html"; "/404.html" → "404.html"; "/" → "index.html".</summary>
    public static string OutputPathOf(string url) => WithFolderIndex(PathOf(url));

    /// <summary>"tin-tuc/x/" → "tin-tuc/x/index.html"; "" → "index.html"; a file's path as it is.</summary>
    public static string WithFolderIndex(string path) => path.Length == 0 || path.EndsWith('/') ? path + FolderIndex : path;

    /// <summary>"/assets/site.css" → "assets/site.css": the path a root-relative address names, as written.</summary>
    public static string PathOf(string url) => url.TrimStart('/');

    /// <summary>"images/anh mới.jpg" → "/images/anh mới.jpg", the address as the site's own values hold it (not escaped).</summary>
    public static string UrlOf(string path) => "/" + path;

    /// <summary>"images/anh mới.jpg" → "/images/anh%20m%E1%BB%9Bi.jpg": each segment percent-escaped (no spaces in a srcset).</summary>
    public static string EscapedUrlOf(string path) => "/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The absolute address of a root-relative one on the site at <paramref name="baseUrl"/> (which may have a path).</summary>
    public static Uri Absolute(Uri baseUrl, string url) => new(baseUrl, PathOf(url));

    /// <summary>"/x" is an address of this site; "//host/x", "https://…", "x" and "" are not root-relative.</summary>
    public static bool IsRootRelative([NotNullWhen(true)] string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>"/images/a.jpg?v=1#x" → "/images/a.jpg".</summary>
    public static string WithoutQuery(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return end < 0 ? url : url[..end];
    }

    /// <summary>Percent-escapes decoded as a browser decodes them; a malformed one is kept as written.</summary>
    public static string Unescape(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    /// <summary>
    /// The path in the tree of an address as authors write it (<c>/images/anh.jpg</c>, percent-escapes allowed, any
    /// query or fragment ignored), or null for an address that is not a file of this site (<c>https://…</c>,
    /// <c>data:</c>, relative, climbing with <c>..</c>).
    /// </summary>
    public static string? TreePathOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !IsRootRelative(url)) return null;
        var path = PathOf(Unescape(WithoutQuery(url)));
        if (path.Length == 0 || path.Split('/').Any(segment => segment is "" or "." or "..")) return null;
        return path;
    }

    /// <summary>"input/posts/a.md" → "posts/a.md": the tree path of a path an author knows; null without its folder.</summary>
    public static string? TreePathOfDisplayPath(string displayPath)
    {
        var slash = displayPath.IndexOf('/');
        return slash > 0 ? displayPath[(slash + 1)..] : null;
    }

    /// <summary>
    /// The built file a request names, the way Netlify maps it — "/x/" serves "x/index.html", "/x" redirects to "/x/"
    /// when x is a folder — and never anything outside the site. The raw request target is checked too: the server
    /// normalises "/a/../b" before we see it, but a request that tried to climb out is refused, not served.
    /// </summary>
    /// <param name="root">The built site's folder.</param>
    /// <param name="rawTarget">The request target as sent (percent-encoded, with any query).</param>
    /// <param name="path">The decoded, normalised path the server made of it.</param>
    public static SitePath Serve(string root, string rawTarget, string path)
    {
        if (Climbs(rawTarget) || Climbs(path)) return new(SitePathKind.Refused);

        var segments = PathOf(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        // Hidden files (the output marker, dot-folders) are not part of the site.
        if (segments.Any(s => s.StartsWith('.'))) return new(SitePathKind.NotFound);

        var site = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(site, Path.Combine(segments)));
        if (full != site && !full.StartsWith(site.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return new(SitePathKind.Refused);

        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/')) return new(SitePathKind.Folder);
            full = Path.Combine(full, FolderIndex);
        }
        var file = new FileInfo(full);
        if (!file.Exists) return new(SitePathKind.NotFound);
        // Built files are never links; a link could point anywhere on the disk.
        return file.LinkTarget is null ? new(SitePathKind.File, full) : new(SitePathKind.Refused);
    }

    /// <summary>A ".." or "." segment (however encoded), a backslash, a NUL or a drive/stream colon.</summary>
    private static bool Climbs(string target)
    {
        var path = target.Split('?', 2)[0];
        for (var i = 0; i < 3; i++)
        {
            if (path.Contains('\\') || path.Contains('\0') || path.Contains(':')) return true;
            if (path.Split('/').Any(segment => segment is ".." or ".")) return true;
            var decoded = Unescape(path);
            if (decoded == path) return false;
            path = decoded;
        }
        return true;
    }
}
