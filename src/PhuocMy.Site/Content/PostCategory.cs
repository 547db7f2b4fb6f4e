using PhuocMy.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PhuocMy.Site.Content;

/// <summary>
/// A post's one category, written <c>category: Thông báo</c>, or as Hugo and Jekyll write it, <c>categories: [Thông báo]</c>.
/// A list of several is explained, not cut to its first item: the site files each post under one category.
/// </summary>
public static class PostCategory
{
    public const string Key = "category";
    public const string HabitKey = "categories";

    /// <returns>The category name and the key it was written under, or nulls.</returns>
    public static (string? Name, string Key) Read(FieldReader fields, DiagnosticBag diagnostics)
    {
        var values = fields.FrontMatter.Values;
        var hasCategory = values.ContainsKey(Key);
        if (values.ContainsKey(HabitKey) && hasCategory)
        {
            diagnostics.Error(fields.DisplayPath, fields.FrontMatter.LineOf(HabitKey), "Bài có cả 'category' lẫn 'categories'.",
                "Giữ một dòng: category: <tên chuyên mục>; chủ đề khác đưa vào tags.");
            return (null, Key);
        }

        var key = hasCategory ? Key : HabitKey;
        if (!values.TryGetValue(key, out var node)) return (null, Key);
        if (node is not YamlSequenceNode list) return (fields.OptionalText(key), key);

        var names = list.Children.OfType<YamlScalarNode>().Select(item => item.Value?.Trim()).Where(name => !string.IsNullOrEmpty(name)).ToList();
        if (names.Count <= 1) return (names.SingleOrDefault(), key);
        diagnostics.Error(fields.DisplayPath, fields.FrontMatter.LineOf(key),
            $"Mỗi bài chỉ thuộc một chuyên mục, nhưng '{key}' có {names.Count} mục: {string.Join(", ", names)}.",
            $"Giữ một chuyên mục: category: {names[0]} — các mục khác đưa vào tags: [{string.Join(", ", names.Skip(1))}]");
        return (null, key);
    }
}
