using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Content;

/// <summary>An old address of a post (<c>aliases:</c>), redirected to its current one so old links keep working.</summary>
/// <param name="Line">The line of <c>aliases:</c> in the post, for messages.</param>
public sealed record PostAlias(string Url, int Line);

/// <summary>
/// Reads <c>aliases: [/tin-tuc/ten-cu/, /bai-cu.html]</c>: paths on this site, as they were. Anything a redirect
/// rule would read differently (a wildcard, a placeholder, a query, a full address) is refused at its line.
/// </summary>
public static class PostAliases
{
    public const string Key = "aliases";

    public static IReadOnlyList<PostAlias> Read(FieldReader fields, DiagnosticBag diagnostics)
    {
        var line = fields.FrontMatter.LineOf(Key);
        var result = new List<PostAlias>();
        foreach (var url in fields.TextList(Key))
        {
            if (Problem(url) is { } problem)
                diagnostics.Error(fields.DisplayPath, line, $"Địa chỉ cũ '{url}' ở '{Key}' {problem}.",
                    $"Viết đường dẫn trong trang, bắt đầu bằng '/', ví dụ: {Key}: [/tin-tuc/ten-bai-cu/]");
            else
                result.Add(new PostAlias(url, line));
        }
        return result;
    }

    private static string? Problem(string url)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return "phải là đường dẫn trong trang, bắt đầu bằng một dấu '/'";
        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return "có khoảng trắng";
        if (url.IndexOfAny(['*', ':', '?', '#', '!', '\\']) >= 0) return "có ký tự * : ? # ! hoặc \\ mà quy tắc chuyển hướng hiểu theo nghĩa khác";
        if (url.Split('/').Any(segment => segment is "." or "..")) return "có '.' hoặc '..'";
        return null;
    }
}
