using PhuocMy.Site.Content;

namespace PhuocMy.Site.Features.Editor;

/// <summary>
/// Where the editor saves: <c>editor: { repo: owner/name, branch: main }</c> in <c>site.yml</c>. Without it the
/// editor still works on one's own machine (local backend); signing in on the published site needs the repository.
/// </summary>
public sealed record EditorSettings(string Repository, string Branch)
{
    public const string Key = "editor";
    public const string PlaceholderRepository = "OWNER/REPOSITORY";

    public static EditorSettings From(SiteSettings settings)
    {
        var section = settings.Values.GetValueOrDefault(Key) as IReadOnlyDictionary<string, object?>
                      ?? (settings.Values.GetValueOrDefault(Key) as IDictionary<string, object?>)?.AsReadOnly();
        var repository = section?.GetValueOrDefault("repo") as string;
        var branch = section?.GetValueOrDefault("branch") as string;
        return new EditorSettings(
            string.IsNullOrWhiteSpace(repository) ? PlaceholderRepository : repository.Trim(),
            string.IsNullOrWhiteSpace(branch) ? "main" : branch.Trim());
    }
}
