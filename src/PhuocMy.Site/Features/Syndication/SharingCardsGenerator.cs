using System.Collections.Concurrent;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.Diagnostics;
using PhuocMy.Site.Output;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Planning;
using PhuocMy.Site.SharingCards;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.Features.Syndication;

/// <summary>
/// Draws the sharing card of every page that has no photo of its own, once per distinct card (pages of one listing
/// share theirs). A card's file name is a hash of everything drawn on it, so an unchanged card keeps its name and
/// bytes from build to build, and a changed one gets a new name that sharing sites fetch anew.
/// </summary>
public sealed class SharingCardsGenerator(CardStyle style, IReadOnlyList<string> styleSources) : IAfterRenderGenerator
{
    public IEnumerable<OutputFile> Generate(RenderedSite site, DiagnosticBag diagnostics)
    {
        var cards = new Dictionary<string, (SharingCard Card, List<RenderedPage> Pages)>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            if (page.Plan.Meta.SharingImage is not { } image || !PageCards.IsCard(image)) continue;
            if (!cards.TryGetValue(image.Url, out var entry)) cards[image.Url] = entry = (PageCards.For(page.Plan, site.Site), []);
            entry.Pages.Add(page);
        }

        using var renderer = new SharingCardRenderer(style);
        var files = new ConcurrentBag<OutputFile>();
        cards.AsParallel().ForAll(pair =>
        {
            var (url, (card, pages)) = (pair.Key, pair.Value);
            if (!renderer.CanDraw(card.Title))
                diagnostics.Warning(pages[0].Plan.Origin ?? pages[0].File.Path, null,
                    $"Tiêu đề \"{card.Title}\" có chữ mà phông của ảnh chia sẻ không có; ảnh sẽ hiện ô trống thay chữ đó.",
                    $"Bỏ ký tự đặc biệt khỏi tiêu đề, hoặc chọn phông khác ở {SharingCardStyleReader.Key}.font trong site.yml.");
            IReadOnlyList<string> sources = [.. styleSources, .. pages.Select(p => p.Plan.Origin ?? PlanContext.SettingsSource).Distinct()];
            var path = SitePaths.OutputPathOf(url);
            // The file name already sums up everything drawn; the reuse key adds the generator's version.
            var inputs = ContentHash.Of(path);
            files.Add(site.Stage(site.Reuse.Find(path, inputs, sources) ?? site.Reuse.Remember(new OutputFile(path, renderer.RenderPng(card), sources), inputs)));
        });
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
