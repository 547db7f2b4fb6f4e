using PhuocMy.Site.Urls;
using System.CommandLine;
using System.Globalization;
using PhuocMy.Site.Content;
using PhuocMy.Site.Pipeline.Stages;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Cli;

/// <summary><c>new post "Tiêu đề"</c> / <c>new page "Tiêu đề"</c>: a new content file from the theme's archetype.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Tạo tệp nội dung mới từ mẫu (theme/_archetypes/).");
        command.Subcommands.Add(Kind("post", "Tạo bài viết mới trong input/posts/<năm>/ (ở chế độ nháp).", CoreContent.PostsFolder));
        command.Subcommands.Add(Kind("page", "Tạo trang mới trong input/pages/.", CoreContent.PagesFolder));
        return command;
    }

    private static Command Kind(string kind, string description, string folder)
    {
        var title = new Argument<string>("tiêu-đề") { Description = "Tiêu đề, ví dụ: \"Ra quân vệ sinh môi trường\"." };
        var input = new Option<DirectoryInfo>("--input", "-i") { Description = "Thư mục nội dung.", DefaultValueFactory = _ => new DirectoryInfo("input") };
        var theme = new Option<DirectoryInfo>("--theme", "-t") { Description = "Thư mục giao diện.", DefaultValueFactory = _ => new DirectoryInfo("theme") };
        var category = new Option<string?>("--category", "-c") { Description = "Chuyên mục của bài (tên như trong site.yml)." };
        var command = new Command(kind, description) { title, input, theme, category };
        command.SetAction(parse => Create(kind, folder, parse.GetValue(title)!, parse.GetValue(input)!.FullName, parse.GetValue(theme)!.FullName, parse.GetValue(category)));
        return command;
    }

    private static int Create(string kind, string folder, string title, string input, string theme, string? category)
    {
        var slug = Slug.From(title);
        if (slug.Length == 0)
        {
            Console.Error.WriteLine("Lỗi dòng lệnh: tiêu đề cần có chữ hoặc số.");
            return Program.UsageErrors;
        }

        var tree = SourceTree.FromDisk(input, theme);
        var zone = SiteTime.Zone(null);
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        var subfolder = kind == "post" ? Path.Combine(folder, now.Year.ToString(CultureInfo.InvariantCulture)) : folder;
        var path = Path.Combine(input, subfolder, slug + ".md");
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: đã có tệp này; chọn tiêu đề khác hoặc sửa tệp có sẵn.");
            return Program.ContentErrors;
        }

        var text = Archetypes.Fill(tree, kind, new Dictionary<string, string>
        {
            ["title"] = title.Contains(':') || title.Contains('#') ? $"\"{title.Replace("\"", "\\\"")}\"" : title,
            ["date"] = now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ["category"] = category ?? "",
        });
        if (text is null)
        {
            Console.Error.WriteLine($"Giao diện không có mẫu {Archetypes.Folder}/{kind}.md.");
            return Program.ContentErrors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Normalize(System.Text.NormalizationForm.FormC));
        Console.WriteLine($"Đã tạo {Path.GetRelativePath(Environment.CurrentDirectory, path)}");
        return Program.Success;
    }
}
