using BenchmarkDotNet.Attributes;
using PhuocMy.Site.SharingCards;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace PhuocMy.Site.CardBenchmarks;

/// <summary>
/// The steps of drawing one card, each over the same cards: the whole card; laying out its title (HarfBuzz
/// shaping at each candidate size); drawing the title's coverage (layout included); composing and encoding the PNG
/// from that coverage; and, once per site, the backdrop every card shares. One invocation draws every card once;
/// BenchmarkDotNet reports the time per card.
/// </summary>
[MemoryDiagnoser]
public class CardSteps : IDisposable
{
    public const int CardCount = 200;

    private readonly IReadOnlyList<SharingCard> cards = CardSamples.Cards(CardCount);
    private readonly SharingCardRenderer renderer = new(CardSamples.Style());
    private readonly CardStyle style = CardSamples.Style();
    private readonly SKTypeface typeface;
    private readonly CardBackdrop backdrop;
    private readonly SKPicture? emblem;
    private readonly byte[][] coverages;
    private readonly SKRectI[] inked;
    private readonly GlyphMasks glyphs;

    public CardSteps()
    {
        typeface = SKTypeface.FromData(SKData.CreateCopy(style.Font.Span));
        glyphs = new GlyphMasks(typeface);
        emblem = new Svg.Skia.SKSvg().Load(new MemoryStream(style.Emblem!.Value.ToArray()));
        backdrop = CardBackdrop.Draw(style, typeface, emblem, cards[0].SiteName, cards[0].Footer);
        coverages = cards.Select(_ => new byte[SharingCardRenderer.Width * SharingCardRenderer.Height]).ToArray();
        inked = cards.Select((card, i) => TitleInk.Draw(typeface, glyphs, card.Title, coverages[i])).ToArray();
    }

    public IReadOnlyList<SharingCard> Cards => cards;

    [Benchmark(OperationsPerInvoke = CardCount)]
    public long Whole()
    {
        long bytes = 0;
        foreach (var card in cards) bytes += renderer.RenderPng(card).Length;
        return bytes;
    }

    [Benchmark(OperationsPerInvoke = CardCount)]
    public int Layout()
    {
        var lines = 0;
        foreach (var card in cards)
        {
            using var shaper = new SKShaper(typeface);
            using var font = CardText.Font(typeface, CardLayout.TitleSizes[0]);
            foreach (var size in CardLayout.TitleSizes)
            {
                font.Size = size;
                var wrapped = TitleLayout.Wrap(card.Title, shaper, font, SharingCardRenderer.Width - 2 * CardLayout.Margin);
                lines += wrapped.Count;
                if (wrapped.Count * size * CardLayout.LineSpacing <= CardLayout.TitleBottom - CardLayout.TitleTop) break;
            }
        }
        return lines;
    }

    [Benchmark(OperationsPerInvoke = CardCount)]
    public long DrawTitle()
    {
        var coverage = new byte[SharingCardRenderer.Width * SharingCardRenderer.Height];
        long inked = 0;
        foreach (var card in cards)
        {
            inked += TitleInk.Draw(typeface, glyphs, card.Title, coverage).Height;
        }
        return inked;
    }

    [Benchmark(OperationsPerInvoke = CardCount)]
    public long Encode()
    {
        long bytes = 0;
        for (var i = 0; i < coverages.Length; i++) bytes += CardPng.Write(backdrop, style.Foreground, coverages[i], inked[i]).Length;
        return bytes;
    }

    /// <summary>Once per site (and per distinct site name and footer), not per card.</summary>
    [Benchmark]
    public long Backdrop()
    {
        var drawn = CardBackdrop.Draw(style, typeface, emblem, cards[0].SiteName, cards[0].Footer);
        var rows = drawn.Indexed ?? drawn.Rgb;
        return rows.RowsAbove(SharingCardRenderer.Height / 2).Length + rows.RowsBelow(SharingCardRenderer.Height / 2).Length;
    }

    public void Dispose()
    {
        renderer.Dispose();
        typeface.Dispose();
        GC.SuppressFinalize(this);
    }
}
