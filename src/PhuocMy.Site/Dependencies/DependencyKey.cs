namespace PhuocMy.Site.Dependencies;

/// <summary>
/// Names of the things a page or a parsed file can depend on. A key's value (its hash) is looked up anew in each
/// build: when every recorded key still has the hash it had, the cached result is still right.
/// </summary>
public static class DependencyKey
{
    /// <summary>A file of the merged input + theme tree, by its path in the tree (<c>_layouts/post.liquid</c>).</summary>
    public static string File(string treePath) => "file:" + treePath;

    /// <summary>A whole content file, by the path authors know it by (<c>input/documents/x.md</c>).</summary>
    public static string Source(string displayPath) => "source:" + displayPath;

    /// <summary>What a post's card shows (title, date, summary, image, category, tags, address).</summary>
    public static string Card(string postSource) => "card:" + postSource;

    /// <summary>All of a post: its card, its body and every other field.</summary>
    public static string Body(string postSource) => "body:" + postSource;

    /// <summary>One top-level value of <c>site</c> in templates (<c>site.title</c>, <c>site.menu</c>…).</summary>
    public static string Site(string name) => "site:" + name;
}
