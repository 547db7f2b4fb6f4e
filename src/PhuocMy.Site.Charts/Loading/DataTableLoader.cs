using System.Text.Json;
using Json.Schema;
using PhuocMy.Site.Charts.Loading;

namespace PhuocMy.Site.Charts;

/// <summary>Parses and validates the text of one data table file. Does no file I/O.</summary>
public static class DataTableLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <param name="displayPath">How errors name the file, e.g. <c>input/data/foo.json</c>.</param>
    /// <param name="fileNameWithoutExtension">Must equal the table's <c>id</c>.</param>
    /// <param name="json">The file's text.</param>
    public static DataTableLoadResult Load(string displayPath, string fileNameWithoutExtension, string json)
    {
        var utf8 = JsonLocations.ToUtf8(json);
        if (DataTableLimits.CheckSize(displayPath, utf8.Length) is { } tooLarge)
        {
            return Failed(tooLarge);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            return Failed(new DataTableError(displayPath, line, e.Path ?? "$",
                $"Tệp không phải JSON hợp lệ (invalid JSON): {e.Message} Hãy kiểm tra dấu phẩy, ngoặc kép và ngoặc nhọn quanh dòng này."));
        }

        using (document)
        {
            var locations = JsonLocations.Build(utf8, ReaderOptions);
            var rows = DataTableLimits.CheckRows(displayPath, document.RootElement, locations);
            if (rows is { IsError: true })
            {
                return Failed(rows.Value.Problem);
            }
            DataTableError[] warnings = rows is { } comfortable ? [comfortable.Problem] : [];

            var duplicates = locations.Duplicates
                .Select(d => new DataTableError(displayPath, d.Line, JsonPaths.FromPointer(d.Pointer),
                    $"Khóa \"{d.Name}\" xuất hiện hai lần trong cùng một đối tượng; chỉ một giá trị được giữ, giá trị kia sẽ mất. Hãy xóa hoặc đổi tên một trong hai."))
                .ToList();
            var numberErrors = DataTableLimits.CheckNumbers(displayPath, document.RootElement, locations).ToList();
            var schemaErrors = duplicates.Count + numberErrors.Count > 0
                ? [.. duplicates, .. numberErrors]
                : ValidateAgainstSchema(document.RootElement, displayPath, locations);
            if (schemaErrors.Count > 0)
            {
                return new DataTableLoadResult(null, schemaErrors);
            }

            var table = DataTableReader.Read(document.RootElement);
            var semanticErrors = DataTableSemanticChecks.Check(document.RootElement, table, fileNameWithoutExtension)
                .Select(p => new DataTableError(displayPath, locations.LineOf(p.Pointer), JsonPaths.FromPointer(p.Pointer), p.Message))
                .ToList();
            return semanticErrors.Count > 0
                ? new DataTableLoadResult(null, semanticErrors)
                : new DataTableLoadResult(table, []) { Warnings = warnings };
        }
    }

    private static List<DataTableError> ValidateAgainstSchema(JsonElement root, string displayPath, JsonLocations locations)
    {
        var results = DataTableSchema.Compiled.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = new List<DataTableError>();
        foreach (var node in results.Details ?? [])
        {
            if (node.IsValid || node.Errors is null)
            {
                continue;
            }
            var pointer = node.InstanceLocation.ToString();
            var path = JsonPaths.FromPointer(pointer);
            foreach (var (keyword, message) in node.Errors)
            {
                errors.Add(new DataTableError(displayPath, locations.LineOf(pointer), path,
                    SchemaErrorMessages.Explain(keyword, message, path)));
            }
        }
        if (errors.Count == 0)
        {
            errors.Add(new DataTableError(displayPath, 1, "$", "Tệp không khớp lược đồ (schema) của bảng số liệu; xem docs/data-tables.md."));
        }
        return errors.Distinct().ToList();
    }

    private static DataTableLoadResult Failed(DataTableError error) => new(null, [error]);
}
