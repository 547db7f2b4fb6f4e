using PhuocMy.Site.SharingCards;

namespace PhuocMy.Site.CardBenchmarks;

/// <summary>Writes a few cards as files, to look at them and to compare two versions of the renderer.</summary>
public static class WriteCommand
{
    public static void Run(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        using var renderer = new SharingCardRenderer(CardSamples.Style());
        var cards = CardSamples.Cards(Math.Max(count, 1));
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"card-{i:D4}.png");
            File.WriteAllBytes(path, renderer.RenderPng(cards[i]));
            Console.WriteLine($"{path}\t{new FileInfo(path).Length} bytes\t{cards[i].Title}");
        }
    }
}
