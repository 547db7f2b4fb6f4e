using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Cli;

/// <summary>
/// Every problem of a build, grouped by file: the file once, then each problem with its line, what is wrong and
/// what to do, and at the end where the common errors are explained.
/// </summary>
public static class ProblemList
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> problems)
    {
        if (problems.Count == 0) return;
        foreach (var file in problems.GroupBy(p => p.File))
        {
            writer.WriteLine(file.Key);
            foreach (var problem in file)
            {
                var where = problem.Line is { } line ? $"dòng {line}: " : "";
                var kind = problem.Severity == Severity.Error ? "lỗi" : "cảnh báo";
                writer.WriteLine($"  {where}{kind}: {problem.Message}");
                if (problem.Hint is { } hint) writer.WriteLine($"    → {hint}");
            }
        }
        writer.WriteLine($"Giải thích các lỗi thường gặp và cách sửa: {StaffGuide.CommonErrors}");
    }

    /// <summary>"3 lỗi, 1 cảnh báo trong 2 tệp".</summary>
    public static string Count(IReadOnlyList<Diagnostic> problems)
    {
        var errors = problems.Count(d => d.Severity == Severity.Error);
        var warnings = problems.Count - errors;
        var files = problems.Select(d => d.File).Distinct().Count();
        return $"{errors} lỗi, {warnings} cảnh báo" + (problems.Count > 0 ? $" trong {files} tệp" : "");
    }
}
