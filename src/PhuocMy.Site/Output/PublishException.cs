using PhuocMy.Site.Diagnostics;

namespace PhuocMy.Site.Output;

/// <summary>Publishing was refused or failed; the previous site is still in place. Each problem names a file or folder.</summary>
public sealed class PublishException(IReadOnlyList<Diagnostic> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public PublishException(Diagnostic problem) : this([problem]) { }

    public IReadOnlyList<Diagnostic> Problems => problems;
}
