using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;
using PhuocMy.Site.SiteModel;

namespace PhuocMy.Site.Caching;

/// <summary>
/// The hash of a value handed to a template, walked member by member. A post stands for itself by identity only:
/// what a template reads of a post is recorded when it reads it (<see cref="SitePost"/>), so the same listing
/// of the same posts has the same fingerprint whatever the posts' texts say.
/// </summary>
/// <remarks>
/// One instance serves one build: the model is immutable while pages render, so a long list shared by many
/// pages (the posts of a year of the archive, the list of tags) is hashed once and then stands as its hash.
/// </remarks>
public sealed class ValueFingerprint
{
    private const int MaxDepth = 48;

    /// <summary>Collections at least this long are hashed once per build and then stand as their hash (lists of posts shared by many pages).</summary>
    private const int SharedSize = 16;
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Members = new();
    private readonly ConcurrentDictionary<object, ContentHash> known = new(ReferenceEqualityComparer.Instance);

    public ContentHash Of(object? value)
    {
        var hasher = new ContentHasher();
        Add(hasher, value, 0);
        return hasher.Finish();
    }

    private void Add(ContentHasher hasher, object? value, int depth)
    {
        if (depth > MaxDepth)
            throw new InvalidOperationException($"Giá trị đưa vào mẫu trang lồng quá sâu (hơn {MaxDepth} tầng) hoặc tự tham chiếu.");
        switch (value)
        {
            case null: hasher.Tag(0); return;
            case string text: hasher.Tag(1).Add(text); return;
            case bool flag: hasher.Tag(2).Add(flag); return;
            case int or long or short or byte or uint or ulong or ushort or sbyte:
                hasher.Tag(3).Add(Convert.ToInt64(value, CultureInfo.InvariantCulture)); return;
            case decimal or double or float:
                hasher.Tag(4).Add(Convert.ToString(value, CultureInfo.InvariantCulture)); return;
            case DateTimeOffset date: hasher.Tag(5).Add(date.UtcTicks).Add(date.Offset.Ticks); return;
            case DateTime date: hasher.Tag(6).Add(date.Ticks).Add((long)date.Kind); return;
            case DateOnly date: hasher.Tag(7).Add(date.DayNumber); return;
            case TimeSpan span: hasher.Tag(8).Add(span.Ticks); return;
            case Enum constant: hasher.Tag(9).Add(constant.GetType().FullName).Add(Convert.ToInt64(constant, CultureInfo.InvariantCulture)); return;
            case Uri uri: hasher.Tag(10).Add(uri.OriginalString); return;
            case TimeZoneInfo zone: hasher.Tag(11).Add(zone.Id); return;
            case SitePost post: hasher.Tag(12).Add(post.SourcePath); return;
            case BodyText body: hasher.Tag(17).Add(body.Hash); return;
            case ICollection { Count: >= SharedSize } when depth > 0:
                hasher.Tag(16).Add(known.TryGetValue(value, out var shared) ? shared : known.GetOrAdd(value, Compose(value, depth)));
                return;
            default:
                AddMembers(hasher, value, depth);
                return;
        }
    }

    private void AddMembers(ContentHasher hasher, object value, int depth)
    {
        switch (value)
        {
            case IDictionary dictionary:
                hasher.Tag(13).Add(dictionary.Count);
                foreach (var key in dictionary.Keys.Cast<object>().Select(k => k.ToString() ?? "").Order(StringComparer.Ordinal))
                {
                    hasher.Add(key);
                    Add(hasher, dictionary[key], depth + 1);
                }
                return;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                hasher.Tag(13);
                foreach (var (key, item) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    hasher.Add(key);
                    Add(hasher, item, depth + 1);
                }
                return;
            case IEnumerable items:
                hasher.Tag(14);
                var count = 0L;
                foreach (var item in items)
                {
                    Add(hasher, item, depth + 1);
                    count++;
                }
                hasher.Add(count);
                return;
            default:
                var type = value.GetType();
                hasher.Tag(15).Add(type.FullName);
                foreach (var member in Members.GetOrAdd(type, Readers)) Add(hasher, member(value), depth + 1);
                return;
        }
    }

    private ContentHash Compose(object value, int depth)
    {
        var hasher = new ContentHasher();
        AddMembers(hasher, value, depth);
        return hasher.Finish();
    }

    /// <summary>Compiled getters of a type's public properties, in a stable (name) order.</summary>
    private static Func<object, object?>[] Readers(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(property =>
            {
                var instance = Expression.Parameter(typeof(object));
                var read = Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object));
                return Expression.Lambda<Func<object, object?>>(read, instance).Compile();
            })
            .ToArray();
}
