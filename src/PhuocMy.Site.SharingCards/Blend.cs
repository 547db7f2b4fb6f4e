namespace PhuocMy.Site.SharingCards;

/// <summary>Ink laid over a colour as far as a pixel is covered (source over, 8 bits a channel, rounded).</summary>
internal static class Blend
{
    public static byte Channel(int under, int over, int coverage) => (byte)((under * (255 - coverage) + over * coverage + 127) / 255);

    public static CardColor Over(CardColor under, CardColor ink, int coverage) =>
        new(Channel(under.Red, ink.Red, coverage), Channel(under.Green, ink.Green, coverage), Channel(under.Blue, ink.Blue, coverage));
}
