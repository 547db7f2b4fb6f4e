using SkiaSharp;

namespace PhuocMy.Site.CardBenchmarks;

/// <summary>
/// Draws the same cards as <c>write</c> and compares their pixels with the files a former version wrote there:
/// how many pixels differ and by how much (0–255 on a channel), to show a faster renderer draws the same picture.
/// </summary>
public static class CompareCommand
{
    public static void Run(string folder)
    {
        using var renderer = new PhuocMy.Site.SharingCards.SharingCardRenderer(CardSamples.Style());
        var files = Directory.GetFiles(folder, "card-*.png").Order(StringComparer.Ordinal).ToArray();
        var cards = CardSamples.Cards(files.Length);
        var (largest, differing, total, oldBytes, newBytes) = (0, 0L, 0L, 0L, 0L);
        for (var i = 0; i < files.Length; i++)
        {
            var before = File.ReadAllBytes(files[i]);
            var after = renderer.RenderPng(cards[i]);
            (oldBytes, newBytes) = (oldBytes + before.Length, newBytes + after.Length);
            using var old = SKBitmap.Decode(before).Copy(SKColorType.Rgba8888);
            using var now = SKBitmap.Decode(after).Copy(SKColorType.Rgba8888);
            ReadOnlySpan<byte> a = old.GetPixelSpan(), b = now.GetPixelSpan();
            for (var p = 0; p < a.Length; p += 4)
            {
                var difference = Math.Max(Math.Abs(a[p] - b[p]), Math.Max(Math.Abs(a[p + 1] - b[p + 1]), Math.Abs(a[p + 2] - b[p + 2])));
                if (difference > 0) differing++;
                largest = Math.Max(largest, difference);
            }
            total += a.Length / 4;
        }
        Console.WriteLine($"{files.Length} cards: {differing} of {total} pixels differ ({100.0 * differing / total:F4}%), by at most {largest} of 255 on a channel");
        Console.WriteLine($"bytes per card: before {oldBytes / files.Length}, now {newBytes / files.Length}");
    }
}
