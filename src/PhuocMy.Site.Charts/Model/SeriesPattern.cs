namespace PhuocMy.Site.Charts;

/// <summary>Fill patterns; together with colour they let readers tell series apart (also in grayscale print).</summary>
public enum SeriesPattern
{
    Solid,
    Stripes,
    Dots,
    Crosshatch,
    Vertical,
    Horizontal,
}
