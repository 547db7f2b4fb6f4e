using NetVips;

namespace PhuocMy.Site.Images.Tests;

/// <summary>Reads colours back from an encoded file, to check what a reader would see.</summary>
internal static class Pixels
{
    /// <summary>The average colour of a square of <paramref name="size"/> pixels centred on (x, y), alpha dropped.</summary>
    public static double[] AverageAround(byte[] file, double x, double y, int size = 8)
    {
        using var image = Image.NewFromBuffer(file);
        int left = Math.Clamp((int)x - size / 2, 0, image.Width - size), top = Math.Clamp((int)y - size / 2, 0, image.Height - size);
        using var area = image.Crop(left, top, size, size);
        return Enumerable.Range(0, 3).Select(band => area[band].Avg()).ToArray();
    }

    public static bool IsClose(double[] actual, double[] expected, double tolerance) =>
        actual.Zip(expected).All(pair => Math.Abs(pair.First - pair.Second) <= tolerance);

    public static string Show(double[] colour) => $"({string.Join(", ", colour.Select(c => c.ToString("F0")))})";
}
