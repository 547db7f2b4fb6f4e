using System.Text.RegularExpressions;
using PhuocMy.Site.SharingCards;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.CardBenchmarks;

/// <summary>
/// What the benchmarks draw: the theme's own card style and the titles of the repository's real posts, followed by
/// titles shaped like the build benchmark's synthetic ones, so short, typical and long titles all take their share.
/// </summary>
public static partial class CardSamples
{
    public static CardStyle Style() => new(
        CardColor.Parse("#a3201b")!.Value, CardColor.Parse("#ffffff")!.Value, CardColor.Parse("#ffd54f")!.Value,
        File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "_fonts", "DejaVuSans-Bold.ttf")),
        File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "assets", "logo.svg")));

    public static IReadOnlyList<SharingCard> Cards(int count)
    {
        var real = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Input, "posts"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => TitleLine().Match(File.ReadAllText(path)))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value.Trim().Trim('"'))
            .ToArray();
        var cards = new SharingCard[count];
        for (var i = 0; i < count; i++)
        {
            var title = i < real.Length ? real[i] : $"Tin số {i + 1} - hoạt động của phường ngày {new DateTime(2010, 1, 1).AddHours(i * 13.7):dd/MM/yyyy}";
            cards[i] = new SharingCard(title, "Cổng thông tin điện tử phường Phước Mỹ", "phuocmy.netlify.app");
        }
        return cards;
    }

    [GeneratedRegex(@"^title:\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
