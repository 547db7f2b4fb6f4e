using PhuocMy.Site.Diagnostics;
using System.Text;

namespace PhuocMy.Site.Sources;

/// <summary>
/// A source file's text as authors mean it: UTF-8 without the byte order mark Windows editors add, Unix line
/// ends, and Unicode NFC, so "ư" typed on any keyboard is the same letter everywhere in the build.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null with an error when the file is not UTF-8 (e.g. saved as Windows-1258 or VNI).</summary>
    public static string? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(file.Content.Span);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(file.DisplayPath, null, "Tệp không được lưu bằng mã UTF-8 nên chữ Việt sẽ bị hỏng.",
                "Mở tệp và lưu lại với mã hóa UTF-8 (trong Notepad: Lưu thành… → Mã hóa: UTF-8).");
            return null;
        }
        if (text.StartsWith('\uFEFF')) text = text[1..];
        return text.Replace("\r\n", "\n").Normalize(NormalizationForm.FormC);
    }
}
