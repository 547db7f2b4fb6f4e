using System.Text.RegularExpressions;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Tests.Architecture;

/// <summary>
/// The generator's folders are layers: each may use only the layers below it. A new dependency upwards (which is
/// how namespace cycles start) fails here, naming the file that introduced it.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>Bottom first. A folder may depend on folders of a lower rank only.</summary>
    private static readonly Dictionary<string, int> Rank = new(StringComparer.Ordinal)
    {
        ["Diagnostics"] = 0, ["Urls"] = 0, ["Dependencies"] = 0,
        ["Sources"] = 1, ["Markdown"] = 1, ["Output"] = 1, ["Quality"] = 1,
        ["Content"] = 2,
        ["SiteModel"] = 3,
        ["Planning"] = 4,
        ["Rendering"] = 5, ["Caching"] = 5,
        ["Pipeline"] = 6,
        ["Features"] = 7,
        ["Composition"] = 8,
        ["Preview"] = 9,
        ["Cli"] = 10,
    };

    /// <summary>Sibling libraries: only the features that wrap them may use them, so the core stays independent.</summary>
    private static readonly Dictionary<string, string[]> LibraryUsers = new(StringComparer.Ordinal)
    {
        ["Charts"] = ["Features"],
        ["Images"] = ["Features"],
        ["Search"] = ["Features"],
        ["SharingCards"] = ["Features"],
    };

    private static readonly string GeneratorFolder = Path.Combine(RepositoryPaths.Root, "src", "PhuocMy.Site");

    [Fact]
    public void Every_folder_of_the_generator_has_a_layer()
    {
        var folders = SourceFiles().Select(f => f.Layer).Distinct().ToList();
        Assert.NotEmpty(folders);
        Assert.All(folders, folder => Assert.True(Rank.ContainsKey(folder),
            $"src/PhuocMy.Site/{folder}/ has no layer: add it to {nameof(LayeringTests)}.{nameof(Rank)} at the rank it belongs to."));
    }

    [Fact]
    public void No_folder_depends_on_a_folder_above_it_or_beside_it()
    {
        var violations = (
            from file in SourceFiles()
            from used in file.Uses
            where Rank.ContainsKey(used) && Rank.ContainsKey(file.Layer) && Rank[used] >= Rank[file.Layer]
            select $"{file.Path}: {file.Layer} (rank {Rank[file.Layer]}) uses {used} (rank {Rank[used]})").ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Sibling_libraries_are_used_only_by_the_features_that_wrap_them()
    {
        var violations = (
            from file in SourceFiles()
            from used in file.Uses
            where LibraryUsers.TryGetValue(used, out var users) && !users.Contains(file.Layer)
            select $"{file.Path}: {file.Layer} uses the {used} library").ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_check_sees_a_forbidden_dependency()
    {
        var uses = UsesOf("using PhuocMy.Site.Pipeline;\nusing PhuocMy.Site.Charts.Svg;\nnamespace PhuocMy.Site.Content;\nvar x = PhuocMy.Site.Rendering.Foo;", "Content");
        Assert.Equal(["Charts", "Pipeline", "Rendering"], uses.Order(StringComparer.Ordinal));
    }

    private sealed record SourceFileLayer(string Path, string Layer, IReadOnlySet<string> Uses);

    private static IEnumerable<SourceFileLayer> SourceFiles() =>
        Directory.EnumerateFiles(GeneratorFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                           !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(path =>
            {
                var relative = System.IO.Path.GetRelativePath(GeneratorFolder, path).Replace('\\', '/');
                var layer = relative.Split('/')[0];
                return new SourceFileLayer("src/PhuocMy.Site/" + relative, layer, UsesOf(File.ReadAllText(path), layer));
            });

    private static IReadOnlySet<string> UsesOf(string code, string layer) =>
        NamespaceReference().Matches(code).Select(m => m.Groups[1].Value).Where(used => used != layer).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\bPhuocMy\.Site\.(\w+)")]
    private static partial Regex NamespaceReference();
}
