using PhuocMy.Site.Quality;
using static PhuocMy.Site.Tests.Quality.CheckHarness;

namespace PhuocMy.Site.Tests.Quality;

public sealed class PageChecksTests
{
    [Fact]
    public void All_holds_one_of_each_check()
    {
        var types = PageChecks.All.Select(c => c.GetType()).ToList();
        Assert.Equal(
            [typeof(DocumentMetadataCheck), typeof(HeadingOrderCheck), typeof(ImageAltCheck), typeof(ImageDimensionsCheck), typeof(InlineCodeCheck), typeof(InternalLinkCheck), typeof(NfcCheck), typeof(UnversionedAssetCheck)],
            types);
    }

    [Fact]
    public void A_good_page_passes_every_check_and_a_bad_one_fails_several()
    {
        var good = Page("""<a class="skip-link" href="#main">Bỏ qua</a><main id="main"><h1>Tin tức</h1><img src="/a.jpg" alt="Ảnh" width="640" height="360"></main>""");
        var bad = Page("""<main><h3 style="color:red">Tin</h3><img src="/b.jpg"></main>""");

        Assert.Empty(PageChecks.All.SelectMany(c => Run(c, good, siteFiles: ["a.jpg"])));
        Assert.True(PageChecks.All.SelectMany(c => Run(c, bad)).Count() >= 4);
    }
}
