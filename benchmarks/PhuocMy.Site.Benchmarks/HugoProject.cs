using System.Globalization;
using System.Text;

namespace PhuocMy.Site.Benchmarks;

/// <summary>
/// Writes the corpus as a Hugo project: <c>benchmarks/hugo/</c> (config and the minimal theme) plus the same
/// posts, pages, data tables (as Hugo data files, for the <c>chart</c> shortcode), site.yml (as
/// <c>data/site.yaml</c>, for menus and contact details), stylesheets and images our generator gets.
/// </summary>
public static class HugoProject
{
    public const string PostsSection = "tin-tuc";

    public static string PostPath(string project, SyntheticPost post) => Path.Combine(project, "content", PostsSection, post.Year, post.Slug + ".md");

    public static string PartialPath(string project, string name) => Path.Combine(project, "layouts", "partials", name);

    public static void Write(SyntheticCorpus corpus, string hugoTemplate, string theme, string target)
    {
        SyntheticCorpus.CopyFolder(hugoTemplate, target);
        var input = corpus.RepositoryInput;
        File.Copy(Path.Combine(input, "site.yml"), Path.Combine(target, "data", "site.yaml").WithFolder(), overwrite: true);
        SyntheticCorpus.CopyFolder(Path.Combine(input, "data"), Path.Combine(target, "data"));
        SyntheticCorpus.CopyFolder(Path.Combine(theme, "assets"), Path.Combine(target, "assets"));
        SyntheticCorpus.CopyFolder(Path.Combine(input, "images"), Path.Combine(target, "static", "images"));

        var content = Path.Combine(target, "content");
        File.WriteAllText(Path.Combine(content, "_index.md").WithFolder(), "---\ntitle: Trang chủ\n---\n");
        File.WriteAllText(Path.Combine(content, PostsSection, "_index.md").WithFolder(), "---\ntitle: Tất cả tin bài\n---\n");
        foreach (var page in Directory.EnumerateFiles(Path.Combine(input, "pages"), "*.md"))
            File.WriteAllText(Path.Combine(content, Path.GetFileName(page)), AsHugoPage(File.ReadAllText(page)));

        foreach (var post in corpus.Posts)
        {
            var text = new StringBuilder()
                .Append("---\n")
                .Append(CultureInfo.InvariantCulture, $"title: {SyntheticCorpus.Quoted(post.Title)}\n")
                .Append(CultureInfo.InvariantCulture, $"date: {post.Date:yyyy-MM-ddTHH:mm:ss}+07:00\n")
                .Append(CultureInfo.InvariantCulture, $"slug: {post.Slug}\n")
                .Append(CultureInfo.InvariantCulture, $"chuyen-muc: [{SyntheticCorpus.Quoted(post.Category)}]\n")
                .Append(CultureInfo.InvariantCulture, $"tu-khoa: [{string.Join(", ", post.Tags.Select(SyntheticCorpus.Quoted))}]\n")
                .Append(CultureInfo.InvariantCulture, $"luu-tru-nam: [\"{post.Date:yyyy}\"]\n")
                .Append(CultureInfo.InvariantCulture, $"luu-tru-thang: [\"{post.Date:yyyy-MM}\"]\n")
                .Append("sample: true\n---\n")
                .Append(post.Body);
            File.WriteAllText(PostPath(target, post).WithFolder(), text.ToString());
        }
    }

    /// <summary>Our pages in Hugo's layout for pages; our <c>lang:</c> key is renamed, Hugo reserves it for languages.</summary>
    private static string AsHugoPage(string markdown) =>
        "---\ntype: page\n" + markdown[4..].Replace("\nlang:", "\npage_lang:", StringComparison.Ordinal);

    private static string WithFolder(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
