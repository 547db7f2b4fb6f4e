using System.Globalization;
using System.Text;

namespace PhuocMy.Site.Benchmarks;

/// <summary>
/// Writes the corpus as our generator's input: the repository's real site.yml, pages, documents, schedule, data
/// tables and images, plus the synthetic posts in <c>posts/&lt;year&gt;/tin-so-N.md</c>.
/// </summary>
public static class SyntheticSite
{
    public static string PostPath(string target, SyntheticPost post) => Path.Combine(target, "posts", post.Year, post.Slug + ".md");

    public static void Write(string repositoryInput, string target, int postCount) => Write(SyntheticCorpus.Create(repositoryInput, postCount), target);

    public static void Write(SyntheticCorpus corpus, string target)
    {
        SyntheticCorpus.CopyFolder(corpus.RepositoryInput, target, relative => !relative.StartsWith("posts" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        foreach (var post in corpus.Posts)
        {
            var path = PostPath(target, post);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = new StringBuilder()
                .Append("---\n")
                .Append(CultureInfo.InvariantCulture, $"title: {SyntheticCorpus.Quoted(post.Title)}\n")
                .Append(CultureInfo.InvariantCulture, $"date: {post.Date:yyyy-MM-dd HH:mm}\n")
                .Append(CultureInfo.InvariantCulture, $"category: {post.Category}\n")
                .Append(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", post.Tags)}]\n")
                .Append("sample: true\n---\n")
                .Append(post.Body);
            File.WriteAllText(path, text.ToString());
        }
    }
}
