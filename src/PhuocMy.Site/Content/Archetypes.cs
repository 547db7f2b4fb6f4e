using System.Text;
using Fluid;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Content;

/// <summary>
/// Starting files for new content (Hugo's archetypes): <c>_archetypes/post.md</c> in the theme or input, with
/// <c>{{ title }}</c>, <c>{{ date }}</c> and <c>{{ category }}</c> filled in.
/// </summary>
public static class Archetypes
{
    public const string Folder = "_archetypes";

    public static string? Fill(SourceTree tree, string kind, IReadOnlyDictionary<string, string> values)
    {
        if (tree.Find($"{Folder}/{kind}.md") is not { } file) return null;
        var parser = new FluidParser();
        var template = parser.Parse(Encoding.UTF8.GetString(file.Content.Span));
        var context = new TemplateContext();
        foreach (var (key, value) in values) context.SetValue(key, value);
        return template.Render(context, NullEncoder.Default);
    }
}
