using System.Globalization;
using System.Text;

namespace PhuocMy.Site.Benchmarks;

/// <summary>
/// Writes a large input tree for timing: the repository's real site.yml, pages, data tables and images, plus
/// N posts made from the real posts' bodies with their own titles, dates, categories and tags.
/// </summary>
public static class SyntheticSite
{
    public static void Write(string repositoryInput, string target, int postCount)
    {
        CopyFolder(repositoryInput, target, skip: "posts");
        var bodies = Directory.EnumerateFiles(Path.Combine(repositoryInput, "posts"), "*.md", SearchOption.AllDirectories)
            .Select(path => BodyOf(File.ReadAllText(path)))
            .Where(body => !body.Contains("{{<", StringComparison.Ordinal))
            .ToArray();
        string[] categories = ["Tin tức - Sự kiện", "Xây dựng Đảng", "Kinh tế - Xã hội", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Thông báo"];
        string[] tags = ["Covid-19", "an sinh xã hội", "cải cách hành chính", "chuyển đổi số", "du lịch", "môi trường", "Tết", "tuyển quân", "bầu cử", "Mặt trận"];
        var start = new DateTime(2010, 1, 1, 7, 0, 0);

        for (var i = 0; i < postCount; i++)
        {
            var date = start.AddHours(i * 13.7);
            var folder = Path.Combine(target, "posts", date.Year.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var text = new StringBuilder()
                .Append("---\n")
                .Append(CultureInfo.InvariantCulture, $"title: Tin số {i + 1} - hoạt động của phường ngày {date:dd/MM/yyyy}\n")
                .Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd HH:mm}\n")
                .Append(CultureInfo.InvariantCulture, $"category: {categories[i % categories.Length]}\n")
                .Append(CultureInfo.InvariantCulture, $"tags: [{tags[i % tags.Length]}, {tags[(i * 7 + 3) % tags.Length]}]\n")
                .Append("sample: true\n---\n")
                .Append(bodies[i % bodies.Length]);
            File.WriteAllText(Path.Combine(folder, $"tin-so-{i + 1}.md"), text.ToString());
        }
    }

    private static string BodyOf(string markdown)
    {
        var end = markdown.IndexOf("\n---", 4, StringComparison.Ordinal);
        return end < 0 ? markdown : markdown[(markdown.IndexOf('\n', end + 1) + 1)..];
    }

    private static void CopyFolder(string from, string to, string skip)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(skip + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var destination = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
