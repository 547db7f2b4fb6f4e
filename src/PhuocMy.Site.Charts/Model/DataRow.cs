namespace PhuocMy.Site.Charts;

/// <summary>One category of the table: a label and one value per series.</summary>
/// <param name="Label">Category label, e.g. "Quý 1/2020".</param>
/// <param name="Values">One value per series, in series order.</param>
/// <param name="Target">For progress charts: the target/comparison value (plan, same period last year…).</param>
/// <param name="TargetLabel">For progress charts: what the target is, e.g. "Kế hoạch quận giao".</param>
public sealed record DataRow(string Label, IReadOnlyList<decimal> Values, decimal? Target = null, string? TargetLabel = null)
{
    public decimal Value => Values[0];

    public decimal Total => Values.Sum();
}
