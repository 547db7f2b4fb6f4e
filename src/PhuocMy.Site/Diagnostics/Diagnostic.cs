namespace PhuocMy.Site.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>One problem found in the inputs: where it is, what is wrong, and what the author should do.</summary>
/// <param name="File">Path as the author knows it, e.g. <c>input/posts/hoi-nghi.md</c>.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Subject">The address the problem is about, when it is one (the link a page check found broken), so
/// whoever places the problem looks for that address, not for it in the message.</param>
public sealed record Diagnostic(Severity Severity, string File, int? Line, string Message, string? Hint = null, string? Subject = null)
{
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        var kind = Severity == Severity.Error ? "lỗi" : "cảnh báo";
        return Hint is null ? $"{where}: {kind}: {Message}" : $"{where}: {kind}: {Message} → {Hint}";
    }
}
