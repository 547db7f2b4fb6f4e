namespace PhuocMy.Site.Dependencies;

/// <summary>What kind of thing a page or a parsed file depended on.</summary>
public enum DependencyKind : byte
{
    /// <summary>A file of the merged input + theme tree, by its path in the tree (<c>_layouts/post.liquid</c>).</summary>
    File = 1,

    /// <summary>A whole content file, by the path authors know it by (<c>input/documents/x.md</c>).</summary>
    Source = 2,

    /// <summary>What a post's card shows (<see cref="SiteModel.PostCard"/>), by the post's source path.</summary>
    Card = 3,

    /// <summary>All of a post: its card, its body and every other field, by its source path.</summary>
    Body = 4,

    /// <summary>One top-level value of <c>site</c> in templates (<c>site.title</c>, <c>site.menu</c>…), by name.</summary>
    Site = 5,
}

/// <summary>
/// The name of a thing a page or a parsed file can depend on. A key's value (its hash) is looked up anew in each build
/// (<see cref="Caching.DependencyHashes"/>): when every recorded key still has the hash it had, the cached result is still right.
/// </summary>
public readonly record struct DependencyKey(DependencyKind Kind, string Name) : IComparable<DependencyKey>
{
    public static DependencyKey File(string treePath) => new(DependencyKind.File, treePath);

    public static DependencyKey Source(string displayPath) => new(DependencyKind.Source, displayPath);

    public static DependencyKey Card(string postSource) => new(DependencyKind.Card, postSource);

    public static DependencyKey Body(string postSource) => new(DependencyKind.Body, postSource);

    public static DependencyKey Site(string name) => new(DependencyKind.Site, name);

    /// <summary>A read of a content file's whole content: its body, its source, or the file itself.</summary>
    public bool IsContent => Kind is DependencyKind.Body or DependencyKind.Source or DependencyKind.File;

    public int CompareTo(DependencyKey other) =>
        Kind != other.Kind ? Kind.CompareTo(other.Kind) : string.CompareOrdinal(Name, other.Name);

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Name}";
}
