using PhuocMy.Site.Cli;
using PhuocMy.Site.Output;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Cli;

/// <summary>
/// A folder the build may not write: a clear Vietnamese message before anything is generated, and the old site as
/// it was. The build runs as a user without root's exemption from permissions, as staff and CI runners do.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyOutputTests : IDisposable
{
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead
        | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly string root = TempFolders.Create("readonly");
    private string Input => Path.Combine(root, "input");

    public ReadOnlyOutputTests()
    {
        File.SetUnixFileMode(root, ReadOnly | UnixFileMode.UserWrite);
        ValidInput.Write(Input);
    }

    private (int Code, string Error) Build(string output)
    {
        var (code, _, error) = CliProcess.Run(["build", "--input", Input, "--theme", RepositoryPaths.Theme, "--output", output], unprivileged: true);
        return (code, error);
    }

    [Fact]
    public void A_read_only_output_folder_is_a_message_and_keeps_the_old_site()
    {
        var parent = Path.Combine(root, "cong-khai");
        Directory.CreateDirectory(parent);
        File.SetUnixFileMode(parent, ReadOnly | UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);
        var output = Path.Combine(parent, "_site");
        Assert.Equal(0, CliProcess.Run(["build", "--input", Input, "--theme", RepositoryPaths.Theme, "--output", output]).ExitCode);
        if (!CliProcess.IsRoot) File.SetUnixFileMode(output, ReadOnly);
        var before = SiteManifest.Of(output);

        var (code, error) = Build(output);

        Assert.True(code == Program.ContentErrors, $"exit {code}\n{error}");
        Assert.Contains(CliProcess.Problems(error), p => p.StartsWith($"{output}: lỗi: Thư mục đầu ra chỉ cho đọc", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", error);
        Assert.True(SiteManifest.Same(before, SiteManifest.Of(output)));
        Assert.False(Directory.Exists(output + OutputFolder.StagingSuffix));
    }

    [Fact]
    public void An_output_in_a_folder_the_build_cannot_write_is_a_message()
    {
        var locked = Path.Combine(root, "khoa");
        Directory.CreateDirectory(locked);
        if (!CliProcess.IsRoot) File.SetUnixFileMode(locked, ReadOnly);

        var (code, error) = Build(Path.Combine(locked, "_site"));

        Assert.True(code == Program.ContentErrors, $"exit {code}\n{error}");
        Assert.Contains(CliProcess.Problems(error), p => p.StartsWith($"{locked}: lỗi: Không có quyền ghi vào {locked}", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(locked));
    }

    public void Dispose()
    {
        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Prepend(root))
            File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.UserWrite);
        Directory.Delete(root, recursive: true);
    }
}
