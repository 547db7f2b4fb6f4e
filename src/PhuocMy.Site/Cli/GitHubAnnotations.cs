using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Cli;

/// <summary>How <c>check</c> writes the problems it finds.</summary>
public enum ProblemFormat
{
    /// <summary>For people: grouped by file, each problem with its line and fix (<see cref="ProblemList"/>).</summary>
    Text,

    /// <summary>GitHub workflow commands: on a pull request each problem shows at its line of the changed file.</summary>
    GitHub,
}

/// <summary>
/// Problems as GitHub workflow commands, one line each: <c>::error file=…,line=…,title=…::message</c> (or
/// <c>::warning</c>). The file is given from the repository's root, where GitHub looks for it; the message keeps the
/// Vietnamese text as it is, with the fix on a second line.
/// </summary>
public static class GitHubAnnotations
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> problems, Func<string, string> repositoryPath)
    {
        foreach (var problem in problems)
        {
            var (command, title) = problem.Severity == Severity.Error ? ("error", "Lỗi nội dung") : ("warning", "Cảnh báo nội dung");
            var properties = new List<string> { "file=" + Property(repositoryPath(problem.File)) };
            if (problem.Line is { } line) properties.Add("line=" + line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            properties.Add("title=" + Property(title));
            var message = problem.Hint is { } hint ? $"{problem.Message}\nCách sửa: {hint}" : problem.Message;
            writer.WriteLine($"::{command} {string.Join(',', properties)}::{Message(message)}");
        }
        if (problems.Count > 0) writer.WriteLine($"Giải thích các lỗi thường gặp và cách sửa: {StaffGuide.CommonErrors}");
    }

    // GitHub's escaping rules for workflow commands (as its actions toolkit applies them): in the message, '%' and
    // line breaks; in a property value, also ':' and ',', which would otherwise end the value.

    /// <summary>A message, escaped so that '%' and line breaks survive and nothing in it ends the command.</summary>
    public static string Message(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A property value (file, title), escaped so that ':' and ',' do not end it.</summary>
    public static string Property(string text) => Message(text).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>
    /// Maps a problem's path as authors know it (<c>input/…</c>, <c>theme/…</c>) to the path from the repository's
    /// root, wherever the input and theme folders are.
    /// </summary>
    public static Func<string, string> PathsFrom(string repositoryRoot, string input, string theme) => shown =>
    {
        foreach (var (prefix, folder) in new[] { ("input/", input), ("theme/", theme) })
            if (shown.StartsWith(prefix, StringComparison.Ordinal))
                return FromRoot(repositoryRoot, Path.Combine(folder, shown[prefix.Length..]));
        return Path.IsPathRooted(shown) ? FromRoot(repositoryRoot, shown) : shown;
    };

    private static string FromRoot(string repositoryRoot, string path) =>
        Path.GetRelativePath(repositoryRoot, Path.GetFullPath(path)).Replace('\\', '/');
}
