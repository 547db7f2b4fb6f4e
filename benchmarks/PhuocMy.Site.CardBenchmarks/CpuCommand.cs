using System.Diagnostics;

namespace PhuocMy.Site.CardBenchmarks;

/// <summary>
/// Draws N cards on one thread and prints the process CPU time per card for each step (user + system, so a busy
/// machine inflates it less than wall time). Each step runs once over a few cards first, so JIT is not counted.
/// </summary>
public static class CpuCommand
{
    public static void Run(int count)
    {
        using var steps = new CardSteps();
        var rounds = Math.Max(1, count / CardSteps.CardCount);
        Console.WriteLine($"{rounds * CardSteps.CardCount} cards ({CardSteps.CardCount} titles × {rounds}), one thread, {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine("step\tCPU per card\twall per card\tbytes per card");
        foreach (var (name, step) in new (string, Func<long>)[] { ("whole card", steps.Whole), ("title layout", () => steps.Layout()), ("title drawing (layout included)", steps.DrawTitle), ("composing + encoding", steps.Encode) })
        {
            step();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            long result = 0;
            for (var r = 0; r < rounds; r++) result += step();
            var cards = (double)rounds * CardSteps.CardCount;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / cards;
            Console.WriteLine($"{name}\t{cpuMs:F3} ms\t{wall.Elapsed.TotalMilliseconds / cards:F3} ms\t{(name.StartsWith("title") ? "" : (result / cards).ToString("F0"))}");
        }
    }
}
