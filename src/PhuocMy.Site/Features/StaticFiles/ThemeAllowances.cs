using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Sources;
using YamlDotNet.RepresentationModel;

namespace PhuocMy.Site.Features.StaticFiles;

/// <summary>
/// What the theme (and only the theme: <c>input/</c> cannot replace this file) lets content do, from
/// <c>theme/_theme.yml</c>: <c>input_scripts</c> lists folders of <c>input/</c> that may hold JavaScript or HTML,
/// e.g. an interactive map the theme's designers reviewed. By default there are none.
/// </summary>
public sealed record ThemeAllowances(IReadOnlyList<string> InputScriptFolders)
{
    public const string FileName = "_theme.yml";
    public const string ScriptFoldersKey = "input_scripts";

    public bool AllowsScript(SourceFile file) =>
        InputScriptFolders.Any(folder => file.Path.StartsWith(folder + "/", StringComparison.Ordinal));

    public static ThemeAllowances Read(SourceTree tree, DiagnosticBag diagnostics)
    {
        if (tree.Find(FileName) is { Layer: SourceLayer.Input } shadow)
            diagnostics.Warning(shadow.DisplayPath, null, $"Tệp này bị bỏ qua: chỉ giao diện (theme/{FileName}) quyết định các quyền này.",
                $"Xóa {shadow.DisplayPath}; nếu cần cho phép, sửa theme/{FileName}.");

        var file = tree.FindInTheme(FileName);
        if (file is null || SourceText.Read(file, diagnostics) is not { } text) return new ThemeAllowances([]);
        var values = FrontMatterParser.ReadMapping(file.DisplayPath, text, diagnostics, lineOffset: 0);
        if (values is null || !values.TryGetValue(ScriptFoldersKey, out var node)) return new ThemeAllowances([]);

        if (node is YamlScalarNode { Value: null or "" }) return new ThemeAllowances([]);
        if (node is not YamlSequenceNode list || list.Children.Any(child => child is not YamlScalarNode { Value.Length: > 0 }))
        {
            diagnostics.Error(file.DisplayPath, (int)node.Start.Line, $"'{ScriptFoldersKey}' phải là danh sách thư mục trong input/.",
                $"Ví dụ: {ScriptFoldersKey}: [ban-do-tuong-tac]");
            return new ThemeAllowances([]);
        }
        return new ThemeAllowances(list.Children.Select(child => ((YamlScalarNode)child).Value!.Trim().Trim('/')).ToList());
    }
}
