using PhuocMy.Site.Testing;

namespace PhuocMy.Site.BrowserTests;

/// <summary>Where the browser tests keep what they produce and find the tools the install script brought.</summary>
internal static class ToolPaths
{
    /// <summary>Screenshots and reports CI keeps; ignored by git.</summary>
    public static string Artifacts => Path.Combine(RepositoryPaths.Root, "tests", "PhuocMy.Site.BrowserTests", "artifacts");

    public static string VnuJar => Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public const string InstallHint = "run scripts/install-test-deps.sh";
}
