namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>The edits of scenarios (c)–(e), made the same way to our files and to Hugo's.</summary>
public static class CorpusEdits
{
    public const string AddedParagraph = "Đoạn văn được thêm khi đo tốc độ dựng trang: Ủy ban nhân dân phường tiếp tục theo dõi, đôn đốc và báo cáo kết quả thực hiện.";
    public const string TitleSuffix = " (đã cập nhật)";
    private const string PostCardClass = "class=\"post-card";

    /// <summary>A paragraph added before the last block of the body.</summary>
    public static string AddParagraphNearEnd(string markdown)
    {
        var text = markdown.TrimEnd('\n');
        var lastBlock = text.LastIndexOf("\n\n", StringComparison.Ordinal);
        return lastBlock < 0
            ? throw new InvalidOperationException("A post body without paragraphs.")
            : text[..lastBlock] + "\n\n" + AddedParagraph + text[lastBlock..] + "\n";
    }

    /// <summary>The quoted <c>title:</c> line of the front matter, with words added.</summary>
    public static string EditTitle(string markdown)
    {
        const string key = "\ntitle: \"";
        var start = markdown.IndexOf(key, StringComparison.Ordinal);
        var end = start < 0 ? -1 : markdown.IndexOf("\"\n", start + key.Length, StringComparison.Ordinal);
        return end < 0 ? throw new InvalidOperationException("A post without a quoted title line.") : markdown[..end] + TitleSuffix + markdown[end..];
    }

    /// <summary>An extra class on the post card: every listing page changes, post pages do not.</summary>
    public static string EditPostCard(string template)
    {
        // Prepends a class, so it works whatever else the theme puts in the attribute.
        var edited = template.Replace(PostCardClass, "class=\"post-card-edited post-card", StringComparison.Ordinal);
        return edited == template ? throw new InvalidOperationException($"The post-card partial has no {PostCardClass}.") : edited;
    }
}
