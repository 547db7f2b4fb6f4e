using System.Diagnostics;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.BrowserTests.Editor;

/// <summary>
/// A temporary git repository holding a copy of the site (input/, theme/, netlify.toml) on branch main, as the editor's
/// local backend sees a real clone. Deleted with everything in it when disposed.
/// </summary>
public sealed class EditorRepository : IDisposable
{
    private EditorRepository(string root) => Root = root;

    public string Root { get; }
    public string Input => Path.Combine(Root, "input");
    public string Theme => Path.Combine(Root, "theme");
    public string Output => Path.Combine(Root, "_site");

    public static EditorRepository Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "phuocmy-editor-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var repository = new EditorRepository(root);
        CopyFolder(RepositoryPaths.Input, repository.Input);
        CopyFolder(RepositoryPaths.Theme, repository.Theme);
        File.Copy(Path.Combine(RepositoryPaths.Root, "netlify.toml"), Path.Combine(root, "netlify.toml"));
        File.WriteAllText(Path.Combine(root, ".gitignore"), "_site/\n_site.*\n.phuocmy-cache/\n");
        repository.Git("init", "--quiet", "--initial-branch=main");
        repository.Git("add", "--all");
        repository.Git("commit", "--quiet", "--message", "Bản sao trang để thử trình soạn bài");
        return repository;
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Kiểm thử";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "kiem-thu@example.org";
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEndAsync();
        var errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {errors}");
        return output.Result;
    }

    public IReadOnlyList<string> Branches() =>
        Git("branch", "--format=%(refname:short)").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string Show(string revision, string path) => Git("show", $"{revision}:{path}");

    /// <summary>The files a branch changed since it left main.</summary>
    public IReadOnlyList<string> ChangedOn(string branch) =>
        Git("diff", "--name-only", $"main...{branch}").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
