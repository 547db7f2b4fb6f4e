using System.Text.Json;
using PhuocMy.Site.Sources;

namespace PhuocMy.Site.Features.Editor;

/// <summary>
/// The data tables the chart button offers: each <c>input/data/*.json</c> file's id (its file name, as the chart
/// shortcode takes it) and title. A table the generator rejects is still listed: the build reports it either way.
/// </summary>
public sealed class DataTableChoices(IReadOnlyList<DataTableChoice> choices, IReadOnlyList<string> sources)
{
    public const string Folder = "data";

    public IReadOnlyList<DataTableChoice> Choices => choices;
    public IReadOnlyList<string> Sources => sources;

    public static DataTableChoices Read(SourceTree tree)
    {
        var files = tree.Under(Folder).Where(f => f.Extension == ".json" && !f.Path[(Folder.Length + 1)..].Contains('/')).ToList();
        var choices = files.Select(file => new DataTableChoice(Path.GetFileNameWithoutExtension(file.Path), TitleOf(file)))
            .OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        return new DataTableChoices(choices, files.Select(f => f.DisplayPath).ToList());
    }

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(Choices, EditorJson.Options);

    private static string TitleOf(SourceFile file)
    {
        try
        {
            using var json = JsonDocument.Parse(file.Content);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String
                ? title.GetString()!
                : Path.GetFileNameWithoutExtension(file.Path);
        }
        catch (JsonException)
        {
            return Path.GetFileNameWithoutExtension(file.Path);
        }
    }
}

public sealed record DataTableChoice(string Id, string Title);
