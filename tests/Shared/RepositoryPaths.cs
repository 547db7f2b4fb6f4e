namespace PhuocMy.Site.Testing;

/// <summary>Folders of the repository the tests and benchmarks run from, found by walking up to the solution file.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "PhuocMy.Site.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds PhuocMy.Site.sln.");
    }
}
