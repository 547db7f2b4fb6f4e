using BenchmarkDotNet.Attributes;
using PhuocMy.Site.SharingCards;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace PhuocMy.Site.CardBenchmarks;

/// <summary>
/// The steps of drawing one card, each over the same cards: the whole card, laying out its title (HarfBuzz
/// shaping at each candidate size), and encoding its pixels. Drawing is what the whole costs beyond the other two.
/// One invocation draws every card once; BenchmarkDotNet reports the time per card.
/// </summary>
[MemoryDiagnoser]
public class CardSteps : IDisposable
{
    public const int CardCount = 200;
    private static readonly float[] TitleSizes = [64, 58, 52, 46, 40, 36, 32];

    private readonly IReadOnlyList<SharingCard> cards = CardSamples.Cards(CardCount);
    private readonly SharingCardRenderer renderer = new(CardSamples.Style());
    private readonly SKTypeface typeface;
    private readonly byte[] pixels;

    public CardSteps()
    {
        typeface = SKTypeface.FromData(SKData.CreateCopy(CardSamples.Style().Font.Span));
        using var bitmap = SKBitmap.Decode(renderer.RenderPng(cards[0])).Copy(SKColorType.Rgba8888);
        pixels = bitmap.GetPixelSpan().ToArray();
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
            using var font = new SKFont(typeface, TitleSizes[0]) { Edging = SKFontEdging.Antialias, Subpixel = false, Hinting = SKFontHinting.None };
            foreach (var size in TitleSizes)
            {
                font.Size = size;
                var wrapped = TitleLayout.Wrap(card.Title, shaper, font, SharingCardRenderer.Width - 144);
                lines += wrapped.Count;
                if (wrapped.Count * size * 1.22f <= 348) break;
            }
        }
        return lines;
    }

    [Benchmark(OperationsPerInvoke = CardCount)]
    public long Encode()
    {
        long bytes = 0;
        for (var i = 0; i < CardCount; i++) bytes += PngEncoder.Encode(pixels, SharingCardRenderer.Width, SharingCardRenderer.Height).Length;
        return bytes;
    }

    public void Dispose()
    {
        renderer.Dispose();
        typeface.Dispose();
        GC.SuppressFinalize(this);
    }
}
