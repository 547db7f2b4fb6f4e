using NetVips;

namespace PhuocMy.Site.ImageBenchmarks;

/// <summary>
/// A synthetic street photo: cloudy sky, buildings with windows (hard edges), textured ground and sensor
/// noise, saved as a phone would (JPEG quality 92). Flat test patterns compress far better than photos and
/// would flatter every encoder; this compresses like a real photo (about 6.5 MB at 24 megapixels).
/// </summary>
internal static class SamplePhoto
{
    public static void Write(string path, int width, int height, int seed)
    {
        var random = new Random(seed);
        int horizon = (int)(height * (0.35 + random.NextDouble() * 0.2));
        using var y = Image.Xyz(width, height)[1];

        var t = y / (double)horizon;
        var clouds = Texture(width, height, [1024, 256], 0.5, seed) * 120;
        double[] skyTop = [70, 120, 200], skyHorizon = [200, 215, 235];
        var sky = Join(Enumerable.Range(0, 3).Select(i => t * (skyHorizon[i] - skyTop[i]) + skyTop[i] + clouds));

        var detail = Texture(width, height, [512, 64, 16, 4], 0.7, seed + 100);
        var ground = Join(new[] { 80.0, 95, 60 }.Select(c => detail * 140 + c));

        var scene = (y < horizon).Ifthenelse(sky, ground).Cast(Enums.BandFormat.Uchar)
            .Copy(interpretation: Enums.Interpretation.Srgb)
            .Mutate(canvas => DrawBuildings(canvas, width, height, horizon, random));

        var noise = Join(Enumerable.Range(0, 3).Select(i => Image.Gaussnoise(width, height, sigma: 3, mean: 0, seed: seed + i)));
        using var photo = (scene + noise).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        photo.Jpegsave(path, q: 92);
    }

    private static Image Texture(int width, int height, int[] cellSizes, double falloff, int seed)
    {
        Image? sum = null;
        double amplitude = 1;
        foreach (var cell in cellSizes)
        {
            var octave = Image.Perlin(width, height, cellSize: Math.Max(2, cell * width / 6000), seed: seed + cell) * amplitude;
            sum = sum is null ? octave : sum + octave;
            amplitude *= falloff;
        }
        return sum!;
    }

    private static Image Join(IEnumerable<Image> bands)
    {
        var list = bands.ToArray();
        return list[0].Bandjoin(list[1..]);
    }

    private static void DrawBuildings(MutableImage canvas, int width, int height, int horizon, Random random)
    {
        int window = Math.Max(4, width / 150);
        for (int i = 0; i < 9; i++)
        {
            int w = random.Next(width / 14, width / 6), h = random.Next(height / 6, height / 2);
            int left = random.Next(0, width - w), top = Math.Max(0, horizon + height / 10 - h);
            double[] wall = [random.Next(120, 240), random.Next(110, 230), random.Next(100, 220)];
            canvas.DrawRect(wall, left, top, w, horizon + height / 10 - top, fill: true);
            for (int wy = top + window; wy < horizon + height / 10 - 2 * window; wy += window * 3)
                for (int wx = left + window; wx < left + w - window; wx += window * 3)
                    canvas.DrawRect([40, 50, 60], wx, wy, window, window * 2, fill: true);
        }
    }
}
