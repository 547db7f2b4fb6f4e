using PhuocMy.Site.Caching;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Search;
using PhuocMy.Site.Search.Tokens;

namespace PhuocMy.Site.Features.Search;

/// <summary>
/// The words of each searchable page, kept in <see cref="BuildCache.Store"/> from build to build. A page's entry is
/// valid while its key is: the rendered page's content hash together with everything the index takes from its plan
/// (URL, title, section, kind, date) and the versions of the text extraction and of the token format. So a build
/// where nothing changed, or one post did, tokenizes nothing, or that one post.
/// </summary>
public sealed class SearchTokenCache(CacheSession session)
{
    /// <summary>The store key of a page's words is this and its URL.</summary>
    public const string Prefix = "search/page:";

    /// <summary>The key of <paramref name="page"/>'s words; it can be computed without reading the page.</summary>
    public static ContentHash KeyOf(SearchablePage page) =>
        new ContentHasher().Add(PageText.Version).Add(DocumentTokens.FormatVersion)
            .Add(page.Url).Add(page.Title).Add(page.Section).Add((long)page.Kind)
            .Add(page.Date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Add(page.DatedInPage)
            .Add(page.Page.File.Hash).Finish();

    /// <summary>True when the last build left the words of this page under this key.</summary>
    public bool Has(SearchablePage page, ContentHash key) =>
        session.Previous.Store.TryGetValue(Prefix + page.Url, out var entry) && entry.Key == key;

    /// <summary>Keeps the previous build's entry for the next build, unchanged.</summary>
    public void Keep(SearchablePage page) => session.Next.Store[Prefix + page.Url] = session.Previous.Store[Prefix + page.Url];

    /// <summary>The page's words: from the cache when its key is unchanged, else read from the page and tokenized.</summary>
    public (DocumentTokens Tokens, bool Reused) Get(SearchablePage page, ContentHash key)
    {
        if (Has(page, key) && TryRead(page) is { } cached)
        {
            Keep(page);
            return (cached, true);
        }
        var tokens = DocumentTokens.From(Document(page));
        session.Next.Store[Prefix + page.Url] = (key, tokens.ToBytes());
        return (tokens, false);
    }

    /// <summary>The cached words, or null when the bytes are not what this version wrote (a damaged cache is never used).</summary>
    private DocumentTokens? TryRead(SearchablePage page)
    {
        try
        {
            var tokens = DocumentTokens.FromBytes(session.Previous.Store[Prefix + page.Url].Value);
            return tokens.Url == page.Url ? tokens : null;
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The page as a search document: what its plan says, and its text as rendered.</summary>
    public static SearchDocument Document(SearchablePage page)
    {
        var text = PageText.Extract(page.Page.File.Bytes().Span);
        var date = page.DatedInPage ? text.FirstTime : page.Date;
        return new SearchDocument(page.Url, page.Title, page.Section, page.Kind, date, text.Text);
    }
}
