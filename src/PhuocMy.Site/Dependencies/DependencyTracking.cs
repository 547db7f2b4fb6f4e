namespace PhuocMy.Site.Dependencies;

/// <summary>
/// Records what a unit of work (parsing one file, rendering one page) reads, as it reads it. The code that reads
/// a thing calls <see cref="Record"/>; outside a tracked unit of work that call does nothing.
/// </summary>
public static class DependencyTracking
{
    private static readonly AsyncLocal<HashSet<DependencyKey>?> Current = new();

    public static void Record(DependencyKey key) => Current.Value?.Add(key);

    /// <summary>True inside a tracked unit of work: what is read now will be listed among its reads.</summary>
    public static bool IsTracking => Current.Value is not null;

    /// <summary>Runs <paramref name="work"/> and returns what it read, in a stable order.</summary>
    public static (T Result, IReadOnlyList<DependencyKey> Reads) Track<T>(Func<T> work)
    {
        var previous = Current.Value;
        var reads = new HashSet<DependencyKey>();
        Current.Value = reads;
        try
        {
            var result = work();
            return (result, reads.Order().ToList());
        }
        finally
        {
            Current.Value = previous;
        }
    }
}
