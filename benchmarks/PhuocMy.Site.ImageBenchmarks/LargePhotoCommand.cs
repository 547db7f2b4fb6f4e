using System.Diagnostics;
using NetVips;
using PhuocMy.Site.Images;

namespace PhuocMy.Site.ImageBenchmarks;

/// <summary>
/// Memory against photo size: the variants and sharing image of a 12-megapixel and of a 200-megapixel JPEG
/// (16,320 × 12,240, the largest phone mode), each in a fresh process. With shrink-on-load the peak should
/// barely grow with the megapixels.
/// </summary>
internal static class LargePhotoCommand
{
    public static void Run(string workFolder)
    {
        Console.WriteLine("| source | file | variants + sharing image, wall | CPU | peak RSS |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (width, height) in new[] { (4000, 3000), (16320, 12240) })
        {
            var path = Path.Combine(workFolder, $"noise-{width}x{height}.jpg");
            if (!File.Exists(path))
                FreshProcess.Run("generate-noise", path, width.ToString(), height.ToString());
            var r = FreshProcess.Run("large-child", path);
            Console.WriteLine($"| {width} × {height} ({width * (long)height / 1_000_000} MP) | {new FileInfo(path).Length / 1e6:F0} MB | {r.WorkMs / 1000:F1} s | {r.CpuMs / 1000:F1} s | {r.PeakRssKb / 1024} MiB |");
        }
    }

    public static void RunChild(string path)
    {
        var source = File.ReadAllBytes(path);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var variants = ImageVariants.Create(source);
        var sharing = SharingImage.Create(source);
        if (!variants.Succeeded || !sharing.Succeeded)
            throw new InvalidOperationException($"{path}: {variants.Problem ?? sharing.Problem}");
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        FreshProcess.Report(new ChildResult("large", clock.Elapsed.TotalMilliseconds, cpu, 0, ProcessMemory.PeakResidentKb(),
            variants.Value.All.Sum(v => (long)v.Bytes.Length)));
    }

    /// <summary>A gradient with sensor-like noise: cheap to make at 200 megapixels, compresses like a photo.</summary>
    public static void Generate(string path, int width, int height)
    {
        using var xyz = Image.Xyz(width, height);
        using var gradient = (xyz[0] * (200.0 / width) + xyz[1] * (50.0 / height)).Cast(Enums.BandFormat.Uchar);
        using var noise = Image.Gaussnoise(width, height, sigma: 12, mean: 0);
        using var rgb = (gradient + noise).Bandjoin(gradient, (gradient - noise)).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        rgb.Jpegsave(path, q: 90);
    }
}
