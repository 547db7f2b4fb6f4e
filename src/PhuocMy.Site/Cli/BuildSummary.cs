using PhuocMy.Site.Content;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Cli;

/// <summary>The lines that close a build: what was written, what was left out and why, how long it took.</summary>
public static class BuildSummary
{
    private const int ListedFiles = 10;

    /// <summary>"4,21 giây".</summary>
    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", VietnameseFormat.Culture) + " giây";

    public static string Number(int value) => VietnameseFormat.Number(value);

    public static string Written(BuildResult result, string outputDirectory)
    {
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var output = result.Output;
        if (result.NothingChanged)
            return $"Không có gì thay đổi từ lần dựng trước: {Number(result.PagesWritten)} trang giữ nguyên, không ghi tệp nào; {Number(warnings)} cảnh báo; " +
                   $"{Seconds(result.Elapsed)} → {outputDirectory}";
        var reused = result.Cache is { RenderedReused: > 0 } cache ? $" ({Number(cache.RenderedReused)} trang dùng lại từ bộ nhớ đệm)" : "";
        return $"Đã dựng {Number(result.PagesWritten)} trang{reused}: {Number(output.Written)} tệp ghi mới, {Number(output.Unchanged)} tệp không đổi, " +
               $"{Number(output.Removed)} tệp bỏ đi; {Number(warnings)} cảnh báo; {Seconds(result.Elapsed)} → {outputDirectory}";
    }

    /// <summary>Each stage's time and processor time, and what the cache reused (<c>build --timings</c>).</summary>
    public static void WriteTimings(TextWriter writer, BuildResult result)
    {
        foreach (var timing in result.Timings)
            writer.WriteLine($"  {timing.Stage}: {timing.Elapsed.TotalMilliseconds:0} ms ({timing.Cpu.TotalMilliseconds:0} ms CPU)");
        if (result.Cache is { } cache)
            writer.WriteLine($"  bộ nhớ đệm: đọc bài {cache.ParsedReused}/{cache.ParsedReused + cache.ParsedMade}, " +
                             $"dựng trang {cache.RenderedReused}/{cache.RenderedReused + cache.RenderedMade}, " +
                             $"kiểm tra {cache.CheckedReused}/{cache.CheckedReused + cache.CheckedMade} dùng lại");
    }

    // Dates are shown with the offset they were written with: the site's zone unless the author gave another.
    /// <summary>Posts the build left out, and why, with the flag that shows them; lapsed posts, which left the listings.</summary>
    public static IEnumerable<string> Publication(PublicationReport report)
    {
        if (report.LeftOut > 0)
        {
            var reasons = new List<string>();
            if (report.Drafts.Count > 0) reasons.Add($"{Number(report.Drafts.Count)} bài nháp (draft: true; xem bằng --drafts)");
            if (report.NextScheduled is { } next)
                reasons.Add($"{Number(report.Scheduled.Count)} bài hẹn giờ (bài sớm nhất hiện ở lần dựng đầu tiên sau {VietnameseFormat.DateTime(next)}; xem bằng --future)");
            yield return $"Không đăng {Number(report.LeftOut)} bài: {string.Join(", ", reasons)}.";
            foreach (var post in report.Drafts.Take(ListedFiles)) yield return $"  {post.SourcePath} (nháp)";
            foreach (var post in report.Scheduled.Take(ListedFiles))
                yield return $"  {post.SourcePath} (hẹn {VietnameseFormat.DateTime(post.Date)})";
        }
        if (report.Lapsed.Count > 0)
            yield return $"{Number(report.Lapsed.Count)} bài đã hết hiệu lực (expires:): trang vẫn còn, có ghi chú, nhưng không còn trong danh sách tin.";
    }
}
