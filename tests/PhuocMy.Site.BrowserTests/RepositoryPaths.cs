namespace PhuocMy.Site.BrowserTests;

/// <summary>Folders of the repository the tests run from, found by walking up to the solution file.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>Screenshots and reports CI keeps; ignored by git.</summary>
    public static string Artifacts => Path.Combine(Root, "tests", "PhuocMy.Site.BrowserTests", "artifacts");

    public static string VnuJar => Path.Combine(Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public const string InstallHint = "run scripts/install-test-deps.sh";

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PhuocMy.Site.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds PhuocMy.Site.sln.");
    }
}
