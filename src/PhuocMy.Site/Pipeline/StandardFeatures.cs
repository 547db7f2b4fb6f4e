namespace PhuocMy.Site.Pipeline;

/// <summary>The features a standard build has, in the order they load.</summary>
public static class StandardFeatures
{
    public static IReadOnlyList<ISiteFeature> Default() => [];
}
