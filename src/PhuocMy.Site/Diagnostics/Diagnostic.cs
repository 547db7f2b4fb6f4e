namespace PhuocMy.Site.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>One problem found in the inputs: where it is, what is wrong, and what the author should do.</summary>
/// <param name="File">Path as the author knows it, e.g. <c>input/posts/hoi-nghi.md</c>.</param>
/// <param name="Line">1-based line, when known.</param>
public sealed record Diagnostic(Severity Severity, string File, int? Line, string Message, string? Hint = null)
{
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        var kind = Severity == Severity.Error ? "lỗi" : "cảnh báo";
        return Hint is null ? $"{where}: {kind}: {Message}" : $"{where}: {kind}: {Message} → {Hint}";
    }
}
