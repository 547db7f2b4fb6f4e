using PhuocMy.Site.Testing;
using Tomlyn;
using Tomlyn.Model;

namespace PhuocMy.Site.Tests.Support;

/// <summary>The repository's netlify.toml, read with a TOML parser as the tests' own witness of what it says.</summary>
public static class NetlifyToml
{
    public static string Text => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml"));

    /// <summary>The Content-Security-Policy of the <c>[[headers]]</c> rule <c>for = "/*"</c>.</summary>
    public static string PolicyForEveryPath()
    {
        var config = TomlSerializer.Deserialize<TomlTable>(Text)!;
        var rule = ((TomlTableArray)config["headers"]).Single(r => (string)r["for"] == "/*");
        return (string)((TomlTable)rule["values"])["Content-Security-Policy"];
    }
}
