using PhuocMy.Site.Content;

namespace PhuocMy.Site.Features.Documents;

/// <summary>The full text of a document as a file published with the site, e.g. <c>/documents/files/125-kh-ubnd-2023.pdf</c>.</summary>
/// <param name="Url">Root-relative address of the file.</param>
/// <param name="SourcePath">The file as the author knows it, e.g. <c>input/documents/files/x.pdf</c>.</param>
/// <param name="Bytes">Size of the file in the source tree.</param>
public sealed record AttachedFile(string Url, string SourcePath, long Bytes)
{
    public string FileName => Url[(Url.LastIndexOf('/') + 1)..];

    /// <summary>"PDF", "DOCX"… from the extension.</summary>
    public string Format
    {
        get
        {
            var extension = Path.GetExtension(FileName).TrimStart('.');
            return extension.Length == 0 ? "tệp" : extension.ToUpperInvariant();
        }
    }

    /// <summary>"0,8 KB", "1.250,5 KB": never shown as 0, so a tiny file does not look empty.</summary>
    public string SizeText => $"{VietnameseFormat.Number(Math.Max(0.1m, Math.Round(Bytes / 1024m, 1)))} KB";

    /// <summary>The MIME type for the link's <c>type</c> attribute, when the extension is a common one.</summary>
    public string? MediaType => Format switch
    {
        "PDF" => "application/pdf",
        "DOC" => "application/msword",
        "DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "XLS" => "application/vnd.ms-excel",
        "XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ZIP" => "application/zip",
        _ => null,
    };
}
