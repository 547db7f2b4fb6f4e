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
}
