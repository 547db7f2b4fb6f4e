namespace PhuocMy.Site.Charts.Tests.Csv;

public class DataTableCsvTests
{
    [Theory]
    [InlineData("Quý 1", "Quý 1")]
    [InlineData("Tiếp nhận, thẩm định", "\"Tiếp nhận, thẩm định\"")]
    [InlineData("Gọi là \"một cửa\"", "\"Gọi là \"\"một cửa\"\"\"")]
    [InlineData("hai\ndòng", "\"hai\ndòng\"")]
    public void QuotesPerRfc4180(string field, string expected) => Assert.Equal(expected, DataTableCsv.Quote(field));

    [Fact]
    public void WritesHeaderAndInvariantNumbersWithCrlf()
    {
        var csv = DataTableCsv.Write(TestTables.Bar());
        Assert.Equal("Hạng mục,Giá trị (hồ sơ)\r\n\"Tiếp nhận, thẩm định\",2280\r\nXét duyệt,1337\r\n", csv);
    }

    [Fact]
    public void ProgressAddsTargetAndPercentColumns()
    {
        var csv = DataTableCsv.Write(TestTables.Progress());
        Assert.Equal(
            "Hạng mục,Thực hiện (đồng),Mục tiêu / mốc so sánh (đồng),Mốc so sánh là,Tỷ lệ đạt (%)\r\n"
            + "So với kế hoạch,8670000000,30964285714,Kế hoạch quận giao,28\r\n",
            csv);
    }

    [Fact]
    public void StackedAddsATotalColumn()
    {
        var lines = DataTableCsv.Write(TestTables.MultiSeries("stacked-bar")).Split("\r\n");
        Assert.Equal("Hạng mục,Tiếp nhận (hồ sơ),Được duyệt (hồ sơ),Tổng (hồ sơ)", lines[0]);
        Assert.Equal("Lao động,820,410,1230", lines[1]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Bấm\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1,1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void NoTextCellCanStartAFormula(string label)
    {
        var table = TestTables.Load("cong-thuc", $$"""
            {
              "id": "cong-thuc", "title": "Bảng có nhãn nguy hiểm", "unit": "hồ sơ", "chart": "line", "labelHeader": {{Json(label)}},
              "series": [{ "name": {{Json(label)}} }],
              "rows": [{ "label": {{Json(label)}}, "value": -5 }, { "label": "Quý 2", "value": 3 }]
            }
            """);
        var cells = Cells(DataTableCsv.Write(table));

        Assert.All(cells, cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && cell != "-5",
            $"cell {cell} can start a formula"));
        Assert.Contains("'" + label.Trim(), cells);
        Assert.Contains("-5", cells);
    }

    [Fact]
    public void OrdinaryTextIsUnchanged() => Assert.Equal("Quý 1 - 2020", DataTableCsv.Text("Quý 1 - 2020"));

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>The cells of a CSV as a spreadsheet reads them: quotes removed, doubled quotes undone.</summary>
    private static List<string> Cells(string csv)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c is ',' or '\n') { cells.Add(cell.ToString().TrimEnd('\r')); cell.Clear(); }
            else cell.Append(c);
        }
        return cells;
    }
}
