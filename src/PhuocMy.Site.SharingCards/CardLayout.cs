namespace PhuocMy.Site.SharingCards;

/// <summary>Where things sit on a 1200×630 card, in pixels.</summary>
internal static class CardLayout
{
    public const float Margin = 72;
    public const float EmblemSize = 88;
    public const float EmblemTop = 56;
    public const float TitleTop = 212;
    public const float TitleBottom = 560;
    public const float LineSpacing = 1.22f;
    public static readonly float[] TitleSizes = [64, 58, 52, 46, 40, 36, 32];
}
