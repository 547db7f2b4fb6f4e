namespace PhuocMy.Site.Preview;

/// <summary>How a request path maps onto the built site.</summary>
public enum SitePathKind
{
    /// <summary>A file of the site.</summary>
    File,

    /// <summary>A folder asked for without its trailing slash: redirect to it (its index.html is then served).</summary>
    Folder,

    /// <summary>Nothing there: the site's 404 page.</summary>
    NotFound,

    /// <summary>The path tries to leave the site (<c>..</c>, encoded or not, backslashes, drive names): refused.</summary>
    Refused,
}

public readonly record struct SitePath(SitePathKind Kind, string? FullPath = null);

/// <summary>
/// Maps URL paths onto the built site the way Netlify does — "/x/" serves "x/index.html", "/x" redirects to
/// "/x/" when x is a folder — and never onto anything outside it. The raw request target is checked too: the
/// server normalises "/a/../b" before we see it, but a request that tried to climb out is refused, not served.
/// </summary>
public static class SitePaths
{
    /// <param name="root">The built site's folder.</param>
    /// <param name="rawTarget">The request target as sent (percent-encoded, with any query).</param>
    /// <param name="path">The decoded, normalised path the server made of it.</param>
    public static SitePath Resolve(string root, string rawTarget, string path)
    {
        if (Climbs(rawTarget) || Climbs(path)) return new(SitePathKind.Refused);

        var relative = path.TrimStart('/');
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        // Hidden files (the output marker, dot-folders) are not part of the site.
        if (segments.Any(s => s.StartsWith('.'))) return new(SitePathKind.NotFound);

        var site = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(site, Path.Combine(segments)));
        if (full != site && !full.StartsWith(site.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return new(SitePathKind.Refused);

        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/')) return new(SitePathKind.Folder);
            full = Path.Combine(full, "index.html");
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

    private static string Unescape(string text)
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
}
