namespace PhuocMy.Site.Charts.Svg;

/// <summary>Shared geometry and colours. All sizes are SVG user units; the SVG scales to its container.</summary>
internal static class ChartTheme
{
    // Laid out for a phone column (~330 px shown ≈ 1:1, so 13–14 unit text stays legible);
    // charts.css caps the width on desktop so the text does not grow past ~18 px.
    public const double Width = 360;
    public const double Padding = 8;
    public const double FontSize = 14;
    public const double SmallFontSize = 13;

    // Vietnamese diacritics stack above the letters (ệ, ở, ữ), so lines need more than the usual 1.2.
    public const double LineHeight = FontSize * 1.45;
    public const double SmallLineHeight = SmallFontSize * 1.45;

    public const string TextColor = "#1f2933";
    public const string MutedTextColor = "#4a5560";
    public const string AxisColor = "#3e4c59";
    public const string GridColor = "#d9dee3";
    public const string TrackColor = "#eef1f4";
    public const string White = "#ffffff";
}
