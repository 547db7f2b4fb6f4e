using PhuocMy.Site.Content;

namespace PhuocMy.Site.SiteModel;

/// <summary>
/// Which posts a build publishes. A public build leaves out drafts (<c>draft: true</c>) and posts dated after
/// <paramref name="Now"/>, which appear on the first build after their time; a preview, or <c>--drafts</c> and
/// <c>--future</c>, shows them. A post past its <c>expires:</c> keeps its page, with a note, but leaves every
/// listing whatever the flags: a lapsed notice must not look current, and a link to it must not break.
/// </summary>
public sealed record PublicationRules(bool IncludeDrafts, bool IncludeFuture, DateTimeOffset Now)
{
    /// <summary>False for a post this build leaves out altogether (no page, no listing).</summary>
    public bool Keeps(Post post) => (IncludeDrafts || !post.Draft) && (IncludeFuture || !IsScheduled(post));

    /// <summary>True for a kept post that listings, feeds and search show.</summary>
    public bool Lists(Post post) => Keeps(post) && !IsLapsed(post);

    public bool IsScheduled(Post post) => post.Date > Now;

    public bool IsLapsed(Post post) => post.Expires <= Now;
}
