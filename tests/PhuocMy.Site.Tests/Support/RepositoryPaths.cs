namespace PhuocMy.Site.Tests.Support;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");
    public static string Input => Path.Combine(Root, "input");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "PhuocMy.Site.sln"))) return folder.FullName;
        throw new InvalidOperationException("PhuocMy.Site.sln not found above " + AppContext.BaseDirectory);
    }
}
