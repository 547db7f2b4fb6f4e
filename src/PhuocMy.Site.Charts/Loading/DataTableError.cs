namespace PhuocMy.Site.Charts;

/// <summary>A problem found in a data table file.</summary>
/// <param name="File">The display path given to the loader, e.g. <c>input/data/foo.json</c>.</param>
/// <param name="Line">1-based line in the file, when known.</param>
/// <param name="JsonPath">Where in the JSON, e.g. <c>$.rows[2].values</c>.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record DataTableError(string File, int? Line, string JsonPath, string Message)
{
    public override string ToString() =>
        Line is { } line ? $"{File}:{line}: {JsonPath}: {Message}" : $"{File}: {JsonPath}: {Message}";
}
