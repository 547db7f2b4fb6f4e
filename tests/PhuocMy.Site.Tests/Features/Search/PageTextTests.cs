using PhuocMy.Site.Features.Search;

namespace PhuocMy.Site.Tests.Features.Search;

/// <summary>What the index reads of a rendered page: the article's text as a reader sees it, nothing around it.</summary>
public sealed class PageTextTests
{
    private const string Page = """
        <!DOCTYPE html><html lang="vi"><head><title>Tiêu đề – Cổng</title><script src="/x.js"></script></head>
        <body><header class="site-header"><form class="site-search"><input name="q"></form><nav><a href="/">Trang chủ</a></nav></header>
        <main id="main">
        <article class="post" aria-labelledby="post-title">
          <header class="post-header">
            <p class="post-category"><a href="/chuyen-muc/x/">Xây dựng Đảng</a></p>
            <h1 id="post-title">Đại hội Đảng bộ</h1>
            <p class="post-meta"><time datetime="2020-07-15T16:00:00+07:00">Thứ Tư, 15/07/2020</time></p>
            <p class="sample-notice" role="note"><strong>Nội dung mẫu:</strong> không phải tin chính thức.</p>
            <p class="sapo">Sáng 15/7, Đảng bộ phường Phước&nbsp;Mỹ khai mạc &amp; bế mạc.</p>
          </header>
          <div class="post-body">
        <p>Đoạn <em>một</em> có chữ Ph<strong>ước</strong>.</p><p>Đoạn hai.</p>
        <!-- ghi chú <p>không hiện</p> -->
        <figure><svg viewBox="0 0 1 1"><title>Biểu đồ</title><text>12,5</text></svg><figcaption>Chú thích ảnh</figcaption></figure>
        <table><tr><th>Chỉ tiêu</th><td>8.670</td></tr></table>
          </div>
        </article>
        <nav class="post-nav"><a href="/a/">Bài trước</a></nav>
        </main><footer>Chân trang</footer></body></html>
        """;

    [Fact]
    public void The_article_text_is_kept_with_words_whole_and_entities_decoded()
    {
        var text = PageText.Extract(Page).Text;
        Assert.Equal("Sáng 15/7, Đảng bộ phường Phước Mỹ khai mạc & bế mạc. Đoạn một có chữ Phước. Đoạn hai. Chú thích ảnh Chỉ tiêu 8.670", text);
    }

    [Fact]
    public void The_title_category_date_line_notices_comments_and_drawings_are_left_out()
    {
        var text = PageText.Extract(Page).Text;
        foreach (var absent in new[] { "Đại hội", "Xây dựng Đảng", "Thứ Tư", "Nội dung mẫu", "không hiện", "Biểu đồ", "12,5", "Bài trước", "Trang chủ", "Chân trang" })
            Assert.DoesNotContain(absent, text);
    }

    [Fact]
    public void The_first_time_element_of_the_text_gives_the_date()
    {
        Assert.Null(PageText.Extract(Page).FirstTime); // a post's date line is left out: its date comes from the post
        Assert.Equal(new DateTimeOffset(2020, 7, 15, 16, 0, 0, TimeSpan.FromHours(7)),
            PageText.Extract("""<main><article><p>Họp lúc <time datetime="2020-07-15T16:00:00+07:00">16 giờ</time>.</p><time datetime="2021-01-01">1/1</time></article></main>""").FirstTime);
        Assert.Equal(new DateTimeOffset(2023, 5, 5, 0, 0, 0, TimeSpan.Zero),
            PageText.Extract("""<main><article><dd><time datetime="2023-05-05">05/05/2023</time></dd></article></main>""").FirstTime);
    }

    [Fact]
    public void Without_an_article_the_main_element_is_read_and_without_either_nothing()
    {
        Assert.Equal("Bảng số liệu", PageText.Extract("<body><p>Ngoài</p><main id=\"main\"><p>Bảng số liệu</p></main><p>Sau</p></body>").Text);
        Assert.Equal("", PageText.Extract("<body><p>Không có nội dung chính</p></body>").Text);
    }

    [Fact]
    public void Markup_in_text_shows_as_the_characters_the_author_wrote()
    {
        var text = PageText.Extract("<main><article><p>&lt;img src=x onerror=alert(1)&gt; &quot;trích&quot;</p></article></main>").Text;
        Assert.Equal("<img src=x onerror=alert(1)> \"trích\"", text);
    }
}
