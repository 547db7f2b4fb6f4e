namespace PhuocMy.Site.Search.Index;

/// <summary>Where the index goes and how big its term shards grow.</summary>
public sealed record SearchIndexOptions
{
    /// <summary>Folder of the index, relative to the output folder; the search page tells search.js the same address.</summary>
    public string Folder { get; init; } = "tim-kiem/chi-muc";

    /// <summary>
    /// A term shard is closed once it holds this many bytes before compression. A query fetches one shard per word,
    /// so smaller shards mean fewer bytes per query but a longer manifest (which every query fetches).
    /// </summary>
    public int ShardTargetBytes { get; init; } = 16 * 1024;

    public static SearchIndexOptions Default { get; } = new();
}
