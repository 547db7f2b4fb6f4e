using System.Diagnostics;
using Spectre.Console;

namespace PhuocMy.Site.Cli;

/// <summary>
/// Shows a build's stages as they run: a spinner and a line per finished stage in a terminal, plain lines when the
/// output goes to a file or a build log (Netlify), where a spinner would only print noise.
/// </summary>
public static class BuildProgress
{
    public static T Run<T>(string title, Func<Action<string>, T> build)
    {
        if (Console.IsOutputRedirected)
            return build(stage => Console.WriteLine($"  {stage}…"));

        return AnsiConsole.Status().Start(title, status =>
        {
            string? current = null;
            var watch = Stopwatch.StartNew();
            void Finish()
            {
                if (current is not null)
                    AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(current)} ({BuildSummary.Seconds(watch.Elapsed)})[/]");
            }
            var result = build(stage =>
            {
                Finish();
                current = stage;
                watch.Restart();
                status.Status(stage + "…");
            });
            Finish();
            return result;
        });
    }
}
