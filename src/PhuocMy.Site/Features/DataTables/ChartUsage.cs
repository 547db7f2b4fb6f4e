using System.Collections.Concurrent;
using Markdig.Syntax;
using PhuocMy.Site.Charts.Markdown;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Pipeline.Stages;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.DataTables;

/// <summary>
/// Which Markdown files show which table, noted while every body is checked. A table shown only by drafts belongs
/// to those drafts: it stays out of the public build (no page, no CSV, no link on the home page) until one of them
/// is published, or the build previews drafts.
/// </summary>
public sealed class ChartUsage : IMarkdownCheck
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> usersByTable = new(StringComparer.Ordinal);

    public void Check(string displayPath, MarkdownDocument document, Func<int, int> lineOf, DiagnosticBag diagnostics)
    {
        foreach (var chart in ChartExtension.FindCharts(document))
            usersByTable.GetOrAdd(chart.TableId, _ => new(StringComparer.Ordinal)).TryAdd(displayPath, true);
    }

    /// <summary>
    /// False only for a table that some content shows and all of that content is posts or pages the site does not
    /// publish (drafts). A table no content shows is published: /so-lieu/ lists every table.
    /// </summary>
    public Func<string, bool> IsPublicIn(Website site)
    {
        var published = site.Posts.Select(p => p.Post.SourcePath).Concat(site.Pages.Select(p => p.SourcePath)).ToHashSet(StringComparer.Ordinal);
        return tableId => !usersByTable.TryGetValue(tableId, out var users) || users.IsEmpty
            || users.Keys.Any(user => published.Contains(user) || !IsPostOrPage(user));
    }

    private static bool IsPostOrPage(string displayPath) =>
        displayPath.Split('/') is [_, ParseContentStage.PostsFolder or ParseContentStage.PagesFolder, ..];
}
