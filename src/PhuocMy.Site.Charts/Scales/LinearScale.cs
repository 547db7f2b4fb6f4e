namespace PhuocMy.Site.Charts.Scales;

/// <summary>
/// Maps data values to pixel positions over a "nice" domain whose ticks are steps of 1, 2 or 5 × 10ⁿ.
/// </summary>
public sealed class LinearScale
{
    private LinearScale(double domainMin, double domainMax, double step, double rangeStart, double rangeEnd)
    {
        DomainMin = domainMin;
        DomainMax = domainMax;
        Step = step;
        RangeStart = rangeStart;
        RangeEnd = rangeEnd;
    }

    public double DomainMin { get; }
    public double DomainMax { get; }
    public double Step { get; }
    public double RangeStart { get; }
    public double RangeEnd { get; }

    /// <summary>
    /// A scale covering <paramref name="values"/> with about <paramref name="targetTickCount"/> intervals.
    /// With <paramref name="includeZero"/> (always for bars) the domain starts or ends at 0.
    /// </summary>
    public static LinearScale Create(IEnumerable<decimal> values, double rangeStart, double rangeEnd, bool includeZero, int targetTickCount = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(targetTickCount, 1);
        var numbers = values.Select(v => (double)v).ToList();
        var min = numbers.Count == 0 ? 0 : numbers.Min();
        var max = numbers.Count == 0 ? 0 : numbers.Max();
        if (includeZero)
        {
            min = Math.Min(min, 0);
            max = Math.Max(max, 0);
        }
        if (min == max)
        {
            // A flat series still needs some height: widen around the single value.
            var pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
            max += pad;
            if (!includeZero || min != 0)
            {
                min -= pad;
            }
        }

        var step = NiceStep((max - min) / targetTickCount);
        var niceMin = Math.Floor(min / step + 1e-9) * step;
        var niceMax = Math.Ceiling(max / step - 1e-9) * step;
        return new LinearScale(niceMin, niceMax, step, rangeStart, rangeEnd);
    }

    /// <summary>The smallest step of the form 1, 2 or 5 × 10ⁿ that is at least <paramref name="rawStep"/>.</summary>
    public static double NiceStep(double rawStep)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rawStep);
        var power = Math.Pow(10, Math.Floor(Math.Log10(rawStep)));
        var fraction = rawStep / power;
        var nice = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10;
        return nice * power;
    }

    public IReadOnlyList<decimal> Ticks
    {
        get
        {
            var count = (int)Math.Round((DomainMax - DomainMin) / Step);
            // Rounded through decimal so that 0.1 + 0.2 style float noise never reaches a label.
            return Enumerable.Range(0, count + 1)
                .Select(i => Math.Round((decimal)(DomainMin + i * Step), 10))
                .ToList();
        }
    }

    public double Map(decimal value) => Map((double)value);

    public double Map(double value) =>
        RangeStart + (value - DomainMin) / (DomainMax - DomainMin) * (RangeEnd - RangeStart);
}
