using System.Collections.Concurrent;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Sources;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Images;

/// <summary>
/// Publishes the variants of every photo the finished site shows and the sharing image of every post shared with
/// its photo. Which photos a page shows comes from what it read (its <see cref="OutputFile.Sources"/>), recorded the
/// same way whether the page was rendered now or kept from the last build, so an incremental build publishes
/// exactly what a full one does; and from content parsed anew in every build (documents), which looks its photos up
/// in every build. Lead photos of posts are checked here, at the <c>image:</c> line of the post.
/// </summary>
internal sealed class ImageFilesGenerator(ImageCatalog catalog) : IAfterRenderGenerator
{
    public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics)
    {
        CheckLeadImages(site, diagnostics);

        var shown = new SortedDictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
            foreach (var source in page.File.Sources)
                if (MediaTypes.IsPhoto(source) && catalog.PeekDisplayPath(source) is { } file)
                    shown[file.Path] = file;
        foreach (var file in catalog.ShownUntracked) shown[file.Path] = file;
        var shared = new SortedDictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
            if (page.Plan.Meta is { SharingImage: { } image, ImageUrl: { } url } && catalog.Peek(url) is { } file
                && image.Url == SitePaths.EscapedUrlOf(catalog.SharingPath(file)))
                shared[file.Path] = file;

        var files = new ConcurrentDictionary<string, OutputFile>(StringComparer.Ordinal);
        shown.Values.AsParallel().ForAll(file =>
        {
            foreach (var output in Publish(file, "variants", () => catalog.Variants(file) is { Succeeded: true } made
                         ? made.Value.All.Select(variant => new OutputFile(catalog.VariantPath(file, variant), variant.Bytes, [file.DisplayPath])).ToList()
                         : null))
                files.TryAdd(output.Path, output);
        });
        shared.Values.AsParallel().ForAll(file =>
        {
            foreach (var output in Publish(file, "sharing", () => catalog.SharingImage(file) is { Succeeded: true } made
                         ? [new OutputFile(catalog.SharingPath(file), made.Value.Bytes, [file.DisplayPath])]
                         : null))
                files.TryAdd(output.Path, output);
        });
        return files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The files made from a photo: those the last build wrote when the output folder still holds them untouched
    /// (nothing read, decoded or written), else made (through the variant cache) and remembered for the next build.
    /// </summary>
    private IReadOnlyList<OutputFile> Publish(SourceFile file, string use, Func<IReadOnlyList<OutputFile>?> make)
    {
        if (catalog.StillPublished(file, use) is { } kept) return kept;
        var made = make();
        if (made is null) return [];
        catalog.Published(file, use, made);
        return made;
    }

    /// <summary>A lead photo (<c>image:</c>) that is missing, unreadable or too small, at its line in the post.</summary>
    private void CheckLeadImages(RenderedSite site, DiagnosticBag diagnostics)
    {
        foreach (var post in site.Site.Posts)
        {
            var content = post.Post;
            // A lead photo the body also shows is checked at its line in the body.
            if (content.Image is not { } url || !content.ShowImage || SitePaths.TreePathOf(url) is null) continue;
            foreach (var (message, fix, error) in ImageIssues.Of(catalog, url, ImageUse.Lead))
            {
                var line = LineOf(content.SourcePath, "image");
                if (error) diagnostics.Error(content.SourcePath, line, message, fix);
                else diagnostics.Warning(content.SourcePath, line, message, fix);
            }
        }
    }

    private int? LineOf(string displayPath, string key)
    {
        if (catalog.PeekDisplayPath(displayPath) is not { } file) return null;
        var lines = System.Text.Encoding.UTF8.GetString(file.Content.Span).Split('\n');
        var index = Array.FindIndex(lines, line => line.StartsWith(key + ":", StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }
}
