using System.Text;

namespace PhuocMy.Site.Charts.Loading;

/// <summary>Turns a JSON Pointer (<c>/rows/0/label</c>) into the JSON path people read (<c>$.rows[0].label</c>).</summary>
internal static class JsonPaths
{
    public static string FromPointer(string pointer)
    {
        var path = new StringBuilder("$");
        foreach (var raw in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/").Replace("~0", "~");
            if (segment.All(char.IsAsciiDigit))
            {
                path.Append('[').Append(segment).Append(']');
            }
            else if (segment.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                path.Append('.').Append(segment);
            }
            else
            {
                path.Append("['").Append(segment.Replace("'", "\\'")).Append("']");
            }
        }
        return path.ToString();
    }
}
