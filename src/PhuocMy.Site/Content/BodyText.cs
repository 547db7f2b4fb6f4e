using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Content;

/// <summary>
/// A post's body as HTML, the largest part of a post. The parser makes it in memory; once the build cache has written
/// it to its values file (an entry of its own, so reusing the post does not read it), the text leaves memory and is read back from there each time a page draws it
/// (<see cref="ReadFromNowOn"/>), so a build holds one body at a time, not 30,000. Two bodies are equal when their
/// texts are, which their hashes say without reading either.
/// </summary>
public sealed class BodyText : IEquatable<BodyText>
{
    private volatile string? text;
    private volatile Func<string>? reload;

    private BodyText(string? text, ContentHash hash)
    {
        this.text = text;
        Hash = hash;
    }

    public static BodyText Of(string html) => new(html, ContentHash.Of(html));

    /// <summary>A body known by its hash, whose text is not yet anywhere: the cache gives it one (<see cref="ReadFromNowOn"/>) before it is read.</summary>
    public static BodyText Pending(ContentHash hash) => new(null, hash);

    /// <summary>The hash of the text: what fingerprints and the cache compare.</summary>
    public ContentHash Hash { get; }

    /// <summary>True while the text is held in memory.</summary>
    public bool InMemory => text is not null;

    public string Html => text ?? reload?.Invoke()
        ?? throw new InvalidOperationException("The body was read before the cache said where its text is.");

    /// <summary>
    /// From now on the text is read by <paramref name="read"/> (from the cache's values file) and not held; the text
    /// it reads must be the same, which the cache checks by the hash of what it wrote.
    /// </summary>
    public void ReadFromNowOn(Func<string> read)
    {
        reload = read;
        text = null;
    }

    /// <summary>The text held in memory from now on (a body the cache read back whole, for a build that keeps bodies in memory).</summary>
    public void Hold(string html)
    {
        text = html;
        reload = null;
    }

    public bool Equals(BodyText? other) => other is not null && Hash == other.Hash;

    public override bool Equals(object? obj) => Equals(obj as BodyText);

    public override int GetHashCode() => Hash.GetHashCode();

    public override string ToString() => Html;
}
