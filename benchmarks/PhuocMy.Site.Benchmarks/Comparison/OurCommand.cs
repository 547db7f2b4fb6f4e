namespace PhuocMy.Site.Benchmarks.Comparison;

/// <summary>How our generator is started: a program, the arguments before <c>build …</c>, and extra environment variables.</summary>
public sealed record OurCommand(string Label, string Program, IReadOnlyList<string> Prefix, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>
    /// The program users run: what <c>scripts/generator.sh</c> published ReadyToRun (<c>bin/ready-to-run</c>, which
    /// <c>run.sh</c> brings up to date first); else the apphost <c>dotnet build -c Release</c> makes, or its dll.
    /// </summary>
    public static OurCommand Compiled(string repository)
    {
        var published = Path.Combine(repository, "src", "PhuocMy.Site", "bin", "ready-to-run", "phuocmy-site.dll");
        if (File.Exists(published)) return new OurCommand($"dotnet {published} (ReadyToRun)", "dotnet", [published], new Dictionary<string, string>());
        var folder = Path.Combine(repository, "src", "PhuocMy.Site", "bin", "Release", "net10.0");
        var apphost = Path.Combine(folder, "phuocmy-site");
        var dll = Path.Combine(folder, "phuocmy-site.dll");
        return File.Exists(apphost) ? new OurCommand(apphost, apphost, [], new Dictionary<string, string>())
            : File.Exists(dll) ? new OurCommand($"dotnet {dll}", "dotnet", [dll], new Dictionary<string, string>())
            : throw new InvalidOperationException($"Build the generator first: dotnet build src/PhuocMy.Site -c Release (no {apphost}).");
    }

    /// <summary>What scripts/build.sh runs: <c>dotnet run</c>, which checks with MSBuild that the build is up to date first.</summary>
    public static OurCommand DotnetRun(string repository) =>
        new("dotnet run (scripts/build.sh)", "dotnet", ["run", "--project", Path.Combine(repository, "src", "PhuocMy.Site"), "--configuration", "Release", "--"], new Dictionary<string, string>());

    public OurCommand With(string name, string value) =>
        this with { Label = $"{name}={value}", Environment = new Dictionary<string, string>(Environment) { [name] = value } };
}
