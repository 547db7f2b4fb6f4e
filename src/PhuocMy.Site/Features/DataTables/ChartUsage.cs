using System.Collections.Concurrent;
using Markdig.Syntax;
using PhuocMy.Site.Charts.Markdown;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Pipeline.Stages;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Features.DataTables;

/// <summary>
/// Which Markdown files show which table. A table shown only by drafts belongs to those drafts: it stays out of the
/// public build (no page, no CSV, no link on the home page) until one of them is published, or the build previews
/// drafts. A post or page the build cache did not parse again is not checked again either, so for them the answer
/// comes from what their parse read (<see cref="ChartReadsCheck"/> records each table a chart draws); the check
/// itself notes the content parsed outside the cache (documents) and everything parsed this time.
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
    /// <param name="parseReads">What each post and page parsed (or reused) this build read.</param>
    /// <param name="treePathOf">The tree path of a table's file, by table id.</param>
    public Func<string, bool> IsPublicIn(Website site, IEnumerable<ParsedReads> parseReads, Func<string, string?> treePathOf)
    {
        var readers = new Dictionary<DependencyKey, HashSet<string>>();
        foreach (var parsed in parseReads)
            foreach (var key in parsed.Keys)
                if (key.Kind == DependencyKind.File)
                {
                    if (!readers.TryGetValue(key, out var set)) readers[key] = set = new(StringComparer.Ordinal);
                    set.Add(parsed.DisplayPath);
                }

        var published = site.Posts.Select(p => p.Post.SourcePath).Concat(site.Pages.Select(p => p.SourcePath)).ToHashSet(StringComparer.Ordinal);
        return tableId =>
        {
            var users = new HashSet<string>(StringComparer.Ordinal);
            if (usersByTable.TryGetValue(tableId, out var checkedUsers)) users.UnionWith(checkedUsers.Keys);
            if (treePathOf(tableId) is { } path && readers.TryGetValue(DependencyKey.File(path), out var reading)) users.UnionWith(reading);
            return users.Count == 0 || users.Any(user => published.Contains(user) || !IsPostOrPage(user));
        };
    }

    private static bool IsPostOrPage(string displayPath) =>
        displayPath.Split('/') is [_, CoreContent.PostsFolder or CoreContent.PagesFolder, ..];
}
