using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PhuocMy.Site.Quality;
using static PhuocMy.Site.Tests.Quality.CheckHarness;

namespace PhuocMy.Site.Tests.Quality;

/// <summary>The checks' one walk over a page and their selectors parsed once find what the DOM's own queries find, in the same order.</summary>
public sealed class PageElementsTests
{
    public static readonly string Mixed = Page("""
        <header><h2>Đầu trang</h2><a href="/">Trang chủ</a><a name="cu">cũ</a></header>
        <main id="main">
          <H1>Tin <em>tức</em></H1>
          <IMG SRC="/anh/a.jpg" srcset="/anh/a-480.jpg 480w, /anh/a-960.jpg 960w" alt="Ảnh">
          <picture><source srcset="/anh/b.webp 1x, /anh/b@2x.webp 2x" type="image/webp"><img src="/anh/b.jpg"></picture>
          <video src="/phim.mp4" poster="/anh/poster.jpg"><track src="/phu-de.vtt"></video>
          <audio src="/nhac.mp3"></audio><iframe src="/ban-do.html"></iframe>
          <a href="/bo-qua" data-no-link-check>bỏ qua</a>
          <img srcset="/anh/c.jpg" data-no-link-check>
          <map><area href="/vung" alt="Vùng"><area href="/vung-2"></map>
          <input type="IMAGE" src="/nut.png"><input type="text">
          <svg role="img"><title>Biểu đồ</title><use href="#hinh"></use><use xlink:href="/assets/icons.svg#a"></use><a href="/trong-svg">x</a></svg>
          <svg role="presentation"><title>Khác</title></svg>
          <h3></h3><h2>Phần <img alt="hai"></h2>
          <template><a href="/mau">mẫu</a></template>
          <script src="/assets/site.js"></script><script type="application/ld+json">{}</script>
          <math><mi>x</mi></math>
          <p title="e&#x301;">Phe&#x301;p <!-- chú thích --> cộng</p>
        </main>
        """, head: """<meta name="Description" content="Mô tả"><META NAME="viewport" content="width=device-width"><link rel="stylesheet" href="/assets/site.css"><style>p{}</style>""");

    private static IDocument Parse(string html) => new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);

    [Theory]
    [InlineData("a[href]", "a")]
    [InlineData("a[name]", "a")]
    [InlineData("area[href]", "area")]
    [InlineData("img[src]", "img")]
    [InlineData("img[srcset]", "img")]
    [InlineData("source[srcset]", "source")]
    [InlineData("video[poster]", "video")]
    [InlineData("use[href]", "use")]
    [InlineData("img", "img")]
    [InlineData("style", "style")]
    [InlineData("title", "title")]
    [InlineData("script:not([src])", "script")]
    [InlineData("svg[role=img]", "svg")]
    [InlineData("meta[name=description i]", "meta")]
    [InlineData("meta[name=viewport i]", "meta")]
    [InlineData("h1, h2, h3, h4, h5, h6", "h1", "h2", "h3", "h4", "h5", "h6")]
    [InlineData("img, input[type=image i], area[href]", "img", "input", "area")]
    public void A_query_finds_what_QuerySelectorAll_finds(string selector, params string[] localNames)
    {
        var document = Parse(Mixed);
        var page = new PageUnderCheck("index.html", SourcePath, document, "/");

        var found = new ElementQuery(selector, localNames).In(page).ToList();

        Assert.NotEmpty(found);
        Assert.Equal(document.QuerySelectorAll(selector), found);
    }

    [Fact]
    public void The_walk_finds_every_element_and_text_in_document_order()
    {
        var document = Parse(Mixed);

        var elements = new PageElements(document);

        Assert.Equal(document.All, elements.All);
        Assert.Equal(document.Descendants<IText>(), elements.Texts);
    }

    [Fact]
    public void The_walk_goes_thousands_of_elements_deep()
    {
        const int depth = 20_000;
        var document = Parse(Page(string.Concat(Enumerable.Repeat("<span>a", depth))));

        var elements = new PageElements(document);

        Assert.Equal(document.All.Count(), elements.All.Count);
        Assert.True(elements.Texts.Count >= depth);
    }

    [Fact]
    public void Links_are_those_the_selectors_find_in_the_same_order()
    {
        var document = Parse(Mixed);
        var page = new PageUnderCheck("index.html", SourcePath, document, "/");

        Assert.Equal(BySelectors(document), page.References);
        Assert.Same(page.References, page.References);
    }

    /// <summary>How links were gathered before: one query per element and attribute, then the srcsets.</summary>
    private static List<LinkReference> BySelectors(IDocument document)
    {
        (string Selector, string Attribute)[] single =
        [
            ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"), ("img[src]", "src"), ("script[src]", "src"),
            ("source[src]", "src"), ("video[src]", "src"), ("video[poster]", "poster"), ("audio[src]", "src"), ("track[src]", "src"),
            ("iframe[src]", "src"), ("use[href]", "href"), ("use[xlink\\:href]", "xlink:href"),
        ];
        var links = single
            .SelectMany(s => document.QuerySelectorAll(s.Selector).Where(e => !e.HasAttribute(LinkReference.OptOutAttribute))
                .Select(e => new LinkReference(e, s.Attribute, e.GetAttribute(s.Attribute)!)))
            .ToList();
        foreach (var (selector, attribute) in new[] { ("img[srcset]", "srcset"), ("source[srcset]", "srcset") })
        {
            foreach (var element in document.QuerySelectorAll(selector).Where(e => !e.HasAttribute(LinkReference.OptOutAttribute)))
                links.AddRange(Srcset.Urls(element.GetAttribute(attribute)!).Select(url => new LinkReference(element, attribute, url)));
        }
        return links;
    }
}
