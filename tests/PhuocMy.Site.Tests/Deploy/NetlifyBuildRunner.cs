using System.Diagnostics;
using System.Text;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Tests.Deploy;

/// <summary>
/// Netlify's own build runner (<c>netlify build --offline</c>, netlify-cli pinned in tests/tools) on a checkout of
/// the repository: it reads netlify.toml, runs our build plugin and the build command as Netlify does, with no
/// login, no site and nothing sent anywhere.
/// </summary>
public static class NetlifyBuildRunner
{
    private static readonly string Cli = Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "netlify-cli", "bin", "run.js");

    // A cold deploy compiles the generator on a busy 2-core machine: minutes, not seconds.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(20);

    /// <summary>Where Netlify keeps its build cache when it runs on a developer's machine.</summary>
    public static string CacheOf(string checkout) => Path.Combine(checkout, ".netlify", "cache");

    /// <summary>
    /// A fresh checkout of the repository as it is now (every file git would commit, nothing it ignores: no bin/,
    /// obj/, _site/, .phuocmy-cache/), as Netlify clones it for each deploy.
    /// </summary>
    public static void Checkout(string folder)
    {
        var files = Run("git", RepositoryPaths.Root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], null).Output;
        Directory.CreateDirectory(folder);
        foreach (var file in files.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = Path.Combine(RepositoryPaths.Root, file);
            if (!File.Exists(source)) continue; // deleted in the working tree, not yet in git
            var target = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }

    /// <summary>Runs <c>netlify build --offline</c> in <paramref name="checkout"/>; temporary files go under <paramref name="scratch"/>.</summary>
    public static (int ExitCode, string Log) Build(string checkout, string scratch)
    {
        if (!File.Exists(Cli)) throw new InvalidOperationException($"netlify-cli is not installed ({Cli}): run scripts/install-test-deps.sh");
        var home = Path.Combine(scratch, "netlify-config");
        Directory.CreateDirectory(Path.Combine(home, "netlify"));
        // netlify-cli's own settings, away from any developer's login: telemetry off, no user, no site.
        File.WriteAllText(Path.Combine(home, "netlify", "config.json"), "{\"telemetryDisabled\": true}");
        var temporary = Path.Combine(scratch, "tmp");
        Directory.CreateDirectory(temporary);
        var result = Run("node", checkout, [Cli, "build", "--offline"], environment =>
        {
            environment["XDG_CONFIG_HOME"] = home;
            environment["TMPDIR"] = temporary;
            foreach (var name in environment.Keys.ToList())
                if (name.StartsWith("NETLIFY_", StringComparison.Ordinal) || name is "CONTEXT" or "DEPLOY_PRIME_URL" or "URL"
                    || name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                    environment.Remove(name);
        });
        return (result.ExitCode, result.Output);
    }

    private static (int ExitCode, string Output) Run(string program, string folder, IEnumerable<string> arguments, Action<IDictionary<string, string?>>? environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        environment?.Invoke(start.Environment);
        var log = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) lock (log) log.Append(line).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) lock (log) log.Append(line).Append('\n'); };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{program} is not installed: run scripts/install-test-deps.sh");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within {Patience}.\n{log}");
        }
        process.WaitForExit();
        lock (log) return (process.ExitCode, log.ToString());
    }
}
