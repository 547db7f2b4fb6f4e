using System.Text.Json;
using Microsoft.Playwright;
using NetVips;
using PhuocMy.Site.Urls;

namespace PhuocMy.Site.BrowserTests.Editor;

/// <summary>
/// A writer and an approver with only a browser: /admin/ as production serves it, Decap CMS from theme/admin,
/// the config the build wrote, decap-server over a git copy of the repository. What they do lands in git as the
/// generator expects it, and a build shows it to readers.
/// </summary>
[Collection(EditorCollection.Name)]
public sealed class EditorFlowTests(EditorFixture fixture)
{
    private const string ChartTable = "thu-ngan-sach-6-thang-2020";

    [Fact]
    public async Task A_writer_creates_a_post_with_a_photo_and_a_chart_and_an_approver_publishes_it()
    {
        const string title = "Đoàn viên phường Phước Mỹ ra quân dọn vệ sinh bãi biển đường Hồ Nghinh";
        const string alt = "Đoàn viên thanh niên nhặt rác trên bãi cát";
        const string paragraph = "Sáng nay, hơn 200 đoàn viên thanh niên đã ra quân làm sạch bờ biển.";
        var slug = Slug.From(title);
        var date = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(-30), TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        var photo = WritePhoto();
        try
        {
            await using var writer = await EditorSession.SignInAsync(fixture);
            await writer.ScreenshotAsync("01-danh-sach-bai");
            await writer.NewPostAsync();
            await writer.Field("Tiêu đề").FillAsync(title);
            await writer.Page.Locator("input[type=datetime-local]").First.FillAsync(date.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            await writer.ChooseAsync("Chuyên mục", "Văn hóa - Xã hội");
            await writer.UploadPhotoAsync(photo);
            await writer.Field("Mô tả ảnh (cho người không xem được ảnh)").FillAsync(alt);
            await writer.TypeParagraphAsync(paragraph);
            await writer.InsertChartAsync(ChartTable);
            await writer.ScreenshotAsync("02-viet-bai");
            await writer.SaveAsync();
            await writer.ScreenshotAsync("03-da-luu-ban-nhap");

            // A draft is a branch of its own; main is untouched until the approver publishes.
            var path = $"input/posts/{date.Year}/{slug}.md";
            var branch = $"cms/posts/{date.Year}/{slug}";
            Assert.Contains(branch, fixture.Repository.Branches());
            Assert.Equal([path, "input/images/ra-quan-bai-bien.jpg"], fixture.Repository.ChangedOn(branch).OrderByDescending(p => p.EndsWith(".md")).ToArray());
            var file = fixture.Repository.Show(branch, path);
            Assert.Contains($"title: {title}", file);
            Assert.Contains($"date: {date:yyyy-MM-dd HH:mm}", file);
            Assert.Contains("category: Văn hóa - Xã hội", file);
            Assert.Contains("image: /images/ra-quan-bai-bien.jpg", file);
            Assert.Contains($"image_alt: {alt}", file);
            Assert.Contains(paragraph, file);
            Assert.Contains($"{{{{< chart {ChartTable} >}}}}", file);
            Assert.DoesNotContain(path, fixture.Repository.Git("ls-tree", "-r", "--name-only", "main"));

            await writer.SetStatusAsync("Đang xét duyệt");
            await writer.ScreenshotAsync("04-gui-duyet");
            await writer.SetStatusAsync("Sẵn sàng");
            await writer.PublishNowAsync();
            await WaitUntilAsync(() => !fixture.Repository.Branches().Contains(branch) && fixture.Repository.Git("ls-tree", "-r", "--name-only", "main").Contains(path));
            await writer.ScreenshotAsync("05-da-cong-bo");
            Assert.Empty(writer.CspViolations);

            fixture.Build();
            await using var reader = await ReaderAsync();
            await reader.Page.GotoAsync(fixture.Server.UrlOf($"/tin-tuc/{slug}/").ToString());
            await Assertions.Expect(reader.Page.Locator("h1")).ToHaveTextAsync(title);
            var lead = reader.Page.Locator("figure.lead-image img");
            await Assertions.Expect(lead).ToHaveAttributeAsync("alt", alt);
            Assert.True(await lead.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the lead photo did not load");
            await Assertions.Expect(reader.Page.Locator(".post-body figure.chart figcaption").First).ToContainTextAsync(TableTitle(ChartTable));
            // With no sapo written, the first paragraph is the sapo, as for any post.
            await Assertions.Expect(reader.Page.Locator("article.post")).ToContainTextAsync(paragraph);
            await reader.Page.ScreenshotAsync(new() { Path = Path.Combine(EditorFixture.Screenshots, "06-bai-tren-trang.png") });
            Assert.Empty(reader.CspViolations);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(photo)!, recursive: true);
        }
    }

    [Fact]
    public async Task Editing_an_existing_post_changes_only_that_file()
    {
        const string path = "input/posts/2021/ra-quan-ve-sinh-moi-truong-bien.md";
        var before = fixture.Repository.Show("main", path);

        await using var writer = await EditorSession.SignInAsync(fixture);
        await writer.OpenAsync("#/collections/posts/entries/2021/ra-quan-ve-sinh-moi-truong-bien");
        await writer.Field("Sapo (tóm tắt)").FillAsync("Sapo sửa trên trình duyệt.");
        await writer.SaveAsync();

        var branch = "cms/posts/2021/ra-quan-ve-sinh-moi-truong-bien";
        Assert.Equal([path], fixture.Repository.ChangedOn(branch));
        var after = fixture.Repository.Show(branch, path);
        Assert.Contains("summary: Sapo sửa trên trình duyệt.", after);
        // What the writer did not touch keeps its value: the other fields and the body, word for word.
        Assert.Equal(Body(before), Body(after));
        foreach (var line in new[] { "title: Phường Phước Mỹ ra quân tổng vệ sinh môi trường biển", "date: 2021-03-14 07:30", "category: Văn hóa - Xã hội", "image: /images/ve-sinh-bien-2021.svg", "sample: true" })
            Assert.Contains(line, after);
        Assert.Empty(writer.CspViolations);
    }

    private static string Body(string markdown) => markdown[(markdown.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..].Trim();

    [Fact]
    public async Task An_empty_required_field_and_a_photo_without_its_description_get_Vietnamese_messages()
    {
        await using var writer = await EditorSession.SignInAsync(fixture);
        await writer.NewPostAsync();
        await writer.Field("Tác giả").FillAsync("Văn phòng UBND phường");
        await writer.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Assertions.Expect(writer.Page.GetByText("Tiêu đề bắt buộc nhập", new() { Exact = false }).First).ToBeVisibleAsync();
        await writer.ScreenshotAsync("07-thieu-tieu-de");

        await writer.Field("Tiêu đề").FillAsync(new string('a', 151));
        await writer.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Assertions.Expect(writer.Page.GetByText("Tiêu đề dài quá 150 ký tự", new() { Exact = false }).First).ToBeVisibleAsync();

        // A photo without its description: our check, where the description is typed.
        await writer.Field("Tiêu đề").FillAsync("Thông báo lịch tiếp công dân");
        await writer.Page.Locator("input[type=datetime-local]").First.FillAsync("2024-05-06T08:00");
        await writer.ChooseAsync("Chuyên mục", "Thông báo");
        var photo = WritePhoto();
        try
        {
            await writer.UploadPhotoAsync(photo);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(photo)!, recursive: true);
        }
        await writer.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        // Decap 3.16 shows a custom widget's message only in its Vietnamese notice, not under the field: saving is refused.
        await Assertions.Expect(writer.Page.GetByText("Bạn còn thiếu vài thông tin bắt buộc", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(writer.Page.GetByText("THAY ĐỔI CHƯA ĐƯỢC LƯU", new() { Exact = false }).First).ToBeVisibleAsync();
        await writer.ScreenshotAsync("08-thieu-mo-ta-anh");
        Assert.DoesNotContain(fixture.Repository.Branches(), b => b.StartsWith("cms/posts/", StringComparison.Ordinal) && (b.Contains("aaaa") || b.Contains("tiep-cong-dan")));
        Assert.Empty(writer.CspViolations);
    }

    private async Task<EditorSession> ReaderAsync() => await EditorSession.OpenPageAsync(fixture);

    private static string TableTitle(string id)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(PhuocMy.Site.Testing.RepositoryPaths.Input, "data", id + ".json")));
        return json.RootElement.GetProperty("title").GetString()!;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the editor did not publish within 60 s");
            await Task.Delay(250);
        }
    }

    /// <summary>A photo in a folder of its own in the temporary folder; the caller deletes the folder.</summary>
    private static string WritePhoto()
    {
        var photo = Path.Combine(Path.GetTempPath(), $"phuocmy-editor-photo-{Guid.NewGuid():N}", "ra-quan-bai-bien.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(photo)!);
        File.WriteAllBytes(photo, Photo());
        return photo;
    }

    /// <summary>A 2400 × 1600 photo with some shapes, saved as a phone saves JPEG.</summary>
    private static byte[] Photo()
    {
        using var xy = Image.Xyz(2400, 1600);
        using var gradient = (xy[1] * (120.0 / 1600) + 80).Cast(Enums.BandFormat.Uchar);
        using var scene = gradient.Bandjoin(gradient + 30, gradient + 70).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return scene.JpegsaveBuffer(q: 90);
    }
}
