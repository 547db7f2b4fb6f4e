using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.BrowserTests.Editor;

/// <summary>
/// The header rules of a deploy folder (netlify.toml and the _headers file the build wrote) as Netlify's own parsers
/// read them, with Netlify's path expressions; <see cref="For"/> combines every matching rule's values as Netlify does.
/// </summary>
public sealed class NetlifyHeaderRules(IReadOnlyList<NetlifyHeaderRules.Rule> rules)
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "tools", "netlify-header-rules.mjs");

    public sealed record Rule(string For, Regex Pattern, IReadOnlyDictionary<string, string> Values);

    public IReadOnlyList<Rule> Rules => rules;

    public static NetlifyHeaderRules Read(string deployFolder)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = Path.GetDirectoryName(Script)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(deployFolder);
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0) throw new InvalidOperationException($"netlify-header-rules.mjs failed ({ToolPaths.InstallHint}?): {errors}");
        using var json = JsonDocument.Parse(output.Result);
        return new NetlifyHeaderRules(json.RootElement.EnumerateArray().Select(rule => new Rule(
            rule.GetProperty("for").GetString()!,
            new Regex(rule.GetProperty("pattern").GetString()!, rule.GetProperty("flags").GetString()!.Contains('i') ? RegexOptions.IgnoreCase : RegexOptions.None),
            rule.GetProperty("values").EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetString()!))).ToList());
    }

    /// <summary>Every value each header gets for a request path, one per matching rule, in Netlify's order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> For(string path)
    {
        var sent = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules.Where(r => r.Pattern.IsMatch(path)))
            foreach (var (name, value) in rule.Values)
            {
                if (!sent.TryGetValue(name, out var values)) sent[name] = values = [];
                values.Add(value);
            }
        return sent.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.OrdinalIgnoreCase);
    }
}
