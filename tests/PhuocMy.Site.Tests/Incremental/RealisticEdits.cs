using System.Text.RegularExpressions;

namespace PhuocMy.Site.Tests.Incremental;

/// <summary>The edits an author or designer makes to each kind of file, kept valid so the site still builds.</summary>
public static partial class RealisticEdits
{
    /// <summary>Edits the file at <paramref name="relative"/>; <paramref name="variant"/> picks one of several edits for its kind.</summary>
    public static void Apply(WorkingSite site, string relative, int variant)
    {
        var extension = Path.GetExtension(relative);
        if (extension is ".pdf" or ".png" or ".jpg")
        {
            File.AppendAllText(site.PathOf(relative), "\n% sửa đổi\n");
            return;
        }

        var text = site.Read(relative);
        var edited = (extension, relative) switch
        {
            (".md", _) when relative.Contains("/posts/") => (variant % 3) switch
            {
                0 => text.TrimEnd() + "\n\nĐoạn bổ sung sau khi đăng: thông tin được cập nhật thêm.\n",
                1 => TitleLine().Replace(text, match => match.Value + " (cập nhật)", 1),
                _ => text.Replace("\ntags: [", "\ntags: [cập nhật, "),
            },
            (".md", _) => text.TrimEnd() + "\n\nĐoạn bổ sung: nội dung được cập nhật.\n",
            (".json", _) => JsonTitle().Replace(text, match => match.Value[..^1] + " (cập nhật)\"", 1),
            (".yml", "input/site.yml") => text.Replace("\nphone: \"0236 3000 000\"", "\nphone: \"0236 3000 111\""),
            (".yml", _) => text.TrimEnd() + "\n",
            (".liquid", _) => text.TrimEnd() + "\n<!-- chỉnh sửa giao diện -->\n",
            (".css", _) => text.TrimEnd() + "\n.chinh-sua { color: #1a1a1a; }\n",
            // A redrawn picture at another size: pages that show it must get its new width and height.
            (".svg", _) => SvgViewBox().Replace(variant % 2 == 0 ? text : text.Replace("</svg>", "<desc>đã chỉnh sửa</desc></svg>"),
                match => $"viewBox=\"0 0 {match.Groups[1].Value} {int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 40}\"", 1),
            _ => text + "\n",
        };
        if (relative.EndsWith(".yml", StringComparison.Ordinal) && relative.Contains("/schedule/"))
            edited = FirstScheduleTitle().Replace(text, match => match.Value + " (điều chỉnh)", 1);
        if (edited == text) edited = text + "\n";
        site.Write(relative, edited);
    }

    [GeneratedRegex(@"(?m)^title: [^\n""]+")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"viewBox=""0 0 (\d+) (\d+)""")]
    private static partial Regex SvgViewBox();

    [GeneratedRegex(@"""title"": ""[^""]+""")]
    private static partial Regex JsonTitle();

    [GeneratedRegex(@"(?m)^\s+content: [^\n""]+")]
    private static partial Regex FirstScheduleTitle();
}
