using System.Text;
using PhuocMy.Site.Testing;
using PhuocMy.Site.Tests.Support;

namespace PhuocMy.Site.Tests.Authoring;

/// <summary>The posts in <c>Authoring/Fixtures/posts/</c>, written the way staff and other tools write them.</summary>
internal static class AuthoringFixtures
{
    public const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>";

    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "PhuocMy.Site.Tests", "Authoring", "Fixtures");

    /// <summary>The fixture's text, read as bytes so its non-breaking and zero-width spaces reach the build untouched.</summary>
    public static string Text(string name) => Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Folder, "posts", name)));

    /// <summary>A test site with the given fixture posts at <c>posts/NAME</c>, and the images and files they show.</summary>
    public static TestSite SiteWith(params string[] names)
    {
        var site = new TestSite()
            .With("images/ve-sinh-bien.svg", Svg)
            .With("images/so-do.svg", Svg);
        foreach (var name in names) site.With("posts/" + name, Text(name));
        // An attachment is published only when a published post links to it; otherwise the build says so.
        if (names.Any(name => Text(name).Contains("/files/lich-tiep-cong-dan-8-2020.pdf", StringComparison.Ordinal)))
            site.With("files/lich-tiep-cong-dan-8-2020.pdf", "%PDF-1.4 mẫu");
        return site;
    }
}
