using Tomlyn;
using Tomlyn.Model;

namespace PhuocMy.Site.Preview;

/// <summary>
/// The headers Netlify sends with every file of the published site (netlify.toml's <c>[[headers]]</c> rule for
/// <c>/*</c>), read from the netlify.toml built into the generator: the preview serves pages under exactly the policy
/// readers get, from the one place it is written, so what breaks it breaks in the preview too.
/// </summary>
public static class PublishedHeaders
{
    private const string EveryPath = "/*";

    public static string ContentSecurityPolicy { get; } = ForEveryPath(BuiltInToml())["Content-Security-Policy"];

    /// <summary>The header values of the rule for every path in the text of a netlify.toml.</summary>
    public static IReadOnlyDictionary<string, string> ForEveryPath(string netlifyToml)
    {
        var config = TomlSerializer.Deserialize<TomlTable>(netlifyToml) ?? new TomlTable();
        var rules = config.TryGetValue("headers", out var headers) && headers is TomlTableArray array ? array : new TomlTableArray();
        var rule = rules.FirstOrDefault(r => r.TryGetValue("for", out var path) && path is EveryPath)
            ?? throw new InvalidOperationException($"netlify.toml has no [[headers]] rule for \"{EveryPath}\"");
        var values = rule.TryGetValue("values", out var found) && found is TomlTable table ? table : new TomlTable();
        return values.Where(kv => kv.Value is string).ToDictionary(kv => kv.Key, kv => (string)kv.Value, StringComparer.Ordinal);
    }

    private static string BuiltInToml()
    {
        using var stream = typeof(PublishedHeaders).Assembly.GetManifestResourceStream("netlify.toml")
            ?? throw new InvalidOperationException("netlify.toml is not built into the generator (see PhuocMy.Site.csproj)");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
