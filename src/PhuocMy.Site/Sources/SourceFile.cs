using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Sources;

/// <summary>Where a source file came from. Input files overlay theme files at the same relative path.</summary>
public enum SourceLayer { Theme, Input }

/// <summary>One file of the merged input + theme tree, read once at the start of the build.</summary>
/// <param name="Path">Relative path with '/' separators, e.g. <c>posts/2020/hoi-nghi.md</c>.</param>
public sealed record SourceFile(string Path, SourceLayer Layer, ReadOnlyMemory<byte> Content)
{
    /// <summary>The path as the author sees it, e.g. <c>input/posts/x.md</c>, used in every message.</summary>
    public string DisplayPath => (Layer == SourceLayer.Input ? "input/" : "theme/") + Path;

    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    /// <summary>The content hash the build cache compares this file by.</summary>
    public ContentHash Hash => hash ??= ContentHash.Of(Content.Span);

    private ContentHash? hash;

    /// <summary>Markdown as other tools save it: <c>.md</c>, or <c>.markdown</c> (Jekyll's habit).</summary>
    public bool IsMarkdown => Extension is ".md" or ".markdown";

    /// <summary>Files or folders whose name starts with '_' (templates, partials, archetypes) or '.' are never published.</summary>
    public bool IsHidden => Path.Split('/').Any(segment => segment.StartsWith('_') || segment.StartsWith('.'));
}
