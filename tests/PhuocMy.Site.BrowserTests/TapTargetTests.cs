using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>
/// What Lighthouse checks as tap targets, the WCAG 2.2 way (2.5.8 Target Size, Minimum): on a 360 px phone every link,
/// button and field is at least 24 × 24 px, or far enough from the others that a 24 px circle on its centre touches no
/// other target. Links inside a sentence are exempt, as the criterion allows.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class TapTargetTests(SiteFixture site)
{
    private const string FindCrowdedTargets = """
        () => {
          const min = 24, radius = min / 2;
          // Shown to the reader: not inside a closed <details>, not clipped to a pixel like the skip link before focus.
          const visible = el => { const r = el.getBoundingClientRect();
            return el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true, opacityProperty: true })
              && r.width > 1 && r.height > 1 && !el.closest('[aria-hidden=true]'); };
          // A link inside running text: its block holds more text than the link itself.
          const inSentence = el => {
            if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
            let block = el.parentElement;
            while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
            const own = el.textContent.trim().length, all = (block?.textContent ?? '').trim().length;
            return all > own + 3;
          };
          const targets = [...document.querySelectorAll('a[href], button, summary, input:not([type=hidden]), select, textarea')]
            .filter(visible).filter(el => !inSentence(el))
            .map(el => { const r = el.getBoundingClientRect(); return { el, r, cx: r.left + r.width / 2, cy: r.top + r.height / 2,
                                                                          small: r.width < min || r.height < min }; });
          const circleHitsRect = (t, r) => {
            const x = Math.max(r.left, Math.min(t.cx, r.right)), y = Math.max(r.top, Math.min(t.cy, r.bottom));
            return (x - t.cx) ** 2 + (y - t.cy) ** 2 < radius ** 2;
          };
          const crowded = [];
          for (const t of targets.filter(t => t.small)) {
            const other = targets.find(o => o !== t && !o.el.contains(t.el) && !t.el.contains(o.el) &&
              (circleHitsRect(t, o.r) || (o.small && Math.hypot(o.cx - t.cx, o.cy - t.cy) < min)));
            if (other) crowded.push(`«${t.el.textContent.trim().slice(0, 40) || t.el.outerHTML.slice(0, 60)}» ` +
              `${Math.round(t.r.width)}×${Math.round(t.r.height)} px, too close to «${other.el.textContent.trim().slice(0, 40)}»`);
          }
          return crowded;
        }
        """;

    [Fact]
    public async Task The_check_reports_small_links_side_by_side_but_not_links_in_a_sentence()
    {
        var (context, page) = await ReaderView.Phone.OpenAsync(site.Browser);
        await using var _ = context;
        await page.SetContentAsync("""
            <ul><li><a href="/a/">Một</a><a href="/b/">Hai</a></li></ul>
            <p>Xem <a href="/c/">văn bản</a> và <a href="/d/">lịch</a> của phường trong tuần này.</p>
            """);

        // «Một» is wide enough that a 24 px circle on its centre clears «Hai»; the circle on the narrow «Hai» does not.
        var crowded = await page.EvaluateAsync<string[]>(FindCrowdedTargets);
        var only = Assert.Single(crowded);
        Assert.StartsWith("«Hai»", only);
    }

    [Theory]
    [MemberData(nameof(SitePages.Paths), MemberType = typeof(SitePages))]
    public async Task Targets_are_big_enough_or_far_enough_apart_on_a_phone(string path)
    {
        var (context, page) = await ReaderView.Phone.OpenAsync(site.Browser);
        await using var _ = context;
        await page.GotoAsync(site.Server.UrlOf(path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });

        var closed = await page.EvaluateAsync<string[]>(FindCrowdedTargets);
        await page.Locator(".site-menu > summary").ClickAsync();
        var opened = await page.EvaluateAsync<string[]>(FindCrowdedTargets);

        var crowded = closed.Concat(opened).Distinct().ToList();
        Assert.True(crowded.Count == 0, $"{path} at 360 px has targets smaller than 24 px close to others:{Environment.NewLine}{string.Join(Environment.NewLine, crowded)}");
    }
}
