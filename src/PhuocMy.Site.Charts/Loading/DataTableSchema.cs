using Json.Schema;

namespace PhuocMy.Site.Charts;

/// <summary>The JSON Schema (draft 2020-12) of data table files, shipped inside this library.</summary>
public static class DataTableSchema
{
    public const string ResourceName = "PhuocMy.Site.Charts.data-table.schema.json";

    private static readonly Lazy<string> SchemaText = new(ReadResource);
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(SchemaText.Value, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>The schema as JSON text, e.g. to copy next to the data files for editor support.</summary>
    public static string Text => SchemaText.Value;

    internal static JsonSchema Compiled => Schema.Value;

    private static string ReadResource()
    {
        using var stream = typeof(DataTableSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
