using System.Diagnostics;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.ImageBenchmarks;

/// <summary>
/// The generator itself with N real-size photos (the 4000 × 3000 ones of <c>budget</c>): the portal's input/ plus one
/// post per photo, each with the photo as its lead (variants and sharing image), built with the build cache,
/// then built again with nothing changed. Prints every stage's wall and CPU time.
/// </summary>
internal static class SiteCommand
{
    /// <param name="reuse">Keep the site, its output and caches from the last run (after a change to the generator: the first
    /// build then re-renders every page but finds every photo in the variant cache).</param>
    public static void Run(string workFolder, int count, bool reuse = false)
    {
        var photos = Path.Combine(workFolder, "photos-4000x3000");
        var files = Enumerable.Range(1, count).Select(i => Path.Combine(photos, $"anh-{i:D3}.jpg")).ToArray();
        if (files.Any(f => !File.Exists(f)))
            throw new InvalidOperationException($"Run 'budget {count}' first: it makes the photos in {photos}.");

        var root = Path.Combine(workFolder, "site");
        var input = Path.Combine(root, "input");
        var theme = Path.Combine(root, "theme");
        if (reuse && Directory.Exists(root))
        {
            Build(new BuildOptions(input, theme, Path.Combine(root, "out", "_site")) { CacheDirectory = Path.Combine(root, "cache") }, ["reused caches", "again, nothing changed"]);
            return;
        }
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Copy(RepositoryPaths.Input, input);
        Copy(RepositoryPaths.Theme, theme);
        Directory.CreateDirectory(Path.Combine(input, "posts", "2024"));
        for (var i = 0; i < count; i++)
        {
            var name = Path.GetFileNameWithoutExtension(files[i]);
            File.Copy(files[i], Path.Combine(input, "images", name + ".jpg"));
            File.WriteAllText(Path.Combine(input, "posts", "2024", name + ".md"), $"""
                ---
                title: Bài có ảnh số {i + 1}
                date: 2024-01-01 08:00
                category: Tin tức - Sự kiện
                image: /images/{name}.jpg
                image_alt: Ảnh mẫu số {i + 1}
                sample: true
                ---
                Bài mẫu có ảnh chụp.

                Nội dung bài.
                """);
        }

        Build(new BuildOptions(input, theme, Path.Combine(root, "out", "_site")) { CacheDirectory = Path.Combine(root, "cache") }, ["first (empty cache)", "again, nothing changed"]);
    }

    private static void Build(BuildOptions options, string[] runs)
    {
        foreach (var name in runs)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var result = SiteBuilder.Build(options, StandardSite.Generator());
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
            Console.WriteLine($"{name}: {result.Elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU, {result.FilesWritten} files written, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            foreach (var stage in result.Timings)
                Console.WriteLine($"  {stage.Stage,-22} {stage.Elapsed.TotalSeconds,7:F2} s wall {stage.Cpu.TotalSeconds,7:F2} s CPU");
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
