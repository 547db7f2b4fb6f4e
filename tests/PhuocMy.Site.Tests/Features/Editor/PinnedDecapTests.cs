using System.Security.Cryptography;
using System.Text.Json;
using PhuocMy.Site.Testing;

namespace PhuocMy.Site.Tests.Features.Editor;

/// <summary>
/// theme/admin/decap-cms.js is committed so a build needs only the .NET SDK; it must be, byte for byte, the file of
/// the npm package pinned in tests/tools (version and integrity in the lock file), as _decap-cms.json records.
/// </summary>
public sealed class PinnedDecapTests
{
    private static readonly string Admin = Path.Combine(RepositoryPaths.Theme, "admin");
    private static readonly string Tools = Path.Combine(RepositoryPaths.Root, "tests", "tools");

    [Fact]
    public void The_committed_files_are_the_pinned_packages_own()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Admin, "_decap-cms.json")));
        var name = manifest.RootElement.GetProperty("package").GetString()!;
        var version = manifest.RootElement.GetProperty("version").GetString()!;

        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(Tools, "package.json")));
        Assert.Equal(version, package.RootElement.GetProperty("devDependencies").GetProperty(name).GetString());
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Tools, "package-lock.json")));
        var locked = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/" + name);
        Assert.Equal(version, locked.GetProperty("version").GetString());
        Assert.Equal(manifest.RootElement.GetProperty("integrity").GetString(), locked.GetProperty("integrity").GetString());

        var installed = Path.Combine(Tools, "node_modules", name);
        Assert.True(Directory.Exists(installed), $"{installed} is missing: run scripts/install-test-deps.sh");
        using var installedPackage = JsonDocument.Parse(File.ReadAllText(Path.Combine(installed, "package.json")));
        Assert.Equal(version, installedPackage.RootElement.GetProperty("version").GetString());

        var files = manifest.RootElement.GetProperty("files").EnumerateObject().ToList();
        Assert.Contains(files, f => f.Name == "decap-cms.js");
        foreach (var file in files)
        {
            var committed = File.ReadAllBytes(Path.Combine(Admin, file.Name));
            var fromPackage = File.ReadAllBytes(Path.Combine(installed, file.Value.GetProperty("from").GetString()!));
            Assert.True(committed.AsSpan().SequenceEqual(fromPackage), $"theme/admin/{file.Name} differs from {name}@{version}'s file");
            Assert.Equal(file.Value.GetProperty("sha512").GetString(), Convert.ToHexStringLower(SHA512.HashData(committed)));
        }
    }

    [Fact]
    public void The_admin_page_loads_only_scripts_of_our_own_origin_and_no_inline_code()
    {
        var html = File.ReadAllText(Path.Combine(Admin, "index.html"));
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script([^>]*)>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([" src=\"/admin/manual-init.js\"", " src=\"/admin/decap-cms.js\"", " src=\"/admin/editor.js\""], scripts);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("http", html.Replace("http-equiv", ""));
    }
}
