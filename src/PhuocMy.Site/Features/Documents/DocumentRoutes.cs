namespace PhuocMy.Site.Features.Documents;

/// <summary>The addresses of the văn bản registry: the whole list, one list per loại, one page per document.</summary>
public static class DocumentRoutes
{
    public const string Registry = "/van-ban/";

    /// <summary>The folder segment that holds the per-type lists; no document may take it as its slug.</summary>
    public const string TypeSegment = "loai";

    public static string Type(string typeSlug) => $"{Registry}{TypeSegment}/{typeSlug}/";

    public static string Document(string slug) => $"{Registry}{slug}/";
}
