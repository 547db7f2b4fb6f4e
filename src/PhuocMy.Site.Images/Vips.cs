using NetVips;

namespace PhuocMy.Site.Images;

/// <summary>
/// The one place that talks to libvips setup. On first use: only the JPEG, PNG and WebP loaders may run (every
/// other loader — SVG, PDF, TIFF, HEIF, matrix and CSV files… — is blocked, so no image can make libvips read
/// another file), the operation cache is off (each image is decoded once, caching only holds memory), and at
/// most one image per core is decoded at a time, whatever the caller's parallelism.
/// </summary>
internal static class Vips
{
    private static readonly Lazy<string> Setup = new(Initialise, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly SemaphoreSlim Gate = new(Math.Max(1, Environment.ProcessorCount));

    /// <summary>The libvips version, e.g. 8.18.7; part of every cache key.</summary>
    public static string Version => Setup.Value;

    public static void EnsureReady() => _ = Setup.Value;

    /// <summary>Runs decode-and-encode work inside the concurrency gate.</summary>
    public static T Run<T>(Func<T> work)
    {
        EnsureReady();
        Gate.Wait();
        try
        {
            return work();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The header of a file, with the loader for the format its bytes showed; pixels are decoded only when read.</summary>
    public static Image LoadHeader(ImageFormat format, byte[] data)
    {
        EnsureReady();
        return format switch
        {
            ImageFormat.Jpeg => Image.JpegloadBuffer(data, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error),
            ImageFormat.Png => Image.PngloadBuffer(data, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error),
            ImageFormat.Webp => Image.WebploadBuffer(data, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    /// <summary>A libvips error while decoding, as a problem for the person who added the image.</summary>
    public static ImageProblem Problem(ImageFormat format, VipsException error)
    {
        var detail = error.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(line => !line.StartsWith("unable to call", StringComparison.Ordinal)) ?? error.Message;
        bool truncated = detail.Contains("premature end", StringComparison.OrdinalIgnoreCase)
                         || detail.Contains("truncated", StringComparison.OrdinalIgnoreCase)
                         || detail.Contains("unexpected end", StringComparison.OrdinalIgnoreCase);
        return truncated ? ImageProblems.Truncated(format) : ImageProblems.Corrupt(format, "chi tiết: " + detail.Trim());
    }

    private static string Initialise()
    {
        if (!ModuleInitializer.VipsInitialized)
            throw new InvalidOperationException("libvips could not be loaded: " + ModuleInitializer.Exception?.Message, ModuleInitializer.Exception);
        NetVips.NetVips.BlockUntrusted = true;
        Operation.Block("VipsForeignLoad", true);
        foreach (var allowed in (string[])["VipsForeignLoadJpeg", "VipsForeignLoadPng", "VipsForeignLoadWebp"])
            Operation.Block(allowed, false);
        Cache.Max = 0;
        Cache.MaxFiles = 0;
        return $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";
    }
}
