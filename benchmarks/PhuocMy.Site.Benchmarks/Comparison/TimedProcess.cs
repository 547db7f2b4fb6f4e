using System.Diagnostics;
using System.Globalization;

namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>
/// Runs a generator as a fresh process under GNU time (<c>/usr/bin/time -f</c>): wall clock, user and system CPU,
/// peak resident memory. Pages written are the <c>.html</c> files in the output folder afterwards.
/// </summary>
public static class TimedProcess
{
    public const string GnuTime = "/usr/bin/time";
    private const string Format = "%e %U %S %M";

    public static Measurement Run(string program, IReadOnlyList<string> arguments, string outputFolder, IReadOnlyDictionary<string, string>? environment = null) =>
        Run(program, arguments, outputFolder, environment, allowFailure: false)!;

    /// <summary>Null instead of an exception when the program exits non-zero.</summary>
    public static Measurement? TryRun(string program, IReadOnlyList<string> arguments, string outputFolder) =>
        Run(program, arguments, outputFolder, null, allowFailure: true);

    private static Measurement? Run(string program, IReadOnlyList<string> arguments, string outputFolder, IReadOnlyDictionary<string, string>? environment, bool allowFailure)
    {
        var report = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(GnuTime)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["-f", Format, "-o", report, program, .. arguments])
                start.ArgumentList.Add(argument);
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
                start.Environment[name] = value;

            var load = LoadAverage();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {GnuTime}.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0 && allowFailure) return null;
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{Tail(errors.Result)}\n{Tail(output.Result)}");

            var fields = File.ReadAllLines(report).Last(line => line.Length > 0).Split(' ');
            var summary = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
            return new Measurement(
                double.Parse(fields[0], CultureInfo.InvariantCulture),
                double.Parse(fields[1], CultureInfo.InvariantCulture),
                double.Parse(fields[2], CultureInfo.InvariantCulture),
                long.Parse(fields[3], CultureInfo.InvariantCulture),
                CountPages(outputFolder),
                summary,
                load);
        }
        finally
        {
            File.Delete(report);
        }
    }

    public static int CountPages(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Count() : 0;

    /// <summary>The one-minute load average from <c>/proc/loadavg</c>, or NaN where there is none.</summary>
    public static double LoadAverage() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : double.NaN;

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
