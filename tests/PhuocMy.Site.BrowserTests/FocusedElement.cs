using Microsoft.Playwright;

namespace PhuocMy.Site.BrowserTests;

/// <summary>What the keyboard focus is on, read in the page.</summary>
internal sealed class FocusedElement
{
    public string Tag { get; init; } = "";
    public string Href { get; init; } = "";
    public string Text { get; init; } = "";
    public bool InLabelledNav { get; init; }
    public bool FocusVisible { get; init; }
    public bool OnScreen { get; init; }
    public bool TargetInMain { get; init; }

    // The skip target counts when it is <main> or inside it.
    private const string ReadFocus = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadow = style.boxShadow && style.boxShadow !== 'none';
          const box = el.getBoundingClientRect();
          const href = el.getAttribute('href') || '';
          const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
          return {
            tag: el.tagName.toLowerCase(),
            href,
            text: (el.textContent || '').trim(),
            inLabelledNav: !!el.closest('nav[aria-label], nav[aria-labelledby]'),
            focusVisible: outline || shadow,
            onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
              && box.top < innerHeight && box.left < innerWidth,
            targetInMain: !!(target && target.closest('main, [role=main]')),
          };
        }
        """;

    public static Task<FocusedElement?> ReadAsync(IPage page) => page.EvaluateAsync<FocusedElement?>(ReadFocus);

    public override string ToString() => $"<{Tag} href=\"{Href}\">{Text}</{Tag}>";
}
