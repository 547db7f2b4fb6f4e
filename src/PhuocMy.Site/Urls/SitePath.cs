namespace PhuocMy.Site.Urls;

/// <summary>How a request path maps onto the built site (<see cref="SitePaths.Serve"/>).</summary>
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
