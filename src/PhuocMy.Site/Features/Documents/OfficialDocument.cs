using System.Globalization;
using PhuocMy.Site.Content;
using PhuocMy.Site.Dependencies;

namespace PhuocMy.Site.Features.Documents;

/// <summary>
/// One văn bản of the registry (Nghị định 42/2022/NĐ-CP): its số ký hiệu, loại, cơ quan ban hành, dates as Đà Nẵng
/// reads them, optional full-text file and summary body.
/// </summary>
public sealed record OfficialDocument(
    string SourcePath,
    string Slug,
    string Title,
    string Number,
    string Type,
    string TypeSlug,
    string Issuer,
    string? Signer,
    DateTimeOffset Issued,
    DateTimeOffset? Effective,
    AttachedFile? File,
    bool Sample,
    string BodyHtml)
{
    /// <summary>Read by every listing and page that shows the document, so each records the files it depends on.</summary>
    public string Title
    {
        get
        {
            foreach (var source in Sources) DependencyTracking.Record(DependencyKey.Source(source));
            return title;
        }
        init => title = value;
    }

    private readonly string title = Title;

    public string Url => DocumentRoutes.Document(Slug);

    public string TypeUrl => DocumentRoutes.Type(TypeSlug);
    public int Year => Issued.Year;

    public string IssuedShort => VietnameseFormat.ShortDate(Issued);
    public string IssuedText => VietnameseFormat.LongDate(Issued);
    public string IssuedIso => Iso(Issued);

    public string? EffectiveText => Effective is { } date ? VietnameseFormat.LongDate(date) : null;
    public string? EffectiveIso => Effective is { } date ? Iso(date) : null;

    /// <summary>How a văn bản is cited: "Kế hoạch số 125/KH-UBND ngày 20/10/2023 của UBND phường Phước Mỹ".</summary>
    public string Citation => $"{Type} số {Number} ngày {IssuedShort} của {Issuer}";

    public bool HasBody => !string.IsNullOrWhiteSpace(BodyHtml);

    /// <summary>Input files this document's page depends on: the Markdown file and the attached file.</summary>
    public IReadOnlyList<string> Sources => File is null ? [SourcePath] : [SourcePath, File.SourcePath];

    private static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
