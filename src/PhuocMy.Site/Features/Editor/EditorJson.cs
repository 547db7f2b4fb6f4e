using System.Text.Encodings.Web;
using System.Text.Json;

namespace PhuocMy.Site.Features.Editor;

internal static class EditorJson
{
    /// <summary>camelCase, Vietnamese kept readable (the file is served as JSON, never inlined in HTML).</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
