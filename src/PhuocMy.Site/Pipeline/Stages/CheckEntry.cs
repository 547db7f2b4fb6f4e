using PhuocMy.Site.Caching;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Quality;

namespace PhuocMy.Site.Pipeline.Stages;

/// <summary>
/// What the page checks found on a page with this exact content: problems of the page itself, problems with what its
/// author may have written (placed at the author's lines anew in every build), and the files its links need, which are
/// looked up again in every build against the whole new site. Kept in the <c>check</c> cache step.
/// </summary>
public sealed record CheckEntry(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<LinkRequirement> Links, IReadOnlyList<SourceFinding> Findings)
{
    public byte[] ToBytes() => CacheCodec.Encode(writer =>
    {
        writer.Write(Diagnostics);
        writer.Write(Links.Count);
        foreach (var link in Links) writer.Write(link);
        writer.Write(Findings.Count);
        foreach (var finding in Findings) writer.Write(finding);
    });

    public static CheckEntry? Read(byte[] bytes) => CacheCodec.Decode(bytes, reader =>
    {
        var diagnostics = reader.ReadDiagnostics();
        var links = Enumerable.Range(0, CacheCodec.Count(reader)).Select(_ => reader.ReadLink()).ToList();
        var findings = Enumerable.Range(0, CacheCodec.Count(reader)).Select(_ => reader.ReadFinding()).ToList();
        return new CheckEntry(diagnostics, links, findings);
    });
}
