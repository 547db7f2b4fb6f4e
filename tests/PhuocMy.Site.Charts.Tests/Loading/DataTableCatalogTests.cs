namespace PhuocMy.Site.Charts.Tests.Loading;

public class DataTableCatalogTests
{
    private static DataTable Table(string id, string title) => TestTables.Load(id,
        $$"""{ "id": "{{id}}", "title": "{{title}}", "unit": "hồ sơ", "chart": "bar", "rows": [{ "label": "A", "value": 1 }] }""");

    [Fact]
    public void AllIsInVietnameseAlphabeticalOrder()
    {
        // Vietnamese order puts "Đ" after "D" (ordinal order would put it after "Z").
        var catalog = new DataTableCatalog([Table("c", "Đại hội"), Table("a", "Zô"), Table("b", "Dân số")]);
        Assert.Equal(["Dân số", "Đại hội", "Zô"], catalog.All.Select(t => t.Title));
    }

    [Fact]
    public void TryGetFindsById()
    {
        var catalog = new DataTableCatalog([Table("a", "A")]);
        Assert.True(catalog.TryGet("a", out var found));
        Assert.Equal("A", found.Title);
        Assert.False(catalog.TryGet("b", out _));
    }

    [Fact]
    public void DuplicateIdsAreRefused() =>
        Assert.Throws<ArgumentException>(() => new DataTableCatalog([Table("a", "A"), Table("a", "B")]));

    [Fact]
    public void SchemaIsShippedAsDraft202012() =>
        Assert.Contains("https://json-schema.org/draft/2020-12/schema", DataTableSchema.Text);
}
