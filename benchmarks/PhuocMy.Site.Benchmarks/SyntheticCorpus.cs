namespace PhuocMy.Site.Benchmarks;

/// <summary>
/// The corpus timed by the benchmarks: N posts made from the repository's real posts' bodies (charts included),
/// with their own titles, dates, categories and tags, plus every 10th post carrying a chart of a real data table.
/// </summary>
public sealed class SyntheticCorpus
{
    public const int ChartEvery = 10;

    private static readonly string[] Categories = ["Tin tức - Sự kiện", "Xây dựng Đảng", "Kinh tế - Xã hội", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Thông báo"];
    private static readonly string[] TagNames = ["Covid-19", "an sinh xã hội", "cải cách hành chính", "chuyển đổi số", "du lịch", "môi trường", "Tết", "tuyển quân", "bầu cử", "Mặt trận"];

    private SyntheticCorpus(string repositoryInput, IReadOnlyList<SyntheticPost> posts, IReadOnlyList<string> dataTables)
    {
        RepositoryInput = repositoryInput;
        Posts = posts;
        DataTables = dataTables;
    }

    /// <summary>The repository's <c>input/</c>: site.yml, pages, data tables and images are taken from it as they are.</summary>
    public string RepositoryInput { get; }

    public IReadOnlyList<SyntheticPost> Posts { get; }

    /// <summary>Ids of the real data tables (file names in <c>input/data/</c>).</summary>
    public IReadOnlyList<string> DataTables { get; }

    public int PostsWithCharts => Posts.Count(p => p.Body.Contains("{{< chart ", StringComparison.Ordinal));

    public static SyntheticCorpus Create(string repositoryInput, int postCount)
    {
        var bodies = Directory.EnumerateFiles(Path.Combine(repositoryInput, "posts"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => BodyOf(File.ReadAllText(path)))
            .ToArray();
        var tables = Directory.EnumerateFiles(Path.Combine(repositoryInput, "data"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var start = new DateTime(2010, 1, 1, 7, 0, 0);
        // A post every 13.7 hours up to 10,000 posts (to August 2025); a larger corpus (a city's) is denser, so that every post
        // is still in the past when it is built and none is held back as scheduled.
        var hoursApart = Math.Min(13.7, (new DateTime(2026, 1, 1) - start).TotalHours / Math.Max(postCount, 1));

        var posts = new SyntheticPost[postCount];
        for (var i = 0; i < postCount; i++)
        {
            var date = start.AddHours(i * hoursApart);
            var body = bodies[i % bodies.Length];
            if (i % ChartEvery == 0 && tables.Length > 0)
                body = WithChartAfterFirstParagraph(body, tables[i / ChartEvery % tables.Length]);
            posts[i] = new SyntheticPost(
                i + 1,
                date,
                $"Tin số {i + 1} - hoạt động của phường ngày {date:dd/MM/yyyy}",
                Categories[i % Categories.Length],
                [TagNames[i % TagNames.Length], TagNames[(i * 7 + 3) % TagNames.Length]],
                body);
        }
        return new SyntheticCorpus(repositoryInput, posts, tables);
    }

    /// <summary>A YAML double-quoted scalar (titles may hold ':' or '#').</summary>
    public static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static void CopyFolder(string from, string to, Func<string, bool>? include = null)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (include is not null && !include(relative)) continue;
            var destination = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    private static string WithChartAfterFirstParagraph(string body, string table)
    {
        var chart = $"{{{{< chart {table} >}}}}";
        var end = body.IndexOf("\n\n", body.TakeWhile(c => c == '\n').Count(), StringComparison.Ordinal);
        return end < 0
            ? body.TrimEnd('\n') + "\n\n" + chart + "\n"
            : body[..end] + "\n\n" + chart + body[end..];
    }

    private static string BodyOf(string markdown)
    {
        var end = markdown.IndexOf("\n---", 4, StringComparison.Ordinal);
        return end < 0 ? markdown : markdown[(markdown.IndexOf('\n', end + 1) + 1)..];
    }
}
