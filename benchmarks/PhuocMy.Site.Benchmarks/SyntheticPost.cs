using System.Globalization;

namespace PhuocMy.Site.Benchmarks;

/// <summary>One post of the synthetic corpus, the same for every generator that builds it.</summary>
public sealed record SyntheticPost(int Number, DateTime Date, string Title, string Category, IReadOnlyList<string> Tags, string Body)
{
    public string Slug => $"tin-so-{Number}";
    public string Year => Date.Year.ToString(CultureInfo.InvariantCulture);
}
