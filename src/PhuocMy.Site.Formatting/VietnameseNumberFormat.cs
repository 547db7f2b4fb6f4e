using PhuocMy.Site.Formatting;
using System.Globalization;

namespace PhuocMy.Site.Formatting;

/// <summary>Numbers as Vietnamese readers write them: 8.670.000.000 đ, 63,34%, 2.280 hồ sơ, 172 triệu đồng.</summary>
public static class VietnameseNumberFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Grouped thousands, at most <paramref name="maxDecimals"/> decimals, trailing zeros dropped.</summary>
    public static string Number(decimal value, int maxDecimals = 2)
    {
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        var pattern = maxDecimals > 0 ? "#,##0." + new string('#', maxDecimals) : "#,##0";
        return rounded.ToString(pattern, Culture);
    }

    /// <summary>A percentage already multiplied by 100: 63.34 → "63,34%".</summary>
    public static string Percent(decimal percent, int maxDecimals = 2) => Number(percent, maxDecimals) + "%";

    /// <summary>The share <paramref name="part"/>/<paramref name="whole"/> as a percentage.</summary>
    public static string Ratio(decimal part, decimal whole, int maxDecimals = 2) =>
        Percent(whole == 0 ? 0 : part / whole * 100, maxDecimals);

    /// <summary>A value with its unit, for text and tables: "8.670.000.000 đ", "172 triệu đồng", "2.280 hồ sơ".</summary>
    public static string Amount(decimal value, string unit, string? scale = null)
    {
        if (unit == "%")
        {
            return Percent(value);
        }
        if (scale is not null)
        {
            return $"{Number(value)} {scale} {unit}";
        }
        return unit == "đồng" ? $"{Number(value)} đ" : $"{Number(value)} {unit}";
    }

    /// <summary>
    /// Short form for labels inside a chart, where space is scarce: "8,67 tỷ", "500 triệu", "2.280".
    /// The unit is shown once, on the axis.
    /// </summary>
    public static string Compact(decimal value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 1_000_000_000m)
        {
            return $"{Number(value / 1_000_000_000m)} tỷ";
        }
        if (magnitude >= 1_000_000m)
        {
            return $"{Number(value / 1_000_000m)} triệu";
        }
        return Number(value);
    }

    /// <summary>A date as "30/6/2020".</summary>
    public static string Date(DateOnly date) => date.ToString("d/M/yyyy", CultureInfo.InvariantCulture);
}
