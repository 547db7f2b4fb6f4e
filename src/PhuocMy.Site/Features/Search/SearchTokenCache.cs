using PhuocMy.Site.Caching;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Search;
using PhuocMy.Site.Search.Tokens;

namespace PhuocMy.Site.Features.Search;

/// <summary>
/// The words of each searchable page, kept in the <c>search-tokens</c> cache step from build to build, by URL. A page's entry is
/// valid while its key is: the rendered page's content hash together with everything the index takes from its plan
/// (URL, title, section, kind, date) and the versions of the text extraction and of the token format. So a build
/// where nothing changed, or one post did, tokenizes nothing, or that one post.
/// </summary>
public sealed class SearchTokenCache(CacheSession session)
{
    public const string Section = "search-tokens";
    private readonly CacheStep step = session.Step(Section);

    /// <summary>The key of <paramref name="page"/>'s words; it can be computed without reading the page.</summary>
    public static ContentHash KeyOf(SearchablePage page) =>
        new ContentHasher().Add(PageText.Version).Add(DocumentTokens.FormatVersion)
            .Add(page.Url).Add(page.Title).Add(page.Section).Add((long)page.Kind)
            .Add(page.Date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Add(page.DatedInPage)
            .Add(page.Page.File.Hash).Finish();

    /// <summary>True when the last build left the words of this page under this key.</summary>
    public bool Has(SearchablePage page, ContentHash key) => step.Peek(page.Url)?.Key == key;

    /// <summary>Keeps the previous build's entry for the next build, unchanged.</summary>
    public void Keep(SearchablePage page) => step.Keep(page.Url, step.Peek(page.Url)!);

    /// <summary>The page's words: from the cache when its key is unchanged, else read from the page and tokenized.</summary>
    public (DocumentTokens Tokens, bool Reused) Get(SearchablePage page, ContentHash key)
    {
        if (step.TryReuse(page.Url, key, null, bytes => Read(bytes, page.Url), out var cached, out _)) return (cached, true);
        var tokens = DocumentTokens.From(Document(page));
        step.Keep(page.Url, CacheEntry.Of(key, tokens.ToBytes()));
        return (tokens, false);
    }

    /// <summary>The cached words, or null when the bytes are not what this version wrote (a damaged cache is never used).</summary>
    private static DocumentTokens? Read(byte[] bytes, string url)
    {
        try
        {
            var tokens = DocumentTokens.FromBytes(bytes);
            return tokens.Url == url ? tokens : null;
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
