using System.Diagnostics;
using System.IO.Compression;
using PhuocMy.Site.SharingCards;
using SkiaSharp;

namespace PhuocMy.Site.CardBenchmarks;

/// <summary>
/// The candidates for the PNG's compressed data, measured on a real card's pixels: pixel layout (RGBA, RGB, palette
/// indices), PNG row filter and zlib level and strategy. Prints CPU per card and the compressed size.
/// </summary>
public static class EncodingCommand
{
    public static void Run(int repeats)
    {
        using var renderer = new SharingCardRenderer(CardSamples.Style());
        using var bitmap = SKBitmap.Decode(renderer.RenderPng(CardSamples.Cards(2)[1])).Copy(SKColorType.Rgba8888);
        var rgba = bitmap.GetPixelSpan().ToArray();
        var (width, height) = (bitmap.Width, bitmap.Height);
        var rgb = new byte[width * height * 3];
        var colours = new Dictionary<int, byte>();
        var indices = new byte[width * height];
        for (var p = 0; p < width * height; p++)
        {
            rgb[p * 3] = rgba[p * 4]; rgb[p * 3 + 1] = rgba[p * 4 + 1]; rgb[p * 3 + 2] = rgba[p * 4 + 2];
            var key = rgba[p * 4] << 16 | rgba[p * 4 + 1] << 8 | rgba[p * 4 + 2];
            if (!colours.TryGetValue(key, out var index)) colours[key] = index = (byte)colours.Count;
            indices[p] = index;
        }
        Console.WriteLine($"distinct colours in the card: {colours.Count}{(colours.Count > 256 ? " (indices below wrap: timing only)" : "")}");
        Console.WriteLine("pixels\tfilter\tlevel\tstrategy\tCPU per card\tbytes");
        foreach (var (name, data, bpp) in new (string, byte[], int)[] { ("RGBA", rgba, 4), ("RGB", rgb, 3), ("palette", indices, 1) })
            foreach (var filter in new[] { "none", "up" })
            {
                var filtered = Filter(data, width * bpp, height, filter == "up");
                foreach (var level in new[] { 1, 2, 6, 9 })
                    foreach (var strategy in new[] { ZLibCompressionStrategy.Default, ZLibCompressionStrategy.RunLengthEncoding })
                    {
                        var options = new ZLibCompressionOptions { CompressionLevel = level, CompressionStrategy = strategy };
                        Compress(filtered, options);
                        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                        long bytes = 0;
                        for (var i = 0; i < repeats; i++) bytes = Compress(filtered, options);
                        var ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / repeats;
                        Console.WriteLine($"{name}\t{filter}\t{level}\t{strategy}\t{ms:F3} ms\t{bytes}");
                    }
            }
    }

    private static byte[] Filter(byte[] data, int rowBytes, int height, bool up)
    {
        var filtered = new byte[height * (rowBytes + 1)];
        for (var y = 0; y < height; y++)
        {
            filtered[y * (rowBytes + 1)] = (byte)(up ? 2 : 0);
            for (var x = 0; x < rowBytes; x++)
                filtered[y * (rowBytes + 1) + 1 + x] = (byte)(data[y * rowBytes + x] - (up && y > 0 ? data[(y - 1) * rowBytes + x] : 0));
        }
        return filtered;
    }

    private static long Compress(byte[] filtered, ZLibCompressionOptions options)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, options, leaveOpen: true)) zlib.Write(filtered);
        return output.Length;
    }
}
