namespace PhuocMy.Site.Search.Index;

/// <summary>One file of the search index: its path relative to the output folder ("tim-kiem/chi-muc/manifest.json") and bytes.</summary>
public sealed record SearchIndexFile(string Path, ReadOnlyMemory<byte> Content);
