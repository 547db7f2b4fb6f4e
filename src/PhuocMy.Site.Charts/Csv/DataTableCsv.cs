using System.Globalization;
using System.Text;
using PhuocMy.Site.Charts.Tabular;

namespace PhuocMy.Site.Charts;

/// <summary>
/// The numbers of a table as CSV (RFC 4180: comma-separated, CRLF, quoted where needed; numbers in invariant format).
/// Whoever writes the file should prepend a UTF-8 BOM so that Excel reads the Vietnamese text correctly.
/// </summary>
public static class DataTableCsv
{
    public static string Write(DataTable table)
    {
        var view = TabularView.Of(table);
        var csv = new StringBuilder();
        WriteLine(csv, [Text(view.LabelHeader), .. view.Columns.Select(c => Text(c.Unit is null ? c.Name : $"{c.Name} ({c.Unit})"))]);
        foreach (var row in view.Rows)
        {
            WriteLine(csv, [Text(row.Label), .. row.Cells.Select(Field)]);
        }
        return csv.ToString();
    }

    /// <summary>
    /// A text cell that cannot start a formula (CSV injection, as OWASP describes it): a spreadsheet runs a cell
    /// beginning with = + - @, a tab or a carriage return, so such a cell gets a leading apostrophe and is shown as text.
    /// Numbers are written as numbers and need no guard.
    /// </summary>
    public static string Text(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + field : field;

    /// <summary>Quotes a field when it holds a comma, a quote or a line break (RFC 4180).</summary>
    public static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    private static string Field(TabularCell cell) =>
        cell.Number is { } number ? number.ToString("0.##########", CultureInfo.InvariantCulture) : Text(cell.Display);

    private static void WriteLine(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Quote))).Append("\r\n");
}
