namespace PhuocMy.Site.Search.Testing;

/// <summary>Short ways to write test documents.</summary>
public static class Documents
{
    public static readonly TimeSpan DaNang = TimeSpan.FromHours(7);

    public static SearchDocument Post(string url, string title, string text, int year = 2020, int month = 7, int day = 15, string section = "Tin tức") =>
        new(url, title, section, SearchDocumentKind.Post, new DateTimeOffset(year, month, day, 8, 0, 0, DaNang), text);

    public static SearchDocument Page(string url, string title, string text) =>
        new(url, title, "Giới thiệu", SearchDocumentKind.Page, null, text);
}
