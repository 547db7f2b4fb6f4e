using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Features;

/// <summary>Adds a văn bản to a test site in the front matter format of <c>input/documents/</c>.</summary>
public static class DocumentInputs
{
    public static TestSite Document(this TestSite site, string slug, string number, string issued, string type = "Kế hoạch",
        string issuer = "UBND phường Thử Nghiệm", string? title = null, string extra = "", string body = "") =>
        site.With($"documents/{slug}.md",
            $"---\ntitle: {title ?? $"Văn bản {number}"}\nnumber: {number}\ntype: {type}\nissuer: {issuer}\nissued: {issued}\n{extra}---\n{body}");
}
