using PhuocMy.Site.Caching;
using PhuocMy.Site.Content;
using PhuocMy.Site.Content.Links;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Markdown;
using PhuocMy.Site.Markdown.Shortcodes;
using PhuocMy.Site.Pipeline.Stages;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Pipeline.Phases;

/// <summary>
/// parse: builds the one Markdown pipeline (every feature's extensions and checks), then parses every content file
/// through the cache: features' content first (documents), then posts and pages. A mistake in an author's file does
/// not stop the build here, so one run lists every problem of every file.
/// </summary>
public sealed class ParsePhase : IBuildPhase
{
    public string Name => "parse";
    public string Title => "Đọc bài viết";

    public PhaseOutcome Run(BuildState state)
    {
        var (tree, settings, loaded) = (state.Tree, state.Settings, state.Loaded);
        StrayContentStage.Run(tree, state.Features, state.Diagnostics);
        var converter = new MarkdownConverter(builder => { foreach (var feature in loaded) feature.ExtendMarkdown(builder); });
        var bodyChecks = new BodyChecks(
            [new HeadingLevelCheck(), new ImageAltTextCheck(), new UnknownShortcodeCheck(UnknownShortcodeCheck.StandardNames, KeySpelling.IsNearMiss), .. loaded.SelectMany(f => f.MarkdownChecks)],
            ContentLinks.Rewrites(converter, tree, CoreContent.Addresses));
        var parseCache = new ParseCache(state.Cache, ParseContext(tree, state.Features, loaded), tree);
        var parser = new ContentParser(tree, parseCache, state.Diagnostics);
        var context = new ContentContext(tree, settings, converter, bodyChecks, state.Diagnostics)
        {
            Parser = parser,
            ParseReads = () => parseCache.AllReads().Select(parsed => new ParsedReads(parsed.DisplayPath, parsed.Keys.ToList())),
            Cache = state.Cache,
        };
        state.Converter = converter;
        state.BodyChecks = bodyChecks;
        state.ParseCache = parseCache;
        state.PostParser = new PostParser(settings, converter, bodyChecks);
        state.Extensions = loaded.Select(feature => feature.ParseContent(context)).ToList();
        state.Content = CoreContent.Parse(parser, state.PostParser, new PageParser(settings, converter, bodyChecks));
        state.ContentParser = parser;
        return PhaseOutcome.Continue;
    }

    /// <summary>What parsing any content file depends on: the generator, the settings and the features' Markdown context.</summary>
    private static ContentHash ParseContext(SourceTree tree, IReadOnlyList<ISiteFeature> features, IReadOnlyList<ILoadedFeature> loaded)
    {
        var hasher = new ContentHasher().Add(BuildCache.GeneratorVersion).Add(tree.Peek(SiteSettingsReader.FileName)?.Hash ?? ContentHash.Absent);
        for (var i = 0; i < features.Count; i++)
        {
            if (loaded[i].MarkdownContext is { } markdownContext)
            {
                hasher.Add(markdownContext);
                continue;
            }
            foreach (var file in tree.Files.Where(features[i].Owns)) hasher.Add(file.Path).Add(file.Hash);
        }
        return hasher.Finish();
    }
}
