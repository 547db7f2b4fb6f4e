using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Rendering;

/// <summary>
/// <c>site</c> in templates: the values of <c>site.yml</c> and of the features. Each value a template reads is
/// recorded, so a page depends on <c>site.menu</c> only if it shows the menu.
/// </summary>
public sealed class TrackedSiteValues(IReadOnlyDictionary<string, object?> values)
{
    public IReadOnlyDictionary<string, object?> Values => values;

    public object? Get(string name)
    {
        DependencyTracking.Record(DependencyKey.Site(name));
        return values.GetValueOrDefault(name);
    }
}
