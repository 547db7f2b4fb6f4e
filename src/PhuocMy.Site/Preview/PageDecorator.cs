using System.Net;

namespace PhuocMy.Site.Preview;

/// <summary>
/// What the preview adds to each HTML page it serves (never to the built files): its stylesheet and reload script
/// as same-origin files at the end of &lt;head&gt;, and the problems panel at the start of &lt;body&gt;.
/// </summary>
public static class PageDecorator
{
    public static string Decorate(string html, string token, PreviewStatus status)
    {
        var head = $"<link rel=\"stylesheet\" href=\"{PreviewAssets.StylePath}\">\n" +
                   $"<script src=\"{PreviewAssets.ScriptPath}\" data-phien=\"{WebUtility.HtmlEncode(token)}\" defer></script>\n";
        var headEnd = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        html = headEnd >= 0 ? html.Insert(headEnd, head) : head + html;

        var panel = ProblemsHtml.Panel(status);
        if (panel.Length == 0) return html;
        var bodyStart = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyOpenEnd = bodyStart >= 0 ? html.IndexOf('>', bodyStart) : -1;
        return bodyOpenEnd >= 0 ? html.Insert(bodyOpenEnd + 1, "\n" + panel) : html + panel;
    }
}
