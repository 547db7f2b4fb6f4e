namespace PhuocMy.Site.Charts.Svg;

/// <summary>Series colours, each with at least 3:1 contrast against white, and the SVG patterns that go with them.</summary>
internal static class Palette
{
    public static IReadOnlyList<string> Colors { get; } =
    [
        "#1d4e89",
        "#b4461a",
        "#2e7d32",
        "#6a3d9a",
        "#8a5a00",
        "#a3214f",
    ];

    public static string ColorOf(int seriesIndex) => Colors[seriesIndex % Colors.Count];

    public static string PatternId(string idPrefix, int seriesIndex) => $"{idPrefix}-pattern-{seriesIndex}";

    public static string FillOf(string idPrefix, int seriesIndex) => $"url(#{PatternId(idPrefix, seriesIndex)})";

    /// <summary>One &lt;pattern&gt; per series: the series colour with light marks over it.</summary>
    public static void WritePatterns(SvgWriter svg, string idPrefix, IReadOnlyList<SeriesPattern> patterns)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            var color = ColorOf(i);
            svg.Open("pattern", ("id", PatternId(idPrefix, i)), ("patternUnits", "userSpaceOnUse"),
                ("width", 8), ("height", 8), ("patternTransform", Transform(patterns[i])));
            svg.Empty("rect", ("width", 8), ("height", 8), ("fill", color));
            WriteMarks(svg, patterns[i]);
            svg.Close("pattern");
        }
    }

    private static string? Transform(SeriesPattern pattern) => pattern switch
    {
        SeriesPattern.Stripes or SeriesPattern.Crosshatch => "rotate(45)",
        SeriesPattern.Horizontal => "rotate(90)",
        _ => null,
    };

    private static void WriteMarks(SvgWriter svg, SeriesPattern pattern)
    {
        const string light = ChartTheme.White;
        switch (pattern)
        {
            case SeriesPattern.Stripes:
            case SeriesPattern.Vertical:
            case SeriesPattern.Horizontal:
                svg.Empty("rect", ("width", 2.5), ("height", 8), ("fill", light), ("fill-opacity", 0.7));
                break;
            case SeriesPattern.Dots:
                svg.Empty("circle", ("cx", 4), ("cy", 4), ("r", 1.6), ("fill", light), ("fill-opacity", 0.8));
                break;
            case SeriesPattern.Crosshatch:
                svg.Empty("rect", ("width", 2), ("height", 8), ("fill", light), ("fill-opacity", 0.7));
                svg.Empty("rect", ("width", 8), ("height", 2), ("fill", light), ("fill-opacity", 0.7));
                break;
        }
    }
}
