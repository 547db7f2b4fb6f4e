namespace PhuocMy.Site.Pipeline;

/// <summary>
/// The order features run in, derived from what each declares (<see cref="ISiteFeature.RunsAfter"/>), not from the
/// order they are listed in: a feature runs after every feature it names, and otherwise in the order of names.
/// An unknown name, a name used twice or a cycle is a mistake in the code, refused when the generator is made.
/// </summary>
public static class FeatureOrder
{
    /// <summary>What a feature gives in <see cref="ISiteFeature.RunsAfter"/> to run after all other features (one feature may).</summary>
    public const string AllOthers = "*";

    public static IReadOnlyList<ISiteFeature> Resolve(IEnumerable<ISiteFeature> features)
    {
        var byName = new SortedDictionary<string, ISiteFeature>(StringComparer.Ordinal);
        foreach (var feature in features)
            if (!byName.TryAdd(feature.Name, feature))
                throw new InvalidOperationException($"Two features are named '{feature.Name}'.");

        var after = byName.ToDictionary(kv => kv.Key, kv => Prerequisites(kv.Value, byName.Keys), StringComparer.Ordinal);
        var ordered = new List<ISiteFeature>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (placed.Count < byName.Count)
        {
            var next = byName.Keys.FirstOrDefault(name => !placed.Contains(name) && after[name].All(placed.Contains))
                ?? throw new InvalidOperationException(
                    $"Features wait for each other in a cycle: {string.Join(", ", byName.Keys.Where(name => !placed.Contains(name)))}.");
            placed.Add(next);
            ordered.Add(byName[next]);
        }
        return ordered;
    }

    private static IReadOnlyList<string> Prerequisites(ISiteFeature feature, IEnumerable<string> names)
    {
        if (feature.RunsAfter.Contains(AllOthers))
            return names.Where(name => name != feature.Name).ToList();
        foreach (var name in feature.RunsAfter)
            if (!names.Contains(name))
                throw new InvalidOperationException($"Feature '{feature.Name}' runs after '{name}', which is not a feature of this build.");
        return feature.RunsAfter;
    }
}
