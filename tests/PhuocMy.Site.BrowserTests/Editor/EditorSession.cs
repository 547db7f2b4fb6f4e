using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests.Editor;

/// <summary>
/// One person at /admin/, driving Decap CMS through its Vietnamese interface as they would: the labels they read are
/// the locators. Collects every Content-Security-Policy violation the page or its preview reports.
/// </summary>
public sealed class EditorSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> violations = [];

    private EditorSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (violations) violations.Add(message.Text);
        };
        page.PageError += (_, error) =>
        {
            if (error.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (violations) violations.Add(error);
        };
        // Publishing asks "are you sure?" with the browser's own dialog: the approver says yes.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
    }

    public IPage Page { get; }

    public IReadOnlyList<string> CspViolations { get { lock (violations) return [.. violations]; } }

    public static async Task<EditorSession> SignInAsync(EditorFixture fixture)
    {
        var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var session = new EditorSession(context, page);
        await page.GotoAsync(fixture.Server.UrlOf("/admin/").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByText("Bài viết", new() { Exact = true }).First.WaitForAsync();
        return session;
    }

    /// <summary>A reader's page of the published site, its policy violations collected the same way.</summary>
    public static async Task<EditorSession> OpenPageAsync(EditorFixture fixture)
    {
        var context = await fixture.NewContextAsync();
        return new EditorSession(context, await context.NewPageAsync());
    }

    public async Task OpenAsync(string hash)
    {
        await Page.GotoAsync(new Uri(new Uri(Page.Url), "/admin/" + hash).ToString());
        await Page.GetByText("Nội dung", new() { Exact = false }).First.WaitForAsync();
    }

    public Task NewPostAsync() => OpenAsync("#/collections/posts/new");

    /// <summary>A field by the label the writer reads (Decap adds "(không bắt buộc)" to optional ones).</summary>
    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = false }).First;

    public async Task ChooseAsync(string label, string option)
    {
        await Field(label).ClickAsync();
        await Page.GetByText(option, new() { Exact = false }).First.ClickAsync();
    }

    public async Task UploadPhotoAsync(string file)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Chọn một hình" }).ClickAsync();
        var chooser = await Page.RunAndWaitForFileChooserAsync(() => Page.GetByText("Tải lên", new() { Exact = true }).First.ClickAsync());
        await chooser.SetFilesAsync(file);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lấy những cái đã chọn" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Chọn hình khác" }).WaitForAsync();
    }

    public async Task TypeParagraphAsync(string text)
    {
        await Page.Locator("[data-slate-editor=true]").ClickAsync();
        await Page.Keyboard.TypeAsync(text);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>The chart button: Decap's "+" menu, our "Biểu đồ" component, a data table chosen by its id.</summary>
    public async Task InsertChartAsync(string tableId)
    {
        await Page.Locator("button[title='Add Component']").ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Biểu đồ" }).ClickAsync();
        await Field("Bảng số liệu").ClickAsync();
        await Page.GetByText($"({tableId})", new() { Exact = false }).First.ClickAsync();
    }

    public async Task SaveAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Page.GetByText("THAY ĐỔI ĐÃ ĐƯỢC LƯU", new() { Exact = false }).Or(Page.GetByText("Thay đổi đã được lưu", new() { Exact = false })).First.WaitForAsync();
    }

    /// <summary>Moves the open entry to a status of the editorial workflow: "Đang xét duyệt", "Sẵn sàng".</summary>
    public async Task SetStatusAsync(string status)
    {
        await Page.GetByText("Trạng:", new() { Exact = false }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = status }).ClickAsync();
        await Page.GetByText("Trạng: " + status, new() { Exact = false }).First.WaitForAsync();
    }

    public async Task PublishNowAsync()
    {
        await Page.GetByText("Công bố", new() { Exact = true }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Công bố ngay" }).ClickAsync();
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(EditorFixture.Screenshots, name + ".png") });

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
