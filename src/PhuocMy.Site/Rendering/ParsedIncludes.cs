using Fluid;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Rendering;

// Fluid marks its template cache interface as evaluation-only (FLUID001); the version is pinned, and without it
// every partial would be parsed a second time after TemplateSet has parsed (and checked) it.
#pragma warning disable FLUID001

/// <summary>Hands <c>{% render %}</c> and <c>{% include %}</c> the partials <see cref="TemplateSet"/> already parsed.</summary>
public sealed class ParsedIncludes(IReadOnlyDictionary<string, IFluidTemplate> includes) : ITemplateCache
{
    public bool TryGetTemplate(string subpath, DateTimeOffset lastModified, out IFluidTemplate template)
    {
        DependencyTracking.Record(DependencyKey.File($"{TemplateSet.IncludeFolder}/{subpath.TrimStart('/')}"));
        return includes.TryGetValue(subpath.TrimStart('/'), out template!);
    }

    /// <summary>Nothing to keep: a partial that is not in the theme does not exist, and Fluid reports it as such.</summary>
    public void SetTemplate(string subpath, DateTimeOffset lastModified, IFluidTemplate template) { }
}
