using PhuocMy.Site.Diagnostics;
using System.Text;
using PhuocMy.Site.Content;
using PhuocMy.Site.Pipeline;

namespace PhuocMy.Site.Features.Documents;

/// <summary>
/// All documents in registry order (ngày ban hành, newest first; then số ký hiệu the Vietnamese way), grouped by year
/// and by loại. Building it reports what only shows across files: a số ký hiệu issued twice by the same body,
/// two files with the same address, two spellings of one loại.
/// </summary>
public sealed class DocumentRegistry
{
    public static readonly DocumentRegistry Empty = new([]);

    private DocumentRegistry(IReadOnlyList<OfficialDocument> documents)
    {
        Documents = documents;
        Years = GroupByYear(documents);
        Types = documents
            .GroupBy(d => d.TypeSlug, StringComparer.Ordinal)
            .Select(g => new DocumentType(g.First().Type, g.Key, g.ToList()))
            .OrderBy(t => t.Name, VietnameseFormat.Collation)
            .ToList();
    }

    public IReadOnlyList<OfficialDocument> Documents { get; }
    public IReadOnlyList<DocumentYear> Years { get; }
    public IReadOnlyList<DocumentType> Types { get; }

    /// <summary>Registry order: newest ngày ban hành first, then số ký hiệu with vi-VN collation.</summary>
    public static readonly IComparer<OfficialDocument> Order = Comparer<OfficialDocument>.Create((a, b) =>
    {
        var byDate = b.Issued.CompareTo(a.Issued);
        return byDate != 0 ? byDate : VietnameseFormat.Collation.Compare(a.Number, b.Number);
    });

    public static IReadOnlyList<DocumentYear> GroupByYear(IEnumerable<OfficialDocument> documents) =>
        documents
            .Order(Order)
            .GroupBy(d => d.Year)
            .Select(g => new DocumentYear(g.Key, g.ToList()))
            .OrderByDescending(y => y.Year)
            .ToList();

    /// <param name="parsed">Documents in source path order, so the second of a pair is the one reported.</param>
    public static DocumentRegistry Build(IEnumerable<ParsedDocument> parsed, DiagnosticBag diagnostics)
    {
        var kept = new List<OfficialDocument>();
        var byNumber = new Dictionary<string, OfficialDocument>(StringComparer.Ordinal);
        var bySlug = new Dictionary<string, OfficialDocument>(StringComparer.Ordinal);
        var typeNames = new Dictionary<string, OfficialDocument>(StringComparer.Ordinal);

        foreach (var (document, numberLine, typeLine) in parsed)
        {
            if (document.Slug == DocumentRoutes.TypeSegment || document.Slug.Length == 0)
            {
                var problem = document.Slug.Length == 0
                    ? "Tên tệp văn bản không có chữ cái hay chữ số nào để làm địa chỉ trang."
                    : $"Tên tệp văn bản '{document.Slug}' trùng với đường dẫn dành riêng {DocumentRoutes.Registry}{DocumentRoutes.TypeSegment}/.";
                diagnostics.Error(document.SourcePath, 1, problem, "Đổi tên tệp, ví dụ theo số ký hiệu: 125-kh-ubnd-2023.md");
                continue;
            }
            if (bySlug.TryGetValue(document.Slug, out var sameSlug))
            {
                diagnostics.Error(document.SourcePath, 1, $"Văn bản có cùng địa chỉ {document.Url} với {sameSlug.SourcePath}.",
                    "Đổi tên một trong hai tệp.");
                continue;
            }
            var key = NumberKey(document);
            if (byNumber.TryGetValue(key, out var sameNumber))
            {
                diagnostics.Error(document.SourcePath, numberLine,
                    $"Số ký hiệu '{document.Number}' của {document.Issuer} đã có ở {sameNumber.SourcePath}.",
                    "Mỗi văn bản của một cơ quan có một số ký hiệu riêng: sửa 'number', hoặc xóa tệp trùng.");
                continue;
            }
            if (typeNames.TryGetValue(document.TypeSlug, out var sameType) && sameType.Type != document.Type)
            {
                diagnostics.Error(document.SourcePath, typeLine,
                    $"Loại văn bản '{document.Type}' viết khác với '{sameType.Type}' ở {sameType.SourcePath}.",
                    $"Viết thống nhất một cách: type: {sameType.Type}");
                continue;
            }

            bySlug[document.Slug] = document;
            byNumber[key] = document;
            typeNames.TryAdd(document.TypeSlug, document);
            kept.Add(document);
        }
        return new DocumentRegistry(kept.Order(Order).ToList());
    }

    /// <summary>Số ký hiệu and cơ quan compared without regard to case or repeated spaces.</summary>
    private static string NumberKey(OfficialDocument document) =>
        $"{Normalize(document.Number)}\n{Normalize(document.Issuer)}";

    private static string Normalize(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToUpperInvariant();
}
