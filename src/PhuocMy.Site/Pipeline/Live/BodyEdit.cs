using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Planning;
using PhuocMy.Site.SiteModel;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline.Live;

/// <summary>A page drawn again after an edit: its path in the output folder and its new bytes.</summary>
public sealed record RedrawnPage(string OutputPath, byte[] Content);

/// <summary>The pages an edit redrew, or why it could not be shown before a full rebuild.</summary>
public sealed record BodyEditResult(IReadOnlyList<RedrawnPage> Pages, string? Declined)
{
    public static BodyEditResult Decline(string why) => new([], why);
}

/// <summary>
/// Shows an edit to one post's body at once: when the post's front matter and card (title, sapo, lead image) are
/// as the last build saw them, only the pages that read the post's body can change, and each is one of the post's
/// own pages. Those are drawn again from their plans with the re-parsed post; everything else about the site —
/// listings, feeds, search, checks — is left to the incremental build that always follows, which also proves
/// the redraw right (the preview compares the two). Anything else (a new title, a new file, a theme edit, an
/// error) is declined, and only the build runs.
/// </summary>
public static class BodyEdit
{
    public static BodyEditResult Try(LiveSite live, string treePath, ReadOnlyMemory<byte> content)
    {
        if (live.Tree.Peek(treePath) is not { Layer: SourceLayer.Input } old || !old.IsMarkdown || old.IsHidden
            || !treePath.StartsWith(Stages.CoreContent.PostsFolder + "/", StringComparison.Ordinal))
            return BodyEditResult.Decline("not a post the last build read");

        var file = old with { Content = content };
        var diagnostics = new DiagnosticBag();
        if (SourceText.Read(file, diagnostics) is not { } text || SourceText.Read(old, new DiagnosticBag()) is not { } oldText)
            return BodyEditResult.Decline("not UTF-8");
        if (!SameFrontMatter(file.DisplayPath, oldText, text))
            return BodyEditResult.Decline("front matter changed");
        if (live.Posts.Parse(file, text, diagnostics) is not { } post || diagnostics.HasErrors)
            return BodyEditResult.Decline("the post has errors");

        var pages = new List<RedrawnPage>();
        foreach (var path in live.PagesReading([DependencyKey.Body(file.DisplayPath), DependencyKey.Source(file.DisplayPath), DependencyKey.File(treePath)]))
        {
            if (live.PlanOf(path) is not { } plan || plan.Origin != file.DisplayPath
                || plan.Values.Values.OfType<SitePost>().FirstOrDefault(p => p.SourcePath == file.DisplayPath) is not { } shown)
                return BodyEditResult.Decline($"{path} shows more than this post");
            if (shown.Card.WithTextOf(post) != shown.Card)
                return BodyEditResult.Decline("the card changed");

            var html = Phases.RenderPhase.Draw(live.Renderer, WithPost(plan, shown, post), diagnostics);
            if (html is null || diagnostics.HasErrors) return BodyEditResult.Decline("the page could not be drawn");
            pages.Add(new RedrawnPage(path, html));
        }
        return pages.Count == 0 ? BodyEditResult.Decline("no page shows this post") : new BodyEditResult(pages, null);
    }

    /// <summary>The plan with the post (and its body, where the plan holds it) replaced; the rest as planned.</summary>
    private static PlannedPage WithPost(PlannedPage plan, SitePost shown, Post post)
    {
        var edited = shown with { Post = post };
        var oldBody = shown.Post.Body;
        var values = plan.Values.ToDictionary(
            pair => pair.Key,
            pair => ReferenceEquals(pair.Value, shown) ? edited
                : ReferenceEquals(pair.Value, oldBody) ? post.Body
                : pair.Value,
            StringComparer.Ordinal);
        return plan with { Values = values };
    }

    /// <summary>The lines up to the body are the same, so every front matter field is.</summary>
    private static bool SameFrontMatter(string displayPath, string before, string after)
    {
        var oldFile = FrontMatterParser.Parse(displayPath, before, new DiagnosticBag());
        var newFile = FrontMatterParser.Parse(displayPath, after, new DiagnosticBag());
        if (oldFile is null || newFile is null || oldFile.BodyFirstLine != newFile.BodyFirstLine) return false;
        return Head(before, newFile.BodyFirstLine - 1).SequenceEqual(Head(after, newFile.BodyFirstLine - 1));
    }

    private static ReadOnlySpan<char> Head(string text, int lines)
    {
        var end = 0;
        for (var line = 0; line < lines; line++)
        {
            var next = text.IndexOf('\n', end);
            if (next < 0) return text;
            end = next + 1;
        }
        return text.AsSpan(0, end);
    }
}
