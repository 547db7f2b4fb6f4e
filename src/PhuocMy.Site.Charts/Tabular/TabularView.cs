namespace PhuocMy.Site.Charts.Tabular;

/// <summary>The numbers of a chart as rows and columns, shared by the HTML table and the CSV file.</summary>
internal sealed record TabularView(string LabelHeader, IReadOnlyList<TabularColumn> Columns, IReadOnlyList<TabularRow> Rows)
{
    public static TabularView Of(DataTable table) => table.Chart switch
    {
        ChartType.Progress => Progress(table),
        ChartType.Share => Share(table),
        ChartType.StackedBar => Stacked(table),
        _ => Plain(table),
    };

    private static TabularView Plain(DataTable table) => new(
        table.LabelHeader,
        table.Series.Select(s => new TabularColumn(s.Name, table.UnitWithScale)).ToList(),
        table.Rows.Select(r => new TabularRow(r.Label, r.Values.Select(v => TabularCell.Amount(v, table)).ToList())).ToList());

    private static TabularView Stacked(DataTable table) => new(
        table.LabelHeader,
        [.. table.Series.Select(s => new TabularColumn(s.Name, table.UnitWithScale)), new TabularColumn("Tổng", table.UnitWithScale)],
        table.Rows.Select(r => new TabularRow(r.Label,
            [.. r.Values.Select(v => TabularCell.Amount(v, table)), TabularCell.Amount(r.Total, table)])).ToList());

    private static TabularView Share(DataTable table)
    {
        var total = table.Rows.Sum(r => r.Value);
        return new(
            table.LabelHeader,
            [new TabularColumn(table.Series[0].Name, table.UnitWithScale), new TabularColumn("Tỷ lệ", "%")],
            table.Rows.Select(r => new TabularRow(r.Label, [TabularCell.Amount(r.Value, table), TabularCell.Percent(r.Value, total, 1)])).ToList());
    }

    private static TabularView Progress(DataTable table) => new(
        table.LabelHeader,
        [
            new TabularColumn("Thực hiện", table.UnitWithScale),
            new TabularColumn("Mục tiêu / mốc so sánh", table.UnitWithScale),
            new TabularColumn("Mốc so sánh là", null),
            new TabularColumn("Tỷ lệ đạt", "%"),
        ],
        table.Rows.Select(r => new TabularRow(r.Label,
        [
            TabularCell.Amount(r.Value, table),
            TabularCell.Amount(r.Target!.Value, table),
            TabularCell.Text(r.TargetLabel ?? "Mục tiêu"),
            TabularCell.Percent(r.Value, r.Target!.Value, 2),
        ])).ToList());
}
