namespace PhuocMy.Site.Charts.Tests.Loading;

public class DataTableLoaderTests
{
    private const string Valid = """
        {
          "id": "ho-so",
          "title": "Xét duyệt 1.337 hồ sơ",
          "unit": "hồ sơ",
          "chart": "grouped-bar",
          "series": [{ "name": "Tiếp nhận" }, { "name": "Được duyệt" }],
          "rows": [
            { "label": "Lao động", "values": [820, 410] },
            { "label": "Hộ kinh doanh", "values": [460, 215] }
          ]
        }
        """;

    private static DataTableLoadResult Load(string json, string fileName = "ho-so") =>
        DataTableLoader.Load($"input/data/{fileName}.json", fileName, json);

    [Fact]
    public void LoadsAValidTable()
    {
        var result = Load(Valid);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var table = result.Table!;
        Assert.Equal(ChartType.GroupedBar, table.Chart);
        Assert.Equal(["Tiếp nhận", "Được duyệt"], table.Series.Select(s => s.Name));
        Assert.Equal([460m, 215m], table.Rows[1].Values);
    }

    [Fact]
    public void MissingTitleNamesFileAndObjectPath()
    {
        var result = Load(Valid.Replace("\"title\": \"Xét duyệt 1.337 hồ sơ\",", ""));
        Assert.Null(result.Table);
        var error = Assert.Single(result.Errors);
        Assert.Equal("input/data/ho-so.json", error.File);
        Assert.Equal("$", error.JsonPath);
        Assert.Equal(1, error.Line);
        Assert.Contains("title", error.Message);
        Assert.Contains("Thiếu trường bắt buộc", error.Message);
    }

    [Fact]
    public void WrongTypeNamesTheValueAndItsLine()
    {
        var result = Load(Valid.Replace("[460, 215]", "[\"460\", 215]"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("$.rows[1].values[0]", error.JsonPath);
        Assert.Equal(9, error.Line);
        Assert.Contains("Sai kiểu dữ liệu", error.Message);
    }

    [Fact]
    public void UnknownChartTypeIsAnEnumError()
    {
        var error = Assert.Single(Load(Valid.Replace("grouped-bar", "pie")).Errors);
        Assert.Equal("$.chart", error.JsonPath);
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void MisspelledFieldIsReported()
    {
        var result = Load(Valid.Replace("\"unit\"", "\"units\""));
        Assert.Contains(result.Errors, e => e.JsonPath == "$.units" && e.Message.Contains("không được hỗ trợ"));
        Assert.Contains(result.Errors, e => e.JsonPath == "$" && e.Message.Contains("unit"));
    }

    [Fact]
    public void RowLengthMismatchNamesTheRow()
    {
        var result = Load(Valid.Replace("[460, 215]", "[460]"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("$.rows[1].values", error.JsonPath);
        Assert.Equal(9, error.Line);
        Assert.Contains("có 1 số nhưng bảng có 2 dãy", error.Message);
    }

    [Fact]
    public void IdMustMatchFileName()
    {
        var error = Assert.Single(Load(Valid, fileName: "ho-so-2020").Errors);
        Assert.Equal("$.id", error.JsonPath);
        Assert.Equal(2, error.Line);
        Assert.Contains("ho-so-2020", error.Message);
    }

    [Fact]
    public void ProgressNeedsAPositiveTarget()
    {
        const string json = """
            { "id": "t", "title": "T", "unit": "chi bộ", "chart": "progress",
              "rows": [{ "label": "A", "value": 27, "target": 0 }, { "label": "B", "value": 3 }] }
            """;
        var result = DataTableLoader.Load("t.json", "t", json);
        Assert.Equal(["$.rows[0].target", "$.rows[1]"], result.Errors.Select(e => e.JsonPath));
    }

    [Fact]
    public void NegativeBarValuesAreRejected()
    {
        var result = Load(Valid.Replace("[820, 410]", "[-820, 410]"));
        Assert.Equal("$.rows[0].values", Assert.Single(result.Errors).JsonPath);
    }

    [Fact]
    public void ImpossibleDateIsRejected()
    {
        var result = Load(Valid.Replace("\"unit\": \"hồ sơ\",", "\"unit\": \"hồ sơ\", \"date\": \"2020-02-30\","));
        Assert.Equal("$.date", Assert.Single(result.Errors).JsonPath);
    }

    [Fact]
    public void InvalidJsonReportsTheLine()
    {
        var error = Assert.Single(Load(Valid.Replace("\"unit\": \"hồ sơ\",", "\"unit\": \"hồ sơ\"")).Errors);
        Assert.Equal(5, error.Line);
        Assert.Contains("JSON", error.Message);
    }

    [Fact]
    public void TextIsNormalizedToNfc()
    {
        var decomposed = "Hồ sơ".Normalize(System.Text.NormalizationForm.FormD);
        var table = Load(Valid.Replace("\"Tiếp nhận\"", $"\"{decomposed}\"")).Table!;
        Assert.Equal("Hồ sơ", table.Series[0].Name);
    }

    [Fact]
    public void ErrorToStringIsCompilerStyle() =>
        Assert.Equal("input/data/a.json:3: $.rows: Sai.", new DataTableError("input/data/a.json", 3, "$.rows", "Sai.").ToString());

    [Fact]
    public void EverySeedDataFileLoads()
    {
        var folder = Path.Combine(TestTables.RepositoryRoot(), "input", "data");
        var files = Directory.GetFiles(folder, "*.json");
        Assert.True(files.Length >= 6);
        foreach (var file in files)
        {
            var result = DataTableLoader.Load(file, Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        }
    }

    [Fact]
    public void SampleTablesSaySoInTheirNote()
    {
        var folder = Path.Combine(TestTables.RepositoryRoot(), "input", "data");
        var samples = Directory.GetFiles(folder, "*.json")
            .Select(f => DataTableLoader.Load(f, Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)).Table!)
            .Where(t => t.Sample)
            .ToList();
        Assert.NotEmpty(samples);
        Assert.All(samples, t => Assert.Contains("Số liệu mẫu, minh họa", t.Note));
    }

    [Fact]
    public void DuplicateKeysAreAnErrorAtTheSecondKey()
    {
        var result = Load(Valid.Replace("\"unit\": \"hồ sơ\",", "\"unit\": \"hồ sơ\", \"unit\": \"người\","));
        var error = Assert.Single(result.Errors);
        Assert.Null(result.Table);
        Assert.Equal(4, error.Line);
        Assert.Equal("$.unit", error.JsonPath);
        Assert.Contains("hai lần", error.Message);
    }

    [Fact]
    public void ANumberBeyondDecimalRangeIsAnErrorNotACrash()
    {
        var result = Load(Valid.Replace("[460, 215]", "[1e400, 215]"));
        var error = Assert.Single(result.Errors);
        Assert.Equal("$.rows[1].values[0]", error.JsonPath);
        Assert.Equal(9, error.Line);
        Assert.Contains("1e400", error.Message);
    }

    [Fact]
    public void AFileLargerThanTheLimitIsRefusedBeforeParsing()
    {
        var result = Load(Valid + new string(' ', DataTableLimits.MaxBytes));
        var error = Assert.Single(result.Errors);
        Assert.Contains("5 MB", error.Message);
    }

    [Fact]
    public void TooManyRowsIsAnErrorWithTheCount()
    {
        var rows = string.Join(",", Enumerable.Range(0, DataTableLimits.MaxRows + 1).Select(i => $$"""{ "label": "H{{i}}", "values": [1, 1] }"""));
        var result = Load(Valid[..Valid.IndexOf("\"rows\"", StringComparison.Ordinal)] + $"\"rows\": [{rows}]\n}}");
        var error = Assert.Single(result.Errors);
        Assert.Contains("501 hàng", error.Message);
        Assert.Contains("500 hàng", error.Message);
    }

    [Fact]
    public void ManyRowsLoadWithAWarningWithTheCount()
    {
        var rows = string.Join(",", Enumerable.Range(0, DataTableLimits.ComfortableRows + 1).Select(i => $$"""{ "label": "H{{i}}", "values": [1, 1] }"""));
        var result = Load(Valid[..Valid.IndexOf("\"rows\"", StringComparison.Ordinal)] + $"\"rows\": [{rows}]\n}}");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Contains("121 hàng", Assert.Single(result.Warnings).Message);
    }
}
