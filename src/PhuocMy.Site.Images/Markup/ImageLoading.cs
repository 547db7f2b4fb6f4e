namespace PhuocMy.Site.Images;

public enum ImageLoading
{
    /// <summary><c>loading="lazy" decoding="async"</c>: fetched when scrolled near. Every image but one.</summary>
    Lazy,

    /// <summary><c>fetchpriority="high"</c>, fetched at once: the page's first large image (its largest paint).</summary>
    Priority,
}
