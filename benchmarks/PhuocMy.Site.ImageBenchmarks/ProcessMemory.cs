namespace PhuocMy.Site.ImageBenchmarks;

/// <summary>Resident memory of this process from /proc/self/status (Linux), in KiB.</summary>
internal static class ProcessMemory
{
    /// <summary>VmHWM: the peak resident set size since the process started, native allocations included.</summary>
    public static long PeakResidentKb() => Read("VmHWM:");

    public static long ResidentKb() => Read("VmRSS:");

    private static long Read(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line[field.Length..].Trim().Split(' ')[0]);
        throw new InvalidOperationException($"{field} not found in /proc/self/status");
    }
}
