using AngleSharp.Dom;

namespace PhuocMy.Site.Quality;

/// <summary>
/// The elements and text nodes of a page in document order (depth-first, as <c>QuerySelectorAll</c> and
/// <c>Descendants</c> return them), gathered in one walk so the checks do not each walk the whole tree again.
/// </summary>
internal sealed class PageElements
{
    private readonly List<IElement> all = [];
    private readonly List<IText> texts = [];
    private readonly Dictionary<string, List<IElement>> byName = new(StringComparer.OrdinalIgnoreCase);

    public PageElements(IDocument document) => Walk(document);

    public IReadOnlyList<IElement> All => all;

    public IReadOnlyList<IText> Texts => texts;

    /// <summary>Elements whose local name is <paramref name="localName"/>, compared as CSS type selectors compare it (ignoring case).</summary>
    public IReadOnlyList<IElement> Named(string localName) => byName.GetValueOrDefault(localName) ?? (IReadOnlyList<IElement>)[];

    /// <summary>Depth-first with a stack of open parents, not recursion: a page may nest elements thousands deep.</summary>
    private void Walk(IDocument document)
    {
        var open = new Stack<(INodeList Children, int Next)>();
        open.Push((document.ChildNodes, 0));
        while (open.TryPop(out var frame))
        {
            if (frame.Next >= frame.Children.Length) continue;
            var node = frame.Children[frame.Next];
            open.Push((frame.Children, frame.Next + 1));
            if (node is IElement element)
            {
                all.Add(element);
                if (!byName.TryGetValue(element.LocalName, out var named))
                    byName[element.LocalName] = named = [];
                named.Add(element);
            }
            else if (node is IText text)
            {
                texts.Add(text);
            }
            if (node.HasChildNodes)
                open.Push((node.ChildNodes, 0));
        }
    }
}
