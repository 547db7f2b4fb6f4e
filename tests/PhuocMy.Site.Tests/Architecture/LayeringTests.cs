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

    /// <summary>
    /// Features are independent of one another: each may use the engine (every layer below Features), not another
    /// feature, so one can be understood, changed or removed on its own. The exceptions, each with its reason:
    /// </summary>
    private static readonly Dictionary<(string Feature, string Uses), string> FeatureUses = new()
    {
        [("Syndication", "Documents")] =
            "the documents' JSON list (/van-ban/danh-sach.json) is a feed of the document registry: it lists the registry's documents at its address",
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
    public void No_feature_uses_another_feature_unless_allowed_with_its_reason()
    {
        var features = FeatureFolders();
        var found = (
            from file in SourceFiles()
            where file.Layer == "Features"
            let feature = FeatureOf(file.Path)
            from used in FeaturesUsedBy(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file.Path)), feature, features)
            select (File: file.Path, Feature: feature, Used: used)).ToList();
        var violations = found.Where(use => !FeatureUses.ContainsKey((use.Feature, use.Used)))
            .Select(use => $"{use.File}: feature {use.Feature} uses feature {use.Used}; move what both need into the engine, or add the pair to {nameof(FeatureUses)} with the reason").ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        // An allowance no code needs any more is removed, so the list stays the truth.
        var unused = FeatureUses.Keys.Where(pair => !found.Any(use => (use.Feature, use.Used) == pair)).ToList();
        Assert.True(unused.Count == 0, "unused allowances: " + string.Join(", ", unused));
    }

    [Fact]
    public void The_check_sees_a_feature_using_another()
    {
        string[] features = ["Documents", "Images", "Search", "Syndication"];
        var code = "using PhuocMy.Site.Features.Documents;\nusing PhuocMy.Site.Images;\nnamespace PhuocMy.Site.Features.Search;\n"
                   + "var a = Site.Images.ImageFormat.Jpeg; var b = Syndication.FeedEntry.Absolute(x); // Images.X in a comment\n";
        Assert.Equal(["Documents", "Syndication"], FeaturesUsedBy(code, "Search", features).Order(StringComparer.Ordinal));
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

    private static IReadOnlyList<string> FeatureFolders() =>
        Directory.EnumerateDirectories(Path.Combine(GeneratorFolder, "Features")).Select(System.IO.Path.GetFileName).OfType<string>().ToList();

    /// <summary>"src/PhuocMy.Site/Features/Images/ImageHtml.cs" → "Images".</summary>
    private static string FeatureOf(string path) => path.Split('/')[3];

    /// <summary>
    /// The other features a file names: by namespace (<c>PhuocMy.Site.Features.X</c>), or by the short name its own
    /// namespace lets it write (<c>X.Type</c> inside <c>PhuocMy.Site.Features</c>). Comments are left out.
    /// </summary>
    private static IReadOnlySet<string> FeaturesUsedBy(string code, string feature, IReadOnlyCollection<string> features)
    {
        var withoutComments = Comment().Replace(code, "");
        var named = FeatureReference().Matches(withoutComments).Select(m => m.Groups[1].Value)
            .Concat(ShortReference().Matches(withoutComments).Select(m => m.Groups[1].Value));
        return named.Where(used => used != feature && features.Contains(used)).ToHashSet(StringComparer.Ordinal);
    }

    private static IReadOnlySet<string> UsesOf(string code, string layer) =>
        NamespaceReference().Matches(code).Select(m => m.Groups[1].Value).Where(used => used != layer).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\bPhuocMy\.Site\.(\w+)")]
    private static partial Regex NamespaceReference();

    [GeneratedRegex(@"\bPhuocMy\.Site\.Features\.(\w+)")]
    private static partial Regex FeatureReference();

    // "Syndication.FeedEntry", not "Site.Images.ImageFormat" (the library) nor "x.Images.Count".
    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*)\.[A-Z]")]
    private static partial Regex ShortReference();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
