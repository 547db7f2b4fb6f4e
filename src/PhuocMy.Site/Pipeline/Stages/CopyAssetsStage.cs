using PhuocMy.Site.Output;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>
/// Every file that is not content, settings or theme machinery (<c>_</c>-prefixed) is published as it is:
/// CSS, images, attached documents.
/// </summary>
public static class CopyAssetsStage
{
    public static IReadOnlyList<OutputFile> Run(SourceTree tree, Func<SourceFile, bool> isContent) =>
        tree.Files
            .Where(file => !file.IsHidden && !isContent(file))
            .Select(file => new OutputFile(file.Path, file.Content, [file.DisplayPath]))
            .ToList();
}
