using Microsoft.Playwright;
using NetVips;
using PhuocMy.Site.Composition;
using PhuocMy.Site.Pipeline;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// The real site with what a staff member adds from a phone: a featured post whose lead photo is a 4000 × 3000
/// scene stored sideways (3000 × 4000 with EXIF orientation 6), and a photo in its body. Built once into a temporary folder, served,
/// opened in Debian's Chromium.
/// </summary>
public sealed class PhotoSiteFixture : IAsyncLifetime
{
    public const string PostUrl = "/tin-tuc/anh-tu-dien-thoai/";

    private readonly string root = TempFolders.Create("photo-site");
    private IPlaywright? playwright;

    public StaticSiteServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    private string Output => Path.Combine(root, "_site");

    public async ValueTask InitializeAsync()
    {
        var input = Path.Combine(root, "input");
        var theme = Path.Combine(root, "theme");
        Copy(RepositoryPaths.Input, input);
        Copy(RepositoryPaths.Theme, theme);
        File.WriteAllBytes(Path.Combine(input, "images", "ra-quan-don-ve-sinh.jpg"), Photo(4000, 3000, seed: 1));
        File.WriteAllBytes(Path.Combine(input, "images", "bo-bien-sau-khi-don.jpg"), Photo(3000, 2000, seed: 2));
        File.WriteAllText(Path.Combine(input, "posts", "2025", "anh-tu-dien-thoai.md"), """
            ---
            title: Ra quân dọn vệ sinh bờ biển (bài mẫu có ảnh chụp)
            date: 2025-12-30 08:00
            category: Tin tức - Sự kiện
            image: /images/ra-quan-don-ve-sinh.jpg
            image_alt: Đoàn viên thanh niên nhặt rác trên bờ biển
            featured: true
            sample: true
            ---
            Sáng nay, đoàn viên thanh niên ra quân dọn vệ sinh bờ biển.

            Hoạt động diễn ra trong buổi sáng với sự tham gia của nhiều người dân.

            ![Bờ biển sạch sẽ sau buổi ra quân](/images/bo-bien-sau-khi-don.jpg)

            Buổi ra quân kết thúc lúc 10 giờ.
            """);

        Directory.CreateDirectory(Output);
        Server = await StaticSiteServer.StartAsync(Output);
        var result = SiteBuilder.Build(new BuildOptions(input, theme, Output) { BaseUrl = Server.BaseUrl.ToString() }, StandardSite.Generator());
        if (!result.Succeeded)
            throw new InvalidOperationException("Building the site with photos failed:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics));

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        TempFolders.Delete(root);
    }

    public Task<IBrowserContext> PhoneAsync() =>
        Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 }, DeviceScaleFactor = 1, Locale = "vi-VN" });

    /// <summary>
    /// A phone-like photo, stored sideways with orientation 6 and a GPS tag: smooth sky and ground, blocks of colour,
    /// mild sensor noise, saved at JPEG quality 92 as phones do.
    /// </summary>
    private static byte[] Photo(int width, int height, int seed)
    {
        using var xy = Image.Xyz(width, height);
        using var gradient = (xy[1] * (120.0 / height) + 80).Cast(Enums.BandFormat.Uchar);
        using var sky = gradient.Bandjoin(gradient + 20, gradient + 60).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        var random = new Random(seed);
        using var painted = sky.Mutate(canvas =>
        {
            for (var i = 0; i < 40; i++)
                canvas.DrawRect([random.Next(40, 220), random.Next(40, 220), random.Next(40, 220)],
                    random.Next(width), height / 2 + random.Next(height / 2), random.Next(width / 20, width / 6), random.Next(height / 20, height / 4), fill: true);
        });
        using var noise = Image.Gaussnoise(width, height, sigma: 4, mean: 0);
        using var noisy = (painted + noise).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var sideways = noisy.Rot(Enums.Angle.D270);
        using var tagged = sideways.Mutate(canvas =>
        {
            canvas.Set(GValue.GIntType, "orientation", 6);
            canvas.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
            canvas.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "16/1 3/1 30/1");
        });
        return tagged.JpegsaveBuffer(q: 92, keep: Enums.ForeignKeep.All);
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
