using PhuocMy.Site.Testing;
using System.Diagnostics;
using System.Text;

namespace PhuocMy.Site.Tests.Support;

/// <summary>
/// The real command line as a child process (the generator built next to the tests), for what only a process shows:
/// what is printed, the exit code, the memory it may use, being killed, two builds at once.
/// </summary>
public sealed class CliProcess : IDisposable
{
    /// <summary>The refused inputs must stay under this much managed memory (DOTNET_GCHeapHardLimit).</summary>
    public const long OneGibibyte = 1L << 30;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> awaited = [];
    private readonly string? home;

    private CliProcess(IEnumerable<string> arguments, long? heapLimit, bool unprivileged)
    {
        var start = new ProcessStartInfo(unprivileged && IsRoot ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        if (unprivileged && IsRoot)
        {
            // Root may write anywhere; the user "nobody" meets permissions as staff and CI runners do.
            foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" }) start.ArgumentList.Add(argument);
            // A home "nobody" may write in, as the temp folder is, that goes when the process does.
            home = TempFolders.Create("home");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(home, (UnixFileMode)0b111_111_111);
            start.Environment["HOME"] = home;
        }
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "phuocmy-site.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // No debugger pipes in the temp folder: a build the test kills could not remove them.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.Environment.Remove("PHUOCMY_DEBUG");
        if (heapLimit is { } limit) start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limit.ToString("X");

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Received(output, e.Data);
        process.ErrorDataReceived += (_, e) => Received(error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Whether the tests run as root, for whom file permissions do not apply.</summary>
    public static bool IsRoot { get; } = !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <param name="unprivileged">Run as a user without root's exemption from file permissions ("nobody" when the tests run as root).</param>
    public static CliProcess Start(IEnumerable<string> arguments, long? heapLimit = null, bool unprivileged = false) => new(arguments, heapLimit, unprivileged);

    /// <summary>
    /// The problems of a build's output (grouped by file: the file, then "  dòng N: lỗi: …"), one per line as
    /// "file:N: lỗi: …" or "file: lỗi: …", so a test can find a problem with its file and line in one string.
    /// </summary>
    public static IReadOnlyList<string> Problems(string printed)
    {
        var problems = new List<string>();
        string? file = null;
        foreach (var line in printed.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0])) file = line;
            else if (file is not null && line.StartsWith("  dòng ", StringComparison.Ordinal) && line.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0)
                problems.Add($"{file}:{line[7..colon]}: {line[(colon + 2)..]}");
            else if (file is not null && (line.StartsWith("  lỗi: ", StringComparison.Ordinal) || line.StartsWith("  cảnh báo: ", StringComparison.Ordinal)))
                problems.Add($"{file}: {line[2..]}");
        }
        return problems;
    }

    /// <summary>Runs to the end and returns the exit code.</summary>
    public static (int ExitCode, string Output, string Error) Run(IEnumerable<string> arguments, long? heapLimit = null, bool unprivileged = false)
    {
        using var cli = Start(arguments, heapLimit, unprivileged);
        var code = cli.WaitForExit();
        return (code, cli.Output, cli.Error);
    }

    public string Output { get { lock (output) return output.ToString(); } }
    public string Error { get { lock (error) return error.ToString(); } }

    public bool HasExited => process.HasExited;

    public int WaitForExit()
    {
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the generator did not finish within {Patience}.\n{Error}");
        }
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Completes when the process prints a line containing <paramref name="text"/>.</summary>
    public Task Printed(string text)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (awaited)
        {
            awaited.Add((text, seen));
            if (Output.Contains(text, StringComparison.Ordinal) || Error.Contains(text, StringComparison.Ordinal)) seen.TrySetResult();
        }
        return seen.Task;
    }

    /// <summary>SIGKILL, as a CI timeout or a cancelled deploy does: no chance to clean up.</summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        process.WaitForExit();
    }

    private void Received(StringBuilder into, string? line)
    {
        if (line is null) return;
        lock (into) into.AppendLine(line);
        lock (awaited)
            foreach (var (text, seen) in awaited)
                if (line.Contains(text, StringComparison.Ordinal)) seen.TrySetResult();
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
        if (home is not null) TempFolders.Delete(home);
    }
}
