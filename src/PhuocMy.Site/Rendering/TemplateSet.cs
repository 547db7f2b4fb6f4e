using PhuocMy.Site.Diagnostics;
using System.Text.RegularExpressions;
using Fluid;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Rendering;

/// <summary>The theme's Liquid layouts (<c>_layouts/*.liquid</c>), each parsed once per build.</summary>
public sealed partial class TemplateSet
{
    public const string LayoutFolder = "_layouts";
    public const string IncludeFolder = "_includes";
    public const string BaseLayout = "base";

    private readonly Dictionary<string, (IFluidTemplate Template, string Path)> layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IFluidTemplate> includes = new(StringComparer.Ordinal);

    /// <summary>The partials of <c>_includes/</c>, parsed here once, by file name (<c>post-card.liquid</c>).</summary>
    public IReadOnlyDictionary<string, IFluidTemplate> Includes => includes;

    public TemplateSet(SourceTree tree, FluidParser parser, DiagnosticBag diagnostics)
    {
        foreach (var file in tree.Under(LayoutFolder).Where(f => f.Extension == ".liquid"))
        {
            var name = Path.GetFileNameWithoutExtension(file.Path);
            if (SourceText.Read(file, diagnostics) is not { } text) continue;
            if (parser.TryParse(text, out var template, out var error))
                layouts[name] = (template, file.DisplayPath);
            else
                diagnostics.Error(file.DisplayPath, LineOf(error), $"Mẫu trang (Liquid) không hợp lệ: {error}", "Kiểm tra các thẻ {% %} và {{ }} được đóng đủ.");
        }

        foreach (var file in tree.Under(IncludeFolder).Where(f => f.Extension == ".liquid"))
        {
            if (SourceText.Read(file, diagnostics) is not { } text) continue;
            if (parser.TryParse(text, out var template, out var error))
                includes[file.Path[(IncludeFolder.Length + 1)..]] = template;
            else
                diagnostics.Error(file.DisplayPath, LineOf(error), $"Mẫu trang (Liquid) không hợp lệ: {error}", "Kiểm tra các thẻ {% %} và {{ }} được đóng đủ.");
        }

        if (!layouts.ContainsKey(BaseLayout))
            diagnostics.Error($"theme/{LayoutFolder}/{BaseLayout}.liquid", null, "Thiếu khung trang chung.", "Giao diện phải có _layouts/base.liquid.");
    }

    public bool TryGet(string name, out IFluidTemplate template, out string path)
    {
        DependencyTracking.Record(DependencyKey.File($"{LayoutFolder}/{name}.liquid"));
        var found = layouts.TryGetValue(name, out var entry);
        (template, path) = found ? entry : (null!, "");
        return found;
    }

    public IEnumerable<string> Names => layouts.Keys;

    private static int? LineOf(string? error) =>
        error is not null && PositionPattern().Match(error) is { Success: true } match ? int.Parse(match.Groups[1].Value) : null;

    [GeneratedRegex(@"\((\d+):\d+\)")]
    private static partial Regex PositionPattern();
}
