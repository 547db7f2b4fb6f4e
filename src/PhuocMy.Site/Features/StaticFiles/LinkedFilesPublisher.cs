using System.Collections.Concurrent;
using System.Text;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Quality;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.StaticFiles;

/// <summary>
/// Publishes a file that is neither a page nor a web asset (a .docx, a .pdf, a .txt) only when a published page
/// links to it: a note left beside a post, or an attachment only a draft links to, stays private. Each file left
/// out is named in a warning.
/// </summary>
internal sealed class LinkedFilesPublisher(IReadOnlyList<SourceFile> waiting) : IAfterRenderGenerator
{
    public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics)
    {
        if (waiting.Count == 0) return [];
        var byPath = waiting.ToDictionary(f => f.Path, StringComparer.Ordinal);
        // A page can link to a waiting file only if it contains the file's extension (or name): most pages are skipped unread.
        var needles = waiting.Select(f => Path.GetExtension(f.Path) is { Length: > 1 } extension ? extension : Path.GetFileName(f.Path))
            .Distinct(StringComparer.Ordinal).Select(Encoding.UTF8.GetBytes).ToList();
        var baseUrl = site.Site.Settings.BaseUrl;
        var resolver = new InternalUrlResolver(baseUrl.AbsolutePath, baseUrl);

        // A page the cache kept is not in memory: what it links to is kept by its hash, with the files waiting.
        var context = new ContentHasher().Add(baseUrl.ToString());
        foreach (var file in waiting.OrderBy(f => f.Path, StringComparer.Ordinal)) context.Add(file.Path);
        var waitingHash = context.Finish();

        var linked = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var step = site.Cache.Step("linked-files");
        site.Pages.AsParallel().ForAll(page =>
        {
            if (!page.File.IsHtml) return;
            var key = new ContentHasher().Add(page.File.Hash).Add(waitingHash).Finish();
            var targets = step.GetOrMake(page.File.Path, key, () => Encode(LinkedWaiting(page.File, byPath, needles, resolver)));
            foreach (var target in Decode(targets)) linked.TryAdd(target, true);
        });

        foreach (var file in waiting.Where(f => !linked.ContainsKey(f.Path)))
            diagnostics.Warning(file.DisplayPath, null,
                "Tệp này không phải trang hay ảnh, và không trang nào đã đăng dẫn liên kết tới nó, nên không được đăng.",
                $"Muốn cho tải về: dẫn liên kết tới /{file.Path} trong một bài đã đăng, hoặc chuyển vào input/{StaticFileRules.DownloadFolders[0]}/. Là ghi chú riêng: chuyển ra khỏi input/.");

        return waiting.Where(f => linked.ContainsKey(f.Path)).Select(f => new OutputFile(f.Path, f.Content, [f.DisplayPath])).ToList();
    }

    private static IEnumerable<string> LinkedWaiting(OutputFile page, Dictionary<string, SourceFile> byPath, List<byte[]> needles, InternalUrlResolver resolver)
    {
        var content = page.Bytes();
        if (!Mentions(content, needles)) return [];
        return PageUrls.TargetsOf(page.Path, Encoding.UTF8.GetString(content.Span), resolver).Where(byPath.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
    }

    private static byte[] Encode(IEnumerable<string> paths) => Encoding.UTF8.GetBytes(string.Join('\n', paths));

    private static string[] Decode(byte[] value) => value.Length == 0 ? [] : Encoding.UTF8.GetString(value).Split('\n');

    private static bool Mentions(ReadOnlyMemory<byte> content, List<byte[]> needles)
    {
        foreach (var needle in needles)
            if (content.Span.IndexOf(needle) >= 0) return true;
        return false;
    }
}
